"""From an empty registry to a jury's bundle both its jurors open: enrolment inbox, juries,
candidates with their files, a proposed schedule, the bundle and its re-issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_desk.models.enums import ApplicationStatus, DocumentKind, JurorKind
from jury_desk.registry.bundles import bundle_summary, issue_bundle
from jury_desk.registry.candidates import NewDocument, add_candidate, set_status
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.jurors import JurorProfile, accept_request, list_jurors, read_request
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.trust.enrolment import make_request
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.factories import FakeClock

DECK = b"%PDF-1.7 deck " * 50


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


def _enrol(registry: Registry, setting: Setting, tmp_path: Path) -> tuple[str, str]:
    ids = []
    for juror, kind, incubator in (
        (setting.chair, JurorKind.PORTFOLIO_MANAGER, "Fabrique numérique des ministères sociaux"),
        (setting.member, JurorKind.CERTIFIED_INTRAPRENEUR, "Incubateur de la DINUM"),
    ):
        path = tmp_path / f"{juror.identity.email}.json"
        path.write_bytes(make_request(juror.identity).to_json())
        inbox = read_request(path)
        with pytest.raises(RegistryError, match="Compare the code"):
            accept_request(registry, inbox, JurorProfile(kind, incubator), codes_matched=False)
        ids.append(
            accept_request(registry, inbox, JurorProfile(kind, incubator), codes_matched=True)
        )
    return ids[0], ids[1]


def _candidate(registry: Registry, name: str, incubator: str) -> str:
    draft = candidate_draft(name, "Camille")
    draft = type(draft)(**{**draft.__dict__, "incubator": incubator})
    documents = tuple(
        NewDocument(kind, kind.value, f"{kind.value}.pdf", "application/pdf", DECK)
        for kind in (
            DocumentKind.USER_INTERVIEWS,
            DocumentKind.MOCKUPS,
            DocumentKind.INVESTMENT_TABLE,
            DocumentKind.DECK,
        )
    )
    candidate_id = add_candidate(registry, SESSION_ID, draft, documents)
    set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED)
    return candidate_id


def test_a_jury_bundle_from_the_registry_opens_for_both_jurors(
    registry: Registry, setting: Setting, tmp_path: Path, clock: FakeClock
) -> None:
    create_session(registry, session_draft())
    chair_id, member_id = _enrol(registry, setting, tmp_path)
    assert {j.name for j in list_jurors(registry)} == {
        setting.chair.identity.name,
        setting.member.identity.name,
    }
    jury_id = form_jury(registry, SESSION_ID, chair_id, member_id)
    ids = [_candidate(registry, name, "DINUM") for name in ("Arnaud", "Bérénice", "Chen")]
    # One candidate of the member's own incubator: the proposal must leave them out.
    conflicted = _candidate(registry, "Durand", "Incubateur de la DINUM")

    proposal = propose_schedule(registry, SESSION_ID)
    assert [p.subjects for p in proposal.problems] and all(
        conflicted in p.subjects for p in proposal.problems
    )
    assert apply_proposal(registry, SESSION_ID, proposal) == 3

    summary = bundle_summary(registry, jury_id)
    assert (summary.version, len(summary.candidates), summary.blockers) == (1, 3, ())
    bundle = tmp_path / "jury-1.jdb"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    for juror in (setting.chair, setting.member):
        opened = juror.open(bundle, clock)
        names = sorted(c.name for c in opened.manifest.spec.candidates)
        assert names == ["Camille Arnaud", "Camille Bérénice", "Camille Chen"]
        assert opened.manifest.spec.id == jury_id
    assert ids  # the three placed are the ones added

    # A change, then a re-issue: version 2 of the same session, which the jurors take.
    clock.advance(3600)
    assert bundle_summary(registry, jury_id).version == 2
    second = tmp_path / "jury-1-v2.jdb"
    issue_bundle(registry, jury_id, second, setting.authority)
    again = setting.chair.open(second, clock)
    assert again.manifest.spec.version == 2
    assert again.outcome == "updated"


def test_a_bundle_waits_for_enrolment_and_placements(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    chair_id, member_id = _enrol(registry, setting, tmp_path)
    jury_id = form_jury(registry, SESSION_ID, chair_id, member_id)
    with pytest.raises(RegistryError, match="No candidate is placed with Jury 1 yet"):
        issue_bundle(registry, jury_id, tmp_path / "b.jdb", setting.authority)
    assert not (tmp_path / "b.jdb").exists()


def test_a_jury_of_two_portfolio_managers_is_refused(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    chair_id, member_id = _enrol(registry, setting, tmp_path)
    path = tmp_path / "again.json"
    path.write_bytes(make_request(setting.member.identity).to_json())
    # The member's profile changed to the chair's kind: the jury would break the rule.
    accept_request(
        registry, read_request(path), JurorProfile(JurorKind.PORTFOLIO_MANAGER), codes_matched=True
    )
    with pytest.raises(RegistryError, match="two portfolio managers"):
        form_jury(registry, SESSION_ID, chair_id, member_id)
