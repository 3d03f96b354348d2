"""Asking before signing: what will be signed, then yes or no on a terminal (or --yes)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from jury_desk.cli.context import CommandContext
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


def confirmed(context: CommandContext, summary: Callable[[], str], question: str) -> bool:
    """True with --yes; else shows `summary()` and asks `question` [y/N] on the terminal.

    Without a terminal and without --yes, a UserError: a signature is never given silently.
    """
    if context.args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "Signing needs a confirmation: run in a terminal, or add --yes."
            )
        )
    print(summary(), file=context.out)
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes", "o", "oui")
