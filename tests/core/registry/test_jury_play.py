"""tests/helpers/jury_play.py: a registry-issued bundle played by its jury to a results file
that the organiser opens, every signature valid and every outcome the one asked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.models import Outcome
from jury_desk.models.enums import ApplicationStatus, DocumentKind, JurorKind
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.candidates import NewDocument, add_candidate, set_status
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.jurors import JurorProfile, accept_request, read_request
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.results.verify import open_results
from jury_desk.trust.enrolment import make_request
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results

DECK = b"%PDF-1.7 deck " * 50
# The sittings of session_draft() are on 18 and 19 May 2027, in Paris; all are over by then.
AFTER_THE_INTERVIEWS = datetime(2027, 5, 19, 18, 0, tzinfo=UTC)


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


def _enrol(registry: Registry, setting: Setting, tmp_path: Path) -> tuple[str, str]:
    ids = []
    for juror, kind in (
        (setting.chair, JurorKind.PORTFOLIO_MANAGER),
        (setting.member, JurorKind.CERTIFIED_INTRAPRENEUR),
    ):
        path = tmp_path / f"{juror.identity.email}.json"
        path.write_bytes(make_request(juror.identity).to_json())
        profile = JurorProfile(kind, "Incubateur des jurés")
        ids.append(accept_request(registry, read_request(path), profile, codes_matched=True))
    return ids[0], ids[1]


def _candidate(registry: Registry, name: str) -> str:
    documents = tuple(
        NewDocument(kind, kind.value, f"{kind.value}.pdf", "application/pdf", DECK)
        for kind in (
            DocumentKind.USER_INTERVIEWS,
            DocumentKind.MOCKUPS,
            DocumentKind.INVESTMENT_TABLE,
            DocumentKind.DECK,
        )
    )
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft(name, "Camille"), documents)
    set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED)
    return candidate_id


# One engine is enough: the registry only issues the bundle; the jury plays it on its own.
@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_a_registry_bundle_played_to_results_that_the_organiser_opens(
    registry: Registry, setting: Setting, tmp_path: Path, clock: FakeClock
) -> None:
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice", "Chen", "Dupont")]
    assert apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID)) == 4
    bundle = tmp_path / "jury-1.jdb"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = dict(
        zip(
            ids,
            (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED),
            strict=True,
        )
    )
    out = tmp_path / "jury-1.jdresults"

    # Before the interviews are over, the helper says why it cannot play.
    with pytest.raises(AssertionError, match="must be after every interview"):
        play_to_results(bundle, setting.chair, setting.member, clock, asked, tmp_path / "x")
    assert not (tmp_path / "x").exists()

    after = FakeClock(AFTER_THE_INTERVIEWS)
    assert play_to_results(bundle, setting.chair, setting.member, after, asked, out) == out
    report = open_results(out, setting.authority)
    assert report.valid, report.problems
    assert report.document is not None
    assert report.document.session_id == jury_id
    assert {c.id: c.outcome for c in report.document.candidates} == asked
    assert report.sheets_verified == 4  # both jurors' sheets of the two candidates heard
