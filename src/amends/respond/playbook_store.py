"""Playbooks in the database: seeded from the built-in library, edited by supervisors, every change audited."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.accounts.service import actor_of, require_role
from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import PlaybookRow, Role, User
from amends.respond.playbooks import Playbook, PlaybookSet


class PlaybookError(ValueError):
    pass


def default_playbooks() -> PlaybookSet:
    from amends.respond.playbook_library import DEFAULT_PLAYBOOKS

    return DEFAULT_PLAYBOOKS


def load_playbooks(session: Session) -> PlaybookSet:
    """The workspace's active playbooks; the built-in library until any are stored."""
    rows = session.scalars(select(PlaybookRow).where(PlaybookRow.active.is_(True)).order_by(PlaybookRow.key)).all()
    if not session.scalars(select(PlaybookRow.key).limit(1)).first():
        return default_playbooks()
    try:
        return PlaybookSet(playbooks=[Playbook.model_validate(r.body) for r in rows])
    except ValidationError as exc:
        raise PlaybookError(f"a stored playbook no longer validates; set it again: {exc}") from exc


def list_rows(session: Session) -> list[PlaybookRow]:
    return list(session.scalars(select(PlaybookRow).order_by(PlaybookRow.key)))


def seed_playbooks(session: Session, *, actor: str) -> int:
    """Store the built-in library when the workspace has no playbooks yet; returns how many were stored."""
    if session.scalars(select(PlaybookRow.key).limit(1)).first():
        return 0
    now = utcnow()
    library = default_playbooks().playbooks
    for p in library:
        session.add(
            PlaybookRow(
                key=p.key,
                purpose=p.purpose.value,
                body=p.model_dump(mode="json"),
                active=True,
                updated_at=now,
                updated_by=actor,
            )
        )
    session.flush()
    AuditLog(session).record(
        actor=actor,
        action="playbooks.seeded",
        subject_type="playbook",
        subject_id=None,
        after={"keys": [p.key for p in library]},
        reason="built-in playbook library stored for editing",
    )
    return len(library)


def save_playbook(session: Session, data: dict[str, Any], *, user: User) -> Playbook:
    """Create or replace one playbook. Supervisors only; validated first, audited with before and after."""
    require_role(user, Role.SUPERVISOR, "editing playbooks")
    try:
        playbook = Playbook.model_validate(data)
    except ValidationError as exc:
        raise PlaybookError(f"invalid playbook: {exc}") from exc
    seed_playbooks(session, actor=actor_of(user))  # editing one must not silently drop the rest of the library
    row = session.get(PlaybookRow, playbook.key)
    body = playbook.model_dump(mode="json")
    before = row.body if row is not None else None
    if row is None:
        row = PlaybookRow(
            key=playbook.key,
            purpose=playbook.purpose.value,
            body=body,
            active=True,
            updated_at=utcnow(),
            updated_by=actor_of(user),
        )
        session.add(row)
    else:
        row.purpose, row.body, row.active = playbook.purpose.value, body, True
        row.updated_at, row.updated_by = utcnow(), actor_of(user)
    session.flush()
    AuditLog(session).record(
        actor=actor_of(user),
        action="playbook.saved",
        subject_type="playbook",
        subject_id=None,
        before={"playbook": before},
        after={"playbook": body},
        reason=f"playbook {playbook.key} saved",
    )
    return playbook


def set_active(session: Session, key: str, active: bool, *, user: User) -> PlaybookRow:
    """Switch a playbook off (or on again). Off playbooks are kept for the record but never selected."""
    require_role(user, Role.SUPERVISOR, "editing playbooks")
    seed_playbooks(session, actor=actor_of(user))
    row = session.get(PlaybookRow, key)
    if row is None:
        raise PlaybookError(f"no playbook {key!r}")
    if row.active != active:
        row.active, row.updated_at, row.updated_by = active, utcnow(), actor_of(user)
        AuditLog(session).record(
            actor=actor_of(user),
            action="playbook.enabled" if active else "playbook.disabled",
            subject_type="playbook",
            subject_id=None,
            after={"key": key, "active": active},
        )
    return row
