"""Ingest: normalised mentions → dedupe → thread → author → case, with an audit event for each step.

`ingest_batch` handles a chunk of items inside the caller's transaction. A webhook delivery is a
chunk of its own, so single items and file imports follow exactly the same rules (see chunk.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.config import Settings
from amends.ingest import repository
from amends.ingest.chunk import Chunk
from amends.ingest.items import Incoming, IngestSummary, Origin, QuarantineNote, Rejection
from amends.models import Channel

__all__ = ["Incoming", "IngestSummary", "Origin", "QuarantineNote", "Rejection", "ingest_batch"]

SYSTEM_ACTOR = "system:ingest"


def ingest_batch(
    session: Session,
    settings: Settings,
    items: Sequence[Incoming],
    *,
    rejections: Sequence[Rejection] = (),
    channel: Channel | None = None,
    actor: str = SYSTEM_ACTOR,
) -> IngestSummary:
    """Ingest a chunk in the caller's transaction; rejections are quarantined in the same transaction.

    With `channel` set (a webhook delivery), every item must belong to that channel.
    """
    # Lock the audit chain first: ingests then run one after another, so each sees what the
    # previous one committed and two deliveries of one mention can never both insert it.
    AuditLog(session).lock()
    by_ref = {(c.platform, c.account_ref): c for c in repository.all_channels(session)}

    accepted: list[tuple[Incoming, Channel]] = []
    pending_rejections = list(rejections)
    for item in items:
        m = item.mention
        found = by_ref.get((m.platform.value, m.account_ref))
        if len(m.text) > settings.max_text_chars:
            reason = f"text is {len(m.text)} characters, over the limit of {settings.max_text_chars}"
            pending_rejections.append(Rejection(item.origin, reason))
        elif found is None:
            pending_rejections.append(
                Rejection(
                    item.origin,
                    f"unknown channel: no {m.platform.value} channel for account {m.account_ref!r}",
                )
            )
        elif channel is not None and found.id != channel.id:
            pending_rejections.append(
                Rejection(
                    item.origin,
                    f"mention is for channel {found.slug!r}, but was delivered to channel {channel.slug!r}",
                )
            )
        elif not found.active:
            pending_rejections.append(Rejection(item.origin, f"channel {found.slug!r} is disabled"))
        else:
            accepted.append((item, found))

    chunk = Chunk(session, settings, actor, accepted)
    chunk.known_quarantine = repository.pending_quarantine(session, [r.origin for r in pending_rejections])
    for rejection in pending_rejections:
        chunk.quarantine(rejection.origin, rejection.reason)
    for item, ch in accepted:
        chunk.handle(item, ch)
    return chunk.finish()
