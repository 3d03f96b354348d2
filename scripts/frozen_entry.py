"""Entry point of the frozen application (build.spec): the installed `jury-desk` command.

Started without a command (a double click, the Start menu, the Dock, a shortcut
with only `--lang en`), it opens the window rather than printing a command-line
help that no one would see.

Internal: started with the sole argument `--scrypt-child`, it is the helper
process that derives a passphrase's scrypt key, or opens a small passphrase
file whole (jury_desk.crypto.scrypt_child): it reads the request on its standard
input, writes its answer on its standard output and exits, having loaded only
`cryptography` (not Qt, not the command line). Nobody types this argument; it is
how the frozen application starts its own helper, having no Python interpreter
to start.
"""

import sys

from jury_desk.crypto import scrypt_derive

if __name__ == "__main__" and sys.argv[1:] == [scrypt_derive.CHILD_ARGUMENT]:
    scrypt_derive.serve(sys.stdin.buffer, sys.stdout.buffer)
    sys.exit(0)

from jury_desk.kernel.third_party_warnings import quiet_known_warnings

# Before the command line loads the libraries whose warnings it quiets.
quiet_known_warnings()

# Only now, so that the scrypt helper above starts without them.
from jury_desk.cli.main import build_parser, main  # noqa: E402


def with_default_command(argv: list[str]) -> list[str]:
    # --help, --version and usage errors end here exactly as they would in main().
    names_a_command = getattr(build_parser().parse_args(argv), "run", None) is not None
    return argv if names_a_command else [*argv, "window"]


if __name__ == "__main__":
    sys.exit(main(with_default_command(sys.argv[1:])))
