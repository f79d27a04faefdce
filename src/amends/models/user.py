from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from amends.kit.time import utcnow
from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    LEGAL = "legal"
    ADMIN = "admin"


class User(Base):
    """A member of the care team. Roles say what they may do; level and refund limit bound their authority.

    Sign-in (password, sessions) comes with the web issue; until then the CLI names the acting user.
    """

    __tablename__ = "app_user"  # "user" is reserved in PostgreSQL

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Agents below the workspace's approval level need a supervisor to approve their drafts.
    level: Mapped[int] = mapped_column(Integer, default=1)
    # The most the user may offer as refund, credit or compensation; None: no money may be offered.
    refund_limit: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def has_role(self, role: Role) -> bool:
        """Admins may do anything; supervisors can also do what agents do. Legal stands alone."""
        if not self.active:
            return False
        if role.value in self.roles or Role.ADMIN.value in self.roles:
            return True
        return role is Role.AGENT and Role.SUPERVISOR.value in self.roles
