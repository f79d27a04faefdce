"""Shorthands shared by the checker tests: check a reply in a context built from keyword arguments."""

from __future__ import annotations

from typing import Any

from amends.respond.checker import CheckResult, Finding, check_reply
from amends.respond.context import ReplyContext

DELIVERY = "@ShopCo my parcel was meant to arrive on Monday and it's still not here. Order 558213. Really annoyed."


def check(text: str, **ctx: Any) -> CheckResult:
    ctx.setdefault("customer_name", "Dana Whitfield")
    return check_reply(text, ReplyContext(**ctx))


def codes(text: str, **ctx: Any) -> set[str]:
    return check(text, **ctx).codes


def finding(text: str, code: str, **ctx: Any) -> Finding:
    found = [f for f in check(text, **ctx).findings if f.code == code]
    assert found, f"expected {code} in {text!r}"
    return found[0]
