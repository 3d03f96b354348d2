"""Results received from the juries and the decisions they hold (superseded, never erased).

Revision ID: r0002_results
Revises: r0001_registry
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0002_results"
down_revision: str | None = "r0001_registry"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "received_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jury_id", sa.String(length=64), nullable=False),
        sa.Column("bundle_version", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("minutes_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jury_id"], ["jury.id"], name=op.f("fk_received_results_jury_id_jury")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_results")),
        sa.UniqueConstraint("sha256", name=op.f("uq_received_results_sha256")),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "certified",
                "not_certified",
                "absent",
                "postponed",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("validated_json", sa.Text(), nullable=False),
        sa.Column("levels_json", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_decision_candidate_id_candidate")
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_results.id"],
            name=op.f("fk_decision_received_id_received_results"),
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by"], ["decision.id"], name=op.f("fk_decision_superseded_by_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    op.create_index("ix_decision_candidate", "decision", ["candidate_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_decision_candidate", table_name="decision")

    op.drop_table("decision")
    op.drop_table("received_results")
