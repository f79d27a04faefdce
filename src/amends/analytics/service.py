"""Counts for `amends stats` and the API."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from amends.models import Author, Case, Channel, Event, Mention, Quarantine, Reply


def counts(session: Session) -> dict[str, int]:
    def n(model: type, *where: object) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]

    return {
        "channels": n(Channel),
        "mentions": n(Mention),
        "cases": n(Case),
        "cases_open": n(Case, Case.status == "open"),
        "authors": n(Author),
        "replies": n(Reply),
        "quarantined": n(Quarantine, Quarantine.status == "pending"),
        "quarantine_replayed": n(Quarantine, Quarantine.status == "replayed"),
        "events": n(Event),
    }
