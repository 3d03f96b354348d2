"""The OS lock behind the workspace's: refused while held (here or elsewhere), free once let go."""

from __future__ import annotations

import errno
import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jury_desk.kernel import file_lock
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


class _Msvcrt:
    """Microsoft's `_locking`, as documented, for the Windows branch run here.

    The lock covers `nbytes` from the file's current position; one holder per file
    and region (another descriptor, or the same one again, fails at once under
    LK_NBLCK); LK_UNLCK by a descriptor that does not hold the region fails.
    """

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.holders: dict[tuple[int, int, int], int] = {}

    def locking(self, descriptor: int, mode: int, nbytes: int) -> None:
        info = os.fstat(descriptor)
        region = (info.st_dev, info.st_ino, os.lseek(descriptor, 0, os.SEEK_CUR))
        assert nbytes == 1
        if mode == self.LK_NBLCK:
            if region in self.holders:
                raise OSError(errno.EACCES, "Permission denied")
            self.holders[region] = descriptor
        elif mode == self.LK_UNLCK:
            if self.holders.get(region) != descriptor:
                raise OSError(errno.EACCES, "Permission denied")
            del self.holders[region]
        else:
            raise AssertionError(f"mode {mode}")


def test_the_windows_branch_locks_the_first_byte_and_unlocks_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    msvcrt = _Msvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    monkeypatch.setattr(sys, "platform", "win32")
    spec = importlib.util.spec_from_file_location("file_lock_on_windows", file_lock.__file__)
    assert spec is not None and spec.loader is not None
    windows = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(windows)
    monkeypatch.undo()

    path = tmp_path / "w.lock"
    first = windows.try_lock(path)
    assert first is not None
    assert windows.try_lock(path) is None  # a second open, same process: refused
    os.write(first, b"x")  # the position moves; the unlock still finds the region
    windows.unlock(first)
    assert msvcrt.holders == {}
    again = windows.try_lock(path)
    assert again is not None
    windows.unlock(again)
