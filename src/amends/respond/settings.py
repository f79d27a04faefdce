"""The respond workspace settings: approval and sending (`respond`), brand voice (`voice`), checker (`checker`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from amends.respond.checker_settings import CheckerSettings
from amends.respond.voice import BrandVoice
from amends.workspace import load_setting

RESPOND_KEY, VOICE_KEY, CHECKER_KEY = "respond", "voice", "checker"


class RespondSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Drafts by agents whose level is below this need a supervisor's approval before they are sent.
    approval_level: int = Field(2, ge=1, le=6)
    # Drafts with checker warnings need approval whatever the author's level.
    approve_warnings: bool = True
    # Sending: attempts before an outbox item is given up (with exponential backoff between them).
    max_attempts: int = Field(8, ge=1, le=50)
    # How long a worker owns an item it is sending; after this another worker may retry it (same key).
    lease_seconds: int = Field(120, ge=10, le=3600)
    # How many of the brand's latest replies the copy-paste check compares a draft against.
    recent_replies: int = Field(200, ge=0, le=5000)


SETTINGS: dict[str, type[BaseModel]] = {
    RESPOND_KEY: RespondSettings,
    VOICE_KEY: BrandVoice,
    CHECKER_KEY: CheckerSettings,
}


def respond_settings(session: Session) -> RespondSettings:
    return load_setting(session, RESPOND_KEY, RespondSettings)


def brand_voice(session: Session) -> BrandVoice:
    return load_setting(session, VOICE_KEY, BrandVoice)


def checker_settings(session: Session) -> CheckerSettings:
    return load_setting(session, CHECKER_KEY, CheckerSettings)
