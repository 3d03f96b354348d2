"""Baseline schema: the workspace as first released.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-28

Frozen: later schema changes go in new revisions, never here, because
workspaces made with this schema exist on jurors' laptops.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_baseline"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certification_session",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("certification_title", sa.String(), nullable=False),
        sa.Column("rs_code", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("bundle_version", sa.Integer(), nullable=False),
        sa.Column("bundle_issued_at", sa.DateTime(), nullable=False),
        sa.Column("decision_delay_months", sa.Integer(), nullable=False),
        sa.Column(
            "decision_rule",
            sa.Enum(
                "all_passing",
                "minimum_passing",
                name="decisionrulekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minimum_passing", sa.Integer(), nullable=True),
        sa.Column("warning_marks", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "(decision_rule = 'minimum_passing') = (minimum_passing IS NOT NULL)",
            name=op.f("ck_certification_session_minimum_only_for_its_rule"),
        ),
        sa.CheckConstraint(
            "bundle_version >= 1", name=op.f("ck_certification_session_version_positive")
        ),
        sa.CheckConstraint(
            "decision_delay_months > 0", name=op.f("ck_certification_session_delay_positive")
        ),
        sa.CheckConstraint(
            "ends_on >= starts_on", name=op.f("ck_certification_session_dates_ordered")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification_session")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal_entry")),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("startup", sa.String(), nullable=False),
        sa.Column("incubator", sa.String(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("slot_start", sa.DateTime(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("slot_minutes > 0", name=op.f("ck_candidate_slot_positive")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_candidate_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate")),
    )
    op.create_table(
        "competency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_competency_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency")),
        sa.UniqueConstraint("session_id", "code", name=op.f("uq_competency_session_id_code")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_competency_session_id_position")
        ),
    )
    op.create_table(
        "interview_phase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_interview_phase_minutes_positive")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_interview_phase_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_phase")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_interview_phase_session_id_position")
        ),
    )
    op.create_table(
        "juror",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "member",
                name="jurorrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("certificate_pem", sa.Text(), nullable=True),
        sa.Column("age_recipient", sa.String(length=128), nullable=True),
        sa.Column("is_me", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_juror_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_juror")),
    )
    with op.batch_alter_table("juror", schema=None) as batch_op:
        batch_op.create_index(
            "ux_juror_me", ["session_id"], unique=True, sqlite_where=sa.text("is_me = 1")
        )

    op.create_table(
        "scale_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("passing", sa.Boolean(), nullable=False),
        sa.CheckConstraint("rank >= 0", name=op.f("ck_scale_level_rank_not_negative")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["certification_session.id"],
            name=op.f("fk_scale_level_session_id_certification_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scale_level")),
        sa.UniqueConstraint("session_id", "rank", name=op.f("uq_scale_level_session_id_rank")),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("juror_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "signed",
                "superseded",
                name="assessmentstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("conflict_declared", sa.Boolean(), nullable=False),
        sa.Column("conflict_statement", sa.Text(), nullable=False),
        sa.Column("recused", sa.Boolean(), nullable=False),
        sa.Column(
            "recommendation",
            sa.Enum(
                "favourable",
                "reserved",
                "unfavourable",
                name="recommendation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("overall_comment", sa.Text(), nullable=False),
        sa.Column("preparation_notes", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_data_sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "(status = 'draft') = (signed_at IS NULL)", name=op.f("ck_assessment_signed_has_time")
        ),
        sa.CheckConstraint(
            "NOT recused OR conflict_declared", name=op.f("ck_assessment_recusal_needs_conflict")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_assessment_version_positive")),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_assessment_candidate_id_candidate")
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["juror.id"], name=op.f("fk_assessment_juror_id_juror")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint(
            "candidate_id",
            "juror_id",
            "version",
            name=op.f("uq_assessment_candidate_id_juror_id_version"),
        ),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ux_assessment_current",
            ["candidate_id", "juror_id"],
            unique=True,
            sqlite_where=sa.text("status != 'superseded'"),
        )

    op.create_table(
        "deliberation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
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
            nullable=True,
        ),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(outcome IS NULL) = (decided_at IS NULL)",
            name=op.f("ck_deliberation_decided_has_time"),
        ),
        sa.CheckConstraint("revision >= 0", name=op.f("ck_deliberation_revision_not_negative")),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_deliberation_candidate_id_candidate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliberation")),
        sa.UniqueConstraint("candidate_id", name=op.f("uq_deliberation_candidate_id")),
    )
    op.create_table(
        "dossier_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
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
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_dossier_document_sha256_hex")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_dossier_document_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_dossier_document_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_document")),
    )
    op.create_table(
        "document_chunk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["dossier_document.id"],
            name=op.f("fk_document_chunk_document_id_dossier_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_chunk")),
        sa.UniqueConstraint("document_id", "seq", name=op.f("uq_document_chunk_document_id_seq")),
    )
    op.create_table(
        "interview_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "start",
                "pause",
                "resume",
                "next_phase",
                "focus",
                "stop",
                "gap",
                name="intervieweventkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("monotonic_s", sa.Double(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_interview_event_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_event")),
        sa.UniqueConstraint(
            "candidate_id", "seq", name=op.f("uq_interview_event_candidate_id_seq")
        ),
    )
    op.create_table(
        "level_descriptor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("competency_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_level_descriptor_competency_id_competency"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_descriptor")),
        sa.UniqueConstraint(
            "competency_id", "rank", name=op.f("uq_level_descriptor_competency_id_rank")
        ),
    )
    op.create_table(
        "competency_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("competency_id", sa.Integer(), nullable=False),
        sa.Column("level_rank", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("seconds_discussed", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "level_rank IS NULL OR level_rank >= 0",
            name=op.f("ck_competency_score_level_not_negative"),
        ),
        sa.CheckConstraint(
            "seconds_discussed >= 0", name=op.f("ck_competency_score_seconds_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_competency_score_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_competency_score_competency_id_competency"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_score")),
        sa.UniqueConstraint(
            "assessment_id",
            "competency_id",
            name=op.f("uq_competency_score_assessment_id_competency_id"),
        ),
    )
    op.create_table(
        "consolidated_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("competency_id", sa.Integer(), nullable=False),
        sa.Column("level_rank", sa.Integer(), nullable=True),
        sa.Column("casting_note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level_rank IS NULL OR level_rank >= 0",
            name=op.f("ck_consolidated_score_level_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_consolidated_score_competency_id_competency"),
        ),
        sa.ForeignKeyConstraint(
            ["deliberation_id"],
            ["deliberation.id"],
            name=op.f("fk_consolidated_score_deliberation_id_deliberation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidated_score")),
        sa.UniqueConstraint(
            "deliberation_id",
            "competency_id",
            name=op.f("uq_consolidated_score_deliberation_id_competency_id"),
        ),
    )
    op.create_table(
        "decision_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
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
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("revision_reason", sa.Text(), nullable=False),
        sa.Column("by_juror_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["deliberation_id"],
            ["deliberation.id"],
            name=op.f("fk_decision_revision_deliberation_id_deliberation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_revision")),
        sa.UniqueConstraint(
            "deliberation_id",
            "revision",
            name=op.f("uq_decision_revision_deliberation_id_revision"),
        ),
    )

    # The journal is append-only: the database itself refuses edits and deletions.
    op.execute(
        "CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry "
        "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry "
        "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER journal_entry_no_delete")
    op.execute("DROP TRIGGER journal_entry_no_update")
    op.drop_table("decision_revision")
    op.drop_table("consolidated_score")
    op.drop_table("competency_score")
    op.drop_table("level_descriptor")
    op.drop_table("interview_event")
    op.drop_table("document_chunk")
    op.drop_table("dossier_document")
    op.drop_table("deliberation")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ux_assessment_current", sqlite_where=sa.text("status != 'superseded'"))

    op.drop_table("assessment")
    op.drop_table("scale_level")
    with op.batch_alter_table("juror", schema=None) as batch_op:
        batch_op.drop_index("ux_juror_me", sqlite_where=sa.text("is_me = 1"))

    op.drop_table("juror")
    op.drop_table("interview_phase")
    op.drop_table("competency")
    op.drop_table("candidate")
    op.drop_table("journal_entry")
    op.drop_table("certification_session")
