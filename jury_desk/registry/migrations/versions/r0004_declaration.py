"""The declaration to the Caisse des Dépôts (files and passages), the NIR kept encrypted,
and the statistics of each results file (the jurors' agreement in the renewal figures).

Revision ID: r0004_declaration
Revises: r0003_issued_documents
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0004_declaration"
down_revision: str | None = "r0003_issued_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.add_column(sa.Column("nir_sealed", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("received_results") as batch:
        batch.add_column(sa.Column("statistics_json", sa.Text(), nullable=True))
    op.create_table(
        "cdc_flow",
        sa.Column("id", sa.String(length=50), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("schema_version", sa.String(length=32), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("generated_by", sa.String(length=120), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=120), nullable=True),
        sa.Column("report_id", sa.String(length=100), nullable=True),
        sa.Column("report_imported_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["registry_session.id"],
            name=op.f("fk_cdc_flow_session_id_registry_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cdc_flow")),
    )
    op.create_table(
        "cdc_passage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.String(length=50), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("technical_id", sa.String(length=255), nullable=False),
        sa.Column("identity_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_cdc_passage_candidate_id_candidate")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_cdc_passage_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["cdc_flow.id"], name=op.f("fk_cdc_passage_flow_id_cdc_flow")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cdc_passage")),
        sa.UniqueConstraint(
            "flow_id", "technical_id", name=op.f("uq_cdc_passage_flow_id_technical_id")
        ),
    )
    op.create_index("ix_cdc_passage_candidate", "cdc_passage", ["candidate_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cdc_passage_candidate", table_name="cdc_passage")
    op.drop_table("cdc_passage")
    op.drop_table("cdc_flow")
    with op.batch_alter_table("received_results") as batch:
        batch.drop_column("statistics_json")
    with op.batch_alter_table("candidate") as batch:
        batch.drop_column("nir_sealed")
