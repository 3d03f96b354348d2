"""Reading the workspace: the few lookups every part of the core needs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models import CertificationSession, Competency, Juror
from jury_desk.rules.scale import Scale
from jury_desk.store.missing import no_me, no_session, unknown_competency

__all__ = ["competency_by_code", "me", "scale_of", "the_session", "unknown_competency"]


def the_session(session: Session) -> CertificationSession:
    row = session.scalars(select(CertificationSession)).first()
    if row is None:
        raise no_session()
    return row


def scale_of(session: Session) -> Scale:
    levels = the_session(session).levels
    return Scale(tuple(level.label for level in levels), tuple(level.passing for level in levels))


def me(session: Session) -> Juror:
    juror = session.scalars(select(Juror).where(Juror.is_me)).first()
    if juror is None:
        raise no_me()
    return juror


def competency_by_code(session: Session, code: str) -> Competency:
    competency = session.scalars(select(Competency).where(Competency.code == code)).first()
    if competency is None:
        raise unknown_competency(code)
    return competency
