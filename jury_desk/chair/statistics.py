"""Statistics of a session: outcomes, pass rate, levels per competency, agreement of the jurors.

Agreement is measured on the two jurors' signed levels (before any casting
vote), as a plain percentage and as Cohen's kappa with linear weights, for each
competency and over every pair of the session. The levels are ordinal
(Insuffisant < À consolider < Maîtrisé < Expert): a disagreement of two steps
says more than one of a single step, which the unweighted kappa would treat
alike. Linear weights count every step the same, which is how the scale is
read; quadratic weights would make one far disagreement outweigh several near
ones, too harsh for a handful of candidates.

Below `MIN_SIGNIFICANT_SHEET_PAIRS` pairs of signed sheets, these figures are
shown as « non significatif »: on a few candidates, one disagreement more or
less swings the percentage and the kappa far more than any real difference in
how the two jurors read the scale. Ten is a usual floor for an agreement study.

Pure reading: nothing here writes, and nothing imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Competency,
    ConsolidatedScore,
    Deliberation,
    Juror,
    JurorRole,
    Outcome,
)
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace

# Fewer pairs of signed sheets (candidates both jurors scored) than this: the agreement
# and the kappa are « non significatif ».
MIN_SIGNIFICANT_SHEET_PAIRS = 10


def significant(sheet_pairs: int) -> bool:
    """Whether agreement measured on `sheet_pairs` pairs of sheets says something."""
    return sheet_pairs >= MIN_SIGNIFICANT_SHEET_PAIRS


@dataclass(frozen=True)
class CompetencyStatistics:
    code: str
    title: str
    # Consolidated level rank -> number of candidates; every rank of the scale is a key.
    level_counts: dict[int, int]
    # Candidates for whom both jurors signed a level here, neither having recused.
    pairs: int
    agreements: int
    agreement_rate: float | None
    weighted_kappa: float | None


@dataclass(frozen=True)
class SessionStatistics:
    candidates: int
    # Current decisions; every outcome is a key.
    outcome_counts: dict[Outcome, int]
    undecided: int
    # Certified among those the decision rule judged (absent and postponed left out).
    pass_rate: float | None
    competencies: list[CompetencyStatistics]
    # Over every competency of every candidate.
    pairs: int
    # Candidates whose two signed sheets (neither juror recused) were compared.
    sheet_pairs: int
    agreement_rate: float | None
    weighted_kappa: float | None
    scale_ranks: list[int]
    passing_ranks: list[int]


def weighted_kappa(pairs: Sequence[tuple[int, int]], ranks: Sequence[int]) -> float | None:
    """Cohen's kappa with linear weights of two raters' levels, or None where undefined.

    kappa = 1 - observed disagreement / disagreement expected by chance, each
    disagreement weighted by its distance in steps of the scale, |i - j| / (k - 1).
    Undefined with no pair, a scale of one level, or when chance alone could not
    disagree (both raters always gave the same single level).
    """
    if not pairs or len(ranks) < 2:
        return None
    position = {rank: index for index, rank in enumerate(sorted(ranks))}
    for pair in pairs:
        for level in pair:
            if level not in position:
                raise ValueError(f"level {level} is not among the ranks {sorted(ranks)}")
    steps = len(ranks) - 1
    count = len(pairs)
    first = [0] * len(ranks)
    second = [0] * len(ranks)
    observed = 0.0
    for a, b in pairs:
        first[position[a]] += 1
        second[position[b]] += 1
        observed += abs(position[a] - position[b]) / steps
    expected = sum(
        first[i] * second[j] * abs(i - j) / steps
        for i in range(len(ranks))
        for j in range(len(ranks))
    )
    # Both sums are over count pairs and count² combinations: compare them on one scale.
    observed_rate, expected_rate = observed / count, expected / (count * count)
    if expected_rate == 0:
        return None
    return 1 - observed_rate / expected_rate


def session_statistics(workspace: Workspace) -> SessionStatistics:
    """The statistics of the workspace's session as they stand now."""
    with workspace.reading() as session:
        return _statistics(session)


