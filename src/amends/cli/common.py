"""What every `amends` command module shares: the consoles, the database, the actor, failing cleanly."""

from __future__ import annotations

import getpass
import shutil

import typer
from rich.console import Console

from amends.config import get_settings
from amends.db import Database

# soft_wrap: long lines (reasons, paths) stay whole so they can be grepped and copied. Piped output
# gets 120 columns rather than Rich's 80, so tables stay readable in files and CI logs.
WIDTH = shutil.get_terminal_size((120, 24)).columns
console = Console(soft_wrap=True, width=WIDTH)
err = Console(stderr=True, soft_wrap=True, width=WIDTH)


def actor() -> str:
    return f"cli:{getpass.getuser()}"


def db() -> Database:
    return Database(get_settings())


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)
