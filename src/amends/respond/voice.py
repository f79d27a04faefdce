"""The brand voice profile: how replies should sound. Stored as the `voice` workspace setting."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Formality(StrEnum):
    CASUAL = "casual"
    NEUTRAL = "neutral"
    FORMAL = "formal"


class BrandVoice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    brand: str = Field("our team", max_length=80, description="How the brand names itself in replies.")
    formality: Formality = Formality.NEUTRAL
    emoji: bool = Field(False, description="Whether replies may use emoji.")
    # Appended to public replies, e.g. "^{initials}" or "– {agent}"; {agent} and {initials} are filled in.
    sign_off: str = Field("", max_length=40)
    # Words or phrases the voice prefers, and ones it avoids mapped to what to say instead ("" = drop).
    prefer: tuple[str, ...] = ()
    avoid: dict[str, str] = Field(
        default_factory=lambda: {
            "unfortunately": "",
            "valued customer": "",
            "inconvenience": "trouble",
            "per our policy": "",
        }
    )

    @field_validator("avoid")
    @classmethod
    def _lower_keys(cls, value: dict[str, str]) -> dict[str, str]:
        return {k.strip().lower(): v for k, v in value.items() if k.strip()}
