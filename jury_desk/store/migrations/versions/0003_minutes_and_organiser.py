"""Signed minutes kept in the workspace; the organiser's name and results recipient.

Revision ID: 0003_minutes_and_organiser
Revises: 0002_signed_sheets
Create Date: 2026-12-01

The organiser columns are nullable: workspaces made before this schema get
them when their bundle is opened again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_minutes_and_organiser"
down_revision: str | None = "0002_signed_sheets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("certification_session") as batch:
        batch.add_column(sa.Column("organiser_name", sa.String(), nullable=True))
        batch.add_column(sa.Column("organiser_age_recipient", sa.String(length=128), nullable=True))
    op.create_table(
        "signed_minutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("cosigned", sa.Boolean(), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_signed_minutes_revision_positive")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_signed_minutes_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_minutes")),
        sa.UniqueConstraint(
            "session_id", "revision", name=op.f("uq_signed_minutes_session_id_revision")
        ),
    )


def downgrade() -> None:
    op.drop_table("signed_minutes")
    with op.batch_alter_table("certification_session") as batch:
        batch.drop_column("organiser_age_recipient")
        batch.drop_column("organiser_name")
