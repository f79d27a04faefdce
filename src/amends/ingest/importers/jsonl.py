"""JSON Lines in the normalised Mention schema: one object per line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import orjson

from amends.ingest.schemas import parse_mention
from amends.ingest.service import Incoming, Origin, Rejection


def decode_record(payload: bytes) -> dict[str, object]:
    """Bytes → JSON object, with a readable reason for each way it can fail."""
    try:
        record = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        try:
            payload.decode("utf-8")
        except UnicodeDecodeError as bad:
            raise ValueError(f"invalid UTF-8 at byte {bad.start}") from None
        raise ValueError(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    return record


def parse_payload(payload: bytes, origin: Origin) -> Incoming:
    """One JSON payload → an Incoming item, or ValueError with the reason."""
    record = decode_record(payload)
    return Incoming(parse_mention(record), record, origin)


def read_jsonl(stream: BinaryIO, source_ref: str) -> Iterator[Incoming | Rejection]:
    for number, line in enumerate(stream, start=1):
        payload = line.rstrip(b"\r\n")
        if not payload.strip():
            continue
        origin = Origin(
            source="import:jsonl",
            source_ref=source_ref,
            location=f"line {number}",
            payload=payload,
            payload_format="json",
        )
        try:
            yield parse_payload(payload, origin)
        except ValueError as exc:
            yield Rejection(origin, str(exc))
