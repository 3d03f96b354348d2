"""An import killed half-way leaves an empty workspace: opening the bundle again completes it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from jury_desk.kernel.paths import workspace_path
from jury_desk.session.workspaces import key_name, open_session_workspace
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.bundle_factory import make_setting, secret_store
from tests.factories import FakeClock


def test_an_empty_workspace_left_by_a_killed_import_is_filled(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path, clock.now(), fast_secrets=True)
    bundle = setting.build("session.jdbundle", clock)
    home, spec_id = setting.chair.home, setting.spec.id
    # What a SIGKILL during the first import leaves: the key kept, the file made, no session.
    key = new_workspace_key()
    setting.chair.secrets.put(key_name(spec_id), key)
    Workspace.create(workspace_path(home, spec_id), key, clock).close()

    result = setting.chair.open(bundle, clock)

    assert result.outcome == "created"
    with (
        open_session_workspace(home, spec_id, secret_store(home), clock) as workspace,
        workspace.reading() as session,
    ):
        assert the_session(session).bundle_version == 1
        assert len(the_session(session).candidates) == 2
