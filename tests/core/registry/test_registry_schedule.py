"""Placing candidates in the registry: every change checked by the schedule's rules (a
change that breaks one is refused, saying why), and the convocations written after."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from jury_desk.models.enums import ApplicationStatus, JurorKind
from jury_desk.registry.candidates import add_candidate, session_candidates
from jury_desk.registry.convene import Contact, convene_session
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.juries import form_jury, place, schedule_problems, unplace
from jury_desk.registry.models import Juror
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft

NINE = datetime(2027, 5, 18, 7, 0, tzinfo=UTC)  # 9:00 in Paris (summer time)
TEN_FIFTEEN = datetime(2027, 5, 18, 8, 15, tzinfo=UTC)


def _juror(registry: Registry, name: str, kind: JurorKind, incubator: str) -> str:
    # Profiles alone (no keys): the schedule does not need the enrolment.
    with registry.write() as writer:
        juror = Juror(id=f"j-{name.lower()}", name=name, email=f"{name.lower()}@example.org",
                      kind=kind, incubator=incubator)  # fmt: skip
        writer.touch(juror)
        writer.session.add(juror)
    return juror.id


@pytest.fixture
def two_juries(registry: Registry) -> tuple[str, str]:
    create_session(registry, session_draft())
    pm = _juror(registry, "Claire", JurorKind.PORTFOLIO_MANAGER, "ANCT")
    ci = _juror(registry, "Marc", JurorKind.CERTIFIED_INTRAPRENEUR, "DINUM")
    ci2 = _juror(registry, "Karim", JurorKind.CERTIFIED_INTRAPRENEUR, "")
    return form_jury(registry, SESSION_ID, pm, ci), form_jury(registry, SESSION_ID, pm, ci2)


def test_a_conflict_of_interest_is_refused_with_its_reason(
    registry: Registry, two_juries: tuple[str, str]
) -> None:
    first, _second = two_juries
    same_incubator = add_candidate(registry, SESSION_ID, candidate_draft())  # DINUM, like Marc
    with pytest.raises(RegistryError, match="Marc works at the incubator DINUM, like Éloïse"):
        place(registry, same_incubator, first, NINE)
    assert schedule_problems(registry, SESSION_ID) == ()


def test_a_juror_in_two_places_at_once_is_refused(
    registry: Registry, two_juries: tuple[str, str]
) -> None:
    first, second = two_juries
    elsewhere = dataclasses.replace(candidate_draft("Arnaud"), incubator="ANCT-bis")
    one = add_candidate(registry, SESSION_ID, elsewhere)
    two = add_candidate(registry, SESSION_ID, dataclasses.replace(elsewhere, birth_name="Benali"))
    place(registry, one, first, NINE)
    with pytest.raises(RegistryError, match="Claire is expected at two interviews at once"):
        place(registry, two, second, NINE)
    place(registry, two, second, TEN_FIFTEEN)  # the next slot, after the break
    unplace(registry, two)
    statuses = {c.id: c.status for c in session_candidates(registry, SESSION_ID)}
    # Placed, yet still said incomplete: placing never hides a dossier's missing items.
    assert statuses[one] is ApplicationStatus.INCOMPLETE


def test_convocations_are_written_and_reissued_as_updates(
    registry: Registry, two_juries: tuple[str, str], tmp_path: Path
) -> None:
    first, _second = two_juries
    draft = dataclasses.replace(candidate_draft("Arnaud"), incubator="Ailleurs")
    candidate = add_candidate(registry, SESSION_ID, draft)
    place(registry, candidate, first, NINE)
    contact = Contact("Équipe certification", "certif@beta.example")
    done = convene_session(registry, SESSION_ID, tmp_path / "convocations", contact)
    assert (done.letters, done.juror_calendars) == (1, 2)
    letter = tmp_path / "convocations" / "candidat-Eloise-Arnaud" / "convocation.pdf"
    assert letter.read_bytes().startswith(b"%PDF")
    [status] = [c.status for c in session_candidates(registry, SESSION_ID)]
    assert status is ApplicationStatus.CONVENED
    again = convene_session(registry, SESSION_ID, tmp_path / "again", contact)
    ics = (again.folder / "candidat-Eloise-Arnaud" / "entretien.ics").read_bytes()
    [event] = Calendar.from_ical(ics).walk("VEVENT")
    assert int(event["SEQUENCE"]) == 1  # the same event, updated
    with pytest.raises(RegistryError):
        convene_session(registry, SESSION_ID, tmp_path / "x", Contact("", "nobody"))


def test_a_jury_recomposed_by_swapping_its_two_jurors(
    registry: Registry, two_juries: tuple[str, str]
) -> None:
    from jury_desk.registry.juries import recompose_jury
    from jury_desk.registry.models import Jury

    first, _second = two_juries
    with registry.read() as session:
        jury = session.get(Jury, first)
        assert jury is not None
        chair, member, version = jury.chair_id, jury.member_id, jury.version
    # One of each kind, either of them chairing: a swap keeps the jury valid.
    recompose_jury(registry, first, member, chair, version)
    with registry.read() as session:
        swapped = session.get(Jury, first)
        assert swapped is not None and (swapped.chair_id, swapped.member_id) == (member, chair)
    with pytest.raises(RegistryError, match="two different people"):
        recompose_jury(registry, first, chair, chair, version + 1)
