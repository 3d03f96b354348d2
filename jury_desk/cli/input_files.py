"""Reading the files a command was given: one that must be read, or each of a list.

Every file comes from outside, so each is read by `read_outside_file` under the cap
of what it should be. A command that judges a list (verify, import) prints each
verdict on stdout and, for each file refused, one line on stderr saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.outside_files import FileCap, read_outside_file


def read_file(path: Path, cap: FileCap) -> bytes:
    """The file's bytes; a one-line UserError naming it if it is refused or unreadable."""
    return read_outside_file(path, cap)


@dataclass(frozen=True)
class Verdict:
    """What a command says of one file: `line` on stdout; `refusal`, if any, on stderr."""

    line: str
    refusal: str | None = None


def judge_each(context: CommandContext, cap: FileCap, judge: Callable[[bytes], Verdict]) -> int:
    """Each file of `context.args.files`, read under `cap` then judged.

    stdout: "<path>: <line>" for each file read. stderr: one line for each file
    refused, either the reason it could not be read (which names it) or
    "<path>: <refusal>". The exit code is 0 only if no file was refused.
    """
    refused = 0
    for path in context.args.files:
        try:
            pdf = read_outside_file(path, cap)
        except UserError as error:
            print(_one_line(str(error)), file=context.err)
            refused += 1
            continue
        verdict = judge(pdf)
        print(f"{path}: {verdict.line}", file=context.out)
        if verdict.refusal is not None:
            print(_one_line(f"{path}: {verdict.refusal}"), file=context.err)
            refused += 1
    return 1 if refused else 0


def _one_line(text: str) -> str:
    # A reason quoting a library or a name could hold a line break: one file, one line.
    return " ".join(text.splitlines())
