from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base

if TYPE_CHECKING:
    from amends.models.mention import Mention


class MentionAssessment(Base):
    """Triage's latest assessment of a mention: queryable headline columns plus every signal in full."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_priority", "priority"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id"), unique=True)
    model_version: Mapped[str] = mapped_column(String(64))
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    sentiment: Mapped[str] = mapped_column(String(16))
    anger: Mapped[float] = mapped_column(Float)
    severity: Mapped[int] = mapped_column(Integer)
    troll: Mapped[bool] = mapped_column(Boolean)
    legal_risk: Mapped[bool] = mapped_column(Boolean)
    pii_exposed: Mapped[bool] = mapped_column(Boolean)
    language: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str] = mapped_column(String(64))
    reach: Mapped[float] = mapped_column(Float)
    legitimacy: Mapped[float] = mapped_column(Float)
    priority: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    pathway: Mapped[str | None] = mapped_column(String(64))
    # Every signal with value, confidence, source and evidence, plus the priority reasons.
    signals: Mapped[dict[str, Any]] = mapped_column(JSONType)

    mention: Mapped[Mention] = relationship(lazy="raise")


class TriageCorrection(Base):
    """An agent's correction of one triage signal on one mention; `amends train --corrections` folds them in."""

    __tablename__ = "triage_correction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id"), index=True)
    signal: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[Any] = mapped_column(JSONType)
    new_value: Mapped[Any] = mapped_column(JSONType)
    actor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WorkspaceSetting(Base):
    """A named workspace setting stored as validated JSON (e.g. "triage": weights and thresholds)."""

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSONType)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))
