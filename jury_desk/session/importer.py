"""Writing a `SessionSpec` into an empty workspace, in one transaction."""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Candidate,
    CertificationSession,
    Competency,
    DossierDocument,
    InterviewPhase,
    Juror,
    LevelDescriptor,
    ScaleLevel,
)
from jury_desk.session.documents import store_content
from jury_desk.session.spec import CandidateSpec, JurorSpec, SessionSpec
from jury_desk.store import journal
from jury_desk.store.errors import StoreError
from jury_desk.store.workspace import Workspace


def import_session(workspace: Workspace, spec: SessionSpec, me: str | None) -> None:
    """Fill a new workspace with the session; `me` is the id of the juror using it."""
    with workspace.session() as session:
        add_session(session, workspace.clock, spec, me)


def add_session(
    session: Session, clock: Clock, spec: SessionSpec, me: str | None
) -> dict[str, DossierDocument]:
    """Add the session in the caller's transaction.

    Documents whose content the spec holds are stored now; the others are
    returned by their bundle path, for the caller to stream their content in.
    """
    if me is not None and me not in {juror.id for juror in spec.jurors}:
        raise ValueError(f"juror {me!r} is not on the jury of {spec.id}")
    if session.scalars(select(CertificationSession.id)).first() is not None:
        raise StoreError(QT_TRANSLATE_NOOP("messages", "This workspace already holds a session."))
    row = session_row(spec, me)
    session.add(row)
    session.flush()
    awaited = _store_given_contents(session, row, spec)
    journal.append(
        session,
        clock,
        actor=me or "organiser",
        action="session.import",
        subject=spec.id,
        payload={"version": spec.version, "candidates": len(spec.candidates)},
    )
    return awaited


def _store_given_contents(
    session: Session, row: CertificationSession, spec: SessionSpec
) -> dict[str, DossierDocument]:
    awaited: dict[str, DossierDocument] = {}
    # Still the lists as built above, in the spec's order.
    for candidate_row, candidate in zip(row.candidates, spec.candidates, strict=True):
        for document_row, document in zip(
            candidate_row.documents, candidate.documents, strict=True
        ):
            if document.content is not None:
                store_content(session, document_row, io.BytesIO(document.content))
            else:
                assert document.path is not None, "a document without content needs a path"
                awaited[document.path] = document_row
    return awaited


def session_row(spec: SessionSpec, me: str | None) -> CertificationSession:
    row = CertificationSession(
        id=spec.id,
        title=spec.title,
        certification_title=spec.certification_title,
        rs_code=spec.rs_code,
        starts_on=spec.starts_on,
        ends_on=spec.ends_on,
        bundle_version=spec.version,
        bundle_issued_at=spec.issued_at,
        decision_delay_months=spec.decision_delay_months,
        decision_rule=spec.rule.kind,
        minimum_passing=spec.rule.minimum_passing,
        warning_marks=",".join(str(m) for m in spec.plan.warning_marks_minutes),
    )
    row.levels = level_rows(spec)
    row.competencies = competency_rows(spec)
    row.phases = phase_rows(spec)
    row.jurors = [juror_row(juror, is_me=juror.id == me) for juror in spec.jurors]
    row.candidates = [candidate_row(candidate) for candidate in spec.candidates]
    return row


def session_id_of(session: Session) -> str | None:
    return session.scalars(select(CertificationSession.id)).first()


def phase_rows(spec: SessionSpec) -> list[InterviewPhase]:
    return [
        InterviewPhase(position=position, code=phase.code, title=phase.title, minutes=phase.minutes)
        for position, phase in enumerate(spec.plan.phases, start=1)
    ]


def juror_row(juror: JurorSpec, is_me: bool) -> Juror:
    return Juror(
        id=juror.id,
        name=juror.name,
        email=juror.email,
        role=juror.role,
        certificate_pem=juror.certificate_pem,
        age_recipient=juror.age_recipient,
        is_me=is_me,
    )


def candidate_row(candidate: CandidateSpec) -> Candidate:
    return Candidate(
        id=candidate.id,
        name=candidate.name,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        slot_start=candidate.slot_start,
        slot_minutes=candidate.slot_minutes,
        documents=document_rows(candidate),
    )


def document_rows(candidate: CandidateSpec) -> list[DossierDocument]:
    return [
        DossierDocument(
            position=position,
            kind=document.kind,
            title=document.title,
            media_type=document.media_type,
            sha256=document.sha256,
            size=document.size,
        )
        for position, document in enumerate(candidate.documents, start=1)
    ]


def level_rows(spec: SessionSpec) -> list[ScaleLevel]:
    return [
        ScaleLevel(rank=level.rank, label=level.label, passing=level.passing)
        for level in spec.referential.levels
    ]


def competency_rows(spec: SessionSpec) -> list[Competency]:
    return [
        Competency(
            position=position,
            code=competency.code,
            title=competency.title,
            description=competency.description,
            criteria="\n".join(competency.criteria),
            descriptors=[
                LevelDescriptor(rank=rank, text=text)
                for rank, text in enumerate(competency.descriptors)
            ],
        )
        for position, competency in enumerate(spec.referential.competencies, start=1)
    ]
