"""Shared fixtures: a private data folder, a fake clock, small sessions, real tools."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk.kernel.paths import workspace_path
from jury_desk.session.importer import import_session
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.factories import FakeClock, small_session_spec
from tests.paths import REPO_ROOT

# Before any QApplication exists (pytest-qt's qapp is session-wide): no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may touch the developer's real data folder or keyring.
    monkeypatch.setenv("JURY_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def workspace_key() -> bytes:
    return new_workspace_key()


@pytest.fixture
def workspace(home: Path, clock: FakeClock, workspace_key: bytes) -> Iterator[Workspace]:
    """A real SQLCipher workspace holding the small session, opened as the chair."""
    spec = small_session_spec()
    ws = Workspace.create(workspace_path(home, spec.id), workspace_key, clock)
    import_session(ws, spec, "chair")
    yield ws
    ws.close()


# The modules that take longest (seconds of `--durations=0`, two workers) go first:
# pytest-xdist hands whole modules to its workers in collection order (--dist
# loadfile), so the last module a worker runs alone should be a short one. A
# stale list costs only speed. The single-test end-to-end modules are here too:
# left to the end, one of them alone keeps a worker busy for a minute or more.
LONGEST_FIRST = (
    "tests/core/bundle/test_flow.py",
    "tests/core/cli/test_end_to_end.py",
    "tests/core/cli/test_registry_cli.py",
    "tests/core/results/test_results.py",
    "tests/core/cli/test_organiser_end_to_end.py",
    "tests/core/store/test_crash_safety.py",
    "tests/core/sheets/test_import.py",
    "tests/core/cli/test_certificate_cli.py",
    "tests/core/minutes/test_minutes.py",
    "tests/core/bundle/test_document_store.py",
    "tests/core/cli/test_outside_files.py",
    "tests/ui/test_sign.py",
    "tests/core/sheets/test_export.py",
    "tests/ui/test_walkthrough.py",
    "tests/core/cli/test_registry_results_cli.py",
    "tests/core/cli/test_registry_cdc_cli.py",
    "tests/ui/test_minutes.py",
    "tests/core/registry/test_registry_letters.py",
    "tests/ui/test_main_window.py",
    "tests/core/cli/test_cli.py",
    "tests/core/bundle/test_refusals.py",
)


def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist (3.x) otherwise reorders the modules, most tests first, before handing
    # them out: LONGEST_FIRST would be undone and the one-test end-to-end modules run last.
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
    # A stable sort: within a module, and among the other modules, the order stays.
    items.sort(
        key=lambda item: rank.get(item.path.relative_to(REPO_ROOT).as_posix(), len(LONGEST_FIRST))
    )


def require_tool(name: str) -> str:
    """The path of a real external tool; skipped locally if absent, a failure in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/install-system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


__all__ = ["FakeClock", "require_tool", "timedelta"]
