"""CSV in the Customer Support on Twitter (TWCS) layout.

Columns: tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id.
Rows where `inbound` is False are the brand's own tweets and become Replies on the customer's case.
The whole file is read first so threads can be rebuilt and each tweet routed to its brand's channel.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from amends.ingest.schemas import parse_mention
from amends.ingest.service import Incoming, Origin, Rejection
from amends.models import Channel

COLUMNS = (
    "tweet_id",
    "author_id",
    "inbound",
    "created_at",
    "text",
    "response_tweet_id",
    "in_response_to_tweet_id",
)
TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"
_HANDLE = re.compile(r"@(\w{1,50})")

csv.field_size_limit(10_000_000)


class TwcsFileError(ValueError):
    """The file as a whole cannot be read as TWCS (for example a required column is missing)."""


def _tweet_id(value: str) -> str | None:
    """Ids appear as '848' or, after a round trip through pandas, '848.0'."""
    value = value.strip()
    if not value:
        return None
    if value.endswith(".0") and value[:-2].isdigit():
        return value[:-2]
    return value


@dataclass
class TwcsRow:
    line: int
    fields: dict[str, str]
    payload: bytes
    created_at: datetime
    tweet_id: str
    author_id: str
    inbound: bool
    parent_id: str | None
    responses: list[str]


@dataclass
class TwcsFile:
    source_ref: str
    rows: list[TwcsRow] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def brands(self) -> set[str]:
        return {r.author_id for r in self.rows if not r.inbound}

    def items(self, route: Router) -> tuple[list[Incoming], list[Rejection]]:
        """Turn rows into Incoming items, oldest first (customers' tweets before the brand's).

        `route(brand, text)` returns `(account_ref, None)` for the channel a tweet belongs to, or
        `(None, reason)` when it cannot be placed.
        """
        by_id = {r.tweet_id: r for r in self.rows}
        brand_of = self._thread_brands(by_id)
        items: list[Incoming] = []
        rejections = list(self.rejections)
        # Customers' tweets first, then the brand's: a brand reply always finds the tweet it answers,
        # even where the sample's clocks put the reply before it.
        for row in sorted(self.rows, key=lambda r: (not r.inbound, r.created_at, r.line)):
            origin = Origin("import:twcs", self.source_ref, f"line {row.line}", row.payload, "twcs-csv")
            account_ref, reason = route(brand_of.get(row.tweet_id), row.fields["text"])
            if account_ref is None:
                rejections.append(Rejection(origin, reason or "cannot route this tweet to a channel"))
                continue
            root = self._root(row, by_id)
            record = _to_record(row, account_ref, conversation_id=root)
            try:
                items.append(Incoming(parse_mention(record), row.fields, origin, outbound=not row.inbound))
            except ValueError as exc:
                rejections.append(Rejection(origin, str(exc)))
        return items, rejections

    @staticmethod
    def _root(row: TwcsRow, by_id: dict[str, TwcsRow]) -> str | None:
        """The oldest ancestor of the tweet within this file; None when the chain leaves the file at once."""
        if row.parent_id is None or row.parent_id not in by_id:
            return None
        seen = {row.tweet_id}
        current = row
        while current.parent_id is not None and current.parent_id in by_id and current.parent_id not in seen:
            current = by_id[current.parent_id]
            seen.add(current.tweet_id)
        return current.tweet_id

    def _thread_brands(self, by_id: dict[str, TwcsRow]) -> dict[str, str]:
        """Which brand each tweet's thread belongs to: the author of a brand tweet linked to it."""
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        for row in self.rows:
            find(row.tweet_id)
            if row.parent_id:
                union(row.tweet_id, row.parent_id)
            for response in row.responses:
                union(row.tweet_id, response)
        component_brand: dict[str, str] = {}
        for row in sorted(self.rows, key=lambda r: (r.created_at, r.line)):
            if not row.inbound:
                component_brand.setdefault(find(row.tweet_id), row.author_id)
        return {tid: brand for tid in by_id if (brand := component_brand.get(find(tid))) is not None}


def first_handles(text: str) -> list[str]:
    return [h.lower() for h in _HANDLE.findall(text)]


# route(brand, text) -> (account_ref, None), or (None, reason) when the tweet cannot be placed.
Router = Callable[[str | None, str], tuple[str | None, str | None]]


