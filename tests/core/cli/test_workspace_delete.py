"""`jury-desk workspace delete`: asked first (refused without a terminal and without --yes),
then the workspace, its payload copy and its key gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_desk.cli.main import main
from jury_desk.kernel.paths import workspace_path
from jury_desk.session.workspaces import create_session_workspace
from tests.bundle_factory import SECRETS_PASSPHRASE, secret_store
from tests.factories import FakeClock, small_session_spec


def test_deleting_asks_then_removes(
    home: Path, clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", secret_store(home), clock).close()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(home), "--secrets-passphrase-file", str(passphrase)]

    assert main([*base, "workspace", "delete", spec.id], clock=clock) == 1
    assert "Deleting needs a confirmation" in capsys.readouterr().err
    assert workspace_path(home, spec.id).is_file()

    assert main([*base, "workspace", "delete", spec.id, "--yes"], clock=clock) == 0
    assert capsys.readouterr().out.startswith(f"deleted: {spec.id} (")
    assert not workspace_path(home, spec.id).parent.exists()
