"""Drafts through their life on a real database: legal hold, approvals, refusals in the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from amends.accounts.service import PermissionDenied
from amends.audit.service import verify_chain
from amends.db import Database
from amends.models import DraftStatus, Mention
from amends.respond import service as respond
from amends.respond.context import Purpose, Visibility
from amends.triage.service import correct_signal
from tests.factories import mention
from tests.respond.respond_helpers import COMPLAINT, LEGAL, case_of, events, ingest, setup, user

GOOD = (
    "Hi Dana, I'm sorry the blue kettle reached you with a cracked lid, and that calls went unanswered. "
    "Could you send us a DM with your order number so we can get a replacement out to you?"
)


def test_a_legal_risk_post_puts_the_case_on_hold_and_only_legal_can_release_it(db: Database) -> None:
    setup(db)
    ingest(db, LEGAL)
    with db.session() as s:
        case = case_of(s, "200")
        assert case.legal_risk and case.legal_hold
        d = respond.write_draft(s, case, "Hi Rafi, we're sorry to hear this.", user=user(s, "kim"))
        assert "legal_hold" in {f["code"] for f in d.findings}
        draft_id = d.id
    # Submitting a public reply on hold is refused, and the refusal survives in the audit trail.
    with db.session() as s:
        with pytest.raises(respond.Refused) as refused:
            respond.submit_draft(s, respond.get_draft(s, draft_id), user=user(s, "kim"))
        assert refused.value.code == "legal_hold"
    assert events(db, "draft.submit_refused")
    # An agent and a supervisor cannot release the hold; each attempt is audited.
    for handle in ("kim", "alex"):
        with db.session() as s, pytest.raises(respond.Refused):
            respond.release_hold(s, case_of(s, "200"), user=user(s, handle), note="looks fine")
    assert [e.actor for e in events(db, "legal_hold.release_refused")] == ["user:kim", "user:alex"]
    with db.session() as s, pytest.raises(respond.RespondError, match="note"):
        respond.release_hold(s, case_of(s, "200"), user=user(s, "lee"), note="  ")
    with db.session() as s:
        respond.release_hold(s, case_of(s, "200"), user=user(s, "lee"), note="Cleared a neutral public apology")
    with db.session() as s:
        case = case_of(s, "200")
        assert not case.legal_hold and case.hold_released_by == "user:lee"
        assert case.action != "legal_hold"
        d = respond.get_draft(s, draft_id)
        respond.check_draft(s, d, user(s, "kim"))
        assert "legal_hold" not in {f["code"] for f in d.findings}
    # A new legal-risk post on the same thread puts the hold back.
    ingest(
        db,
        mention(
            "201",
            author={"id": "600", "handle": "rkhan"},
            thread={"parent_id": "200", "conversation_id": "200"},
            text="@brand and I am reporting you to trading standards, this is negligence and I will sue",
        ),
    )
    with db.session() as s:
        assert case_of(s, "201").legal_hold
    with db.session() as s:
        assert verify_chain(s).ok


def test_a_private_holding_message_may_go_out_while_the_hold_stands(db: Database) -> None:
    setup(db)
    ingest(db, LEGAL)
    with db.session() as s:
        d = respond.write_draft(
            s,
            case_of(s, "200"),
            "Hi Rafi, thank you for telling us. The right team will contact you by message within two working days.",
            user=user(s, "kim"),
            visibility=Visibility.PRIVATE,
        )
        assert "legal_hold" not in {f["code"] for f in d.findings}


def test_drafts_below_the_approval_level_wait_for_a_supervisor(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    with db.session() as s:
        d = respond.write_draft(s, case_of(s, "100"), GOOD, user=user(s, "sam"))
        assert d.blocking == 0, d.findings
        respond.submit_draft(s, d, user=user(s, "sam"))
        assert d.status == DraftStatus.PENDING_APPROVAL.value
        draft_id = d.id
    # An agent cannot approve: refused and audited.
    with db.session() as s, pytest.raises(respond.Refused):
        respond.approve_draft(s, respond.get_draft(s, draft_id), user=user(s, "kim"), reason="fine")
    assert events(db, "draft.decision_refused")[0].actor == "user:kim"
    with db.session() as s, pytest.raises(respond.RespondError, match="reason"):
        respond.approve_draft(s, respond.get_draft(s, draft_id), user=user(s, "alex"), reason="")
    with db.session() as s:
        d = respond.approve_draft(s, respond.get_draft(s, draft_id), user=user(s, "alex"), reason="specific and kind")
        assert d.status == DraftStatus.APPROVED.value and d.decided_by == "user:alex"
    approved = events(db, "draft.approved")
    assert approved[-1].reason == "specific and kind" and approved[-1].actor == "user:alex"


def test_a_senior_agent_with_a_clean_draft_needs_no_approval_but_warnings_do(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    with db.session() as s:
        d = respond.write_draft(s, case_of(s, "100"), GOOD, user=user(s, "kim"))
        respond.submit_draft(s, d, user=user(s, "kim"))
        assert d.status == DraftStatus.APPROVED.value
        # Rewriting on the same case is not copying; the same text for another customer is (copy_paste).
        again = respond.write_draft(s, case_of(s, "100"), GOOD.replace("Hi Dana", "Hello Dana"), user=user(s, "kim"))
        assert "copy_paste" not in {f["code"] for f in again.findings}
    ingest(
        db,
        mention(
            "110",
            author={"id": "510", "handle": "olu", "display_name": "Olu Ade"},
            text="@brand my blue kettle came with a cracked lid too",
        ),
    )
    with db.session() as s:
        copy = respond.write_draft(s, case_of(s, "110"), GOOD.replace("Hi Dana", "Hi Olu"), user=user(s, "kim"))
        assert "copy_paste" in {f["code"] for f in copy.findings if f["level"] == "blocking"}
        # ... and jargon is a warning: the same agent now needs approval.
        w = respond.write_draft(
            s,
            case_of(s, "100"),
            "Dana, that cracked kettle lid should never have left us. I've raised an RMA so a new kettle ships "
            "this week; does the same address still suit you?",
            user=user(s, "kim"),
        )
        assert w.warnings and not w.blocking, w.findings
        respond.submit_draft(s, w, user=user(s, "kim"))
        assert w.status == DraftStatus.PENDING_APPROVAL.value


def test_blocking_findings_refuse_the_submit_and_a_rejection_needs_a_reason(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    with db.session() as s:
        bad = respond.write_draft(
            s,
            case_of(s, "100"),
            "Please reply here with your phone number and email so we can call you.",
            user=user(s, "sam"),
        )
        assert "asks_pii_public" in {f["code"] for f in bad.findings if f["level"] == "blocking"}
        with pytest.raises(respond.Refused):
            respond.submit_draft(s, bad, user=user(s, "sam"))
    with db.session() as s:
        # A supervisor's draft with a warning needs approval too, but not their own.
        own = respond.write_draft(
            s,
            case_of(s, "100"),
            "Dana, I've raised an RMA for the cracked kettle lid; a new one ships this week.",
            user=user(s, "alex"),
        )
        respond.submit_draft(s, own, user=user(s, "alex"))
        assert own.status == DraftStatus.PENDING_APPROVAL.value, own.findings
        with pytest.raises(respond.Refused, match="own draft"):
            respond.approve_draft(s, own, user=user(s, "alex"), reason="x")
        d = respond.write_draft(s, case_of(s, "100"), GOOD, user=user(s, "sam"))
        respond.submit_draft(s, d, user=user(s, "sam"))
        respond.reject_draft(s, d, user=user(s, "alex"), reason="name the courier delay too")
        assert d.status == DraftStatus.REJECTED.value
        respond.revise_draft(s, d, GOOD + " Thanks for your patience.", user=user(s, "sam"))
        assert d.status == DraftStatus.DRAFT.value and d.decided_by is None


def test_roles_are_checked_on_every_operation(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    with db.session() as s, pytest.raises(PermissionDenied):
        respond.write_draft(s, case_of(s, "100"), GOOD, user=user(s, "lee"))


def test_the_composer_drafts_from_the_case_and_the_draft_is_checked(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    with db.session() as s:
        d = respond.compose_draft(s, case_of(s, "100"), user=user(s, "sam"))
        assert d.source == "composer" and d.playbook_key
        assert "Dana" in d.text
        assert d.blocking == 0, d.findings
        first = respond.compose_draft(s, case_of(s, "100"), user=user(s, "sam"), purpose=Purpose.FIRST_RESPONSE)
        assert "?" in first.text
    ingest(db, LEGAL)
    with db.session() as s, pytest.raises(respond.Refused):
        respond.compose_draft(s, case_of(s, "200"), user=user(s, "sam"))
    assert events(db, "draft.refused")


def test_a_triage_correction_cannot_lift_a_legal_hold(db: Database) -> None:
    setup(db)
    ingest(db, LEGAL)
    with db.session() as s:
        mention_id = s.scalars(select(Mention.id).where(Mention.native_id == "200")).one()
        correct_signal(s, mention_id, "legal_risk", False, actor="user:kim", note="just venting")
    with db.session() as s:
        case = case_of(s, "200")
        assert not case.legal_risk and case.legal_hold  # only legal releases it
        respond.release_hold(s, case, user=user(s, "lee"), note="reviewed, no claim")
    with db.session() as s:
        correct_signal(s, mention_id, "legal_risk", True, actor="user:lee", note="on reflection, a claim")
    with db.session() as s:
        assert case_of(s, "200").legal_hold  # new legal risk found by the correction: held again
