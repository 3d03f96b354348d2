"""What the window has loaded once its session is usable (issue #17): nothing it does not draw.

The real `jury-desk window --screenshot` in a new process, on a session the chair
has opened; the probe notes `sys.modules` at the first usable frame (the
milestone bench/startup.py times). SQLAlchemy, signing, PDF writing, the migrations and the
keyring load later, in the flows that use them: each costs memory and time a
juror waiting for the grid does not need.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.kernel.paths import HOME_ENV
from tests.bundle_factory import SECRETS_PASSPHRASE, Setting, make_setting
from tests.factories import FakeClock

# SQLAlchemy too: the session's first usable frame is read in plain SQL (juror/reading).
NOT_AT_FIRST_USE = (
    "alembic",
    "sqlalchemy",
    "pikepdf",
    "pyhanko",
    "reportlab",
    "PIL",
    "lxml",
    "keyring",
)

# The entry point, with the startup log's milestones noting the modules loaded then.
PROBE = """
import json, sys
from jury_desk.ui.shell import first_frame
note = first_frame.note_milestone
def noted(name):
    note(name)
    if name in ("first-frame", "usable"):
        print(name, json.dumps(sorted(sys.modules)), file=sys.stderr)
first_frame.note_milestone = noted
from jury_desk.cli.entry import main
sys.argv = ["jury-desk", *sys.argv[1:]]
sys.exit(main())
"""


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path_factory.mktemp("startup_modules"), clock.now())
    setting.chair.open(setting.build("session.jdbundle", clock), clock)
    return setting


def test_the_usable_window_has_not_loaded_the_orm_signing_pdf_writing_or_migrations(
    setting: Setting, tmp_path: Path
) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "JURY_DESK_STARTUP_LOG": str(tmp_path / "startup.log"),
    }
    env.pop(HOME_ENV, None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            "--home",
            str(setting.chair.home),
            "--secrets-passphrase-file",
            str(passphrase),
            "--screenshot",
            str(tmp_path / "window.png"),
            "window",
            "--session",
            setting.spec.id,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    noted = dict(
        line.split(" ", 1)
        for line in result.stderr.splitlines()
        if line.startswith(("first-frame [", "usable ["))
    )
    assert "usable" in noted, "the session was never usable: " + result.stderr
    modules = set(json.loads(noted["usable"]))
    # The focus ring's style (a Python style: each drawing calls Python, which makes
    # PySide6 create the types of every widget class) comes just after the first frame.
    assert "jury_desk.ui.theme.focus_ring" not in json.loads(noted["first-frame"])
    assert "jury_desk.ui.theme.focus_ring" in modules
    assert "jury_desk.juror.desk" in modules  # the probe saw the session open
    loaded = sorted(
        name
        for name in modules
        if any(name == top or name.startswith(f"{top}.") for top in NOT_AT_FIRST_USE)
    )
    assert loaded == []