def _statistics(session: Session) -> SessionStatistics:
    row = the_session(session)
    ranks = [level.rank for level in row.levels]
    candidates = list(session.scalars(select(Candidate)))
    outcomes = _outcome_counts(session)
    ruled = outcomes[Outcome.CERTIFIED] + outcomes[Outcome.NOT_CERTIFIED]
    pairs_by_competency, sheet_pairs = _signed_pairs(session)
    consolidated = _consolidated_levels(session)
    competencies = [
        _competency_statistics(
            competency,
            pairs_by_competency.get(competency.id, []),
            consolidated.get(competency.id, []),
            ranks,
        )
        for competency in row.competencies
    ]
    all_pairs = [pair for c in row.competencies for pair in pairs_by_competency.get(c.id, [])]
    agreed = sum(a == b for a, b in all_pairs)
    return SessionStatistics(
        candidates=len(candidates),
        outcome_counts=outcomes,
        undecided=len(candidates) - sum(outcomes.values()),
        pass_rate=outcomes[Outcome.CERTIFIED] / ruled if ruled else None,
        competencies=competencies,
        pairs=len(all_pairs),
        sheet_pairs=sheet_pairs,
        agreement_rate=agreed / len(all_pairs) if all_pairs else None,
        weighted_kappa=weighted_kappa(all_pairs, ranks),
        scale_ranks=ranks,
        passing_ranks=[level.rank for level in row.levels if level.passing],
    )


def _outcome_counts(session: Session) -> dict[Outcome, int]:
    outcomes = {outcome: 0 for outcome in Outcome}
    for deliberation in session.scalars(select(Deliberation)):
        if deliberation.outcome is not None:
            outcomes[deliberation.outcome] += 1
    return outcomes


def _competency_statistics(
    competency: Competency,
    pairs: list[tuple[int, int]],
    consolidated: list[int],
    ranks: list[int],
) -> CompetencyStatistics:
    counts = {rank: 0 for rank in ranks}
    for level in consolidated:
        counts[level] += 1
    agreements = sum(a == b for a, b in pairs)
    return CompetencyStatistics(
        code=competency.code,
        title=competency.title,
        level_counts=counts,
        pairs=len(pairs),
        agreements=agreements,
        agreement_rate=agreements / len(pairs) if pairs else None,
        weighted_kappa=weighted_kappa(pairs, ranks),
    )


def _signed_pairs(session: Session) -> tuple[dict[int, list[tuple[int, int]]], int]:
    """Competency id -> (chair's level, member's level) for each candidate both scored;
    and how many candidates both scored (pairs of sheets compared)."""
    jurors = _the_two_jurors(session)
    if jurors is None:
        return {}, 0
    signed = session.scalars(
        select(Assessment).where(Assessment.status == AssessmentStatus.SIGNED)
    ).all()
    by_candidate: dict[str, dict[str, Assessment]] = {}
    for assessment in signed:
        by_candidate.setdefault(assessment.candidate_id, {})[assessment.juror_id] = assessment
    pairs: dict[int, list[tuple[int, int]]] = {}
    compared = 0
    for sheets in by_candidate.values():
        first, second = sheets.get(jurors[0].id), sheets.get(jurors[1].id)
        if first is None or second is None or first.recused or second.recused:
            continue
        compared += 1
        theirs = {score.competency_id: score.level_rank for score in second.scores}
        for score in first.scores:
            other = theirs.get(score.competency_id)
            if score.level_rank is not None and other is not None:
                pairs.setdefault(score.competency_id, []).append((score.level_rank, other))
    return pairs, compared


def _the_two_jurors(session: Session) -> tuple[Juror, Juror] | None:
    """The chair first, then the member: a jury of two (design.md §1)."""
    jurors = sorted(
        session.scalars(select(Juror)), key=lambda j: (j.role is not JurorRole.CHAIR, j.id)
    )
    if len(jurors) < 2:
        return None
    return jurors[0], jurors[1]


def _consolidated_levels(session: Session) -> dict[int, list[int]]:
    """Competency id -> the levels that stand after deliberation, one per candidate."""
    levels: dict[int, list[int]] = {}
    for score in session.scalars(select(ConsolidatedScore)):
        if score.level_rank is not None:
            levels.setdefault(score.competency_id, []).append(score.level_rank)
    return levels
