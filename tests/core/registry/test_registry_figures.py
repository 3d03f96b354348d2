"""The renewal figures counted from a played session: applications and their path, the
outcomes of the current decisions only, the pass rate over those heard, where candidates
fail, the delay to the decision; and their CSV for a French spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from jury_desk.models import Outcome
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.candidates import add_candidate, set_status
from jury_desk.registry.figures import session_figures, year_figures
from jury_desk.registry.figures_csv import figures_csv
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now())


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_the_figures_of_a_played_session(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice", "Chen")]
    # Two applications that went no further: one incomplete, one withdrawn once eligible.
    add_candidate(registry, SESSION_ID, candidate_draft("Incomplet", "Inès"))
    withdrawn = add_candidate(registry, SESSION_ID, candidate_draft("Retiré", "Paul"))
    set_status(registry, withdrawn, ApplicationStatus.ELIGIBLE)
    set_status(registry, withdrawn, ApplicationStatus.WITHDRAWN, "retrait")
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.NOT_CERTIFIED, ids[2]: Outcome.ABSENT}
    results = tmp_path / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)

    figures = session_figures(registry, SESSION_ID)
    assert (figures.applications, figures.eligible, figures.shortlisted) == (5, 4, 3)
    assert figures.heard == 2 and figures.pass_rate == 0.5  # the absent are not in the base
    assert figures.outcomes[Outcome.ABSENT] == 1
    assert sum(figures.failing.values()) >= 1  # the one not certified failed somewhere
    assert all(sum(counter.values()) == 2 for counter in figures.levels.values())
    assert figures.days_to_decision and min(figures.days_to_decision) >= 0
    assert year_figures(registry, 2027).applications == 5
    assert year_figures(registry, 2026).applications == 0

    data = figures_csv([figures])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Période" and rows[1][9] == "50,0"
    assert rows[1][10] == "2 candidats entendus et décidés"
