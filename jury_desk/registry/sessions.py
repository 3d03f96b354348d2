"""The organiser's sessions: dates, sittings (the interview days), place and slot lengths."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import RegistrySession, Sitting
from jury_desk.registry.store import Registry

# The session id is also the prefix of its juries' bundle ids (^[a-z0-9][a-z0-9-]{0,62}$).
_SESSION_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")


@dataclass(frozen=True)
class SittingDraft:
    day: date
    start: time
    finish: time


@dataclass(frozen=True)
class SessionDraft:
    id: str
    title: str
    starts_on: date
    ends_on: date
    place: str = ""
    slot_minutes: int = 60
    break_minutes: int = 15
    decision_delay_months: int = 2
    sittings: tuple[SittingDraft, ...] = field(default_factory=tuple)


def create_session(registry: Registry, draft: SessionDraft) -> None:
    _check(draft)
    with registry.write() as writer:
        if writer.session.get(RegistrySession, draft.id) is not None:
            raise RegistryError(
                QT_TRANSLATE_NOOP("messages", "The registry already has a session {id}."),
                id=draft.id,
            )
        row = RegistrySession(
            id=draft.id,
            title=draft.title.strip(),
            starts_on=draft.starts_on,
            ends_on=draft.ends_on,
            place=draft.place.strip(),
            slot_minutes=draft.slot_minutes,
            break_minutes=draft.break_minutes,
            decision_delay_months=draft.decision_delay_months,
            sittings=[Sitting(day=s.day, start=s.start, finish=s.finish) for s in draft.sittings],
        )
        writer.touch(row)
        writer.session.add(row)
        writer.journal("session.create", draft.id, _journal_view(draft))


def edit_session(registry: Registry, draft: SessionDraft, seen_version: int) -> None:
    """Replace the session's settings and sittings, unless someone changed it meanwhile."""
    _check(draft)
    with registry.write() as writer:
        row = must_get(writer.session, RegistrySession, draft.id)
        writer.guard(row, seen_version)
        row.title = draft.title.strip()
        row.starts_on, row.ends_on = draft.starts_on, draft.ends_on
        row.place = draft.place.strip()
        row.slot_minutes, row.break_minutes = draft.slot_minutes, draft.break_minutes
        row.decision_delay_months = draft.decision_delay_months
        row.sittings = [Sitting(day=s.day, start=s.start, finish=s.finish) for s in draft.sittings]
        writer.touch(row)
        writer.journal("session.edit", draft.id, _journal_view(draft))


def list_sessions(registry: Registry) -> list[RegistrySession]:
    with registry.read() as session:
        return list(
            session.scalars(
                select(RegistrySession)
                .order_by(RegistrySession.starts_on.desc())
                .options(selectinload(RegistrySession.sittings))
            )
        )


def _check(draft: SessionDraft) -> None:
    if not _SESSION_ID.fullmatch(draft.id):
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A session id is 1 to 40 lower-case letters, digits and dashes "
                "(for example rs6247-2027-05), not {id!r}.",
            ),
            id=draft.id,
        )
    if not draft.title.strip():
        raise RegistryError(QT_TRANSLATE_NOOP("messages", "A session needs a title."))
    if draft.ends_on < draft.starts_on:
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "The session ends on {end}, before it starts ({start})."),
            start=draft.starts_on.isoformat(),
            end=draft.ends_on.isoformat(),
        )
    for sitting in draft.sittings:
        if not draft.starts_on <= sitting.day <= draft.ends_on or sitting.start >= sitting.finish:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The sitting of {day} from {start} to {finish} is not within the session's "
                    "dates, or ends before it starts.",
                ),
                day=sitting.day.isoformat(),
                start=sitting.start.strftime("%H:%M"),
                finish=sitting.finish.strftime("%H:%M"),
            )


def _journal_view(draft: SessionDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "starts_on": draft.starts_on.isoformat(),
        "ends_on": draft.ends_on.isoformat(),
        "slot_minutes": draft.slot_minutes,
        "break_minutes": draft.break_minutes,
        "sittings": [
            [s.day.isoformat(), s.start.strftime("%H:%M"), s.finish.strftime("%H:%M")]
            for s in draft.sittings
        ],
    }
