"""The workspace store on real SQLCipher files."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from jury_desk.juror.editing import ScoringEditor
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    CertificationSession,
    ConsolidatedScore,
    DecisionRevision,
    Deliberation,
    InterviewEvent,
    InterviewEventKind,
    JournalEntry,
    Juror,
    Outcome,
    Recommendation,
)
from jury_desk.session.documents import read_content
from jury_desk.store.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    ReadOnlyError,
    StoreError,
    WorkspaceBusyError,
    WrongKeyError,
)
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.factories import COMPETENCY_CODES, FakeClock

SQLITE_HEADER = b"SQLite format 3\x00"


def _fill_every_table(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    for rank, code in enumerate(COMPETENCY_CODES):
        editor.set_level("cand-1", code, rank % 4)
        editor.set_comment("cand-1", code, f"« {code} » – œuvre de Łukasz")
    editor.set_overall("cand-1", Recommendation.FAVOURABLE, "Très bon dossier")
    editor.set_preparation_notes("cand-1", "Demander le coût par usager")
    editor.declare_conflict("cand-2", "Ancienne collègue", recused=True)
    with workspace.session() as session:
        candidate = session.get(Candidate, "cand-1")
        assert candidate is not None
        session.add(
            InterviewEvent(
                candidate=candidate,
                seq=1,
                kind=InterviewEventKind.START,
                at_utc=datetime(2026, 11, 30, 10, 0, tzinfo=UTC),
                monotonic_s=12.5,
                payload='{"phase": "pitch"}',
            )
        )
        competencies = candidate.session.competencies
        deliberation = Deliberation(
            candidate=candidate,
            outcome=Outcome.CERTIFIED,
            reasons="Toutes les compétences sont acquises.",
            decided_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
            revision=1,
        )
        deliberation.scores = [
            ConsolidatedScore(competency=c, level_rank=2, casting_note="") for c in competencies
        ]
        deliberation.revisions = [
            DecisionRevision(
                revision=1,
                outcome=Outcome.CERTIFIED,
                reasons="Toutes les compétences sont acquises.",
                decided_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
                by_juror_id="chair",
            )
        ]
        session.add(deliberation)


def test_the_whole_model_round_trips_through_an_encrypted_file(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock
) -> None:
    _fill_every_table(workspace)
    path = workspace.path
    workspace.close()

    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert b"Zo\xc3\xab" not in path.read_bytes()  # names are not readable in the file

    with Workspace.open(path, workspace_key, clock) as reopened, reopened.reading() as session:
        row = session.scalars(select(CertificationSession)).one()
        assert [c.code for c in row.competencies] == list(COMPETENCY_CODES)
        assert [level.passing for level in row.levels] == [False, False, True, True]
        assert row.competencies[0].descriptors[3].text == "C1 niveau 3"
        assert [p.minutes for p in row.phases] == [10, 40, 10]
        assert row.warning_marks_minutes == (10, 5)
        first = session.get(Candidate, "cand-1")
        assert first is not None and first.name == "Zoë Lefèvre"
        assert first.slot_start.tzinfo is not None
        assert read_content(session, first.documents[2].id) == b"%PDF-1.7 test "
        assessment = session.scalars(
            select(Assessment).where(Assessment.candidate_id == "cand-1")
        ).one()
        assert assessment.status is AssessmentStatus.DRAFT
        assert assessment.recommendation is Recommendation.FAVOURABLE
        assert assessment.preparation_notes == "Demander le coût par usager"
        levels = {s.competency.code: s.level_rank for s in assessment.scores}
        assert levels == {code: rank % 4 for rank, code in enumerate(COMPETENCY_CODES)}
        assert assessment.scores[0].comment.startswith("« C")
        recused = session.scalars(
            select(Assessment).where(Assessment.candidate_id == "cand-2")
        ).one()
        assert recused.recused and recused.conflict_statement == "Ancienne collègue"
        assert first.events[0].kind is InterviewEventKind.START
        assert first.deliberation is not None
        assert first.deliberation.outcome is Outcome.CERTIFIED
        assert len(first.deliberation.scores) == 8
        assert first.deliberation.revisions[0].by_juror_id == "chair"
        me = session.scalars(select(Juror).where(Juror.is_me)).one()
        assert me.id == "chair"
        # import + 8 levels + 8 comments + overall + notes + conflict
        assert session.scalar(select(JournalEntry.seq).order_by(JournalEntry.seq.desc())) == 20


def test_a_wrong_key_is_refused_with_a_clear_message(
    workspace: Workspace, clock: FakeClock
) -> None:
    path = workspace.path
    workspace.close()
    with pytest.raises(WrongKeyError, match="wrong key"):
        Workspace.open(path, new_workspace_key(), clock)


def test_a_plain_sqlite_file_is_refused(tmp_path: Path, clock: FakeClock) -> None:
    import sqlite3

    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (a)")
    with pytest.raises(WrongKeyError):
        Workspace.open(path, new_workspace_key(), clock)


def test_a_damaged_file_is_refused_and_left_as_it_was(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock
) -> None:
    path = workspace.path
    workspace.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkspaceError, match="damaged"):
        Workspace.open(path, workspace_key, clock)
    assert path.read_bytes() == bytes(data)


def test_a_second_process_is_refused_cleanly(workspace: Workspace, workspace_key: bytes) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from jury_desk.kernel.clock import SystemClock\n"
        "from jury_desk.store.workspace import Workspace\n"
        "from jury_desk.store.errors import WorkspaceBusyError\n"
        "try:\n"
        f"    path, key = Path({str(workspace.path)!r}), bytes.fromhex({workspace_key.hex()!r})\n"
        "    Workspace.open(path, key, SystemClock())\n"
        "except WorkspaceBusyError as e:\n"
        "    print(e); sys.exit(1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1, result.stderr
    assert "already open in another jury-desk" in result.stdout
    # The first process goes on working.
    ScoringEditor(workspace).set_level("cand-1", "C1", 2)


def test_a_second_open_in_the_same_process_is_refused_too(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock
) -> None:
    with pytest.raises(WorkspaceBusyError):
        Workspace.open(workspace.path, workspace_key, clock)


def test_a_full_disk_is_an_environment_error_and_loses_nothing(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    editor.set_comment("cand-1", "C1", "déjà enregistré")
    # SQLite's page cap stands in for a full disk: both raise SQLITE_FULL.
    with workspace.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    workspace.engine.dispose()

    from sqlalchemy import event

    def cap(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    event.listen(workspace.engine, "connect", cap)
    with pytest.raises(DiskFullError, match=r"disk .* is full"):
        editor.set_comment("cand-1", "C2", "x" * 200_000)
    event.remove(workspace.engine, "connect", cap)
    workspace.engine.dispose()
    with workspace.reading() as session:
        texts = {
            s.competency.code: s.comment
            for a in session.scalars(select(Assessment))
            for s in a.scores
        }
    assert texts["C1"] == "déjà enregistré"
    assert texts["C2"] == ""


def test_a_read_only_database_is_an_environment_error(workspace: Workspace) -> None:
    # As root, file permissions do not stop writes; query_only gives SQLite's same error.
    with pytest.raises(ReadOnlyError), workspace.session() as session:
        session.execute(text("PRAGMA query_only = ON"))
        session.execute(text("UPDATE candidate SET name = 'x'"))


def test_database_invariants_are_enforced(workspace: Workspace) -> None:
    editor = ScoringEditor(workspace)
    editor.set_level("cand-1", "C1", 2)
    with pytest.raises(IntegrityError), workspace.session() as session:
        session.execute(text("UPDATE competency_score SET level_rank = -1"))
    with pytest.raises(IntegrityError), workspace.session() as session:
        session.execute(text("UPDATE assessment SET status = 'approved'"))
    with pytest.raises(IntegrityError), workspace.session() as session:
        session.execute(text("UPDATE juror SET is_me = 1"))  # two "me"


def test_opening_a_missing_workspace_says_so(tmp_path: Path, clock: FakeClock) -> None:
    with pytest.raises(StoreError, match="no workspace"):
        Workspace.open(tmp_path / "none.db", new_workspace_key(), clock)
