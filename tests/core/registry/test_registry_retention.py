"""The retention schedule: nothing is due before its time; once due, an application not
certified loses its identity, contact and files, a certified one its files alone; the
figures stay what they were, and the journal names ids, never data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.figures import session_figures
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.models import RegistryJournalEntry
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.retention import (
    ERASED,
    DueKind,
    RetentionSchedule,
    delete_due,
    due_for_deletion,
    retention_schedule,
    set_retention_schedule,
)
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_what_is_due_goes_and_the_figures_stay(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    certified, failed = (_candidate(registry, name) for name in ("Arnaud", "Bérénice"))
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    results = tmp_path / "jury-1.jdresults"
    asked = {certified: Outcome.CERTIFIED, failed: Outcome.NOT_CERTIFIED}
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)
    before = session_figures(registry, SESSION_ID)

    assert retention_schedule(registry) == RetentionSchedule()
    assert due_for_deletion(registry, date(2027, 12, 1)) == []
    # A year after the decision, the files of both; after the recourse and a year, the
    # not certified application whole.
    due = due_for_deletion(registry, date(2028, 8, 1))
    assert {(d.candidate_id, d.kind) for d in due} == {
        (certified, DueKind.DOCUMENTS),
        (failed, DueKind.PERSONAL_DATA),
    }
    assert delete_due(registry, due) == 2

    rows = {c.id: c for c in session_candidates(registry, SESSION_ID)}
    assert rows[failed].birth_name == ERASED and rows[failed].email == ""
    assert rows[failed].birth_year is None and rows[failed].documents == []
    assert rows[certified].birth_name == "Arnaud" and rows[certified].documents == []
    after = session_figures(registry, SESSION_ID)
    assert (after.applications, after.heard, after.pass_rate) == (
        before.applications, before.heard, before.pass_rate,
    )  # fmt: skip
    assert after.outcomes == before.outcomes
    assert due_for_deletion(registry, date(2030, 1, 1)) == []  # nothing twice
    with registry.read() as session:
        payloads = [
            e.payload
            for e in session.scalars(
                select(RegistryJournalEntry).where(
                    RegistryJournalEntry.action == "retention.delete"
                )
            )
        ]
    assert len(payloads) == 2 and not any("Bérénice" in p for p in payloads)


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_the_schedule_is_the_organisers_setting(registry: Registry) -> None:
    set_retention_schedule(registry, RetentionSchedule(not_certified_months=24))
    assert retention_schedule(registry).not_certified_months == 24
    with pytest.raises(RegistryError, match="from 0 to 600"):
        RetentionSchedule(documents_months=-1)
