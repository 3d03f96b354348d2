"""The demo's scoring and deliberation content, and the member's sheets the demo leaves."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk.chair.deliberation import OUTCOMES_NEEDING_REASONS, Deliberator
from jury_desk.cli.main import main
from jury_desk.demo.assessments import DEMO_ASSESSMENTS
from jury_desk.demo.build import (
    MEMBER_SHEETS_IN_DEMO,
    DemoLayout,
    build_demo,
    demo_secret_store,
)
from jury_desk.demo.content import DEMO_STARTUPS, DemoStartup
from jury_desk.demo.deliberations import DEMO_DECISIONS
from jury_desk.demo.session import (
    DEMO_JURORS,
    DEMO_SESSION_ID,
    demo_candidate_ids,
    demo_session_spec,
)
from jury_desk.kernel.file_names import ascii_words
from jury_desk.models.enums import JurorRole
from jury_desk.rules import consolidation
from jury_desk.rules.deadlines import SESSION_TIMEZONE, decision_due_date
from jury_desk.rules.rs6247 import rs6247_referential
from jury_desk.rules.scale import Scale
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.importing import other_juror_view
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import known_session
from tests.factories import FakeClock

SCALE = Scale.default()
CODES = [competency.code for competency in rs6247_referential().competencies]
startups = pytest.mark.parametrize("startup", DEMO_STARTUPS, ids=lambda s: s.slug)


def _levels(slug: str, role: JurorRole) -> list[int]:
    return [score.level for score in DEMO_ASSESSMENTS[slug][role].scores]


def _disagreements(slug: str) -> dict[str, tuple[int, int]]:
    pairs = zip(_levels(slug, JurorRole.CHAIR), _levels(slug, JurorRole.MEMBER), strict=True)
    return {code: pair for code, pair in zip(CODES, pairs, strict=True) if pair[0] != pair[1]}


# ------------------------------------------------------------------------ the content, pure


@pytest.mark.parametrize(
    ("today", "first", "second"),
    [
        (date(2026, 11, 28), "2026-11-26", "2026-11-27"),
        (date(2026, 12, 2), "2026-11-30", "2026-12-01"),
        # Across a year, and across the night the Paris clocks go forward (29 March 2026).
        (date(2027, 1, 1), "2026-12-30", "2026-12-31"),
        (date(2026, 3, 30), "2026-03-28", "2026-03-29"),
    ],
)
def test_the_interviews_took_place_the_two_days_before_the_demo_day(
    today: date, first: str, second: str
) -> None:
    spec = demo_session_spec(today)
    slots = [c.slot_start.astimezone(SESSION_TIMEZONE) for c in spec.candidates]
    assert [f"{slot:%Y-%m-%d %H:%M}" for slot in slots] == [
        f"{first} 09:00",
        f"{first} 10:30",
        f"{first} 14:00",
        f"{first} 15:30",
        f"{second} 09:00",
        f"{second} 10:30",
    ]
    assert (str(spec.starts_on), str(spec.ends_on)) == (first, second)
    assert spec.issued_at < min(c.slot_start for c in spec.candidates)
    # Every interview is over by the demo day, and the decisions are due after it.
    ends = [c.slot_start + timedelta(minutes=c.slot_minutes) for c in spec.candidates]
    assert max(ends).astimezone(SESSION_TIMEZONE).date() < today
    assert decision_due_date(spec.starts_on) > today


@startups
@pytest.mark.parametrize("role", list(JurorRole))
def test_each_juror_scores_every_competency_with_a_comment(
    startup: DemoStartup, role: JurorRole
) -> None:
    sheet = DEMO_ASSESSMENTS[startup.slug][role]
    assert [score.code for score in sheet.scores] == CODES
    for score in sheet.scores:
        SCALE.check_rank(score.level)
        # A careful juror comments every level, not only those the rule requires.
        assert len(score.comment) > 20, (startup.slug, role, score.code)
        assert "  " not in score.comment and " :" not in score.comment  # French spacing applied
    assert sheet.overall_comment and sheet.recommendation is not None


@startups
def test_the_chair_settles_exactly_the_disagreements_and_the_rule_gives_the_outcome(
    startup: DemoStartup,
) -> None:
    decision = DEMO_DECISIONS[startup.slug]
    disagreements = _disagreements(startup.slug)
    assert sorted(vote.code for vote in decision.votes) == sorted(disagreements)
    votes = {vote.code: vote for vote in decision.votes}
    levels: list[int | None] = []
    for code, chair, member in zip(
        CODES,
        _levels(startup.slug, JurorRole.CHAIR),
        _levels(startup.slug, JurorRole.MEMBER),
        strict=True,
    ):
        vote = votes.get(code)
        if vote is not None:
            # The casting vote is one of the two jurors' levels, with a reason.
            assert vote.level in (chair, member) and len(vote.note) > 20
        settled = consolidation.consolidate(SCALE, chair, member, vote.level if vote else None)
        levels.append(settled.level)
    assert consolidation.decide(SCALE, levels) is decision.outcome
    if decision.outcome in OUTCOMES_NEEDING_REASONS:
        assert len(decision.reasons) > 100  # worded for the letter to the candidate


def test_the_session_shows_every_kind_of_disagreement_and_both_outcomes() -> None:
    first = [startup.slug for startup in DEMO_STARTUPS[:MEMBER_SHEETS_IN_DEMO]]
    kinds = {
        (slug, SCALE.is_passing(chair) != SCALE.is_passing(member))
        for slug in first
        for chair, member in _disagreements(slug).values()
    }
    # In the member's sheets the plain demo leaves: disagreements, one across the threshold.
    assert any(crossing for _slug, crossing in kinds)
    assert any(not crossing for _slug, crossing in kinds)
    assert any(not _disagreements(startup.slug) for startup in DEMO_STARTUPS)
    outcomes = [decision.outcome for decision in DEMO_DECISIONS.values()]
    assert len(set(outcomes)) == 2 and set(DEMO_DECISIONS) == set(DEMO_ASSESSMENTS)


# ------------------------------------------------------------------ the member's signed sheets


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoLayout:
    clock = FakeClock(datetime(2026, 11, 30, 18, 0, tzinfo=UTC))
    result = build_demo(tmp_path_factory.mktemp("demo") / "demo", clock)
    assert result.created
    return result.layout


@pytest.mark.slow
def test_the_member_sheets_are_signed_and_hold_the_demo_content(demo: DemoLayout) -> None:
    # Named for a clerk: the candidate's name in ASCII words, the role in French.
    startups = DEMO_STARTUPS[:MEMBER_SHEETS_IN_DEMO]
    expected = [f"grille-{ascii_words(s.candidate_name)}-membre-v1.pdf" for s in startups]
    assert expected[0] == "grille-Zoe-Lefevre-membre-v1.pdf"
    assert sorted(path.name for path in demo.member_sheets.glob("*.pdf")) == sorted(expected)
    files = [demo.member_sheets / name for name in expected]
    home = demo.juror_home(JurorRole.CHAIR)
    clock = FakeClock(datetime(2026, 11, 30, 18, 5, tzinfo=UTC))
    with open_session_workspace(home, DEMO_SESSION_ID, demo_secret_store(home), clock) as workspace:
        known = known_session(home, workspace)
    for path, startup in zip(files, DEMO_STARTUPS, strict=False):
        verdict = verify_sheet(path.read_bytes(), {known.id: known})
        assert verdict.valid, verdict.problem
        assert verdict.data is not None and verdict.data.juror.id == "juror-member"
        signed = [(c.level, c.comment) for c in verdict.data.competencies]
        written = DEMO_ASSESSMENTS[startup.slug][JurorRole.MEMBER].scores
        assert signed == [(score.level, score.comment) for score in written]
        # The interview was played on the clock, in its slot: an hour less the late start.
        interview = verdict.data.interview
        assert interview is not None
        slot = verdict.data.candidate.slot_start
        assert interview.started_at == slot + timedelta(minutes=2)
        assert interview.duration_s == 60 * 60 and interview.paused_s == 0
        discussed = [c.seconds_discussed for c in verdict.data.competencies]
        assert all(seconds >= 4 * 60 for seconds in discussed)
        assert sum(discussed) == 40 * 60  # the questions phase, shared among the eight


@pytest.mark.slow
def test_the_chair_imports_them_and_sees_them_only_once_their_own_sheet_is_signed(
    demo: DemoLayout, tmp_path: Path
) -> None:
    home = Path(shutil.copytree(demo.juror_home(JurorRole.CHAIR), tmp_path / "chair"))
    files = [str(path) for path in sorted(demo.member_sheets.glob("*.pdf"))]
    clock = FakeClock(datetime(2026, 11, 30, 18, 10, tzinfo=UTC))
    secrets_option = ["--secrets-passphrase-file", str(demo.passphrase_file)]
    assert main(["--home", str(home), *secrets_option, "import", *files], clock=clock) == 0
    candidate = demo_candidate_ids()[DEMO_STARTUPS[0].slug]
    with open_session_workspace(home, DEMO_SESSION_ID, demo_secret_store(home), clock) as workspace:
        # Independent scoring: the chair has signed nothing yet.
        assert other_juror_view(workspace, candidate) is None
        rows = Deliberator(workspace, clock).comparison(candidate)
        assert not any(row.other_visible for row in rows)


@pytest.mark.slow
def test_the_complete_demo_refuses_a_folder_holding_a_demo(
    demo: DemoLayout, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock(datetime(2026, 11, 30, 18, 15, tzinfo=UTC))
    args = ["demo", "--no-gui", "--complete", "--out", str(demo.root)]
    assert main(args, clock=clock) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already holds a demo" in error and "--reset" in error
    # Whatever the juror may have scored there is left as it was.
    assert not demo.sheets.exists() and not demo.minutes.exists()


# ------------------------------------------------------------------ the organiser's registry


@pytest.mark.slow
def test_the_organiser_registry_holds_the_demo_session_as_planned(demo: DemoLayout) -> None:
    from jury_desk.models.enums import ApplicationStatus
    from jury_desk.registry.candidates import session_candidates
    from jury_desk.registry.juries import schedule_problems
    from jury_desk.registry.jurors import list_jurors
    from jury_desk.registry.location import default_location
    from jury_desk.registry.opening import open_registry

    home = demo.organiser_home
    clock = FakeClock(datetime(2026, 11, 30, 18, 5, tzinfo=UTC))
    registry = open_registry(home, default_location(home), demo_secret_store(home), clock, "Alice")
    try:
        candidates = session_candidates(registry, DEMO_SESSION_ID)
        statuses = sorted(c.status for c in candidates)
        assert statuses.count(ApplicationStatus.CONVENED) == len(DEMO_STARTUPS)
        assert {ApplicationStatus.INCOMPLETE, ApplicationStatus.WITHDRAWN} <= set(statuses)
        assert {j.email for j in list_jurors(registry)} == {j.email for j in DEMO_JURORS}
        assert schedule_problems(registry, DEMO_SESSION_ID) == ()
    finally:
        registry.close()
