"""A stream produced by one function while another consumes it, with nothing on disk."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def produced_stream(producer: Callable[[BinaryIO], None]) -> Iterator[BinaryIO]:
    """Run `producer(sink)` in a thread and yield the readable other end of the pipe.

    If the consumer stops early, closing the read end makes the producer's next
    write fail, which ends it; a failure of the producer is raised here.
    """
    read_fd, write_fd = os.pipe()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                producer(sink)
        except BrokenPipeError:
            pass  # the consumer stopped reading: its own error explains why
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
            failures.append(exc)

    thread = threading.Thread(target=run, name="produced-stream", daemon=True)
    thread.start()
    reader = os.fdopen(read_fd, "rb")
    try:
        yield reader
    finally:
        reader.close()
        thread.join()
    if failures:
        raise failures[0]
