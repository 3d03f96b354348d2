"""Session statistics: Cohen's kappa with linear weights, and a real workspace counted."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jury_desk.chair.deliberation import Deliberator
from jury_desk.chair.statistics import (
    MIN_SIGNIFICANT_SHEET_PAIRS,
    session_statistics,
    significant,
    weighted_kappa,
)
from jury_desk.juror.editing import ScoringEditor
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    CompetencyScore,
    Juror,
    Outcome,
)
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES, FakeClock

FOUR = [0, 1, 2, 3]


def _repeat(pair: tuple[int, int], times: int) -> list[tuple[int, int]]:
    return [pair] * times


# Each expected value is worked out by hand in its comment, with
# kappa = 1 - Do/De, Do = mean of |i-j|/(k-1) over the pairs, De = the same over
# every (first rater's level, second rater's level) combination of the marginals.
KAPPA_CASES = [
    pytest.param([(0, 0), (1, 1), (2, 2), (3, 3)], FOUR, 1.0, id="perfect agreement"),
    # Every combination of {0, 1} x {0, 1} once: the levels are independent, Do = De = 1/2.
    pytest.param([(0, 0), (0, 1), (1, 0), (1, 1)], [0, 1], 0.0, id="chance level"),
    # The raters always opposite: Do = 1, De = 1/2 -> kappa = -1.
    pytest.param([(0, 1), (1, 0)], [0, 1], -1.0, id="systematic disagreement"),
    # Two levels, so the weights are those of the plain kappa. Artstein & Poesio (2008),
    # table 1, the contingency [[20, 20], [10, 50]], published kappa 0.348:
    # po = 0.70, pe = 0.4*0.3 + 0.6*0.7 = 0.54, kappa = 0.16/0.46 = 0.3478.
    pytest.param(
        _repeat((0, 0), 20) + _repeat((0, 1), 20) + _repeat((1, 0), 10) + _repeat((1, 1), 50),
        [0, 1],
        0.16 / 0.46,
        id="Artstein-Poesio table 1",
    ),
    # The weighting example of scikit-learn's tests (linear: 0.9412): 46 x (0,0),
    # 4 x (1,0), 40 x (1,1), 10 x (2,2); k = 3. Do = 4 * 1/2 / 100 = 0.02.
    # Marginals (.46, .44, .10) and (.50, .40, .10); De = .46*.40/2 + .46*.10 + .44*.50/2
    # + .44*.10/2 + .10*.50 + .10*.40/2 = 0.34; kappa = 1 - 0.02/0.34 = 16/17 = 0.94118.
    pytest.param(
        _repeat((0, 0), 46) + _repeat((1, 0), 4) + _repeat((1, 1), 40) + _repeat((2, 2), 10),
        [0, 1, 2],
        16 / 17,
        id="linear weights, 3 levels",
    ),
    # k = 3: Do = (1/2 + 1/2) / 5 = 0.2; marginals (.4, .2, .4) and (.2, .6, .2);
    # De = .4*.6/2 + .4*.2 + .2*.2/2 + .2*.2/2 + .4*.2 + .4*.6/2 = 0.44; 1 - 0.2/0.44 = 6/11.
    pytest.param([(0, 0), (0, 1), (1, 1), (2, 1), (2, 2)], [0, 1, 2], 6 / 11, id="by hand"),
    # A far disagreement weighs more than a near one (k = 4: one step 1/3, three steps 1).
    # Below, Do and De are counted in steps (|i-j|); the 1/(k-1) cancels in Do/De.
    pytest.param(
        [(0, 0), (1, 1), (2, 1), (3, 3)],
        FOUR,
        # De numerator in steps: first=[1,1,1,1], second=[1,2,0,1]:
        # i=0: 0+2+0+3=5; i=1: 1+0+0+2=3; i=2: 2+2+0+1=5; i=3: 3+4+0+0=7 -> 20 steps.
        # Do = 1 step / 4 pairs; De = 20 steps / 16; kappa = 1 - (1/4)/(20/16) = 0.8.
        0.8,
        id="near disagreement",
    ),
    pytest.param(
        [(0, 0), (1, 1), (2, 2), (3, 0)],
        FOUR,
        # first=[1,1,1,1], second=[2,1,1,0]: i=0: 0+1+2=3; i=1: 2+0+1=3; i=2: 4+1+0=5;
        # i=3: 6+2+1=9 -> 20 steps. Do = 3 steps / 4; kappa = 1 - (3/4)/(20/16) = 0.4.
        0.4,
        id="far disagreement",
    ),
]


@pytest.mark.parametrize(("pairs", "ranks", "expected"), KAPPA_CASES)
def test_weighted_kappa(pairs: list[tuple[int, int]], ranks: list[int], expected: float) -> None:
    assert weighted_kappa(pairs, ranks) == pytest.approx(expected, abs=1e-12)
    # Cohen's kappa does not depend on which rater is called first.
    swapped = [(b, a) for a, b in pairs]
    assert weighted_kappa(swapped, ranks) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("pairs", "ranks"),
    [
        pytest.param([], FOUR, id="no pair"),
        pytest.param([(2, 2), (2, 2), (2, 2)], FOUR, id="one level only, no chance disagreement"),
        pytest.param([(0, 0)], [0], id="a scale of one level"),
    ],
)
def test_weighted_kappa_is_undefined(pairs: list[tuple[int, int]], ranks: list[int]) -> None:
    assert weighted_kappa(pairs, ranks) is None


def test_a_level_off_the_scale_is_a_bug() -> None:
    with pytest.raises(ValueError, match="level 4 is not among"):
        weighted_kappa([(0, 4)], FOUR)


# ------------------------------------------------------------------ a real workspace

CHAIR_1 = (3, 3, 2, 2, 3, 3, 2, 2)
MEMBER_1 = (3, 2, 2, 2, 3, 3, 1, 2)  # C2 differs (both passing), C7 crosses the threshold
CHAIR_2 = (1,) * 8
MEMBER_2 = (1, 0, 1, 1, 1, 1, 1, 1)  # C2 differs, both below passing


def _chair_sheet(workspace: Workspace, candidate: str, levels: tuple[int, ...]) -> None:
    editor = ScoringEditor(workspace)
    for code, level in zip(COMPETENCY_CODES, levels, strict=True):
        editor.set_level(candidate, code, level)
        if level < 2:
            editor.set_comment(candidate, code, f"{code} à retravailler")
    with workspace.session() as session:
        assessment = session.scalars(
            select(Assessment).where(
                Assessment.juror_id == "chair", Assessment.candidate_id == candidate
            )
        ).one()
        assessment.signed_at = workspace.clock.now()
        assessment.status = AssessmentStatus.SIGNED


def _member_sheet(
    workspace: Workspace, candidate_id: str, levels: tuple[int | None, ...], recused: bool = False
) -> None:
    """The other juror's signed sheet as an import leaves it."""
    with workspace.session() as session:
        candidate = session.get(Candidate, candidate_id)
        juror = session.get(Juror, "member")
        assert candidate is not None and juror is not None
        assessment = Assessment(
            candidate=candidate,
            juror=juror,
            version=1,
            conflict_declared=recused,
            recused=recused,
            scores=[
                CompetencyScore(competency=competency, level_rank=level, comment="membre")
                for competency, level in zip(candidate.session.competencies, levels, strict=True)
            ],
        )
        assessment.signed_at = workspace.clock.now()
        assessment.status = AssessmentStatus.SIGNED
        session.add(assessment)


