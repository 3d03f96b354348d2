"""Entry point: parse, run one command, turn errors into one line and an exit code."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from jury_desk.cli.arguments import build_parser
from jury_desk.cli.context import CommandContext
from jury_desk.kernel.clock import Clock, SystemClock
from jury_desk.kernel.errors import ExitCode, UserError
from jury_desk.kernel.paths import resolve_home

log = logging.getLogger("jury_desk")
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

Command = Callable[[CommandContext], int]


def run_target(target: str) -> Command:
    """The function a command names ("module:function" in jury_desk.cli), imported now."""
    module_name, _, function_name = target.partition(":")
    module = importlib.import_module(f"jury_desk.cli.{module_name}")
    command: Command = getattr(module, function_name)
    return command


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    parser = build_parser(lazy=True)  # only the chosen command's arguments
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.debug:
        # pyHanko logs a warning with a traceback for each refused certificate path;
        # the refusal itself is our one line, so its own words are for --debug only.
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
    target: str | None = getattr(args, "run", None)
    if target is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    context = CommandContext(
        home=resolve_home(args.home),
        clock=clock or SystemClock(),
        out=sys.stdout,
        err=sys.stderr,
        args=args,
    )
    try:
        # Inside the try: loading the command's libraries can fail like the command itself.
        return run_target(target)(context)
    except UserError as error:
        if args.debug:
            log.exception("refused")
        hint = f" Run `{error.command_hint}`." if error.command_hint else ""
        print(f"jury-desk: {error}{hint}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("jury-desk: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("internal error")
        print(
            "jury-desk: internal error: this is a bug in jury-desk, please report the lines "
            "above; nothing already saved was lost.",
            file=sys.stderr,
        )
        return ExitCode.INTERNAL
