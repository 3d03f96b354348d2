"""Sample interviews and convocations: a video interview in May, one in a room in December."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from jury_desk.convocations.data import DEFAULT_TO_PREPARE, CandidateConvocation, Interview
from tests.core.convocations.samples import PARIS, ROOM, VIDEO_LINK


@pytest.fixture
def may_interview() -> Interview:
    # Given in UTC on purpose: the files must say it in Paris time (9 h 00, CEST).
    return Interview(
        session_id="2027-mai",
        candidate_id="cand-001",
        candidate_name="Éloïse N'Diaye",
        jury_label="Jury A",
        juror_names=("Camille Martin", "Louis Dupont"),
        start=datetime(2027, 5, 18, 7, 0, tzinfo=UTC),
        minutes=60,
        zone="Europe/Paris",
        place=VIDEO_LINK,
    )


@pytest.fixture
def december_interview(may_interview: Interview) -> Interview:
    return dataclasses.replace(
        may_interview,
        candidate_id="cand-002",
        candidate_name="Zoë Lefèvre",
        start=datetime(2027, 12, 1, 14, 0, tzinfo=PARIS),
        minutes=90,
        place=ROOM,
    )


@pytest.fixture
def convocation(may_interview: Interview) -> CandidateConvocation:
    return CandidateConvocation(
        session_title="Session de mai 2027",
        certification_title="Concevoir un service public numérique au sein de l'État",
        rs_code="RS6247",
        certifier="Direction interministérielle du numérique (DINUM)",
        candidate_name="Éloïse N'Diaye",
        candidate_email="eloise.ndiaye@interieur.gouv.fr",
        interview=may_interview,
        to_prepare=DEFAULT_TO_PREPARE,
        organiser_name="Équipe certification beta.gouv.fr",
        organiser_email="certification@beta.gouv.fr",
        issued_on=date(2027, 4, 20),
    )
