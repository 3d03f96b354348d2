"""How fast jury-desk starts, against the same work done bare, measured alternately in one run.

Setup (not timed): jury-desk's modules compiled to bytecode, as installing a
package does (a run with PYTHONDONTWRITEBYTECODE, as on this machine, would
otherwise compile every module it imports, at each start); the demo, played
into a temporary folder; the chair's window
is then started on its session with the demo's key file passphrase given in a
file (so the key file's scrypt runs, in its helper process, as on a laptop with
no keyring), offscreen, with settings of its own.

Measured, each process timed from just before it is started, in rounds that
alternate the reference and the measured command, medians printed:

- `jury-desk --version` against `python -c pass` (the same interpreter);
- the window (`jury-desk window --screenshot`) against a bare PySide6 main window
  of the same size (bench/bare_window.py). Both note their frames with the same
  code (jury_desk/ui/shell/first_frame.py), enabled by the environment variable
  JURY_DESK_STARTUP_LOG: the first frame (the window's shell), the key file
  unlocked, the first usable frame (the last session's candidate list and grid
  drawn). The unlock (the scrypt helper's start and derivation, begun as the
  window is made) is printed apart, and taken out of the usable frame's ratio;
- peak memory: each process's own high-water mark at its first usable frame (the
  bare window's at its first frame), the target's measure, and at its end (the
  PDF pages rendered since); the scrypt helper's (RUSAGE_CHILDREN) apart.

Targets (issue #17): first frame at most 1.5 x the bare window's; first usable
frame at most 3 x plus the unlock; own peak memory at most 1.5 x the bare window's.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jury_desk.demo.build import build_demo
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.kernel.clock import SystemClock
from jury_desk.models.enums import JurorRole
from jury_desk.ui.shell.app import SCREENSHOT_SIZE
from jury_desk.ui.shell.first_frame import STARTUP_LOG_ENV

ROUNDS = 9  # the machine is noisy: a first frame varies by a third from one start to the next
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Start:
    """One started process: seconds from its start to each milestone, peak memory in KiB."""

    milestones: dict[str, float]
    own_kib: int  # over the whole run
    children_kib: int
    own_at: dict[str, int]  # own peak so far, at each milestone


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.time() - start


def _logged(command: list[str], env: dict[str, str], log: Path) -> Start:
    """Run `command` with the startup log on; its milestones, relative to its start."""
    log.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, env={**env, STARTUP_LOG_ENV: str(log)}, check=True, capture_output=True)
    milestones: dict[str, float] = {}
    own_at: dict[str, int] = {}
    own = children = 0
    for line in log.read_text(encoding="utf-8").splitlines():
        name, at, own_text, children_text = line.split()
        milestones.setdefault(name, float(at) - start)
        own_at.setdefault(name, int(own_text))
        own, children = max(own, int(own_text)), max(children, int(children_text))
    return Start(milestones, own, children, own_at)


def _median(starts: list[Start], milestone: str) -> float:
    return statistics.median(start.milestones[milestone] for start in starts)


def _line(label: str, seconds: float, note: str) -> str:
    return f"  {label:<38}: {seconds * 1000:7.0f} ms  {note}"


def _memory_line(label: str, kib: float, note: str) -> str:
    return f"  {label:<38}: {kib / 1024:7.0f} MiB {note}"


def main() -> None:
    load = os.getloadavg()[0]  # before our own work raises it
    for package in ("jury_desk", "bench"):
        compileall.compile_dir(Path(__file__).parents[1] / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        root = Path(tmp)
        layout = build_demo(root / "demo", SystemClock()).layout
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(root / "config"),  # the window's settings, not the user's
        }
        width, height = SCREENSHOT_SIZE
        python = [sys.executable]
        bare = [*python, "-m", "bench.bare_window", str(width), str(height)]
        window = [
            str(BIN / "jury-desk"),
            "--home",
            str(layout.juror_home(JurorRole.CHAIR)),
            "--secrets-passphrase-file",
            str(layout.passphrase_file),
            "--screenshot",
            str(root / "window.png"),
            "window",
            "--session",
            DEMO_SESSION_ID,
        ]
        passes, versions, bares, windows = [], [], [], []
        for _round in range(ROUNDS):
            passes.append(_timed([*python, "-c", "pass"], env))
            versions.append(_timed([str(BIN / "jury-desk"), "--version"], env))
            bares.append(_logged(bare, env, root / "bare.log"))
            windows.append(_logged(window, env, root / "window.log"))

    reference = statistics.median(passes)
    version = statistics.median(versions)
    bare_frame = _median(bares, "first-frame")
    first = _median(windows, "first-frame")
    unlocked = _median(windows, "unlocked")
    usable = _median(windows, "usable")
    # The key file's unlock: from the start of its key derivation (the scrypt helper
    # started as the window is made) to its end, seen from the GUI thread.
    unlock = statistics.median(
        w.milestones["unlocked"] - w.milestones["unlocking"] for w in windows
    )

    bare_kib = statistics.median(start.own_at["first-frame"] for start in bares)
    usable_kib = statistics.median(start.own_at["usable"] for start in windows)
    own_kib = statistics.median(start.own_kib for start in windows)
    helper_kib = statistics.median(start.children_kib for start in windows)

    print(
        f"startup ({datetime.now(UTC):%Y-%m-%d}, the demo chair's session, {width}x{height} "
        f"offscreen, {ROUNDS} rounds alternated, medians, load {load:.1f} at start)"
    )
    print(_line("python -c pass", reference, "(reference, 1.00)"))
    print(_line("jury-desk --version", version, f"({version / reference:.2f} x python -c pass)"))
    print(_line("bare PySide6 window, first frame", bare_frame, "(reference, 1.00)"))
    print(_line("window, first frame", first, f"({first / bare_frame:.2f} x bare; target 1.5)"))
    print(
        _line(
            "  key file unlocked",
            unlocked,
            f"(its scrypt helper, from its start: {unlock * 1000:.0f} ms)",
        )
    )
    print(
        _line(
            "window, first usable frame",
            usable,
            f"({usable / bare_frame:.2f} x bare; less the unlock "
            f"{(usable - unlock) / bare_frame:.2f} x; target 3)",
        )
    )
    print(_memory_line("bare PySide6 window, peak", bare_kib, "(reference, 1.00)"))
    print(
        _memory_line(
            "window, own peak at first usable frame",
            usable_kib,
            f"({usable_kib / bare_kib:.2f} x bare; target 1.5)",
        )
    )
    print(_memory_line("  at its end", own_kib, f"({own_kib / bare_kib:.2f} x bare)"))
    print(_memory_line("  scrypt helper, apart", helper_kib, "(for under a second)"))


if __name__ == "__main__":
    main()
