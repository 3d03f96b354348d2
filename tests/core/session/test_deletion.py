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


def test_a_workspace_says_when_it_may_be_deleted(
    home: Path, clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jury_desk.cli.main import main
    from jury_desk.rules.deadlines import workspace_kept_until
    from tests.bundle_factory import SECRETS_PASSPHRASE

    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", secret_store(home), clock).close()
    keep = workspace_kept_until(spec.ends_on, spec.decision_delay_months)
    assert [s.keep_until for s in read_recent(home)] == [keep]
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--home", str(home), "workspace", "list"], clock=clock) == 0
    assert capsys.readouterr().out == f"{spec.id}\tmay be deleted after {keep}\n"


def test_a_workspace_is_kept_until_its_decisions_can_no_longer_be_contested() -> None:
    from datetime import date

    from jury_desk.rules.deadlines import workspace_kept_until

    # Ends 1 December, decisions due within two months, contested within two more.
    assert workspace_kept_until(date(2026, 12, 1), 2) == date(2027, 4, 1)
