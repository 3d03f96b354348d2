"""A newer bundle of the same session: update what the organiser changed, keep every score."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import Assessment, CertificationSession, Deliberation, DossierDocument
from jury_desk.session.importer import (
    candidate_row,
    competency_rows,
    document_rows,
    juror_row,
    level_rows,
    phase_rows,
)
from jury_desk.session.spec import CandidateSpec, SessionSpec
from jury_desk.store import journal
from jury_desk.store.queries import the_session


class SessionUpdateError(UserError):
    pass


def update_session(session: Session, clock: Clock, spec: SessionSpec) -> dict[str, DossierDocument]:
    """Bring the stored session to `spec`, a higher version; returns the documents to fill.

    Scores rest on the scale and the competencies: a bundle changing those is
    refused. Candidates or jurors who already have assessments cannot vanish.
    """
    row = the_session(session)
    if row.id != spec.id:
        raise SessionUpdateError(
            QT_TRANSLATE_NOOP("messages", "This bundle is of session {session}, not {stored}."),
            session=spec.id,
            stored=row.id,
        )
    if spec.version <= row.bundle_version:
        raise SessionUpdateError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This bundle is version {version}; the workspace already has version "
                "{stored}: an older bundle never replaces a newer one.",
            ),
            version=spec.version,
            stored=row.bundle_version,
        )
    if _referential_changes(row, spec):
        if _anything_scored(session):
            raise SessionUpdateError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This bundle changes the level scale or the list of competencies, on which "
                    "scores already rest: ask the organiser for a new session instead.",
                )
            )
        _replace_referential(session, row, spec)
    previous_version = row.bundle_version
    _update_session_fields(session, row, spec)
    _update_jurors(row, spec)
    awaited = _update_candidates(session, row, spec)
    session.flush()
    journal.append(
        session,
        clock,
        actor="organiser",
        action="session.update",
        subject=spec.id,
        payload={"from_version": previous_version, "to_version": spec.version},
    )
    return awaited


def _referential_changes(row: CertificationSession, spec: SessionSpec) -> bool:
    """Does the scale (levels, which pass) or the list of competencies change?"""
    stored = [(level.rank, level.passing) for level in row.levels]
    given = [(level.rank, level.passing) for level in spec.referential.levels]
    codes = [competency.code for competency in row.competencies]
    new_codes = [competency.code for competency in spec.referential.competencies]
    return stored != given or codes != new_codes


def _anything_scored(session: Session) -> bool:
    return (
        session.scalars(select(Assessment.id).limit(1)).first() is not None
        or session.scalars(select(Deliberation.id).limit(1)).first() is not None
    )


def _replace_referential(session: Session, row: CertificationSession, spec: SessionSpec) -> None:
    """Nothing rests on the referential yet: take the new one whole."""
    row.levels.clear()
    row.competencies.clear()
    session.flush()  # codes, ranks and positions are unique: old rows leave first
    row.levels.extend(level_rows(spec))
    row.competencies.extend(competency_rows(spec))


def _update_session_fields(session: Session, row: CertificationSession, spec: SessionSpec) -> None:
    row.title = spec.title
    row.certification_title = spec.certification_title
    row.starts_on, row.ends_on = spec.starts_on, spec.ends_on
    row.bundle_version, row.bundle_issued_at = spec.version, spec.issued_at
    row.decision_delay_months = spec.decision_delay_months
    row.decision_rule, row.minimum_passing = spec.rule.kind, spec.rule.minimum_passing
    row.warning_marks = ",".join(str(m) for m in spec.plan.warning_marks_minutes)
    for level, level_spec in zip(row.levels, spec.referential.levels, strict=True):
        level.label = level_spec.label
    for competency, competency_spec in zip(
        row.competencies, spec.referential.competencies, strict=True
    ):
        competency.title = competency_spec.title
        competency.description = competency_spec.description
        competency.criteria = "\n".join(competency_spec.criteria)
        for descriptor, text in zip(
            competency.descriptors, competency_spec.descriptors, strict=True
        ):
            descriptor.text = text
    # Old rows go first: positions are unique within the session.
    row.phases.clear()
    session.flush()
    row.phases.extend(phase_rows(spec))


def _update_jurors(row: CertificationSession, spec: SessionSpec) -> None:
    given = {juror.id: juror for juror in spec.jurors}
    for juror in list(row.jurors):
        if juror.id not in given:
            if juror.assessments or juror.is_me:
                raise SessionUpdateError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This bundle removes {name} from the jury, who has assessments here.",
                    ),
                    name=juror.name,
                )
            row.jurors.remove(juror)
    stored = {juror.id: juror for juror in row.jurors}
    for juror_id, juror_spec in given.items():
        if juror_id not in stored:
            row.jurors.append(juror_row(juror_spec, is_me=False))
            continue
        juror = stored[juror_id]
        juror.name, juror.email, juror.role = juror_spec.name, juror_spec.email, juror_spec.role
        juror.certificate_pem = juror_spec.certificate_pem
        juror.age_recipient = juror_spec.age_recipient


def _update_candidates(
    session: Session, row: CertificationSession, spec: SessionSpec
) -> dict[str, DossierDocument]:
    given = {candidate.id: candidate for candidate in spec.candidates}
    for candidate in list(row.candidates):
        if candidate.id not in given:
            if candidate.assessments or candidate.deliberation or candidate.events:
                raise SessionUpdateError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This bundle removes {name}, who has already been assessed here.",
                    ),
                    name=candidate.name,
                )
            row.candidates.remove(candidate)
    stored = {candidate.id: candidate for candidate in row.candidates}
    awaited: dict[str, DossierDocument] = {}
    for candidate_id, candidate_spec in given.items():
        if candidate_id in stored:
            candidate = stored[candidate_id]
            _update_candidate_fields(candidate, candidate_spec)
            # The dossier is replaced whole: documents carry no juror's work.
            candidate.documents.clear()
            session.flush()
            candidate.documents.extend(document_rows(candidate_spec))
        else:
            candidate = candidate_row(candidate_spec)
            row.candidates.append(candidate)
        session.flush()
        for document_row, document in zip(
            candidate.documents, candidate_spec.documents, strict=True
        ):
            assert document.path is not None
            awaited[document.path] = document_row
    return awaited


def _update_candidate_fields(candidate: object, spec: CandidateSpec) -> None:
    for field in ("name", "startup", "incubator", "phase", "role", "slot_start", "slot_minutes"):
        setattr(candidate, field, getattr(spec, field))
