"""Reading the files a command was given one by one, reporting the unreadable ones in its list."""

from __future__ import annotations

from pathlib import Path

from jury_desk.cli.context import CommandContext


def read_or_report(path: Path, context: CommandContext) -> bytes | None:
    """The file's bytes, or None once "<path>: cannot read (…)" is printed in the command's list."""
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"{path}: cannot read ({exc.strerror})", file=context.out)
        return None
