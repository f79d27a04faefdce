"""foundation: channels, mentions, authors, cases, replies, audit, quarantine

Revision ID: 0001
Revises:
Create Date: 2026-11-22 17:18:58.833182
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    audit_head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain head exists from the start, so concurrent first writers lock a row instead of racing
    # to insert it.
    op.bulk_insert(audit_head, [{"id": 1, "last_event_id": 0, "last_hash": "0" * 64}])
    op.create_table(
        "author",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("native_key", sa.String(length=512), nullable=False),
        sa.Column("handle", sa.String(length=512), nullable=True),
        sa.Column("display_name", sa.String(length=512), nullable=True),
        sa.Column("follower_count", sa.Integer(), nullable=True),
        sa.Column("avatar_url", sa.String(length=2048), nullable=True),
        sa.Column("profile_url", sa.String(length=2048), nullable=True),
        sa.Column("is_verified", sa.Boolean(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_author")),
        sa.UniqueConstraint("platform", "native_key", name=op.f("uq_author_platform_native_key")),
    )
    op.create_table(
        "channel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("account_ref", sa.String(length=512), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("brand_handles", sa.JSON(), nullable=False),
        sa.Column("brand_author_ids", sa.JSON(), nullable=False),
        sa.Column("webhook_secret_enc", sa.LargeBinary(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel")),
        sa.UniqueConstraint("platform", "account_ref", name=op.f("uq_channel_platform_account_ref")),
        sa.UniqueConstraint("slug", name=op.f("uq_channel_slug")),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("source_ref", sa.String(length=1024), nullable=False),
        sa.Column("location", sa.String(length=256), nullable=True),
        sa.Column("payload_format", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("channel_slug", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("replayable", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_key", sa.String(length=1100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
    )
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.create_index("ix_quarantine_status", ["status"], unique=False)

    op.create_table(
        "author_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["author.id"], name=op.f("fk_author_revision_author_id_author")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_author_revision")),
    )
    with op.batch_alter_table("author_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_author_revision_author_id"), ["author_id"], unique=False)

    op.create_table(
        "case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["author.id"], name=op.f("fk_case_author_id_author")),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], name=op.f("fk_case_channel_id_channel")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case")),
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index("ix_case_channel_author_status", ["channel_id", "author_id", "status"], unique=False)
        batch_op.create_index("ix_case_last_activity", ["last_activity_at"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_event_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_event_subject", ["subject_type", "subject_id"], unique=False)

    op.create_table(
        "mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=1100), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("native_id", sa.String(length=512), nullable=False),
        sa.Column("native_event_id", sa.String(length=512), nullable=True),
        sa.Column("native_version", sa.String(length=512), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_snapshot", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_html", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("rating", sa.Float(), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("conversation_id", sa.String(length=1100), nullable=False),
        sa.Column("parent_id", sa.String(length=512), nullable=True),
        sa.Column("in_reply_to_author_id", sa.String(length=512), nullable=True),
        sa.Column("metrics", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("is_hidden", sa.Boolean(), nullable=True),
        sa.Column("capabilities", sa.JSON(), nullable=False),
        sa.Column("reply_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("cursor", sa.String(length=512), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("raw_schema", sa.String(length=64), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current_text", sa.Text(), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["author.id"], name=op.f("fk_mention_author_id_author")),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_mention_case_id_case")),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], name=op.f("fk_mention_channel_id_channel")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention")),
        sa.UniqueConstraint(
            "channel_id", "native_id", "platform", name=op.f("uq_mention_channel_id_native_id_platform")
        ),
    )
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mention_author_id"), ["author_id"], unique=False)
        batch_op.create_index("ix_mention_case_created", ["case_id", "created_at"], unique=False)
        batch_op.create_index("ix_mention_channel_conversation", ["channel_id", "conversation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mention_key"), ["key"], unique=False)

    op.create_table(
        "mention_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("platform_time", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["mention_id"], ["mention.id"], name=op.f("fk_mention_revision_mention_id_mention")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_revision")),
    )
    with op.batch_alter_table("mention_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mention_revision_mention_id"), ["mention_id"], unique=False)

    op.create_table(
        "reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("in_reply_to_mention_id", sa.Integer(), nullable=True),
        sa.Column("native_id", sa.String(length=512), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("author_handle", sa.String(length=512), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_reply_case_id_case")),
        sa.ForeignKeyConstraint(["channel_id"], ["channel.id"], name=op.f("fk_reply_channel_id_channel")),
        sa.ForeignKeyConstraint(
            ["in_reply_to_mention_id"], ["mention.id"], name=op.f("fk_reply_in_reply_to_mention_id_mention")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply")),
        sa.UniqueConstraint("channel_id", "native_id", name=op.f("uq_reply_channel_id_native_id")),
    )
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_case_id"))

    op.drop_table("reply")
    with op.batch_alter_table("mention_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mention_revision_mention_id"))

    op.drop_table("mention_revision")
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mention_key"))
        batch_op.drop_index("ix_mention_channel_conversation")
        batch_op.drop_index("ix_mention_case_created")
        batch_op.drop_index(batch_op.f("ix_mention_author_id"))

    op.drop_table("mention")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_subject")
        batch_op.drop_index(batch_op.f("ix_event_case_id"))

    op.drop_table("event")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index("ix_case_last_activity")
        batch_op.drop_index("ix_case_channel_author_status")

    op.drop_table("case")
    with op.batch_alter_table("author_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_author_revision_author_id"))

    op.drop_table("author_revision")
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_index("ix_quarantine_status")

    op.drop_table("quarantine")
    op.drop_table("channel")
    op.drop_table("author")
    op.drop_table("audit_head")
