"""The `checker` workspace setting: how strict the reply checker is.

`CheckerSettings()` gives the defaults. Every field is validated, so a bad setting (an unknown code,
a threshold outside its range) is refused with a message instead of being half-applied.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from amends.respond.codes import CODES, Level


def _known_codes(codes: list[str] | set[str] | frozenset[str] | dict[str, Level]) -> None:
    unknown = sorted(c for c in codes if c not in CODES)
    if unknown:
        raise ValueError(f"unknown finding code(s): {', '.join(unknown)}; known codes: {', '.join(sorted(CODES))}")


def _clean_terms(value: list[str]) -> list[str]:
    terms = []
    for term in value:
        term = " ".join(term.split())
        if not term:
            continue
        if len(term) > 60:
            raise ValueError(f"term too long (60 characters at most): {term[:60]!r}...")
        terms.append(term)
    return terms


class CheckerSettings(BaseModel):
    """The `checker` workspace setting."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Moves a code between blocking and warning, e.g. {"jargon": "blocking"}.
    levels: dict[str, Level] = Field(default_factory=dict)
    # Codes that are not checked at all in this workspace.
    disabled: frozenset[str] = frozenset()
    # copy_paste: a reply at least this similar to one of the brand's recent replies is a copy. Templates
    # that differ only in the name, handle or order number score about 0.95; two different replies that
    # share a stock sentence ("please DM us your order number") score about 0.5-0.65.
    similarity_max: float = Field(0.85, gt=0, le=1)
    # copy_paste: replies shorter than this (in words) are not compared; "Thank you!" is not a template.
    copy_paste_min_words: int = Field(5, ge=1)
    # copy_paste: how many of the most recent replies are compared.
    recent_replies_max: int = Field(200, ge=1, le=5000)
    # generic / no_acknowledgement: a complaint with fewer distinct content words than this is too thin to
    # expect anything from it in the reply ("@brand ???"), so neither check runs.
    min_complaint_words: int = Field(3, ge=1)
    # generic: the reply must share at least this many content words (or numbers) with the complaint, or
    # use the customer's name, not to be generic.
    generic_min_overlap: int = Field(1, ge=1)
    # no_acknowledgement: content words (or numbers) from the complaint the reply must name.
    acknowledgement_min_overlap: int = Field(1, ge=1)
    # off_voice: an all-capitals word at least this long is shouting; shorter ones are taken for acronyms
    # (DM, UK, ASAP) unless several come in a row.
    caps_min_letters: int = Field(5, ge=2, le=20)
    # off_voice: this many all-capital words in a row is shouting whatever their length ("WE ARE SO SORRY").
    caps_run_words: int = Field(3, ge=2, le=20)
    # too_long: per-platform character limits replacing those in `context.CHANNEL_LIMITS`.
    channel_limits: dict[str, int] = Field(default_factory=dict)
    # Extra jargon and profanity (words or phrases, matched as whole words, case-insensitively).
    jargon: list[str] = Field(default_factory=list)
    profanity: list[str] = Field(default_factory=list)
    # Words or phrases never reported as jargon, shouting or profanity here: product names, the brand's
    # own acronyms ("SLA" for a company that sells service-level agreements).
    allow: list[str] = Field(default_factory=list)

    @field_validator("levels")
    @classmethod
    def _levels_known(cls, value: dict[str, Level]) -> dict[str, Level]:
        _known_codes(value)
        return value

    @field_validator("disabled", mode="before")
    @classmethod
    def _disabled_known(cls, value: object) -> object:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple | set | frozenset):
            _known_codes({str(v) for v in value})
        return value

    @field_validator("channel_limits")
    @classmethod
    def _limits_positive(cls, value: dict[str, int]) -> dict[str, int]:
        bad = sorted(k for k, v in value.items() if v < 1)
        if bad:
            raise ValueError(f"channel limits must be at least 1 character: {', '.join(bad)}")
        return {k.strip().lower(): v for k, v in value.items()}

    @field_validator("jargon", "profanity", "allow")
    @classmethod
    def _terms_clean(cls, value: list[str]) -> list[str]:
        return _clean_terms(value)

    def level_of(self, code: str) -> Level:
        return self.levels.get(code, CODES[code].level)

    def enabled(self, code: str) -> bool:
        return code not in self.disabled
