"""Load the demo: its channels (with webhook secrets) and its seeded stream of mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from amends.accounts import service as accounts
from amends.channels import service as channels
from amends.db import Database
from amends.demo.generator import generate
from amends.ingest import repository
from amends.ingest.pipeline import ImportReport, ingest_records
from amends.kit.crypto import load_key
from amends.respond.playbook_store import seed_playbooks


@dataclass
class DemoReport:
    channels_created: list[str] = field(default_factory=list)
    webhook_secrets: dict[str, str] = field(default_factory=dict)
    report: ImportReport | None = None
    already_loaded: bool = False


def load_demo(db: Database, *, seed: int, anchor: datetime, count: int, actor: str) -> DemoReport:
    data = generate(seed=seed, anchor=anchor, count=count)
    key = load_key(db.settings, create=True)
    result = DemoReport()
    with db.session() as session:
        existing = [c for spec in data.channels if (c := channels.get_by_slug(session, spec.slug)) is not None]
        if existing and repository.has_mentions(session, [c.id for c in existing]):
            # Loaded before: the stream is anchored to the current hour, so loading it again would
            # add a second copy of every story under new ids.
            result.already_loaded = True
            return result
        for spec in data.channels:
            if channels.get_by_slug(session, spec.slug) is not None:
                continue
            secret = channels.new_webhook_secret()
            channels.create_channel(
                session,
                actor=actor,
                key=key,
                slug=spec.slug,
                platform=spec.platform,
                account_ref=spec.account_ref,
                name=spec.name,
                brand_handles=list(spec.brand_handles),
                brand_author_ids=list(spec.brand_author_ids),
                webhook_secret=secret,
                connector="demo",
            )
            result.channels_created.append(spec.slug)
            result.webhook_secrets[spec.slug] = secret
        seed_team(session, actor=actor)
        seed_playbooks(session, actor=actor)
    result.report = ingest_records(
        db, data.mentions, source_ref=f"demo(seed={seed})", actor=actor, total=len(data.mentions)
    )
    return result


# A small care team so every respond command can be tried on the demo: an agent whose drafts need
# approval, a supervisor who approves them, and legal, who alone may release a legal hold.
DEMO_TEAM = (
    ("sam", "Sam Okafor", ["agent"], 1, 25.0),
    ("alex", "Alex Moreno", ["supervisor"], 3, 200.0),
    ("lee", "Lee Hartmann", ["legal"], 1, None),
)


def seed_team(session: Session, *, actor: str) -> list[str]:
    added = []
    known = {u.handle for u in accounts.list_users(session)}
    for handle, name, roles, level, limit in DEMO_TEAM:
        if handle not in known:
            accounts.add_user(
                session, actor=actor, handle=handle, name=name, roles=roles, level=level, refund_limit=limit
            )
            added.append(handle)
    return added
