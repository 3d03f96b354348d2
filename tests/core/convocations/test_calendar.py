"""The calendar files, read back with icalendar: one event per interview, in Paris time."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar, Event

from jury_desk.convocations.calendar import candidate_calendar, interview_uid, juror_calendar
from jury_desk.convocations.data import CandidateConvocation, Interview
from tests.core.convocations.samples import PARIS, ROOM, STAMP, VIDEO_LINK


def _parse(ics: bytes) -> Calendar:
    calendar = Calendar.from_ical(ics)
    assert isinstance(calendar, Calendar)
    return calendar


def _juror_file(interviews: list[Interview], **changes: object) -> bytes:
    arguments: dict[str, object] = {
        "organiser_name": "Équipe certification beta.gouv.fr",
        "organiser_email": "certification@beta.gouv.fr",
        "stamp": STAMP,
        **changes,
    }
    return juror_calendar(
        "Camille Martin",
        "camille.martin@numerique.gouv.fr",
        interviews,
        "Session de mai 2027",
        **arguments,  # type: ignore[arg-type]
    )


def _offset_in_own_vtimezone(calendar: Calendar, moment: datetime) -> timedelta | None:
    """The UTC offset the file's VTIMEZONE itself gives (not this computer's zone database)."""
    (zone,) = calendar.timezones
    assert zone.tz_name == "Europe/Paris"
    own = zone.to_tz(lookup_tzid=False)
    return moment.astimezone(UTC).astimezone(own).utcoffset()


def test_the_candidates_file_holds_their_interview_only(
    convocation: CandidateConvocation,
) -> None:
    calendar = _parse(candidate_calendar(convocation, stamp=STAMP))
    assert calendar["METHOD"] == "PUBLISH"
    assert "jury-desk" in str(calendar["PRODID"])
    assert calendar.get_missing_tzids() == set()
    (event,) = calendar.events
    assert event.start == datetime(2027, 5, 18, 9, 0, tzinfo=PARIS)
    assert event.end - event.start == timedelta(hours=1)
    assert str(event["SUMMARY"]) == "Entretien avec le jury — certification RS6247"
    assert str(event["LOCATION"]) == VIDEO_LINK
    assert str(event["URL"]) == VIDEO_LINK
    description = str(event["DESCRIPTION"])
    assert "mardi 18 mai 2027 à 9 h 00, heure de Paris" in description
    assert "Camille Martin et Louis Dupont" in description
    assert "le support de présentation" in description
    assert "certification@beta.gouv.fr" in description
    assert "mailto:certification@beta.gouv.fr" in str(event["ORGANIZER"]).lower()
    assert "ATTENDEE" not in event  # RFC 5546: PUBLISH names no attendee


def test_the_time_is_written_in_the_zone_with_its_rules_summer_and_winter(
    may_interview: Interview, december_interview: Interview
) -> None:
    ics = _juror_file([may_interview, december_interview])
    assert b"DTSTART;TZID=Europe/Paris:20270518T090000" in ics
    assert b"DTSTART;TZID=Europe/Paris:20271201T140000" in ics
    calendar = _parse(ics)
    may, december = calendar.events
    assert may.start.utcoffset() == timedelta(hours=2)
    assert december.start.utcoffset() == timedelta(hours=1)
    # A calendar that ignores its own zone database still reads the right instants.
    assert _offset_in_own_vtimezone(calendar, may.start) == timedelta(hours=2)
    assert _offset_in_own_vtimezone(calendar, december.start) == timedelta(hours=1)
    assert december.end - december.start == timedelta(minutes=90)
    assert str(december["LOCATION"]) == ROOM
    assert "URL" not in december


def test_a_reissue_updates_the_same_event(convocation: CandidateConvocation) -> None:
    first = _parse(candidate_calendar(convocation, stamp=STAMP)).events[0]
    moved = dataclasses.replace(
        convocation.interview, start=datetime(2027, 5, 19, 14, 0, tzinfo=PARIS), place=ROOM
    )
    later = STAMP + timedelta(days=3)
    reissued = _parse(
        candidate_calendar(
            dataclasses.replace(convocation, interview=moved), stamp=later, sequence=1
        )
    ).events[0]
    assert reissued["UID"] == first["UID"] == interview_uid(convocation.interview)
    assert (first["SEQUENCE"], reissued["SEQUENCE"]) == (0, 1)
    assert reissued.start == datetime(2027, 5, 19, 14, 0, tzinfo=PARIS)
    assert later.astimezone(UTC) == reissued.DTSTAMP


def test_each_interview_has_its_own_uid_the_same_in_every_file(
    convocation: CandidateConvocation, december_interview: Interview
) -> None:
    candidate_event = _parse(candidate_calendar(convocation, stamp=STAMP)).events[0]
    juror_events = _parse(_juror_file([convocation.interview, december_interview])).events
    assert [event["UID"] for event in juror_events] == [
        candidate_event["UID"],
        interview_uid(december_interview),
    ]
    assert juror_events[0]["UID"] != juror_events[1]["UID"]
    other_session = dataclasses.replace(convocation.interview, session_id="2027-novembre")
    assert interview_uid(other_session) != interview_uid(convocation.interview)


def test_the_stamp_is_the_callers(convocation: CandidateConvocation) -> None:
    event: Event = _parse(candidate_calendar(convocation, stamp=STAMP)).events[0]
    assert datetime(2027, 4, 20, 6, 30, tzinfo=UTC) == event.DTSTAMP
    assert candidate_calendar(convocation, stamp=STAMP) == candidate_calendar(
        convocation, stamp=STAMP
    )


def test_the_jurors_file_names_each_candidate(
    may_interview: Interview, december_interview: Interview
) -> None:
    calendar = _parse(_juror_file([may_interview, december_interview], sequence=2))
    summaries = [str(event["SUMMARY"]) for event in calendar.events]
    assert summaries == [
        "Entretien : Éloïse N'Diaye (Jury A)",
        "Entretien : Zoë Lefèvre (Jury A)",
    ]
    assert [event["SEQUENCE"] for event in calendar.events] == [2, 2]
    assert "Camille Martin" in str(calendar["NAME"])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"stamp": datetime(2027, 4, 20, 8, 30)}, "timezone-aware"),
        ({"sequence": -1}, "negative"),
    ],
)
def test_what_a_caller_must_not_give(
    may_interview: Interview, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        _juror_file([may_interview], **changes)


def test_a_juror_without_interview_gets_no_file() -> None:
    with pytest.raises(ValueError, match="at least one interview"):
        _juror_file([])
