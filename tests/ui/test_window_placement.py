"""The main window fits the screen: 1280×720, or 1920×1080 at 150 % (the same logical room).

The geometry rules are checked as plain functions, then on Qt's offscreen
platform configured with each screen, in a subprocess (a screen's size is fixed
for the life of a QApplication).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QRect

from jury_desk.ui.shell.placement import FRAME, clamped_geometry, first_geometry

REPO = Path(__file__).resolve().parents[2]
SMALL = QRect(0, 0, 1280, 720)
LARGE = QRect(0, 0, 1920, 1080)


def test_a_small_screen_opens_maximised_the_first_time() -> None:
    assert first_geometry(SMALL) is None
    assert first_geometry(QRect(0, 0, 1366, 728)) is None  # 1366×768 less a task bar


def test_a_large_screen_opens_centred_at_the_preferred_size() -> None:
    geometry = first_geometry(LARGE)
    assert geometry == QRect(277, 156, 1366, 768)


def test_a_saved_geometry_from_a_larger_screen_is_moved_and_shrunk_inside() -> None:
    room = SMALL.marginsRemoved(FRAME)
    for saved in (
        QRect(1500, 900, 1366, 768),
        QRect(-400, -300, 800, 600),
        QRect(0, 0, 1900, 1000),
    ):
        fitted = clamped_geometry(saved, SMALL)
        assert room.contains(fitted), (saved, fitted)
    # Already inside: kept as it was.
    assert clamped_geometry(QRect(100, 100, 800, 500), SMALL) == QRect(100, 100, 800, 500)


def _probe(tmp_path: Path, width: int, height: int, scale: str, saved: str = "") -> dict[str, Any]:
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "S", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    folder = tmp_path / f"probe-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    args = [sys.executable, "-m", "tests.helpers.placement_probe", str(folder)]
    done = subprocess.run(
        [*args, *([saved] if saved else [])],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _inside(result: dict[str, Any]) -> bool:
    x, y, width, height = result["inside"]
    return QRect(*result["available"]).contains(QRect(x, y, width, height))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1280, 720, "1"), (1920, 1080, "1.5")],
    ids=["1280x720", "1920x1080-at-150%"],
)
def test_nothing_is_off_screen_on_a_small_or_scaled_screen(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    first = _probe(tmp_path, width, height, scale)
    assert first["available"][2:] == [1280, 720]  # logical pixels: the same room
    assert first["maximised"]
    assert _inside(first), first
    # The session (grid, dossier, clock) fits: its least size is within the screen.
    room = QRect(*first["available"]).marginsRemoved(FRAME)
    assert first["minimum"][0] <= room.width() and first["minimum"][1] <= room.height(), first

    # A geometry saved on a large screen, restored here: clamped inside.
    large = _probe(tmp_path, 2560, 1440, "1")
    assert not large["maximised"] and large["inside"][2:] == [1366, 768]
    again = _probe(tmp_path, width, height, scale, large["saved"])
    assert not again["maximised"]
    assert _inside(again), again
