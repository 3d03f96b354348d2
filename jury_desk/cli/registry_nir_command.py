"""`jury-desk registry candidate nir ID [--clear]`: a social security number, sealed.

The number comes from the terminal without echo, or from stdin when it is not a
terminal (a password manager, a pipe): never from an argument, which every user of the
computer can read in the process list. Nothing printed ever repeats it.
"""

from __future__ import annotations

import getpass
import sys

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir

# A NIR with its key and generous separators fits; anything longer is not one.
_MAX_TYPED = 64


def run_nir(context: CommandContext) -> int:
    from jury_desk.registry.nir import require_kept, set_nir
    from jury_desk.trust.authority import load_authority_recipient

    args = context.args
    registry = open_from_args(context)
    try:
        if args.clear:
            set_nir(registry, args.candidate, None, "", None)
            print("nir: cleared", file=context.out)
            return 0
        require_kept(registry)  # before asking for a number that would not be kept
        recipient = load_authority_recipient(organiser_dir(context.home))
        set_nir(registry, args.candidate, _read_number(), recipient, None)
    finally:
        registry.close()
    print("nir: kept (encrypted)", file=context.out)
    return 0


def _read_number() -> str:
    if sys.stdin.isatty():
        typed = getpass.getpass("Social security number (not shown): ")
    else:
        typed = sys.stdin.readline(_MAX_TYPED + 1)
    if len(typed.strip()) > _MAX_TYPED or not typed.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No social security number was read: type it when asked, or give it alone on "
                "one line of the standard input.",
            )
        )
    return typed
