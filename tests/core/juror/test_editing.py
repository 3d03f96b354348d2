"""The autosave's plain-SQL path writes what the ORM's path writes, and refuses alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.errors import UserError
from jury_desk.models import Assessment
from jury_desk.store import journal
from jury_desk.store.errors import ReadOnlyError
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.workspace import Workspace
from tests.factories import FakeClock


def _journal(workspace: Workspace) -> list[tuple[object, ...]]:
    # The stored text itself, not the ORM's reading of it.
    with workspace.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT * FROM journal_entry ORDER BY seq").all()
    return [tuple(row) for row in rows]


def _scores(workspace: Workspace) -> dict[str, tuple[int | None, str]]:
    with workspace.reading() as session:
        assessment = session.scalars(select(Assessment)).one()
        return {s.competency.code: (s.level_rank, s.comment) for s in assessment.scores}


def test_the_plain_path_writes_the_orms_journal_row(workspace: Workspace, clock: FakeClock) -> None:
    editor = ScoringEditor(workspace)
    editor.set_level("cand-1", "C1", 2)  # the first edit creates the assessment, through the ORM
    clock.advance(1.234567)
    with workspace.session() as session:
        orm = journal.append(
            session, clock, "chair", "assessment.comment", "cand-1/v1", {"competency": "C2"}
        )
    with workspace.plain_transaction() as sql:
        journal.append_row(
            sql, clock.now(), "chair", "assessment.comment", "cand-1/v1", {"competency": "C2"}
        )
    *_, by_orm, plain = _journal(workspace)
    assert by_orm[0] == orm.seq and plain[0] == orm.seq + 1
    # Same time text, actor, action, subject, payload; chained to the ORM's row.
    assert plain[1:6] == by_orm[1:6]
    assert plain[6] == by_orm[7]
    with workspace.reading() as session:
        assert first_broken_entry(session) is None


def test_edits_after_the_first_take_the_plain_path_and_keep_the_chain(
    workspace: Workspace, clock: FakeClock
) -> None:
    editor = ScoringEditor(workspace)
    heard = []
    editor.subscribe(heard.append)
    editor.set_comment("cand-1", "C1", "premier")
    clock.advance(0.5)
    editor.set_level("cand-1", "C3", 1)
    editor.set_level("cand-1", "C3", None)
    editor.set_comment("cand-1", "C1", "« second » – œ")
    assert _scores(workspace)["C1"] == (None, "« second » – œ")
    assert _scores(workspace)["C3"] == (None, "")
    entries = _journal(workspace)
    assert [(e[3], e[4], e[5]) for e in entries[1:]] == [
        ("assessment.comment", "cand-1/v1", '{"comment":"premier","competency":"C1"}'),
        ("assessment.level", "cand-1/v1", '{"competency":"C3","level":1}'),
        ("assessment.level", "cand-1/v1", '{"competency":"C3","level":null}'),
        ("assessment.comment", "cand-1/v1", '{"comment":"« second » – œ","competency":"C1"}'),
    ]
    assert [s.field for s in heard] == ["comment", "level", "level", "comment"]
    assert heard[-1].at == clock.now()
    with workspace.reading() as session:
        assert first_broken_entry(session) is None


def test_a_refused_edit_writes_nothing(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    editor.set_level("cand-1", "C1", 2)
    before = (_journal(workspace), _scores(workspace))
    with pytest.raises(ValueError, match="not on this scale"):
        editor.set_level("cand-1", "C1", 4)
    with pytest.raises(UserError, match="no competency"):
        editor.set_comment("cand-1", "C99", "perdu")
    with pytest.raises(UserError, match="no candidate"):
        editor.set_comment("cand-99", "C1", "perdu")
    assert (_journal(workspace), _scores(workspace)) == before


def test_an_sqlite_failure_on_the_plain_path_is_classified(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    editor.set_comment("cand-1", "C1", "déjà enregistré")
    # The pool keeps this thread's one connection: the edit runs on it.
    with workspace.engine.connect() as connection:
        connection.execute(text("PRAGMA query_only = ON"))
    try:
        with pytest.raises(ReadOnlyError):
            editor.set_comment("cand-1", "C1", "refusé")
    finally:
        with workspace.engine.connect() as connection:
            connection.execute(text("PRAGMA query_only = OFF"))
    assert _scores(workspace)["C1"] == (None, "déjà enregistré")
