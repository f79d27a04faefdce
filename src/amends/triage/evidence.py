"""What every triage signal carries besides its value: how sure it is and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Evidence:
    """A stretch of the text that made a rule or model decide, with the rule's name."""

    start: int  # offset into the text, in characters
    end: int
    text: str
    rule: str
