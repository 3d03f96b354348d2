"""Shared fixtures: a private data folder, a fake clock, small sessions, real tools."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk.importer import import_session
from jury_desk.paths import workspace_path
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.factories import FakeClock, small_session_spec

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
