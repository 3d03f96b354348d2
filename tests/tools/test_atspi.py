"""Names, roles and states reach assistive technology (EN 301 549, 11.5.2.5 and 11.5.2.17).

The real window runs on a real X server (Xvfb) in its own D-Bus session
(dbus-run-session, which starts the AT-SPI bus on demand), with Qt's Linux
accessibility bridge forced on. A separate process, the system Python with
Debian's python3-pyatspi (tests/helpers/atspi_tree.py), reads the tree the way
Orca does, and this test finds the grid's controls in it.

On Linux, Qt names a combo box by its current value and links it to its label
(a "labelled-by" relation): Orca reads « Niveau — C1 Compétence C1, Maîtrisé,
liste déroulante ». The level choosers are found through that relation.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from jury_desk.juror.desk import JurorDesk
from jury_desk.session.workspaces import open_session_workspace
from tests.bundle_factory import SECRETS_PASSPHRASE, make_setting
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
READER = REPO / "tests" / "helpers" / "atspi_tree.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-pyatspi is built for it, not for the venv
AT_SPI_BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
INSTALL = "(scripts/install-system-deps.sh installs it)"
CONFLICT = "Ancienne collegue, sans lien depuis 2019."
# What must be in the tree before it is read: the grid, the list, the clock.
LEVEL_LABELS = [f"Niveau — {code} Compétence {code}" for code in COMPETENCY_CODES]
COMMENTS = [f"Commentaire — {code} Compétence {code}" for code in COMPETENCY_CODES]
CANDIDATES = "Liste des candidats, dans l’ordre du planning"
START = "Démarrer le chronomètre"
CONFLICT_BOX = "Je déclare un conflit d’intérêts"

pytestmark = pytest.mark.slow  # a real X server, D-Bus and AT-SPI daemons


def _require(available: bool, message: str) -> None:
    """As require_tool: skipped locally, a failure in CI."""
    if not available:
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def dbus_run_session() -> str:
    """Every tool the test needs, checked before anything is built."""
    for tool in ("Xvfb", SYSTEM_PYTHON):
        require_tool(tool)
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    _require(probe.returncode == 0, f"python3-pyatspi is not installed {INSTALL}")
    _require(AT_SPI_BUS_SERVICE.exists(), f"at-spi2-core is not installed {INSTALL}")
    return require_tool("dbus-run-session")


@pytest.fixture
def display(dbus_run_session: str) -> Iterator[str]:
    """A private Xvfb; it picks a free display number and tells it through a pipe."""
    xvfb = require_tool("Xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1366x768x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 16).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def chair_home(tmp_path: Path) -> tuple[Path, Path]:
    """The chair's data folder with the small session open, and its secrets passphrase file.

    C1 is scored and a conflict of interest declared for the first candidate, so
    that a value and a checked state have to reach the tree too.
    """
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path / "setting", clock.now(), fast_secrets=True)
    setting.chair.open(setting.build("session.jdbundle", clock, passphrase=None), clock)
    home = setting.chair.home
    workspace = open_session_workspace(home, setting.spec.id, setting.chair.secrets, clock)
    try:
        editor = JurorDesk(workspace).editor
        editor.set_level("cand-1", "C1", 2)
        editor.declare_conflict("cand-1", CONFLICT, False)
    finally:
        workspace.close()
    passphrase_file = tmp_path / "secrets-passphrase"
    passphrase_file.write_text(SECRETS_PASSPHRASE, encoding="utf-8")
    return home, passphrase_file


def _read_tree(
    dbus_run_session: str, display: str, home: Path, passphrase_file: Path, tmp_path: Path
) -> dict[str, Any]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),  # the window's own settings start empty
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "JURY_DESK_SECRETS": "file",
    }
    out, log = tmp_path / "tree.json", tmp_path / "app.log"
    expected = [*LEVEL_LABELS, *COMMENTS, CANDIDATES, START, CONFLICT_BOX]
    app = [sys.executable, "-m", "jury_desk", "--home", str(home), "--secrets-passphrase-file"]
    app += [str(passphrase_file), "window", "--session", "test-session"]
    command = [dbus_run_session, "--", SYSTEM_PYTHON, str(READER)]
    command += ["--app", "jury-desk", "--timeout", "30", "--app-log", str(log), "--out", str(out)]
    command += [arg for name in expected for arg in ("--expect", name)]
    result = subprocess.run(
        [*command, "--", *app],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    details = f"{result.stderr[-2000:]}\n--- window:\n{log.read_text(errors='replace')[-2000:]}"
    assert out.exists(), details
    tree: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    seen = {name for node in tree["nodes"] for name in (node["name"], *node["labelled_by"])}
    missing = [name for name in expected if name not in seen]
    assert result.returncode == 0 and tree["found"], f"not in the tree: {missing}\n{details}"
    return tree


def _one(nodes: list[dict[str, Any]], **wanted: object) -> dict[str, Any]:
    matches = [node for node in nodes if all(node[key] == value for key, value in wanted.items())]
    assert len(matches) == 1, (wanted, matches)
    return matches[0]


def _has(node: dict[str, Any], *states: str) -> bool:
    return set(states) <= set(node["states"])


def test_the_grid_reaches_assistive_technology_with_names_roles_and_states(
    dbus_run_session: str, display: str, chair_home: tuple[Path, Path], tmp_path: Path
) -> None:
    home, passphrase_file = chair_home
    nodes = _read_tree(dbus_run_session, display, home, passphrase_file, tmp_path)["nodes"]

    window = _one(nodes, role="frame", name="jury-desk, fenêtre principale")
    assert _has(window, "showing", "enabled"), window
    for code, label in zip(COMPETENCY_CODES, LEVEL_LABELS, strict=True):
        level = _one(nodes, role="combo box", labelled_by=[label])
        assert level["name"] == ("Maîtrisé" if code == "C1" else "Non noté"), level
        assert _has(level, "enabled", "sensitive", "focusable", "showing", "expandable"), level
        _one(nodes, role="label", name=label)  # the label it is labelled by is in the tree
        descriptors = _one(nodes, name=f"Descripteurs — {code} Compétence {code}")
        assert descriptors["role"] == "check box", descriptors  # a toggle: pressed or not
        assert _has(descriptors, "checkable", "focusable", "enabled"), descriptors
        assert "checked" not in descriptors["states"], descriptors
    for name in COMMENTS:
        comment = _one(nodes, role="text", name=name)
        assert _has(comment, "editable", "multi-line", "focusable", "enabled", "showing"), comment

    candidates = _one(nodes, role="table", name=CANDIDATES)
    assert candidates["labelled_by"] == ["Candidats"]
    assert _has(candidates, "focusable", "enabled", "showing"), candidates
    zoe = _one(nodes, role="table cell", name="Zoë Lefèvre, Start-up 1")
    assert _has(zoe, "selectable", "selected"), zoe  # the candidate shown
    other = _one(nodes, role="table cell", name="Nguyễn Thị Mai, Start-up 2")
    assert "selected" not in other["states"], other

    start = _one(nodes, role="push button", name=START)
    assert _has(start, "enabled", "sensitive", "focusable", "showing"), start
    # Before the interview, « Phase suivante » is there but disabled, and says so.
    next_phase = _one(nodes, role="push button", name="Passer à la phase suivante")
    assert "enabled" not in next_phase["states"] and "sensitive" not in next_phase["states"]

    conflict = _one(nodes, role="check box", name=CONFLICT_BOX)
    assert _has(conflict, "checkable", "checked", "focusable", "enabled"), conflict
    statement = _one(nodes, role="text", name="Nature du conflit d’intérêts")
    assert _has(statement, "editable", "showing"), statement
