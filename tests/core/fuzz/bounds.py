"""What every reader of outside data promises: a value or a one-line refusal, cheaply."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from typing import TypeVar

from jury_desk.kernel.errors import UserError

T = TypeVar("T")

# Python memory one reading may take at its peak: far above any genuine document
# here (a few KiB), far below what an unbounded read of a hostile file takes.
MEMORY_BOUND = 64 * 1024 * 1024


def read_or_refused(read: Callable[[], T]) -> T | None:
    """`read()`'s value, or None when it refused with the project's one-line UserError.

    Any other exception escapes and fails the property: the command line would
    print an internal error (exit 3) for a file anyone can send. Memory is
    measured with tracemalloc (Python's allocations; not those of C libraries).
    """
    tracemalloc.start()
    try:
        return read()
    except UserError as error:
        message = str(error)
        assert message.strip(), "a refusal without a message"
        assert "\n" not in message, f"a refusal on several lines: {message!r}"
        return None
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < MEMORY_BOUND, f"reading took {peak // 2**20} MiB"
