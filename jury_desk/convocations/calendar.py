"""The convocations' calendar files (.ics): one for each candidate, one for each juror.

Each interview is one VEVENT whose UID comes from the session and the
candidate only, so a re-issued file (a moved slot, a new room) updates the
event already in a calendar instead of adding a second one; SEQUENCE counts the
re-issues and DTSTAMP is when the caller issues the file (no clock is read
here). Times are written in the interview's zone with its VTIMEZONE, so a
calendar shows 9 h 00 in Paris in May as in December, whatever its own zone.

The files are published, not invitations (METHOD:PUBLISH): no one answers
them, so they name no ATTENDEE (RFC 5546 forbids it for PUBLISH) but name the
organiser, whom PUBLISH requires. The same data gives the same bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress

import jury_desk
from jury_desk.convocations.data import CandidateConvocation, Interview
from jury_desk.convocations.words import duration_words, moment_words, names_words

PRODID = f"-//jury-desk//Convocations {jury_desk.__version__}//FR"
METHOD = "PUBLISH"
# Names the events of jury-desk's convocations (uuid5): never change it, or every
# re-issued file would add a second event instead of updating the first.
_UID_NAMESPACE = uuid.UUID("6f1f0c3e-3a53-5b8e-9c0d-2f4a7e1b9d21")
# The VTIMEZONE covers the events with a year's margin: its rules, not 68 years of them.
_ZONE_MARGIN = timedelta(days=366)


def interview_uid(interview: Interview) -> str:
    """The event's UID: the same for the same session and candidate, whatever else changes."""
    return str(uuid.uuid5(_UID_NAMESPACE, f"{interview.session_id}\x1f{interview.candidate_id}"))


def candidate_calendar(
    convocation: CandidateConvocation, *, stamp: datetime, sequence: int = 0
) -> bytes:
    """The candidate's .ics: their interview only, with what to prepare and whom to ask.

    `stamp` (aware) is when the file is issued; `sequence` how many times it was re-issued.
    """
    interview = convocation.interview
    description = _interview_lines(interview)
    if convocation.to_prepare:
        description += ["", "À préparer :", *(f"- {item}" for item in convocation.to_prepare)]
    description += [
        "",
        f"Contact : {convocation.organiser_name} <{convocation.organiser_email}>",
    ]
    event = _event(
        interview,
        summary=f"Entretien avec le jury — certification {convocation.rs_code}",
        description="\n".join(description),
        organiser=(convocation.organiser_name, convocation.organiser_email),
        stamp=stamp,
        sequence=sequence,
    )
    calendar = _calendar(
        name=f"Convocation — {convocation.session_title}",
        uid=_calendar_uid("candidate", interview.session_id, interview.candidate_id),
        events=[event],
    )
    return _ics(calendar)


def juror_calendar(
    juror_name: str,
    juror_email: str,
    interviews: Sequence[Interview],
    session_title: str,
    *,
    organiser_name: str,
    organiser_email: str,
    stamp: datetime,
    sequence: int = 0,
) -> bytes:
    """The juror's .ics: one event per interview they sit on, in the order of the interviews.

    `stamp` (aware) is when the file is issued; `sequence` how many times it was re-issued.
    """
    if not interviews:
        raise ValueError("a juror's calendar needs at least one interview")
    events = [
        _event(
            interview,
            summary=f"Entretien : {interview.candidate_name} ({interview.jury_label})",
            description="\n".join(_interview_lines(interview)),
            organiser=(organiser_name, organiser_email),
            stamp=stamp,
            sequence=sequence,
        )
        for interview in interviews
    ]
    calendar = _calendar(
        name=f"Jury — {session_title} — {juror_name}",
        uid=_calendar_uid("juror", interviews[0].session_id, juror_email.strip().lower()),
        events=events,
    )
    return _ics(calendar)


def _interview_lines(interview: Interview) -> list[str]:
    where = "Lien de connexion" if interview.is_online else "Lieu"
    return [
        f"Date et heure : {moment_words(interview.start, interview.zone)}",
        f"Durée : {duration_words(interview.minutes)}",
        f"{where} : {interview.place.strip()}",
        f"{interview.jury_label} : {names_words(interview.juror_names)}",
    ]


def _event(
    interview: Interview,
    *,
    summary: str,
    description: str,
    organiser: tuple[str, str],
    stamp: datetime,
    sequence: int,
) -> Event:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("the stamp of a calendar file must be timezone-aware")
    if sequence < 0:
        raise ValueError("SEQUENCE counts re-issues: it cannot be negative")
    name, email = organiser
    return Event.new(
        uid=interview_uid(interview),
        stamp=stamp.astimezone(UTC).replace(microsecond=0),
        sequence=sequence,
        start=interview.local_start,
        end=interview.local_end,
        summary=_plain(summary),
        description=_plain(description),
        location=interview.place.strip(),
        organizer=vCalAddress.new(email, cn=name),
        url=interview.place.strip() if interview.is_online else None,
    )


def _plain(text: str) -> str:
    # The French words keep « 9 h 00 » together with no-break spaces, for print;
    # a calendar shows plain text, where a person searches and copies it.
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _calendar(*, name: str, uid: str, events: list[Event]) -> Calendar:
    calendar = Calendar.new(prodid=PRODID, method=METHOD, name=name, uid=uid, subcomponents=events)
    first = min(event.start for event in events)
    last = max(event.end for event in events)
    calendar.add_missing_timezones(
        first_date=_day(first) - _ZONE_MARGIN, last_date=_day(last) + _ZONE_MARGIN
    )
    return calendar


def _ics(calendar: Calendar) -> bytes:
    # icalendar types to_ical() as Any.
    ics: bytes = calendar.to_ical()
    return ics


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _calendar_uid(kind: str, session_id: str, holder: str) -> str:
    return str(uuid.uuid5(_UID_NAMESPACE, f"{kind}\x1f{session_id}\x1f{holder}"))
