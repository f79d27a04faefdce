"""Care-team members and what their roles allow. Every change is audited."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import Role, User

_HANDLE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class AccountError(ValueError):
    """A user that cannot be created or found."""


class PermissionDenied(PermissionError):
    """The acting user lacks the role an operation needs."""


def actor_of(user: User) -> str:
    """How a user appears in the audit trail."""
    return f"user:{user.handle}"


def get_user(session: Session, handle: str) -> User:
    user = session.scalars(select(User).where(User.handle == handle.strip().lower())).one_or_none()
    if user is None:
        raise AccountError(f"no user {handle!r}; add one with `amends users add`")
    if not user.active:
        raise AccountError(f"user {handle!r} is deactivated")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.handle)))


def add_user(
    session: Session,
    *,
    actor: str,
    handle: str,
    name: str,
    roles: list[str],
    level: int = 1,
    refund_limit: float | None = None,
) -> User:
    handle = handle.strip().lower()
    if not _HANDLE.match(handle):
        raise AccountError(f"handle {handle!r}: use lowercase letters, digits, dots, dashes (max 64)")
    known = {r.value for r in Role}
    unknown = sorted(set(roles) - known)
    if unknown or not roles:
        raise AccountError(f"roles must be some of {', '.join(sorted(known))}; got {', '.join(roles) or 'none'}")
    if not 1 <= level <= 5:
        raise AccountError("level must be between 1 and 5")
    if refund_limit is not None and refund_limit < 0:
        raise AccountError("refund limit cannot be negative")
    if session.scalars(select(User.id).where(User.handle == handle)).first() is not None:
        raise AccountError(f"a user {handle!r} already exists")
    user = User(
        handle=handle,
        name=name.strip() or handle,
        roles=sorted(set(roles)),
        level=level,
        refund_limit=refund_limit,
        active=True,
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    AuditLog(session).record(
        actor=actor,
        action="user.created",
        subject_type="user",
        subject_id=user.id,
        after={"handle": handle, "roles": user.roles, "level": level, "refund_limit": refund_limit},
    )
    return user


def require_role(user: User, role: Role, doing: str) -> None:
    if not user.has_role(role):
        raise PermissionDenied(f"{doing} needs the {role.value} role; {user.handle} has {', '.join(user.roles)}")
