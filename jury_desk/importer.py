"""Writing a `SessionSpec` into an empty workspace, in one transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk import journal
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
from jury_desk.spec import SessionSpec
from jury_desk.store.errors import StoreError
from jury_desk.store.workspace import Workspace


def import_session(workspace: Workspace, spec: SessionSpec, me: str | None) -> None:
    """Fill a new workspace with the session; `me` is the id of the juror using it."""
    if me is not None and me not in {juror.id for juror in spec.jurors}:
        raise ValueError(f"juror {me!r} is not on the jury of {spec.id}")
    with workspace.session() as session:
        if session.scalars(select(CertificationSession.id)).first() is not None:
            raise StoreError(f"The workspace {workspace.path} already holds a session.")
        session.add(_session_row(spec, me))
        session.flush()
        journal.append(
            session,
            workspace.clock,
            actor=me or "organiser",
            action="session.import",
            subject=spec.id,
            payload={"version": spec.version, "candidates": len(spec.candidates)},
        )


def _session_row(spec: SessionSpec, me: str | None) -> CertificationSession:
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
    row.levels = [
        ScaleLevel(rank=level.rank, label=level.label, passing=level.passing)
        for level in spec.referential.levels
    ]
    row.competencies = [
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
    row.phases = [
        InterviewPhase(position=position, code=phase.code, title=phase.title, minutes=phase.minutes)
        for position, phase in enumerate(spec.plan.phases, start=1)
    ]
    row.jurors = [
        Juror(
            id=juror.id,
            name=juror.name,
            email=juror.email,
            role=juror.role,
            certificate_pem=juror.certificate_pem,
            age_recipient=juror.age_recipient,
            is_me=juror.id == me,
        )
        for juror in spec.jurors
    ]
    row.candidates = [
        Candidate(
            id=candidate.id,
            name=candidate.name,
            startup=candidate.startup,
            incubator=candidate.incubator,
            phase=candidate.phase,
            role=candidate.role,
            slot_start=candidate.slot_start,
            slot_minutes=candidate.slot_minutes,
            documents=[
                DossierDocument(
                    position=position,
                    kind=document.kind,
                    title=document.title,
                    media_type=document.media_type,
                    sha256=document.sha256,
                    size=document.size,
                    content=document.content,
                )
                for position, document in enumerate(candidate.documents, start=1)
            ],
        )
        for candidate in spec.candidates
    ]
    return row


def session_id_of(session: Session) -> str | None:
    return session.scalars(select(CertificationSession.id)).first()
