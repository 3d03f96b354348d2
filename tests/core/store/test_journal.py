"""The journal is append-only and hash-chained."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from jury_desk.juror.editing import ScoringEditor, SignedSheetError
from jury_desk.models import Assessment, AssessmentStatus, JournalEntry
from jury_desk.models.assessment import FrozenAssessmentError
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.workspace import Workspace
from tests.factories import FakeClock


def test_every_edit_is_journaled_in_a_chain(workspace: Workspace, clock: FakeClock) -> None:
    editor = ScoringEditor(workspace)
    clock.advance(5)
    editor.set_level("cand-1", "C2", 1)
    editor.set_comment("cand-1", "C2", "Problème peu documenté")
    with workspace.reading() as session:
        entries = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
        assert [e.action for e in entries] == [
            "session.import",
            "assessment.level",
            "assessment.comment",
        ]
        assert json.loads(entries[1].payload) == {"competency": "C2", "level": 1}
        assert entries[1].actor == "chair"
        assert entries[2].prev_hash == entries[1].hash
        assert first_broken_entry(session) is None


@pytest.mark.parametrize(
    "statement",
    ["UPDATE journal_entry SET payload = '{}'", "DELETE FROM journal_entry"],
)
def test_the_database_refuses_to_change_the_journal(workspace: Workspace, statement: str) -> None:
    ScoringEditor(workspace).set_level("cand-1", "C1", 2)
    with pytest.raises(IntegrityError, match="append-only"), workspace.session() as session:
        session.execute(text(statement))


def test_an_edit_behind_the_triggers_back_is_detected(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    editor.set_level("cand-1", "C1", 1)
    editor.set_level("cand-1", "C1", 3)
    with workspace.session() as session:
        session.execute(text("DROP TRIGGER journal_entry_no_update"))
        session.execute(
            text("UPDATE journal_entry SET payload = :p WHERE seq = 2"),
            {"p": '{"competency":"C1","level":3}'},
        )
    with workspace.reading() as session:
        assert first_broken_entry(session) == 2


def test_a_signed_sheet_cannot_change(workspace: Workspace, clock: FakeClock) -> None:
    editor = ScoringEditor(workspace)
    editor.set_level("cand-1", "C1", 2)
    with workspace.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assessment.status = AssessmentStatus.SIGNED
        assessment.signed_at = clock.now()
    with pytest.raises(SignedSheetError, match="signed"):
        editor.set_level("cand-1", "C1", 3)
    editor.set_preparation_notes("cand-1", "Notes privées, toujours modifiables")
    with workspace.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        with pytest.raises(FrozenAssessmentError):
            assessment.scores[0].level_rank = 0
        with pytest.raises(FrozenAssessmentError):
            assessment.overall_comment = "changed"


def test_listeners_hear_of_each_saved_edit(workspace: Workspace, clock: FakeClock) -> None:
    editor = ScoringEditor(workspace)
    heard = []
    editor.subscribe(heard.append)
    editor.set_comment("cand-2", "C3", "ok")
    assert [(s.candidate_id, s.field, s.at) for s in heard] == [("cand-2", "comment", clock.now())]


def test_a_level_off_the_scale_is_refused_and_nothing_is_written(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    with pytest.raises(ValueError, match="not on this scale"):
        editor.set_level("cand-1", "C1", 4)
    with workspace.reading() as session:
        assert session.scalar(select(JournalEntry.seq).order_by(JournalEntry.seq.desc())) == 1
