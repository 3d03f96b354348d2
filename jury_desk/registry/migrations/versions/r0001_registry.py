"""The organiser's registry: sessions, sittings, jurors, candidates and their documents and
history, juries, placements, issued bundles, settings and the hash-chained journal.

Revision ID: r0001_registry
Revises:
Create Date: 2026-12-07

The journal is made append-only by triggers, written for SQLite and for PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0001_registry"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "juror",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "portfolio_manager",
                "certified_intrapreneur",
                name="jurorkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("incubator", sa.String(length=200), nullable=False),
        sa.Column("startups_json", sa.Text(), nullable=False),
        sa.Column("request", sa.LargeBinary(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("accepted_by", sa.String(length=120), nullable=True),
        sa.Column("certificate_expires_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_juror")),
        sa.UniqueConstraint("email", name=op.f("uq_juror_email")),
    )
    op.create_table(
        "registry_journal",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_registry_journal")),
    )
    op.create_table(
        "registry_session",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("decision_delay_months", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "break_minutes BETWEEN 0 AND 120", name=op.f("ck_registry_session_break_minutes_range")
        ),
        sa.CheckConstraint(
            "slot_minutes BETWEEN 15 AND 240", name=op.f("ck_registry_session_slot_minutes_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_session")),
    )
    op.create_table(
        "registry_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_registry_setting")),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("birth_name", sa.String(length=120), nullable=False),
        sa.Column("usage_name", sa.String(length=120), nullable=True),
        sa.Column("first_names", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=32), nullable=True),
        sa.Column("birth_insee_code", sa.String(length=16), nullable=True),
        sa.Column("birth_postal_code", sa.String(length=16), nullable=True),
        sa.Column("birth_commune", sa.String(length=120), nullable=True),
        sa.Column("birth_country_code", sa.String(length=8), nullable=True),
        sa.Column("birth_country", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("startup", sa.String(length=200), nullable=False),
        sa.Column("incubator", sa.String(length=200), nullable=False),
        sa.Column("phase", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("site_url", sa.String(length=2000), nullable=False),
        sa.Column("product_sheet_url", sa.String(length=2000), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "applied",
                "incomplete",
                "eligible",
                "shortlisted",
                "convened",
                "interviewed",
                "decided",
                "withdrawn",
                name="applicationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["registry_session.id"],
            name=op.f("fk_candidate_session_id_registry_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate")),
    )
    op.create_index("ix_candidate_session", "candidate", ["session_id"], unique=False)

    op.create_table(
        "jury",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("chair_id", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("chair_id <> member_id", name=op.f("ck_jury_two_people")),
        sa.ForeignKeyConstraint(["chair_id"], ["juror.id"], name=op.f("fk_jury_chair_id_juror")),
        sa.ForeignKeyConstraint(["member_id"], ["juror.id"], name=op.f("fk_jury_member_id_juror")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["registry_session.id"],
            name=op.f("fk_jury_session_id_registry_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jury")),
    )
    op.create_table(
        "session_sitting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("finish", sa.Time(), nullable=False),
        sa.CheckConstraint("start < finish", name=op.f("ck_session_sitting_start_before_finish")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["registry_session.id"],
            name=op.f("fk_session_sitting_session_id_registry_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_sitting")),
    )
    op.create_table(
        "candidate_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "site_link",
                "product_sheet_link",
                "user_interviews",
                "mockups",
                "investment_table",
                "deck",
                "other",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_document_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_document")),
    )
    op.create_table(
        "candidate_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "applied",
                "incomplete",
                "eligible",
                "shortlisted",
                "convened",
                "interviewed",
                "decided",
                "withdrawn",
                name="applicationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_status_change_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_status_change")),
    )
    op.create_table(
        "issued_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jury_id", sa.String(length=64), nullable=False),
        sa.Column("bundle_version", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["jury_id"], ["jury.id"], name=op.f("fk_issued_bundle_jury_id_jury")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_bundle")),
        sa.UniqueConstraint(
            "jury_id", "bundle_version", name=op.f("uq_issued_bundle_jury_id_bundle_version")
        ),
    )
    op.create_table(
        "placement",
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("jury_id", sa.String(length=64), nullable=False),
        sa.Column("start_utc", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_placement_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["jury_id"], ["jury.id"], name=op.f("fk_placement_jury_id_jury")),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_placement")),
    )

    _journal_append_only()


def _journal_append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION registry_journal_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the journal is append-only'; END $$"
        )
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER registry_journal_no_{event.lower()} BEFORE {event} "
                "ON registry_journal FOR EACH ROW EXECUTE FUNCTION registry_journal_refuse()"
            )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER registry_journal_no_{event.lower()} BEFORE {event} "
            "ON registry_journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
        )


def downgrade() -> None:
    for event in ("update", "delete"):
        op.execute(
            f"DROP TRIGGER registry_journal_no_{event}"
            + (" ON registry_journal" if op.get_bind().dialect.name == "postgresql" else "")
        )
    op.drop_table("placement")
    op.drop_table("issued_bundle")
    op.drop_table("candidate_status_change")
    op.drop_table("candidate_document")
    op.drop_table("session_sitting")
    op.drop_table("jury")
    op.drop_index("ix_candidate_session", table_name="candidate")
    op.drop_table("candidate")
    op.drop_table("registry_setting")
    op.drop_table("registry_session")
    op.drop_table("registry_journal")
    op.drop_table("juror")
