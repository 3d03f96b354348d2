"""Entry point: parse, run one command, turn errors into one line and an exit code."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from jury_desk import __version__
from jury_desk.cli import (
    bundle_commands,
    demo_command,
    identity_commands,
    import_command,
    minutes_commands,
    results_commands,
    sheet_commands,
    window_command,
    workspace_commands,
)
from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import add_global_secrets_option
from jury_desk.clock import Clock, SystemClock
from jury_desk.errors import ExitCode, UserError
from jury_desk.paths import HOME_ENV, resolve_home

log = logging.getLogger("jury_desk")
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

Command = Callable[[CommandContext], int]

# Each module adds its subcommands; the parser remembers which function runs.
COMMAND_MODULES = (
    demo_command,
    window_command,
    identity_commands,
    bundle_commands,
    sheet_commands,
    import_command,
    minutes_commands,
    results_commands,
    workspace_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jury-desk",
        description="Jury tool of the certification « Concevoir un service public numérique "
        "au sein de l'État » (RS6247).",
    )
    parser.add_argument("--version", action="version", version=f"jury-desk {__version__}")
    parser.add_argument(
        "--home",
        type=Path,
        help=f"data folder (default: ${HOME_ENV}, else the platform's user data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    add_global_secrets_option(parser)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="with demo, open or window: draw the window, save it as PNG and exit",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="language of the window for this run (default: the preference, else fr)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    parser = build_parser()
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
    run: Command | None = getattr(args, "run", None)
    if run is None:
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
        return run(context)
    except UserError as error:
        if args.debug:
            log.exception("refused")
        print(f"jury-desk: {error}", file=sys.stderr)
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