def test_a_deliberated_session_is_counted(workspace: Workspace, clock: FakeClock) -> None:
    clock.advance(5 * 3600)  # 13:00 UTC: both interviews (10:00 and 12:00) have begun
    _chair_sheet(workspace, "cand-1", CHAIR_1)
    _member_sheet(workspace, "cand-1", MEMBER_1)
    _chair_sheet(workspace, "cand-2", CHAIR_2)
    _member_sheet(workspace, "cand-2", MEMBER_2)
    deliberator = Deliberator(workspace, workspace.clock)
    deliberator.cast_vote("cand-1", "C2", 3, "Le pitch a convaincu.")
    deliberator.cast_vote("cand-1", "C7", 2, "Plan de financement solide.")
    deliberator.cast_vote("cand-2", "C2", 1, "Enquête partielle.")
    deliberator.decide("cand-1", Outcome.CERTIFIED, "")
    deliberator.decide("cand-2", Outcome.NOT_CERTIFIED, "Compétences à consolider.")

    stats = session_statistics(workspace)

    assert stats.candidates == 2 and stats.undecided == 0
    assert stats.outcome_counts == {
        Outcome.CERTIFIED: 1,
        Outcome.NOT_CERTIFIED: 1,
        Outcome.ABSENT: 0,
        Outcome.POSTPONED: 0,
    }
    assert stats.pass_rate == 0.5
    assert (stats.scale_ranks, stats.passing_ranks) == ([0, 1, 2, 3], [2, 3])
    by_code = {c.code: c for c in stats.competencies}
    assert list(by_code) == list(COMPETENCY_CODES)
    c1, c2, c7 = by_code["C1"], by_code["C2"], by_code["C7"]
    # C1: (3,3) and (1,1): agreement, kappa 1.
    assert (c1.pairs, c1.agreements, c1.agreement_rate) == (2, 2, 1.0)
    assert c1.weighted_kappa == pytest.approx(1.0)
    assert c1.level_counts == {0: 0, 1: 1, 2: 0, 3: 1}
    # C2: (3,2) and (1,0): Do = (1/3 + 1/3)/2 = 1/3; first {3, 1}, second {2, 0}:
    # De = (1/3 + 1 + 1/3 + 1/3)/4 = 1/2; kappa = 1 - (1/3)/(1/2) = 1/3.
    assert (c2.pairs, c2.agreements, c2.agreement_rate) == (2, 0, 0.0)
    assert c2.weighted_kappa == pytest.approx(1 / 3)
    # The casting votes stand: 3 for cand-1, 1 for cand-2.
    assert c2.level_counts == {0: 0, 1: 1, 2: 0, 3: 1}
    # C7: (2,1) and (1,1): Do = (1/3)/2 = 1/6; first {2, 1}, second {1, 1}: De = (2/3)/4 = 1/6.
    assert (c7.pairs, c7.agreements, c7.agreement_rate) == (2, 1, 0.5)
    assert c7.weighted_kappa == pytest.approx(0.0, abs=1e-12)
    assert c7.level_counts == {0: 0, 1: 1, 2: 1, 3: 0}
    # The session: 16 pairs, 3 of them one step apart.
    # Marginals over ranks 0..3: chair [0, 8, 4, 4], member [1, 8, 4, 3].
    # De in steps: i=1: 8*1*1 + 8*4*1 + 8*3*2 = 88; i=2: 4*1*2 + 4*8*1 + 4*3*1 = 52;
    # i=3: 4*1*3 + 4*8*2 + 4*4*1 = 92; 232 steps over 256 combinations.
    # kappa = 1 - (3/16) / (232/256) = 1 - 48/232 = 23/29.
    assert (stats.pairs, stats.agreement_rate) == (16, 13 / 16)
    assert stats.weighted_kappa == pytest.approx(23 / 29)
    # Two candidates both jurors scored: two pairs of sheets, too few to say much.
    assert stats.sheet_pairs == 2 and not significant(stats.sheet_pairs)


