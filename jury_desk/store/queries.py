"""Reading the workspace: the few lookups every part of the core needs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import CertificationSession, Competency, Juror
from jury_desk.rules.scale import Scale


def the_session(session: Session) -> CertificationSession:
    row = session.scalars(select(CertificationSession)).first()
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("messages", "This workspace holds no session yet."))
    return row


def scale_of(session: Session) -> Scale:
    levels = the_session(session).levels
    return Scale(tuple(level.label for level in levels), tuple(level.passing for level in levels))


def me(session: Session) -> Juror:
    juror = session.scalars(select(Juror).where(Juror.is_me)).first()
    if juror is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "This workspace does not say which juror you are.")
        )
    return juror


def competency_by_code(session: Session, code: str) -> Competency:
    competency = session.scalars(select(Competency).where(Competency.code == code)).first()
    if competency is None:
        raise unknown_competency(code)
    return competency


def unknown_competency(code: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("messages", "There is no competency {code!r} in this session."),
        code=code,
    )
