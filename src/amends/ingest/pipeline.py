"""File imports: read, chunk, ingest each chunk in its own transaction, and report."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from amends.channels import service as channels
from amends.db import Database
from amends.ingest.importers.jsonl import read_jsonl
from amends.ingest.importers.twcs import Router, TwcsFile, brand_router, parse_twcs
from amends.ingest.schemas import parse_mention
from amends.ingest.service import Incoming, IngestSummary, Origin, Rejection, ingest_batch
from amends.kit.crypto import load_key

T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total)


class ImportFailed(ValueError):
    """The import cannot start: missing file, unknown format or channel, unreadable header."""


@dataclass
class ImportReport:
    path: str
    format: str
    records: int = 0
    summary: IngestSummary = field(default_factory=IngestSummary)
    channels_created: list[str] = field(default_factory=list)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _ingest_stream(
    db: Database,
    records: Iterable[Incoming | Rejection],
    report: ImportReport,
    total: int,
    actor: str,
    progress: Progress | None,
) -> None:
    for chunk in _chunks(records, db.settings.ingest_chunk_size):
        items = [r for r in chunk if isinstance(r, Incoming)]
        rejections = [r for r in chunk if isinstance(r, Rejection)]
        with db.session() as session:
            report.summary.add(ingest_batch(session, db.settings, items, rejections=rejections, actor=actor))
        report.records += len(chunk)
        if progress is not None:
            progress(report.records, total)


def ingest_records(
    db: Database,
    records: Iterable[dict[str, Any]],
    *,
    source_ref: str,
    actor: str,
    progress: Progress | None = None,
    total: int = 0,
) -> ImportReport:
    """Ingest decoded records (the demo stream, a connector's page) exactly as a JSONL file would be."""
    report = ImportReport(path=source_ref, format="records")

    def convert() -> Iterator[Incoming | Rejection]:
        for number, record in enumerate(records, start=1):
            payload = json.dumps(record, ensure_ascii=False).encode()
            origin = Origin("import:jsonl", source_ref, f"record {number}", payload, "json")
            try:
                yield Incoming(parse_mention(record), record, origin)
            except ValueError as exc:
                yield Rejection(origin, str(exc))

    _ingest_stream(db, convert(), report, total, actor, progress)
    return report


def count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
    return n


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str = "jsonl",
    channel_slug: str | None = None,
    create_channels: bool = False,
    actor: str = "cli:import",
    progress: Progress | None = None,
) -> ImportReport:
    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    report = ImportReport(path=str(path), format=fmt)
    if fmt == "jsonl":
        if channel_slug or create_channels:
            raise ImportFailed("--channel and --create-channels apply to TWCS files; JSONL names its channels")
        with path.open("rb") as fh:
            _ingest_stream(db, read_jsonl(fh, str(path)), report, count_lines(path), actor, progress)
        return report
    if fmt == "twcs":
        try:
            parsed = parse_twcs(path.read_bytes(), str(path))
        except ValueError as exc:
            raise ImportFailed(f"{path}: {exc}") from None
        route = _twcs_router(db, parsed, channel_slug, create_channels, actor, report)
        items, rejections = parsed.items(route)
        records: list[Incoming | Rejection] = [*rejections, *items]
        _ingest_stream(db, records, report, len(records), actor, progress)
        return report
    raise ImportFailed(f"unknown format {fmt!r}: use jsonl or twcs")


def _twcs_router(
    db: Database,
    parsed: TwcsFile,
    channel_slug: str | None,
    create: bool,
    actor: str,
    report: ImportReport,
) -> Router:
    """Decide which X channel each tweet belongs to, creating brand channels first if asked."""
    with db.session() as session:
        if channel_slug is not None:
            channel = channels.get_by_slug(session, channel_slug)
            if channel is None:
                raise ImportFailed(f"unknown channel {channel_slug!r} (see `amends channels list`)")
            if channel.platform != "x":
                raise ImportFailed(f"channel {channel_slug!r} is on {channel.platform}; TWCS files are X data")
            return brand_router([channel], fixed=channel.account_ref)
        known = [c for c in channels.list_channels(session) if c.platform == "x"]
        if create:
            key = load_key(db.settings, create=True)
            names = {n.lower() for c in known for n in (*c.brand_handles, c.account_ref)}
            for brand in sorted(parsed.brands()):
                if brand.lower() in names:
                    continue
                created = channels.create_channel(
                    session,
                    actor=actor,
                    key=key,
                    slug=_free_slug(session, "x-" + channels.slugify(brand)),
                    platform="x",
                    account_ref=brand,
                    name=f"{brand} on X",
                    brand_handles=[brand],
                    brand_author_ids=[brand],
                )
                known.append(created)
                report.channels_created.append(created.slug)
        return brand_router(known)


def _free_slug(session: Session, base: str) -> str:
    slug, n = base[:60], 2
    while channels.get_by_slug(session, slug) is not None:
        slug, n = f"{base[:57]}-{n}", n + 1
    return slug
