"""A jury plays its session bundle to a results file, through the real core API (no mocks).

The same steps as the chair and the member take in the application: both open
the bundle, score and sign their sheets, the chair imports the member's,
deliberates, decides, signs the minutes, the member co-signs them, the chair
imports the co-signed copy and exports the results file for the organiser.
Generic over the bundle's candidates, competencies, level scale and decision rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path

from jury_desk.chair.deliberation import (
    NOT_HEARD_OUTCOMES,
    OUTCOMES_NEEDING_REASONS,
    Deliberator,
)
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import Clock
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.export import export_minutes
from jury_desk.minutes.importing import MinutesImportKind, import_minutes
from jury_desk.models import Outcome
from jury_desk.models.enums import DecisionRuleKind
from jury_desk.results.export import export_results
from jury_desk.rules import consolidation
from jury_desk.rules.scale import Scale
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet
from jury_desk.sheets.importing import import_sheet
from jury_desk.signing.authority import issuing_authority, known_session
from jury_desk.store.queries import scale_of, the_session
from jury_desk.store.workspace import Workspace
from tests.bundle_factory import Juror

# The written reasons of the outcomes that need them, unless the caller gives their own.
DEFAULT_REASONS = {
    Outcome.NOT_CERTIFIED: "Des compétences restent à consolider ; voir la grille.",
    Outcome.ABSENT: "Ne s'est pas présenté·e à l'entretien.",
    Outcome.POSTPONED: "Entretien reporté à la session suivante, à sa demande.",
}


def play_to_results(
    bundle: Path,
    chair: Juror,
    member: Juror,
    clock: Clock,
    outcomes: Mapping[str, Outcome],
    out: Path,
    *,
    reasons: Mapping[str, str] | None = None,
) -> Path:
    """Play `bundle` to the chair's results file at `out`, and return `out`.

    `outcomes` gives the decision for every candidate of the bundle (candidate id to
    outcome; exactly the bundle's candidates). Certified and not certified candidates
    are scored by both jurors with the same levels: every competency at the top
    level for CERTIFIED; for NOT_CERTIFIED, the fewest last competencies at the
    highest level below passing that make the session's decision rule say so. Both
    jurors sign their sheets, the member's are imported by the chair, the chair
    decides. ABSENT and POSTPONED candidates get no sheet (a signed sheet contradicts
    them). Outcomes that need written reasons take `reasons[candidate_id]`, else
    `DEFAULT_REASONS`. The chair signs the minutes, the member co-signs them, the
    chair imports the co-signed copy and exports the results, encrypted to the
    organiser named in the bundle.

    `clock` must already be after the end of every candidate's slot (decisions
    are taken after the interviews; the core refuses a decision before the slot
    starts): an AssertionError says so otherwise, raised once the bundle is opened
    (its slots are read from the chair's workspace) and before anything is scored.
    Every step is stamped at `clock.now()`; the clock is not moved.
    """
    opened = chair.open(bundle, clock)
    member.open(bundle, clock)
    session_id = opened.manifest.spec.id
    reasons = reasons or {}
    with _workspace(chair, session_id, clock) as workspace, workspace.reading() as session:
        row = the_session(session)
        slots = {c.id: (c.name, c.slot_start, c.slot_minutes) for c in row.candidates}
        codes = [competency.code for competency in row.competencies]
        scale = scale_of(session)
        rule = (row.decision_rule, row.minimum_passing)
    assert set(outcomes) == set(slots), (
        f"outcomes must give one decision per candidate of the bundle {sorted(slots)}, "
        f"not for {sorted(outcomes)}"
    )
    now = clock.now()
    for name, start, length in slots.values():
        end = start + timedelta(minutes=length)
        assert now >= end, (
            f"the clock ({now.isoformat()}) must be after every interview: {name}'s slot "
            f"ends at {end.isoformat()}; advance the clock before playing the bundle"
        )
    levels = {
        candidate_id: _levels(scale, len(codes), rule, outcome)
        for candidate_id, outcome in outcomes.items()
        if outcome not in NOT_HEARD_OUTCOMES
    }

    member_sheets = []
    with _workspace(member, session_id, clock) as workspace:
        authority = issuing_authority(member.home, workspace)
        for candidate_id, candidate_levels in levels.items():
            _score(workspace, candidate_id, codes, candidate_levels, "du membre")
            signed = sign_sheet(workspace, candidate_id, member.identity, authority, clock)
            member_sheets.append(signed.pdf)
    with _workspace(chair, session_id, clock) as workspace:
        known = known_session(chair.home, workspace)
        sessions = {known.id: known}
        for candidate_id, candidate_levels in levels.items():
            _score(workspace, candidate_id, codes, candidate_levels, "de la présidence")
            sign_sheet(workspace, candidate_id, chair.identity, known.authority, clock)
        for pdf in member_sheets:
            imported = import_sheet(workspace, pdf, sessions, clock)
            assert imported.accepted, imported.reason
        deliberator = Deliberator(workspace, clock)
        for candidate_id, outcome in outcomes.items():
            written = ""
            if outcome in OUTCOMES_NEEDING_REASONS:
                written = reasons.get(candidate_id) or DEFAULT_REASONS[outcome]
            deliberator.decide(candidate_id, outcome, written)
        minutes = export_minutes(workspace, chair.home, chair.identity, clock)
    with _workspace(member, session_id, clock) as workspace:
        cosigned = cosign_minutes(minutes.pdf, workspace, member.home, member.identity, clock)
    with _workspace(chair, session_id, clock) as workspace:
        kept = import_minutes(workspace, cosigned, sessions, clock)
        assert kept.kind is MinutesImportKind.IMPORTED, kept
        export_results(workspace, out, known, clock)
    return out


def _workspace(juror: Juror, session_id: str, clock: Clock) -> Workspace:
    return open_session_workspace(juror.home, session_id, juror.secrets, clock)


def _levels(
    scale: Scale,
    count: int,
    rule: tuple[DecisionRuleKind, int | None],
    outcome: Outcome,
) -> tuple[int, ...]:
    """Levels for `count` competencies that the decision rule turns into `outcome`."""
    top = scale.size - 1
    if outcome is Outcome.CERTIFIED:
        return (top,) * count
    assert outcome is Outcome.NOT_CERTIFIED, outcome
    failing = max(rank for rank in range(scale.size) if not scale.is_passing(rank))
    for below in range(1, count + 1):
        levels = (top,) * (count - below) + (failing,) * below
        if consolidation.decide(scale, list(levels), *rule) is outcome:
            return levels
    raise AssertionError("no levels make this session's decision rule say not certified")


def _score(
    workspace: Workspace,
    candidate_id: str,
    codes: list[str],
    levels: tuple[int, ...],
    who: str,
) -> None:
    editor = ScoringEditor(workspace)
    for code, level in zip(codes, levels, strict=True):
        editor.set_level(candidate_id, code, level)
        # A comment everywhere: one is required below passing, and the sheet reads better.
        editor.set_comment(candidate_id, code, f"{code} : constat {who}.")
