"""The results inbox: a jury's results file verified and matched to the jury and bundle the
registry issued, its decisions entered; the same file twice said and ignored, an older one
refused, a newer one superseding (the first decisions kept), a stranger's refused."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.kernel.errors import UserError
from jury_desk.models import Outcome
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.models import Decision
from jury_desk.registry.results_board import session_board
from jury_desk.registry.results_inbox import ResultsRefused, import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.results.export import export_results
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.signing.authority import known_session
from tests.bundle_factory import Juror, Setting, make_setting, secret_store
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.conftest import PASSPHRASE
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results
from tests.helpers.registry_template import new_registry

# The time of the `clock` fixture, and of the registry's clock when the template was made.
CLOCK_START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
RESULTS = "jury-1.jdresults"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Setting, str, list[str]]:
    """What `played` starts from, made once for the module: the organiser's data folder (its
    SQLCipher registry: the session, Jury 1, its bundle issued), the people and the results
    file, in a folder of its own that each test of the played jury copies into its tmp_path
    (see `copied`), to change as it likes; with the jury's id and the candidates'."""
    root = tmp_path_factory.mktemp("registry-results")
    clock = FakeClock(CLOCK_START)
    with new_registry(root, clock, "Alice Martin", PASSPHRASE) as made:
        jury_id, ids = _play(made.registry, made.setting, root)
    return root, made.setting, jury_id, ids


def _play(registry: Registry, setting: Setting, root: Path) -> tuple[str, list[str]]:
    """Two candidates heard by Jury 1, its bundle issued by this registry and played to
    `root / RESULTS` (Arnaud certified, Bérénice not); not imported."""
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, root))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = root / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.NOT_CERTIFIED}
    play_to_results(
        bundle,
        setting.chair,
        setting.member,
        FakeClock(AFTER_THE_INTERVIEWS),
        asked,
        root / RESULTS,
    )
    return jury_id, ids


def _of_the_played_jury(request: pytest.FixtureRequest) -> bool:
    """Whether this test starts from the played jury (asks for `played`): it then works in
    its own copy of the template; the others start from an empty registry, new people."""
    return "played" in request.fixturenames


@pytest.fixture
def copied(template: tuple[Path, Setting, str, list[str]], tmp_path: Path) -> Path:
    """This test's own copy of the module's template: its tmp_path."""
    shutil.copytree(template[0], tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.fixture
def home(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The organiser's data folder: the copy's for a test of the played jury, else new."""
    if _of_the_played_jury(request):
        return request.getfixturevalue("copied") / "home"
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def setting(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Setting:
    """The people: the template's, in the copy, for a test of the played jury; else new."""
    if not _of_the_played_jury(request):
        return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)
    made: Setting = request.getfixturevalue("template")[1]
    root = request.getfixturevalue("copied") / "people"

    def in_copy(juror: Juror) -> Juror:
        juror_home = root / juror.home.name
        return Juror(juror_home, juror.identity, secret_store(juror_home))

    return replace(
        made,
        root=root,
        chair=in_copy(made.chair),
        member=in_copy(made.member),
        folder=root / "folder",
    )


@pytest.fixture
def played(
    template: tuple[Path, Setting, str, list[str]], copied: Path
) -> tuple[str, list[str], Path]:
    """Jury 1's id, the candidates' and the results file, in this test's copy."""
    _root, _made, jury_id, ids = template
    return jury_id, list(ids), copied / RESULTS