def brand_router(known: Iterable[Channel], *, fixed: str | None = None) -> Router:
    """Place each tweet on an X channel: `fixed` if given, else the brand of its thread, else an @handle."""
    account_of: dict[str, str] = {}
    for c in known:
        if c.platform != "x":
            continue
        for name in (*c.brand_handles, *c.brand_author_ids, c.account_ref):
            account_of.setdefault(name.lower(), c.account_ref)

    def route(brand: str | None, text: str) -> tuple[str | None, str | None]:
        if fixed is not None:
            return fixed, None
        if brand is not None:
            found = account_of.get(brand.lower())
            if found is not None:
                return found, None
            return None, (
                f"unknown channel: no X channel for brand {brand!r} "
                "(add one with `amends channels add`, or import with --create-channels)"
            )
        for handle in first_handles(text):
            if handle in account_of:
                return account_of[handle], None
        return None, (
            "cannot tell which brand this tweet is for: no brand reply in its thread and no @handle "
            "of a known X channel (import with --channel)"
        )

    return route


def _to_record(row: TwcsRow, account_ref: str, *, conversation_id: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "platform": "x",
        "kind": "reply" if row.parent_id else "mention",
        "account_ref": account_ref,
        "native_id": row.tweet_id,
        "author": {"id": row.author_id, "handle": row.author_id},
        "text": row.fields["text"],
        "created_at": row.created_at.isoformat(),
        "thread": {"parent_id": row.parent_id, "conversation_id": conversation_id},
        "source": "import",
        "raw": dict(row.fields),
        "raw_schema": "twcs.csv",
    }
    return record


def _row_payload(header: list[str], values: list[str]) -> bytes:
    """The row as a two-line CSV (header + row), byte for byte what the file held."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(values)
    return out.getvalue().encode("utf-8", "surrogateescape")


def parse_twcs(data: bytes | Iterable[str], source_ref: str) -> TwcsFile:
    text = data.decode("utf-8", "surrogateescape") if isinstance(data, bytes) else "".join(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise TwcsFileError("the file is empty") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise TwcsFileError(f"not a TWCS file: missing column(s) {', '.join(missing)}")
    index = {name: header.index(name) for name in COLUMNS}
    result = TwcsFile(source_ref)
    line = 1
    for values in reader:
        start = line + 1
        line = reader.line_num
        if not values:
            continue
        payload = _row_payload(header, values)
        origin = Origin("import:twcs", source_ref, f"line {start}", payload, "twcs-csv")
        try:
            result.rows.append(_parse_row(start, values, index, payload))
        except ValueError as exc:
            result.rejections.append(Rejection(origin, str(exc)))
    return result


def _parse_row(line: int, values: list[str], index: dict[str, int], payload: bytes) -> TwcsRow:
    if len(values) < len(index) or any(i >= len(values) for i in index.values()):
        raise ValueError(f"row has {len(values)} fields, fewer than the header")
    fields = {name: values[i] for name, i in index.items()}
    for name, value in fields.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{name}: invalid UTF-8") from None
    tweet_id = _tweet_id(fields["tweet_id"])
    if not tweet_id:
        raise ValueError("tweet_id: missing")
    author_id = fields["author_id"].strip()
    if not author_id:
        raise ValueError("author_id: missing")
    inbound_text = fields["inbound"].strip().lower()
    if inbound_text not in {"true", "false"}:
        raise ValueError(f"inbound: expected True or False, got {fields['inbound']!r}")
    try:
        created_at = datetime.strptime(fields["created_at"].strip(), TIME_FORMAT)  # noqa: DTZ007 (format has %z)
    except ValueError:
        raise ValueError(f"created_at: {fields['created_at']!r} is not like 'Tue Oct 31 23:36:20 +0000 2017'") from None
    responses = [r for part in fields["response_tweet_id"].split(",") if (r := _tweet_id(part))]
    return TwcsRow(
        line=line,
        fields=fields,
        payload=payload,
        created_at=created_at,
        tweet_id=tweet_id,
        author_id=author_id,
        inbound=inbound_text == "true",
        parent_id=_tweet_id(fields["in_response_to_tweet_id"]),
        responses=responses,
    )
