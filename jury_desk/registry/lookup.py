"""Finding a row the organiser named, or saying clearly that it is not there."""

from __future__ import annotations

import re
import secrets
from typing import TypeVar

from sqlalchemy.orm import Session

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import NotFoundError, RegistryError
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


# The ids a bundle's manifest allows (session-manifest-v1.schema.json, $defs/id).
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def checked_id(given: str | None) -> str | None:
    """An id chosen by the caller, refused unless a bundle can carry it."""
    if given is not None and not _ID.fullmatch(given):
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{id!r} cannot be an id: lower-case letters, digits and dashes, 63 at most.",
            ),
            id=given,
        )
    return given