def _export_again(setting: Setting, jury_id: str, out: Path, at: datetime) -> Path:
    home = setting.chair.home
    with open_session_workspace(home, jury_id, secret_store(home), FakeClock(at)) as workspace:
        export_results(workspace, out, known_session(home, workspace), FakeClock(at))
    return out


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_a_jurys_results_enter_the_registry_once(
    registry: Registry, setting: Setting, played: tuple[str, list[str], Path], tmp_path: Path
) -> None:
    jury_id, ids, out = played
    done = import_results(registry, out, setting.authority)
    assert (done.jury_id, done.decisions, done.superseded, done.already_there) == (
        jury_id, 2, 0, False,
    )  # fmt: skip
    statuses = {c.id: c.status for c in session_candidates(registry, SESSION_ID)}
    assert set(statuses.values()) == {ApplicationStatus.DECIDED}
    board = session_board(registry, SESSION_ID)
    assert {line.candidate_id: line.outcome for line in board.candidates} == {
        ids[0]: Outcome.CERTIFIED,
        ids[1]: Outcome.NOT_CERTIFIED,
    }
    assert board.juries[0].received_at is not None
    again = import_results(registry, out, setting.authority)
    assert again.already_there and again.decisions == 0

    # Exported again later (the chair re-sent it): the newer file supersedes, nothing is lost.
    later = _export_again(
        setting, jury_id, tmp_path / "later.jdresults", AFTER_THE_INTERVIEWS + timedelta(days=2)
    )
    assert import_results(registry, later, setting.authority).superseded == 2
    with registry.read() as session:
        decisions = list(session.scalars(select(Decision).order_by(Decision.id)))
    assert len(decisions) == 4
    assert [d.superseded_by is None for d in decisions] == [False, False, True, True]


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_an_older_file_and_a_strangers_are_refused_with_their_reason(
    registry: Registry, setting: Setting, played: tuple[str, list[str], Path], tmp_path: Path
) -> None:
    jury_id, _ids, first = played
    later = _export_again(
        setting, jury_id, tmp_path / "later.jdresults", AFTER_THE_INTERVIEWS + timedelta(days=1)
    )
    import_results(registry, later, setting.authority)
    with pytest.raises(ResultsRefused, match="before the results of Jury 1 already imported"):
        import_results(registry, first, setting.authority)

    # Results of a session the registry never issued (a folder-built bundle).
    other = make_setting(
        tmp_path / "elsewhere", datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = other.build("other.jdbundle", FakeClock(datetime(2026, 11, 20, tzinfo=UTC)))
    stranger = play_to_results(
        bundle,
        other.chair,
        other.member,
        FakeClock(datetime(2026, 12, 2, 18, 0, tzinfo=UTC)),
        {"cand-1": Outcome.CERTIFIED, "cand-2": Outcome.CERTIFIED},
        tmp_path / "stranger.jdresults",
    )
    # Encrypted to another organiser: said of the file chosen, never of a private copy.
    with pytest.raises(
        UserError, match=r"Cannot decrypt .*/stranger\.jdresults: no identity"
    ) as caught:
        import_results(registry, stranger, setting.authority)
    assert str(tmp_path) in str(caught.value) and "jury-desk-results-" not in str(caught.value)


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_a_corrected_decision_needs_its_reason_and_keeps_the_first(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    from jury_desk.chair.deliberation import Deliberator
    from jury_desk.minutes.cosign import cosign_minutes
    from jury_desk.minutes.export import export_minutes
    from jury_desk.minutes.importing import import_minutes
    from jury_desk.registry.models import RegistryJournalEntry
    from jury_desk.registry.results_inbox import CorrectionNeedsReason

    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    first = tmp_path / "first.jdresults"
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.ABSENT}
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, first
    )
    import_results(registry, first, setting.authority)

    # The jury learns the candidate was excused: it deliberates again and signs new minutes.
    clock = FakeClock(AFTER_THE_INTERVIEWS + timedelta(days=3))
    chair, member = setting.chair, setting.member
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        Deliberator(workspace, clock).decide(
            ids[1],
            Outcome.POSTPONED,
            "Absence excusée : l’entretien est reporté.",
            "Justificatif d’absence reçu après la délibération.",
        )
        minutes = export_minutes(workspace, chair.home, chair.identity, clock)
    with open_session_workspace(member.home, jury_id, member.secrets, clock) as workspace:
        cosigned = cosign_minutes(minutes.pdf, workspace, member.home, member.identity, clock)
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        known = known_session(chair.home, workspace)
        import_minutes(workspace, cosigned, {jury_id: known}, clock)
        export_results(workspace, tmp_path / "second.jdresults", known, clock)
    second = tmp_path / "second.jdresults"

    with pytest.raises(
        CorrectionNeedsReason, match="changes the decisions already recorded for Camille Bérénice"
    ):
        import_results(registry, second, setting.authority)
    reason = "Absence justifiée reçue après la délibération (courriel du 21 mai)."
    import_results(registry, second, setting.authority, correction_reason=reason)
    with registry.read() as session:
        history = list(
            session.scalars(
                select(Decision).where(Decision.candidate_id == ids[1]).order_by(Decision.id)
            )
        )
        [entry] = session.scalars(
            select(RegistryJournalEntry).where(RegistryJournalEntry.payload.contains("correction"))
        )
    assert [(d.outcome, d.superseded_by is None) for d in history] == [
        (Outcome.ABSENT, False),
        (Outcome.POSTPONED, True),
    ]
    assert history[1].correction_reason == reason
    assert (entry.actor, entry.subject) == ("Alice Martin", jury_id) and reason in entry.payload
