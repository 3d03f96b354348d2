"""Convocations for a session: a letter (PDF) and a calendar file (.ics) per candidate placed,
and a calendar file per juror with all their interviews, written as one new folder.

Each candidate convened moves to « convened » in the registry; issuing again (after a
change of slot) gives the same calendar events a higher sequence, so calendars update
them instead of adding a second one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from jury_desk.convocations.calendar import candidate_calendar, juror_calendar
from jury_desk.convocations.data import DEFAULT_TO_PREPARE, CandidateConvocation, Interview
from jury_desk.convocations.letter import render_convocation
from jury_desk.kernel.file_names import ascii_words
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.new_folder import check_new_folder, write_new_folder
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.candidates import set_status
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Placement, RegistrySession, Setting
from jury_desk.registry.store import Registry
from jury_desk.rules.rs6247 import RS6247_CODE, RS6247_TITLE

CERTIFIER = "Direction interministérielle du numérique (DINUM)"
_ISSUES_SETTING = "convocations.issued"  # how many times each session's were issued


@dataclass(frozen=True)
class Contact:
    """Whom candidates and jurors write to: printed on the letter, organiser of the events."""

    name: str
    email: str


@dataclass(frozen=True)
class Convened:
    folder: Path
    letters: int
    juror_calendars: int


def convene_session(
    registry: Registry,
    session_id: str,
    target: Path,
    contact: Contact,
    progress: Callable[[int, int], None] | None = None,
) -> Convened:
    """Write the session's convocations into the new folder `target`."""
    check_new_folder(target)
    if not contact.name.strip() or "@" not in contact.email:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Give the organiser's name and e-mail address: candidates and jurors answer them.",
            )
        )
    now = registry.clock.now()
    sequence = _next_issue(registry, session_id)
    files: dict[str, bytes] = {}
    by_juror: dict[tuple[str, str], list[Interview]] = defaultdict(list)
    with registry.read() as session:
        meeting = must_get(session, RegistrySession, session_id)
        placements = list(
            session.scalars(
                select(Placement)
                .join(Placement.jury)
                .where(Placement.jury.has(session_id=session_id))
                .order_by(Placement.start_utc)
            )
        )
        if not placements:
            raise RegistryError(
                QT_TRANSLATE_NOOP("messages", "No candidate of {session} is placed yet."),
                session=meeting.title,
            )
        if not meeting.place.strip():
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Say where the interviews take place (an address or a video link) "
                    "in the session first.",
                )
            )
        for done, placement in enumerate(placements, start=1):
            candidate, jury = placement.candidate, placement.jury
            interview = Interview(
                session_id=jury.id,
                candidate_id=candidate.id,
                candidate_name=candidate.display_name,
                jury_label=jury.label,
                juror_names=(jury.chair.name, jury.member.name),
                start=placement.start_utc,
                minutes=meeting.slot_minutes,
                zone=meeting.timezone,
                place=meeting.place,
            )
            letter = CandidateConvocation(
                session_title=meeting.title,
                certification_title=RS6247_TITLE,
                rs_code=RS6247_CODE,
                certifier=CERTIFIER,
                candidate_name=candidate.display_name,
                candidate_email=candidate.email,
                interview=interview,
                to_prepare=DEFAULT_TO_PREPARE,
                organiser_name=contact.name,
                organiser_email=contact.email,
                issued_on=now.date(),
            )
            folder = f"candidat-{_folder_name(candidate.display_name, candidate.id)}"
            files[f"{folder}/convocation.pdf"] = render_convocation(letter)
            files[f"{folder}/entretien.ics"] = candidate_calendar(
                letter, stamp=now, sequence=sequence
            )
            for juror in (jury.chair, jury.member):
                by_juror[(juror.name, juror.email)].append(interview)
            if progress is not None:
                progress(done, len(placements) + 1)
        for (name, email), interviews in sorted(by_juror.items()):
            folder = f"jure-{_folder_name(name, email)}"
            files[f"{folder}/entretiens.ics"] = juror_calendar(
                name,
                email,
                interviews,
                meeting.title,
                organiser_name=contact.name,
                organiser_email=contact.email,
                stamp=now,
                sequence=sequence,
            )
        candidate_ids = [p.candidate_id for p in placements]
    write_new_folder(target, files)
    for candidate_id in candidate_ids:
        set_status(registry, candidate_id, ApplicationStatus.CONVENED, "convocation")
    _record_issue(registry, session_id, sequence)
    if progress is not None:
        progress(len(placements) + 1, len(placements) + 1)
    return Convened(target, len(placements), len(by_juror))


def _folder_name(name: str, fallback: str) -> str:
    return ascii_words(name) or ascii_words(fallback) or "sans-nom"


def _next_issue(registry: Registry, session_id: str) -> int:
    with registry.read() as session:
        row = session.get(Setting, _ISSUES_SETTING)
        issued = json.loads(row.value) if row is not None else {}
    return int(issued.get(session_id, -1)) + 1


def _record_issue(registry: Registry, session_id: str, sequence: int) -> None:
    with registry.write() as writer:
        row = writer.session.get(Setting, _ISSUES_SETTING)
        issued = json.loads(row.value) if row is not None else {}
        if row is None:
            row = Setting(key=_ISSUES_SETTING)
            writer.session.add(row)
        issued[session_id] = sequence
        row.value = json.dumps(issued, sort_keys=True)
        writer.touch(row)
        writer.journal("convocations.issue", session_id, {"sequence": sequence})
