"""respond: users, drafts, outbox, playbooks, legal hold, case stage

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:39:55.359954
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("refund_limit", sa.Float(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("handle", name=op.f("uq_app_user_handle")),
    )
    op.create_table(
        "playbook",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_playbook")),
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("in_reply_to_mention_id", sa.Integer(), nullable=True),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("at_fault", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("playbook_key", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("blocking", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("reply_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["author_user_id"], ["app_user.id"], name=op.f("fk_draft_author_user_id_app_user")),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_draft_case_id_case")),
        sa.ForeignKeyConstraint(
            ["in_reply_to_mention_id"], ["mention.id"], name=op.f("fk_draft_in_reply_to_mention_id_mention")
        ),
        sa.ForeignKeyConstraint(["reply_id"], ["reply.id"], name=op.f("fk_draft_reply_id_reply")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index("ix_draft_case_status", ["case_id", "status"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("command", sa.String(length=24), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=True),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("platform_id", sa.String(length=512), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_outbox_case_id_case")),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], name=op.f("fk_outbox_channel_id_channel")),
        sa.ForeignKeyConstraint(["draft_id"], ["draft.id"], name=op.f("fk_outbox_draft_id_draft")),
        sa.ForeignKeyConstraint(["mention_id"], ["mention.id"], name=op.f("fk_outbox_mention_id_mention")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("draft_id", name=op.f("uq_outbox_draft_id")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_outbox_status_next", ["status", "next_attempt_at"], unique=False)

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_hold", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("hold_released_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("hold_released_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("hold_release_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("stage", sa.String(length=24), server_default="new", nullable=False))
    # Cases already flagged by triage start out on hold, as new ones do.
    op.execute(sa.text('UPDATE "case" SET legal_hold = legal_risk'))

    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.add_column(sa.Column("connector", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("outbound_url", sa.String(length=2048), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.drop_column("outbound_url")
        batch_op.drop_column("connector")

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_column("stage")
        batch_op.drop_column("hold_release_note")
        batch_op.drop_column("hold_released_by")
        batch_op.drop_column("hold_released_at")
        batch_op.drop_column("legal_hold")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_status_next")
        batch_op.drop_index(batch_op.f("ix_outbox_case_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_case_status")

    op.drop_table("draft")
    op.drop_table("playbook")
    op.drop_table("app_user")
