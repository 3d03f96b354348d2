"""The chair's deliberation: consolidation, casting votes, decisions and their revisions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.chair.deliberation import (
    DeliberationError,
    Deliberator,
    NotChairError,
    SignedSheetsError,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import (
    Candidate,
    ConsolidatedScore,
    DecisionRevision,
    JournalEntry,
    Outcome,
)
from jury_desk.session.importer import import_session
from jury_desk.store import journal
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES, FakeClock, small_session_spec
from tests.helpers.two_jurors import ALL_EXPERT, chair_sheet, member_sheet, with_level

CANDIDATE = "cand-1"
# The small session's interviews (tests/factories.py), in UTC: cand-1 at 10:00, cand-2 at 12:00.
CAND_1_SLOT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
CAND_2_SLOT = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cand_1_heard(clock: FakeClock) -> None:
    """A decision comes after the interview: these tests deliberate once cand-1 was heard."""
    clock.advance((CAND_1_SLOT - clock.now()).total_seconds() + 3600)


def _my_sheet(workspace: Workspace, levels: tuple[int, ...], *, sign: bool = True) -> None:
    chair_sheet(workspace, CANDIDATE, levels, sign=sign)


def _member_sheet(
    workspace: Workspace, levels: tuple[int | None, ...], *, recused: bool = False
) -> None:
    member_sheet(workspace, CANDIDATE, levels, recused=recused)


_with = with_level


def _deliberator(workspace: Workspace) -> Deliberator:
    return Deliberator(workspace, workspace.clock)


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        (ALL_EXPERT, ALL_EXPERT, Outcome.CERTIFIED),
        ((2,) * 8, (2,) * 8, Outcome.CERTIFIED),
        (_with(ALL_EXPERT, 4, 1), _with(ALL_EXPERT, 4, 1), Outcome.NOT_CERTIFIED),
        # A disagreement that keeps both levels passing still needs the chair's vote.
        (_with(ALL_EXPERT, 0, 2), ALL_EXPERT, None),
    ],
)
def test_the_proposal_follows_agreement(
    workspace: Workspace,
    mine: tuple[int, ...],
    theirs: tuple[int, ...],
    expected: Outcome | None,
) -> None:
    _my_sheet(workspace, mine)
    _member_sheet(workspace, theirs)
    assert _deliberator(workspace).proposed_outcome(CANDIDATE) is expected


def test_the_comparison_shows_both_jurors(workspace: Workspace) -> None:
    _my_sheet(workspace, _with(ALL_EXPERT, 2, 1))
    _member_sheet(workspace, ALL_EXPERT)
    rows = _deliberator(workspace).comparison(CANDIDATE)
    assert [row.code for row in rows] == list(COMPETENCY_CODES)
    c3 = rows[2]
    assert (c3.my_level, c3.other_level, c3.agreed) == (1, 3, False)
    assert c3.crosses_threshold and c3.needs_casting_vote and not c3.settled
    assert c3.my_comment == "C3 à retravailler" and c3.other_comment == "membre"
    assert all(row.agreed and row.consolidated_level == 3 for i, row in enumerate(rows) if i != 2)


def test_the_other_levels_stay_hidden_until_my_sheet_is_signed(workspace: Workspace) -> None:
    _my_sheet(workspace, ALL_EXPERT, sign=False)
    _member_sheet(workspace, ALL_EXPERT)
    deliberator = _deliberator(workspace)
    rows = deliberator.comparison(CANDIDATE)
    assert all(not row.other_visible and row.other_level is None for row in rows)
    assert deliberator.proposed_outcome(CANDIDATE) is None
    with pytest.raises(DeliberationError, match="must be signed"):
        deliberator.decide(CANDIDATE, Outcome.CERTIFIED, "")


def test_a_recused_juror_leaves_the_other_level_standing(workspace: Workspace) -> None:
    _my_sheet(workspace, ALL_EXPERT)
    _member_sheet(workspace, (None,) * 8, recused=True)
    deliberator = _deliberator(workspace)
    rows = deliberator.comparison(CANDIDATE)
    assert all(row.other_recused and row.consolidated_level == 3 for row in rows)
    assert deliberator.proposed_outcome(CANDIDATE) is Outcome.CERTIFIED


def test_a_disagreement_is_settled_by_the_casting_vote(workspace: Workspace) -> None:
    _my_sheet(workspace, _with(ALL_EXPERT, 2, 1))
    _member_sheet(workspace, ALL_EXPERT)
    deliberator = _deliberator(workspace)
    assert deliberator.proposed_outcome(CANDIDATE) is None
    with pytest.raises(DeliberationError, match=r"settled yet \(C3\)"):
        deliberator.decide(CANDIDATE, Outcome.CERTIFIED, "")

    deliberator.cast_vote(CANDIDATE, "C3", 3, "Preuves suffisantes en entretien.")

    c3 = deliberator.comparison(CANDIDATE)[2]
    assert c3.settled and c3.consolidated_level == 3
    assert c3.casting_note == "Preuves suffisantes en entretien."
    assert deliberator.proposed_outcome(CANDIDATE) is Outcome.CERTIFIED
    # The vote can be changed, and the proposal follows it.
    deliberator.cast_vote(CANDIDATE, "C3", 1, "Après relecture du dossier.")
    assert deliberator.proposed_outcome(CANDIDATE) is Outcome.NOT_CERTIFIED
    with workspace.reading() as session:
        stored = session.scalars(select(ConsolidatedScore)).all()
        # The agreed levels are stored too, so the minutes read every level from the table.
        assert len(stored) == 8
        notes = {score.competency.code: score.casting_note for score in stored}
        assert notes["C3"] == "Après relecture du dossier."
        assert all(note == "" for code, note in notes.items() if code != "C3")


@pytest.mark.parametrize(
    ("code", "level", "note", "message"),
    [
        ("C3", 2, "", "needs a short note"),
        ("C3", 2, "   ", "needs a short note"),
        ("C3", 7, "pourquoi", "not on this scale"),
        # Between the jurors' 1 and 3: the chair settles between them, not beyond.
        ("C3", 2, "pourquoi", "one of the two jurors' levels, « À consolider » or « Expert »"),
        ("C1", 3, "pourquoi", "no disagreement"),
        ("C99", 3, "pourquoi", "no competency"),
    ],
)
def test_a_casting_vote_is_refused(
    workspace: Workspace, code: str, level: int, note: str, message: str
) -> None:
    _my_sheet(workspace, _with(ALL_EXPERT, 2, 1))
    _member_sheet(workspace, ALL_EXPERT)
    with pytest.raises(UserError, match=message):
        _deliberator(workspace).cast_vote(CANDIDATE, code, level, note)
    with workspace.reading() as session:
        assert session.scalars(select(ConsolidatedScore)).all() == []


@pytest.mark.parametrize(
    ("mine", "outcome", "reasons", "message"),
    [
        (_with(ALL_EXPERT, 4, 0), Outcome.NOT_CERTIFIED, "", "needs written reasons"),
        (_with(ALL_EXPERT, 4, 0), Outcome.NOT_CERTIFIED, "  ", "needs written reasons"),
        (_with(ALL_EXPERT, 4, 0), Outcome.CERTIFIED, "", "gives 'not_certified'"),
        (ALL_EXPERT, Outcome.NOT_CERTIFIED, "Insuffisant", "gives 'certified'"),
        (ALL_EXPERT, Outcome.ABSENT, "", "needs written reasons"),
        (ALL_EXPERT, Outcome.POSTPONED, "", "needs written reasons"),
    ],
)
def test_a_decision_is_refused(
    workspace: Workspace, mine: tuple[int, ...], outcome: Outcome, reasons: str, message: str
) -> None:
    _my_sheet(workspace, mine)
    _member_sheet(workspace, mine)
    with pytest.raises(DeliberationError, match=message):
        _deliberator(workspace).decide(CANDIDATE, outcome, reasons)
    assert _deliberator(workspace).history(CANDIDATE) == []


@pytest.mark.parametrize(
    ("mine", "outcome", "reasons"),
    [
        (ALL_EXPERT, Outcome.CERTIFIED, ""),
        (_with(ALL_EXPERT, 4, 0), Outcome.NOT_CERTIFIED, "La compétence C5 n'est pas acquise."),
    ],
)
def test_the_first_decision_follows_the_rule(
    workspace: Workspace, clock: FakeClock, mine: tuple[int, ...], outcome: Outcome, reasons: str
) -> None:
    _my_sheet(workspace, mine)
    _member_sheet(workspace, mine)
    record = _deliberator(workspace).decide(CANDIDATE, outcome, reasons)
    assert (record.revision, record.outcome, record.reasons) == (1, outcome, reasons)
    assert record.by_juror_id == "chair" and record.revision_reason == ""
    with workspace.reading() as session:
        candidate = session.get(Candidate, CANDIDATE)
        assert candidate is not None and candidate.deliberation is not None
        assert candidate.deliberation.outcome is outcome
        assert candidate.deliberation.decided_at == clock.now()
        assert candidate.deliberation.revision == 1
        levels = {s.competency.code: s.level_rank for s in candidate.deliberation.scores}
        assert levels == dict(zip(COMPETENCY_CODES, mine, strict=True))


@pytest.mark.parametrize(
    ("outcome", "mine", "reasons", "from_slot_start", "allowed"),
    [
        (Outcome.CERTIFIED, ALL_EXPERT, "", -60, False),
        (Outcome.CERTIFIED, ALL_EXPERT, "", -1, False),
        (Outcome.CERTIFIED, ALL_EXPERT, "", 0, True),
        (Outcome.CERTIFIED, ALL_EXPERT, "", 30 * 60, True),
        (Outcome.NOT_CERTIFIED, _with(ALL_EXPERT, 4, 0), "C5 non acquise.", -1, False),
        (Outcome.NOT_CERTIFIED, _with(ALL_EXPERT, 4, 0), "C5 non acquise.", 0, True),
        (Outcome.ABSENT, None, "Ne s'est pas présentée.", -1, False),
        (Outcome.ABSENT, None, "Ne s'est pas présentée.", 0, True),
        (Outcome.POSTPONED, None, "Report demandé.", -3600, True),
        (Outcome.POSTPONED, None, "Report demandé.", 0, True),
    ],
)
def test_a_decision_waits_for_the_interview_to_start(
    workspace: Workspace,
    clock: FakeClock,
    outcome: Outcome,
    mine: tuple[int, ...] | None,
    reasons: str,
    from_slot_start: int,
    allowed: bool,
) -> None:
    # cand-2's interview is still to come at the fixture's time (cand-1 was heard).
    if mine is not None:
        chair_sheet(workspace, "cand-2", mine)
        member_sheet(workspace, "cand-2", mine)
    clock.advance((CAND_2_SLOT - clock.now()).total_seconds() + from_slot_start)
    deliberator = _deliberator(workspace)
    if allowed:
        assert deliberator.decide("cand-2", outcome, reasons).outcome is outcome
        return
    # The candidate and their slot, in Paris time as on the schedule.
    message = (
        f"^Nguyễn Thị Mai cannot be decided '{outcome.value}' before their interview has "
        r"started \(2026-11-30 13:00, Paris time\)\.$"
    )
    with pytest.raises(DeliberationError, match=message):
        deliberator.decide("cand-2", outcome, reasons)
    assert deliberator.history("cand-2") == []
    with workspace.reading() as session:
        assert session.scalars(select(DecisionRevision)).all() == []
        entries = session.scalars(select(JournalEntry.action)).all()
        assert not any(action.startswith("deliberation.") for action in entries)


@pytest.mark.parametrize("outcome", [Outcome.ABSENT, Outcome.POSTPONED])
def test_absent_and_postponed_need_no_sheet(workspace: Workspace, outcome: Outcome) -> None:
    record = _deliberator(workspace).decide(CANDIDATE, outcome, "Ne s'est pas présenté.")
    assert record.outcome is outcome and record.revision == 1
    with workspace.reading() as session:
        assert session.scalars(select(ConsolidatedScore)).all() == []


def test_a_revision_needs_a_reason_and_keeps_the_history(
    workspace: Workspace, clock: FakeClock
) -> None:
    deliberator = _deliberator(workspace)
    deliberator.decide(CANDIDATE, Outcome.POSTPONED, "Dossier incomplet.")
    for blank in ("", "  "):
        with pytest.raises(DeliberationError, match="needs a written reason"):
            deliberator.decide(CANDIDATE, Outcome.ABSENT, "Absent.", revision_reason=blank)

    _my_sheet(workspace, ALL_EXPERT)
    _member_sheet(workspace, ALL_EXPERT)
    clock.advance(3600)
    record = deliberator.decide(
        CANDIDATE, Outcome.CERTIFIED, "", revision_reason="Entretien tenu le 1er décembre."
    )
    assert record.revision == 2

    history = deliberator.history(CANDIDATE)
    assert [(h.revision, h.outcome) for h in history] == [
        (1, Outcome.POSTPONED),
        (2, Outcome.CERTIFIED),
    ]
    assert history[0].reasons == "Dossier incomplet." and history[0].revision_reason == ""
    assert history[1].revision_reason == "Entretien tenu le 1er décembre."
    assert history[1].decided_at > history[0].decided_at
    with workspace.reading() as session:
        assert len(session.scalars(select(DecisionRevision)).all()) == 2
        candidate = session.get(Candidate, CANDIDATE)
        assert candidate is not None and candidate.deliberation is not None
        assert candidate.deliberation.revision == 2
        assert candidate.deliberation.outcome is Outcome.CERTIFIED


def test_the_journal_records_every_step_and_holds(workspace: Workspace) -> None:
    _my_sheet(workspace, _with(ALL_EXPERT, 2, 1))
    _member_sheet(workspace, ALL_EXPERT)
    deliberator = _deliberator(workspace)
    deliberator.cast_vote(CANDIDATE, "C3", 3, "Preuves suffisantes.")
    deliberator.decide(CANDIDATE, Outcome.CERTIFIED, "")
    deliberator.decide(
        CANDIDATE,
        Outcome.ABSENT,
        "Absent.",
        revision_reason="Erreur de saisie.",
        despite_signed_sheets=True,
    )
    with workspace.reading() as session:
        entries = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.action.startswith("deliberation."))
            .order_by(JournalEntry.seq)
        ).all()
        assert [(e.action, e.actor, e.subject) for e in entries] == [
            ("deliberation.cast_vote", "chair", CANDIDATE),
            ("deliberation.decide", "chair", CANDIDATE),
            ("deliberation.revise", "chair", CANDIDATE),
        ]
        assert '"revision_reason":"Erreur de saisie."' in entries[2].payload
        assert journal.first_broken_entry(session) is None


def test_an_unknown_candidate_is_refused(workspace: Workspace) -> None:
    with pytest.raises(DeliberationError, match="no candidate"):
        _deliberator(workspace).comparison("nobody")


@pytest.fixture
def member_workspace(home: Path, clock: FakeClock, workspace_key: bytes) -> Iterator[Workspace]:
    """The small session opened as the member of the jury."""
    spec = small_session_spec()
    ws = Workspace.create(workspace_path(home, spec.id), workspace_key, clock)
    import_session(ws, spec, "member")
    yield ws
    ws.close()


def test_a_member_cannot_deliberate(member_workspace: Workspace) -> None:
    with pytest.raises(NotChairError, match="Only the chair deliberates"):
        Deliberator(member_workspace, member_workspace.clock)
    with member_workspace.reading() as session:
        assert session.scalars(select(DecisionRevision)).all() == []


def test_absent_for_a_candidate_with_a_signed_sheet_needs_a_confirmation(
    workspace: Workspace,
) -> None:
    _my_sheet(workspace, ALL_EXPERT)
    deliberator = _deliberator(workspace)
    for outcome in (Outcome.ABSENT, Outcome.POSTPONED):
        with pytest.raises(SignedSheetsError, match=r"has a signed sheet \(.+\)"):
            deliberator.decide(CANDIDATE, outcome, "Ne s’est pas présentée.")
    with workspace.reading() as session:
        assert session.scalars(select(DecisionRevision)).all() == []
    record = deliberator.decide(
        CANDIDATE, Outcome.ABSENT, "Entretien interrompu dès le début.", despite_signed_sheets=True
    )
    assert record.outcome is Outcome.ABSENT
