"""Errors in two kinds: the user's (a clear one-line message) and ours (bugs, with traceback).

Anything the user can act on derives from `UserError`; the command line prints
its message on one line and exits with its code. Anything else is a bug.
"""

from collections.abc import Sequence
from enum import IntEnum

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, render


class ExitCode(IntEnum):
    OK = 0
    REFUSED = 1  # the input was refused or a verification failed
    USAGE = 2
    INTERNAL = 3  # a bug in jury-desk: the traceback is printed for the report


class UserError(Exception):
    """A problem the user can understand and act on; `str()` is the message shown.

    `template` is an English message marked for translation (jury_desk.kernel.messages)
    and `params` its fields: `str()` is the English text the command line
    prints, the window shows the template translated with the same fields.
    """

    exit_code: ExitCode = ExitCode.REFUSED
    # The command that helps, said by the command line after the message; never by the
    # window, whose users do not type commands (it offers its own way instead).
    command_hint: str | None = None

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(render(template, params))


class UsageError(UserError):
    exit_code = ExitCode.USAGE


def joined(messages: Sequence[UserError]) -> UserError:
    """`messages` one after the other, separated by "; ", each translated on its own."""
    first, *others = messages
    if not others:
        return first
    return UserError(
        QT_TRANSLATE_NOOP("messages", "{message}; {others}"), message=first, others=joined(others)
    )
