"""Reading a file from outside: regular files only, never past the cap, refused in one line.

Real files in tmp_path: a named pipe, /dev/zero, a folder, a socket, a sparse file of
3 GiB (no disk used), a /proc file that says it is empty and is not.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from jury_desk.kernel.outside_files import (
    GIB,
    KIB,
    MIB,
    FileCap,
    OutsideFileError,
    read_outside_file,
    size_in_words,
)
from jury_desk.sheets.verify import SHEET_FILE

SMALL = FileCap("a test file", 1000)
posix_only = pytest.mark.skipif(os.name != "posix", reason="no FIFO, socket or /dev here")


def _refusal(path: Path, cap: FileCap = SMALL) -> str:
    with pytest.raises(OutsideFileError) as refused:
        read_outside_file(path, cap)
    message = str(refused.value)
    assert "\n" not in message and str(path) in message
    return message


def _within(seconds: float, work: Callable[[], object]) -> BaseException | None:
    """What `work` raised (None if nothing), failing the test if it is still running after."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return pytest.fail(f"still running after {seconds} s: it blocked")
    return outcome[0]


def test_a_regular_file_is_read_whole_up_to_its_cap(tmp_path: Path) -> None:
    exact = tmp_path / "exact.pdf"
    exact.write_bytes(b"x" * SMALL.max_bytes)
    assert read_outside_file(exact, SMALL) == b"x" * SMALL.max_bytes
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert read_outside_file(empty, SMALL) == b""


def test_a_file_over_its_cap_is_refused_naming_the_file_and_the_cap(tmp_path: Path) -> None:
    over = tmp_path / "over.pdf"
    over.write_bytes(b"x" * (SMALL.max_bytes + 1))
    assert _refusal(over) == f"{over} is 1001 bytes, over the 1000 bytes allowed for a test file."


def test_a_sparse_file_of_3_gib_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    sparse = tmp_path / "huge.pdf"
    with sparse.open("wb") as handle:
        handle.truncate(3 * GIB)  # a hole: no disk used, and reading it would take 3 GiB
    # The size in the message is the one the system gives before any byte is read.
    assert _refusal(sparse, SHEET_FILE) == (
        f"{sparse} is 3 GiB, over the 32 MiB allowed for a signed scoring sheet."
    )


@posix_only
def test_a_named_pipe_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "sheet.pdf"
    os.mkfifo(fifo)
    try:
        error = _within(5, lambda: read_outside_file(fifo, SMALL))
    finally:
        # Were the reader stuck in open(), a writer showing up lets it go (ENXIO: none).
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert isinstance(error, OutsideFileError)
    assert str(error) == f"{fifo} is a named pipe, not an ordinary file."


@posix_only
def test_a_link_is_followed_to_what_it_names(tmp_path: Path) -> None:
    fifo, sheet = tmp_path / "pipe", tmp_path / "real.pdf"
    os.mkfifo(fifo)
    sheet.write_bytes(b"%PDF-1.7")
    to_fifo, to_sheet = tmp_path / "to-pipe.pdf", tmp_path / "to-real.pdf"
    to_fifo.symlink_to(fifo)
    to_sheet.symlink_to(sheet)
    assert read_outside_file(to_sheet, SMALL) == b"%PDF-1.7"
    error = _within(5, lambda: read_outside_file(to_fifo, SMALL))
    assert str(error) == f"{to_fifo} is a named pipe, not an ordinary file."


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_as_a_device_not_read_for_ever() -> None:
    error = _within(5, lambda: read_outside_file(Path("/dev/zero"), SHEET_FILE))
    assert str(error) == "/dev/zero is a device, not an ordinary file."


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert _refusal(tmp_path) == f"{tmp_path} is a folder, not an ordinary file."


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        assert _refusal(path) == f"{path} is a socket, not an ordinary file."


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_file_longer_than_its_size_says_is_cut_one_byte_past_the_cap() -> None:
    # /proc files say they are empty, then give as much as they hold: what a file that
    # grows while it is read looks like to the reader.
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0 and len(status.read_bytes()) > 100
    cap = FileCap("a test file", 100)
    assert _refusal(status, cap) == (
        f"{status} grew past the 100 bytes allowed for a test file while it was read."
    )
    assert len(read_outside_file(status, FileCap("a test file", MIB))) > 100


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "absent.pdf"
    assert _refusal(missing) == f"There is no file {missing}."


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root reads a file whatever its mode"
)
def test_a_file_that_cannot_be_opened_says_why(tmp_path: Path) -> None:
    closed = tmp_path / "closed.pdf"
    closed.write_bytes(b"%PDF")
    closed.chmod(0)
    assert _refusal(closed) == f"Cannot read {closed} (Permission denied)."


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (0, "0 bytes"),
        (812, "812 bytes"),
        (KIB, "1 KiB"),
        (1536, "1.5 KiB"),
        (20 * MIB, "20 MiB"),
        (20 * MIB + 1, "20.1 MiB"),  # rounded up: one byte over a cap never reads as the cap
        (int(3.2 * GIB), "3.2 GiB"),
        (4096 * GIB, "4096 GiB"),
    ],
)
def test_sizes_are_said_in_words(size: int, words: str) -> None:
    assert str(size_in_words(size)) == words
