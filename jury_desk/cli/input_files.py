"""Reading the files a command was given: one that must be read, or each of a list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


def read_file(path: Path) -> bytes:
    """The file's bytes; a UserError saying why it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no file {path}."), path=path
        ) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {path} ({reason})."),
            path=path,
            reason=exc.strerror,
        ) from None


def read_or_report(path: Path, context: CommandContext) -> bytes | None:
    """The file's bytes, or None once "<path>: cannot read (…)" is printed in the command's list."""
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"{path}: cannot read ({exc.strerror})", file=context.out)
        return None


def judge_each(context: CommandContext, judge: Callable[[bytes], tuple[str, bool]]) -> int:
    """Each file of `context.args.files`, read then judged: one "<path>: <line>" each.

    `judge` gives the line and whether the file passed; the exit code is 0 only
    if every file was read and passed (verify, import).
    """
    all_passed = True
    for path in context.args.files:
        pdf = read_or_report(path, context)
        if pdf is None:
            all_passed = False
            continue
        line, passed = judge(pdf)
        print(f"{path}: {line}", file=context.out)
        all_passed = all_passed and passed
    return 0 if all_passed else 1
