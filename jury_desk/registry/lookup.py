"""Finding a row the organiser named, or saying clearly that it is not there."""

from __future__ import annotations

import secrets
from typing import TypeVar

from sqlalchemy.orm import Session

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import NotFoundError
from jury_desk.registry.models import Candidate, Juror, RegistrySession
from jury_desk.registry.models.base import RegistryBase

Row = TypeVar("Row", bound=RegistryBase)


def must_get(session: Session, kind: type[Row], row_id: str) -> Row:
    row = session.get(kind, row_id)
    if row is not None:
        return row
    if kind is RegistrySession:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no session {id} in the registry."), id=row_id
        )
    if kind is Candidate:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {id} in the registry."), id=row_id
        )
    if kind is Juror:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no juror {id} in the registry."), id=row_id
        )
    raise NotFoundError(
        QT_TRANSLATE_NOOP("messages", "There is no jury {id} in the registry."), id=row_id
    )


def new_id(prefix: str) -> str:
    """A neutral id (no personal data in it): it names files inside bundles."""
    return f"{prefix}-{secrets.token_hex(5)}"
