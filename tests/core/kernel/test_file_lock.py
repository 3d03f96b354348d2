"""The OS lock behind the workspace's: refused while held (here or elsewhere), free once let go."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jury_desk.kernel.file_lock import try_lock, unlock

_HOLDER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from jury_desk.kernel.file_lock import try_lock\n"
    "held = try_lock(Path(sys.argv[1]))\n"
    "print('held' if held is not None else 'refused', flush=True)\n"
    "time.sleep(60)\n"
)


def _holder(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_held_lock_is_refused_in_the_same_process_until_it_is_let_go(tmp_path: Path) -> None:
    path = tmp_path / "w.lock"
    first = try_lock(path)
    assert first is not None
    assert try_lock(path) is None
    unlock(first)
    again = try_lock(path)
    assert again is not None
    unlock(again)


def test_a_lock_held_by_another_process_is_refused_and_freed_by_its_death(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.lock"
    holder = _holder(path)
    try:
        assert try_lock(path) is None
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
    freed = try_lock(path)
    assert freed is not None
    unlock(freed)


def test_a_symbolic_link_in_place_of_the_lock_file_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("kept", encoding="utf-8")
    link = tmp_path / "w.lock"
    link.symlink_to(target)
    with pytest.raises(OSError):
        try_lock(link)
    assert target.read_text(encoding="utf-8") == "kept"


def test_the_lock_file_keeps_its_content_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "w.lock"
    path.write_text("left by a reader", encoding="utf-8")
    descriptor = try_lock(path)
    assert descriptor is not None
    unlock(descriptor)
    assert path.read_text(encoding="utf-8") == "left by a reader"  # never truncated
    made = tmp_path / "new.lock"
    descriptor = try_lock(made)
    assert descriptor is not None
    unlock(descriptor)
    assert made.stat().st_mode & 0o077 == 0
