"""Entry point of the frozen application (build.spec): the installed `jury-desk` command.

Started without a command (a double click, the Start menu, the Dock, a shortcut
with only `--lang en`), it opens the window rather than printing a command-line
help that no one would see.
"""

import sys

from jury_desk.cli.main import build_parser, main


def with_default_command(argv: list[str]) -> list[str]:
    # --help, --version and usage errors end here exactly as they would in main().
    names_a_command = getattr(build_parser().parse_args(argv), "run", None) is not None
    return argv if names_a_command else [*argv, "window"]


if __name__ == "__main__":
    sys.exit(main(with_default_command(sys.argv[1:])))
