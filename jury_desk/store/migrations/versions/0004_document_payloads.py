"""Dossier documents kept in a copy of the bundle's encrypted payload.

Revision ID: 0004_document_payloads
Revises: 0003_minutes_and_organiser
Create Date: 2026-12-03

A document opened from a bundle now lies in `payload-<id>.age`, the bundle's
own age payload copied beside the database, at an offset of its plaintext;
`bundle_payload` keeps that file's age file key. Documents of earlier
workspaces keep their `document_chunk` rows, which are still read: nothing is
moved, so this migration writes no file outside the database and cannot fail
half-way. They move to the new store when a newer bundle of the session is
opened (a dossier is then replaced whole).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_document_payloads"
down_revision: str | None = "0003_minutes_and_organiser"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundle_payload",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=128), nullable=False),
        sa.Column("file_key", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(file_key) = 16", name=op.f("ck_bundle_payload_file_key_size")),
        sa.CheckConstraint("size > 0", name=op.f("ck_bundle_payload_size_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_payload")),
        sa.UniqueConstraint("file_name", name=op.f("uq_bundle_payload_file_name")),
    )
    op.create_table(
        "document_location",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("payload_id", sa.Integer(), nullable=False),
        sa.Column("plaintext_offset", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "plaintext_offset >= 0", name=op.f("ck_document_location_offset_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["dossier_document.id"],
            name=op.f("fk_document_location_document_id_dossier_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payload_id"],
            ["bundle_payload.id"],
            name=op.f("fk_document_location_payload_id_bundle_payload"),
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_location")),
    )


def downgrade() -> None:
    op.drop_table("document_location")
    op.drop_table("bundle_payload")
