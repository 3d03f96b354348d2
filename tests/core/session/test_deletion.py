"""Deleting a workspace no longer needed: its folder (database, payload copy), its key and
its line on the welcome page go; never while it is open; a missing one is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_desk.kernel.paths import workspace_path
from jury_desk.session.deletion import delete_workspace
from jury_desk.session.recent import read_recent
from jury_desk.session.workspaces import create_session_workspace, key_name
from jury_desk.store.errors import StoreError, WorkspaceBusyError
from tests.bundle_factory import secret_store
from tests.factories import FakeClock, small_session_spec


def test_a_workspace_goes_with_its_key_and_its_line(home: Path, clock: FakeClock) -> None:
    secrets = secret_store(home)
    spec = small_session_spec()
    workspace = create_session_workspace(home, spec, "chair", secrets, clock)
    folder = workspace_path(home, spec.id).parent
    (folder / "payload-0123.age").write_bytes(b"age payload copy")
    workspace.close()
    assert [s.session_id for s in read_recent(home)] == [spec.id]

    assert delete_workspace(home, spec.id, secrets) >= 2
    assert not folder.exists()
    assert secrets.get(key_name(spec.id)) is None
    assert read_recent(home) == []
    with pytest.raises(StoreError, match="There is no workspace of test-session here"):
        delete_workspace(home, spec.id, secrets)


def test_an_open_workspace_is_not_deleted(home: Path, clock: FakeClock) -> None:
    secrets = secret_store(home)
    spec = small_session_spec()
    workspace = create_session_workspace(home, spec, "chair", secrets, clock)
    try:
        with pytest.raises(WorkspaceBusyError):
            delete_workspace(home, spec.id, secrets)
        assert secrets.get(key_name(spec.id)) is not None
        assert workspace_path(home, spec.id).is_file()
    finally:
        workspace.close()
