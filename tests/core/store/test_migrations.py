"""Schema upgrades: released workspaces open, newer ones are refused, a backup comes first."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from jury_desk.models import Assessment, Base, Candidate, Recommendation, SignedMinutes
from jury_desk.store.engine import open_engine
from jury_desk.store.errors import NewerSchemaError
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    code_head,
    current_revision,
    upgrade_to_head,
)
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from tests.factories import FakeClock
from tests.paths import FIXTURES, REPO_ROOT

FIXTURES = FIXTURES
RELEASED = sorted(FIXTURES.glob("workspace-*.db"))


def test_a_fixture_exists_for_the_current_schema() -> None:
    # When a migration is added, run tests/fixtures/make_workspace_fixture.py.
    assert (FIXTURES / f"workspace-{code_head()}.db") in RELEASED


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_each_released_workspace_opens_with_its_data(
    fixture: Path, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "workspace.db"
    shutil.copy(fixture, path)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    with Workspace.open(path, key, clock) as workspace, workspace.reading() as session:
        with workspace.engine.connect() as connection:
            assert current_revision(connection) == code_head()
        candidate = session.get(Candidate, "cand-1")
        assert candidate is not None and candidate.name == "Zoë Lefèvre"
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.recommendation is Recommendation.RESERVED
        assert [s.level_rank for s in assessment.scores] == [3, 2, 1, 0, 3, 2, 1, 0]
        assert first_broken_entry(session) is None


def test_the_0002_workspace_gains_minutes_and_an_organiser_to_be_learnt(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "workspace.db"
    shutil.copy(FIXTURES / "workspace-0002_signed_sheets.db", path)
    key = bytes.fromhex((FIXTURES / "workspace-0002_signed_sheets.key").read_text().strip())
    with Workspace.open(path, key, clock) as workspace:
        assert workspace.migration_backup is not None
        with workspace.session() as session:
            row = the_session(session)
            # Unknown until the bundle is opened again (test_results checks that it is).
            assert (row.organiser_name, row.organiser_age_recipient) == (None, None)
            minutes = SignedMinutes(
                session_id=row.id,
                revision=1,
                file_name="pv.pdf",
                signed_at=clock.now(),
                pdf_sha256="0" * 64,
                pdf=b"%PDF-",
            )
            session.add(minutes)
        with workspace.reading() as session:
            stored = session.scalars(select(SignedMinutes)).one()
            assert (stored.revision, stored.cosigned) == (1, False)


def test_a_second_minutes_row_needs_a_new_revision(workspace: Workspace) -> None:
    def minutes(revision: int) -> SignedMinutes:
        return SignedMinutes(
            session_id="test-session",
            revision=revision,
            file_name=f"pv-{revision}.pdf",
            signed_at=workspace.clock.now(),
            pdf_sha256="0" * 64,
            pdf=b"%PDF-",
        )

    with workspace.session() as session:
        session.add(minutes(1))
    for refused in (1, 0):
        with pytest.raises(IntegrityError), workspace.session() as session:
            session.add(minutes(refused))


def test_the_migrations_build_exactly_the_models(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_workspace_newer_than_the_code_is_refused_untouched(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock
) -> None:
    path = workspace.path
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0042_future'")
    workspace.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version of jury-desk"):
        Workspace.open(path, workspace_key, clock)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.bak"))


def test_a_migration_copies_the_file_aside_first(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock, tmp_path: Path
) -> None:
    path = workspace.path
    workspace.close()
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_test.py").write_text(
        '"""A later schema, for this test."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999_test"\ndown_revision = "{code_head()}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        '    op.add_column("candidate", sa.Column("pronouns", sa.String(), nullable=True))\n',
        encoding="utf-8",
    )
    engine = open_engine(path, workspace_key)
    backup = upgrade_to_head(engine, path, clock.now(), migrations)
    engine.dispose()
    assert backup is not None and backup.exists()
    assert f"schema-{code_head()}" in backup.name
    # The copy is the old workspace, whole and still encrypted under the same key.
    old = open_engine(backup, workspace_key)
    with old.connect() as connection:
        assert current_revision(connection) == code_head()
        assert connection.exec_driver_sql("SELECT count(*) FROM candidate").scalar_one() == 2
    old.dispose()
    new = open_engine(path, workspace_key)
    with new.connect() as connection:
        assert current_revision(connection) == "9999_test"
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(candidate)")]
        assert "pronouns" in columns
    new.dispose()


def test_the_head_known_without_alembic_is_alembics_head() -> None:
    """migrate.HEAD_REVISION lets an up-to-date workspace open without loading alembic."""
    assert code_head() == HEAD_REVISION


def test_an_up_to_date_workspace_opens_without_loading_alembic(tmp_path: Path) -> None:
    """In a fresh process, as at every start of the window: alembic stays unloaded."""
    fixture = FIXTURES / f"workspace-{HEAD_REVISION}.db"
    path = tmp_path / "workspace.db"
    shutil.copy(fixture, path)
    key = fixture.with_suffix(".key").read_text().strip()
    script = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from pathlib import Path\n"
        "from jury_desk.store.workspace import Workspace\n"
        "from tests.factories import FakeClock\n"
        f"clock = FakeClock(datetime(2026, 12, 1, tzinfo=UTC))\n"
        f"with Workspace.open(Path({str(path)!r}), bytes.fromhex({key!r}), clock):\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert done.stdout.strip() == "[]"
