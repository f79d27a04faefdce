"""triage: assessments, corrections, workspace settings, case roll-up

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:09:17.266282
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "workspace_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_setting")),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("model_version", sa.String(length=64), nullable=False),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sentiment", sa.String(length=16), nullable=False),
        sa.Column("anger", sa.Float(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("troll", sa.Boolean(), nullable=False),
        sa.Column("legal_risk", sa.Boolean(), nullable=False),
        sa.Column("pii_exposed", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("reach", sa.Float(), nullable=False),
        sa.Column("legitimacy", sa.Float(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("pathway", sa.String(length=64), nullable=True),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["mention_id"], ["mention.id"], name=op.f("fk_assessment_mention_id_mention")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("mention_id", name=op.f("uq_assessment_mention_id")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_priority", ["priority"], unique=False)

    op.create_table(
        "triage_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("signal", sa.String(length=32), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=False),
        sa.Column("new_value", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["mention_id"], ["mention.id"], name=op.f("fk_triage_correction_mention_id_mention")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_correction")),
    )
    with op.batch_alter_table("triage_correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_triage_correction_mention_id"), ["mention_id"], unique=False)

    with op.batch_alter_table("author", schema=None) as batch_op:
        batch_op.add_column(sa.Column("troll_flags", sa.Integer(), server_default="0", nullable=False))

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("action", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("pathway", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("topic", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("severity", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("legal_risk", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("pii_exposed", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index("ix_case_priority", ["priority"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index("ix_case_priority")
        batch_op.drop_column("pii_exposed")
        batch_op.drop_column("legal_risk")
        batch_op.drop_column("severity")
        batch_op.drop_column("topic")
        batch_op.drop_column("kind")
        batch_op.drop_column("pathway")
        batch_op.drop_column("action")
        batch_op.drop_column("priority")

    with op.batch_alter_table("author", schema=None) as batch_op:
        batch_op.drop_column("troll_flags")

    with op.batch_alter_table("triage_correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_triage_correction_mention_id"))

    op.drop_table("triage_correction")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_priority")

    op.drop_table("assessment")
    op.drop_table("workspace_setting")
