"""Ingest throughput benchmark: time Amends' real file-import path (with triage) on synthetic mentions.

    .venv/bin/python -m bench.ingest [--n 100000] [--backends sqlite,postgresql]
                                     [--postgres-url URL] [--chunk-size N]

The parent process writes N deterministic mentions to a JSONL file (not timed), then runs each
backend in a fresh child process (the same module with the hidden `--child` flag) so that the peak
RSS reported belongs to that backend's run alone. The child migrates an empty database, creates the
channels, times `import_file` and nothing else, checks the result and prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

TARGET_PER_SECOND = 3_000  # ingest with triage (issue 3); ingest alone had 5,000 (issue 2)
TARGET_BACKEND = "sqlite"
DEFAULT_POSTGRES_URL = os.environ.get("AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DEFAULT_SCHEMA = "amends_bench"
BACKENDS = ("sqlite", "postgresql")
SEED = 20261122
START = datetime(2026, 11, 17, 6, 0, tzinfo=UTC)
SPREAD = timedelta(days=4)
REPLY_SHARE = 0.4  # share of mentions that answer an earlier post in a conversation
RECENT_CONVERSATIONS = 400  # replies pick a conversation among this many recent ones per channel


@dataclass(frozen=True)
class BenchChannel:
    slug: str
    platform: str
    account_ref: str
    name: str
    handle: str
    root_kind: str
    reply_kind: str


CHANNELS = (
    BenchChannel("acme-x", "x", "1500000001", "Acme on X", "acme", "mention", "reply"),
    BenchChannel("acme-mastodon", "mastodon", "acme@mastodon.social", "Acme on Mastodon", "acme", "mention", "reply"),
    BenchChannel("acme-facebook", "facebook", "104000000042", "Acme on Facebook", "acmeco", "comment", "comment"),
    BenchChannel("acme-reddit", "reddit", "r/acme", "Acme subreddit", "acme_team", "post", "comment"),
)

_VOCABULARY = (
    "order parcel delivery refund account password login app update crash screen payment card charged twice "
    "waiting days support agent chat email phone call nobody answered still broken please help urgent today "
    "yesterday week month tracking number courier driver left outside door wrong address missing item box "
    "damaged cold late early store branch manager receipt invoice subscription cancel renew price increase "
    "discount code expired coupon points loyalty thanks great service quick fix finally works again love new "
    "feature hate change slow loading error message 500 timeout cannot sign in reset link never arrived spam "
    "folder checked twice bank says pending reversed ticket case number reference again and again why is this "
    "so hard just want my money back honestly disappointed long time customer first time issue seriously"
)
WORDS = tuple(_VOCABULARY.split())
OPENERS = ("", "", "Hi, ", "Hey ", "Hello team, ", "Seriously? ", "Quick question: ", "Update: ", "Again: ")


def _text(rng: random.Random, prefix: str) -> str:
    target = rng.randint(60, 280)
    parts = [prefix + rng.choice(OPENERS) + rng.choice(WORDS).capitalize()]
    length = len(parts[0])
    while length < target:
        word = rng.choice(WORDS)
        if length + 1 + len(word) > 277:  # room for the closing punctuation
            break
        parts.append(word)
        length += 1 + len(word)
    return " ".join(parts) + rng.choice((".", "!", "?", "", " :("))


def _timestamp(moment: datetime, rng: random.Random) -> str:
    """ISO-8601 with a zone; a share of records carries a local offset instead of UTC."""
    if rng.random() < 0.2:
        offset = timedelta(hours=rng.choice((-8, -5, 1, 2, 5.5, 9)))
        return moment.astimezone(timezone(offset)).isoformat()
    return moment.isoformat().replace("+00:00", "Z")


def generate(path: Path, n: int, seed: int = SEED) -> dict[str, int]:
    """Write n valid mentions in time order; returns counts of what was written."""
    rng = random.Random(seed)
    n_authors = max(1, n // 5)
    step = SPREAD / max(1, n)
    native_counter = {ch.slug: 0 for ch in CHANNELS}
    # per channel: recent conversations as (root native id, [native ids in it], root author id)
    recent: dict[str, list[tuple[str, list[str], str]]] = {ch.slug: [] for ch in CHANNELS}
    weights = (4, 2, 3, 1)
    # each author posts on one platform; the pools add up to about n/5 people
    pool = {ch.slug: max(1, round(n_authors * w / sum(weights))) for ch, w in zip(CHANNELS, weights, strict=True)}
    roots = replies = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            moment = START + step * i + timedelta(seconds=rng.random() * 30)
            ch = rng.choices(CHANNELS, weights=weights)[0]
            native_counter[ch.slug] += 1
            native_id = f"{ch.platform[:2]}{1_000_000_000 + native_counter[ch.slug]}"
            author_no = rng.randrange(pool[ch.slug])
            author_id = f"{ch.platform}-u{author_no}"
            record: dict[str, Any] = {
                "platform": ch.platform,
                "account_ref": ch.account_ref,
                "native_id": native_id,
                "author": {
                    "id": author_id,
                    "handle": f"user{author_no}",
                    "display_name": f"User {author_no}",
                    "follower_count": (author_no * 37) % 5000,
                },
                "created_at": _timestamp(moment, rng),
                "metrics": {"likes": rng.randint(0, 40), "replies": rng.randint(0, 5)},
                "url": f"https://example.invalid/{ch.platform}/{native_id}",
                "language": "en",
            }
            convs = recent[ch.slug]
            if convs and rng.random() < REPLY_SHARE:
                root, members, root_author = rng.choice(convs)
                parent = rng.choice(members)
                record["kind"] = ch.reply_kind
                record["thread"] = {
                    "conversation_id": root,
                    "parent_id": parent,
                    "in_reply_to_author_id": root_author,
                }
                record["text"] = _text(rng, f"@{ch.handle} " if ch.platform in ("x", "mastodon") else "")
                members.append(native_id)
                replies += 1
            else:
                record["kind"] = ch.root_kind
                record["thread"] = {"conversation_id": native_id}
                if ch.platform == "reddit":
                    record["title"] = _text(rng, "")[:80]
                record["text"] = _text(rng, f"@{ch.handle} " if ch.platform in ("x", "mastodon") else "")
                convs.append((native_id, [native_id], author_id))
                if len(convs) > RECENT_CONVERSATIONS:
                    convs.pop(0)
                roots += 1
            fh.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return {"mentions": n, "roots": roots, "replies": replies, "authors": sum(pool.values())}


# -- child: one backend ---------------------------------------------------------------------------


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _reset_postgres(url: str, schema: str) -> str:
    """Drop and recreate the benchmark schema; returns the server version."""
    return _drop_schema(url, schema, recreate=True)


def _drop_schema(url: str, schema: str, *, recreate: bool = False) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    quoted = engine.dialect.identifier_preparer.quote_identifier(schema)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {quoted} CASCADE"))
            if recreate:
                conn.execute(text(f"CREATE SCHEMA {quoted}"))
            return str(conn.execute(text("SHOW server_version")).scalar_one())
    finally:
        engine.dispose()


def run_child(
    backend: str, path: Path, expected: int, postgres_url: str, schema: str, chunk_size: int | None
) -> dict[str, Any]:
    import sqlite3

    from cryptography.fernet import Fernet
    from sqlalchemy import func, select
    from sqlalchemy.exc import OperationalError

    from amends.channels import service as channels
    from amends.config import Settings
    from amends.db import Database
    from amends.ingest.pipeline import import_file
    from amends.migrate import upgrade
    from amends.models import Author, Case, Mention

    result: dict[str, Any] = {"backend": backend}
    with tempfile.TemporaryDirectory(prefix=f"amends-bench-{backend}-") as tmp:
        extra: dict[str, Any] = {} if chunk_size is None else {"ingest_chunk_size": chunk_size}
        if backend == "postgresql":
            # libpq reads PGOPTIONS on every connect: all of Amends' tables land in the bench schema.
            os.environ["PGOPTIONS"] = f"-csearch_path={schema}"
            url: str | None = postgres_url
            try:
                result["server_version"] = _reset_postgres(postgres_url, schema)
            except OperationalError as exc:
                result["skipped"] = f"PostgreSQL not reachable: {str(exc.orig).strip().splitlines()[0]}"
                return result
        else:
            result["server_version"] = sqlite3.sqlite_version
            url = None
        key = Fernet.generate_key()
        settings = Settings(data_dir=Path(tmp) / "data", database_url=url, secret_key=key.decode(), **extra)
        db = Database(settings)
        try:
            upgrade(db.engine)
            with db.session() as session:
                for ch in CHANNELS:
                    channels.create_channel(
                        session,
                        actor="bench",
                        key=key,
                        slug=ch.slug,
                        platform=ch.platform,
                        account_ref=ch.account_ref,
                        name=ch.name,
                        brand_handles=[ch.handle],
                        brand_author_ids=[f"{ch.platform}-brand"],
                    )
            result["chunk_size"] = settings.ingest_chunk_size
            result["rss_before_mib"] = _rss_mib()
            started = time.perf_counter()
            report = import_file(db, path, fmt="jsonl", actor="bench")
            seconds = time.perf_counter() - started
            result["peak_rss_mib"] = _rss_mib()
            summary = report.summary
            with db.session() as session:
                stored = session.scalar(select(func.count()).select_from(Mention)) or 0
                cases = session.scalar(select(func.count()).select_from(Case)) or 0
                authors = session.scalar(select(func.count()).select_from(Author)) or 0
        finally:
            db.dispose()
            if backend == "postgresql":
                _drop_schema(postgres_url, schema)
    problems = []
    if stored != expected:
        problems.append(f"{stored} mentions stored, expected {expected}")
    if summary.quarantined:
        problems.append(f"{len(summary.quarantined)} quarantined (first: {summary.quarantined[0].reason})")
    if summary.created != expected:
        problems.append(f"{summary.created} created, expected {expected}")
    result.update(
        records=report.records,
        created=summary.created,
        duplicates=summary.duplicates,
        quarantined=len(summary.quarantined),
        cases_opened=summary.cases_opened,
        stored_mentions=stored,
        stored_cases=cases,
        stored_authors=authors,
        seconds=seconds,
        per_second=summary.created / seconds if seconds > 0 else 0.0,
        ok=not problems,
        problems=problems,
    )
    return result


# -- parent: generate, run children, print ----------------------------------------------------------


def _run_backend(
    backend: str, path: Path, n: int, postgres_url: str, schema: str, chunk_size: int | None
) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.ingest", "--child", backend, "--file", str(path), "--n", str(n)]
    cmd += ["--postgres-url", postgres_url, "--postgres-schema", schema]
    if chunk_size is not None:
        cmd += ["--chunk-size", str(chunk_size)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(_repo_root()), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"backend": backend, "failed": f"exit {proc.returncode}: {tail}"}
    data: dict[str, Any] = json.loads(lines[-1])
    return data


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[1]


def _print_table(results: list[dict[str, Any]], n: int, gen: dict[str, int], gen_seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 120)
    table = Table(title=f"Amends ingest: {n:,} mentions, JSONL through import_file")
    table.add_column("backend")
    table.add_column("version")
    table.add_column("mentions\nimported", justify="right")
    table.add_column("seconds", justify="right")
    table.add_column("mentions/s", justify="right")
    table.add_column("peak RSS\n(MiB)", justify="right")
    table.add_column("cases\nopened", justify="right")
    table.add_column("check")
    notes: list[str] = []
    for r in results:
        reason = r.get("skipped") or r.get("failed")
        if reason:
            label = "skipped" if "skipped" in r else "failed"
            table.add_row(r["backend"], "", "", "", "", "", "", f"[yellow]{label}: {reason}[/]")
            continue
        if r["ok"]:
            check = f"[green]ok[/]: {r['stored_mentions']:,} stored, 0 quarantined"
        else:
            check = "[red]FAILED[/]"
            notes.append(f"{r['backend']}: " + "; ".join(r["problems"]))
        table.add_row(
            r["backend"],
            str(r.get("server_version", "")).split(" ")[0],
            f"{r['created']:,}",
            f"{r['seconds']:.1f}",
            f"{r['per_second']:,.0f}",
            f"{r['peak_rss_mib']:,.0f}",
            f"{r['cases_opened']:,}",
            check,
        )
    console.print(table)
    for note in notes:
        console.print(f"[red]{note}[/]")
    console.print(
        f"data: {gen['roots']:,} new posts, {gen['replies']:,} replies, {gen['authors']:,} authors, "
        f"{len(CHANNELS)} channels; generated in {gen_seconds:.1f}s (not timed); "
        f"chunk size {next((r['chunk_size'] for r in results if 'chunk_size' in r), 'default')}"
    )
    target = next((r for r in results if r["backend"] == TARGET_BACKEND and "per_second" in r), None)
    line = (
        f"target: >= {TARGET_PER_SECOND:,} mentions/s on SQLite, ingest with triage "
        f"(2-core machine; this one has {os.cpu_count()} CPUs)"
    )
    if target is None:
        console.print(line + " — [yellow]not measured[/]")
    elif target["per_second"] >= TARGET_PER_SECOND:
        console.print(line + f" — [green]met[/] ({target['per_second']:,.0f}/s)")
    else:
        console.print(line + f" — [red]missed[/] ({target['per_second']:,.0f}/s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="mentions to generate and import")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="scratch database; its schema is dropped")
    parser.add_argument(
        "--postgres-schema",
        default=DEFAULT_SCHEMA,
        help="schema the benchmark drops and recreates (own schema, so a test run on the same database is safe)",
    )
    parser.add_argument("--chunk-size", type=int, default=None, help="AMENDS_INGEST_CHUNK_SIZE (default: settings)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", action="store_true", help="also print the raw results as JSON")
    parser.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")

    if args.child:
        if args.file is None:
            parser.error("--child needs --file")
        print(
            json.dumps(
                run_child(args.child, args.file, args.n, args.postgres_url, args.postgres_schema, args.chunk_size)
            )
        )
        return 0

    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = [b for b in backends if b not in BACKENDS]
    if unknown or not backends:
        parser.error(f"unknown backend(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(BACKENDS)}")
    with tempfile.TemporaryDirectory(prefix="amends-bench-") as tmp:
        path = Path(tmp) / "mentions.jsonl"
        started = time.perf_counter()
        gen = generate(path, args.n, args.seed)
        gen_seconds = time.perf_counter() - started
        results = [
            _run_backend(b, path, args.n, args.postgres_url, args.postgres_schema, args.chunk_size) for b in backends
        ]
    _print_table(results, args.n, gen, gen_seconds)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0 if all(r.get("ok", "skipped" in r) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