def test_a_session_in_progress_has_undefined_rates(workspace: Workspace) -> None:
    stats = session_statistics(workspace)
    assert (stats.candidates, stats.undecided, stats.pass_rate) == (2, 2, None)
    assert (stats.pairs, stats.agreement_rate, stats.weighted_kappa) == (0, None, None)
    assert all(c.level_counts == {0: 0, 1: 0, 2: 0, 3: 0} for c in stats.competencies)
    assert all(c.agreement_rate is None and c.weighted_kappa is None for c in stats.competencies)


def test_only_both_signed_sheets_without_recusal_are_paired(
    workspace: Workspace, clock: FakeClock
) -> None:
    clock.advance(5 * 3600)  # 13:00 UTC: both interviews (10:00 and 12:00) have begun
    # cand-1: the member recused; cand-2: the chair's sheet is still a draft.
    _chair_sheet(workspace, "cand-1", (3,) * 8)
    _member_sheet(workspace, "cand-1", (None,) * 8, recused=True)
    _member_sheet(workspace, "cand-2", (2,) * 8)
    ScoringEditor(workspace).set_level("cand-2", "C1", 2)
    deliberator = Deliberator(workspace, workspace.clock)
    deliberator.decide("cand-1", Outcome.CERTIFIED, "")
    # The member's signed sheet is there: the chair confirms the absence regardless.
    deliberator.decide(
        "cand-2", Outcome.ABSENT, "Absent à l'entretien.", despite_signed_sheets=True
    )

    stats = session_statistics(workspace)

    assert (stats.pairs, stats.agreement_rate, stats.weighted_kappa) == (0, None, None)
    assert stats.sheet_pairs == 0
    assert stats.outcome_counts[Outcome.ABSENT] == 1 and stats.undecided == 0
    # Absent is not judged by the rule: 1 certified of 1 judged.
    assert stats.pass_rate == 1.0
    # The chair's levels stand alone where the member recused.
    assert all(c.level_counts == {0: 0, 1: 0, 2: 0, 3: 1} for c in stats.competencies)


def test_agreement_is_significant_from_ten_pairs_of_sheets() -> None:
    assert MIN_SIGNIFICANT_SHEET_PAIRS == 10
    assert [significant(n) for n in (0, 1, 9, 10, 11)] == [False, False, False, True, True]
