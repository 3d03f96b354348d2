"""Getting a passphrase from a file or a terminal, never by waiting on a closed input."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

MIN_LENGTH = 8

PassphraseSource = Callable[[bool], str]


@runtime_checkable
class AskingPassphraseSource(Protocol):
    """A source that asks a person, and can ask again after a wrong passphrase.

    A store that finds the passphrase wrong calls `refused()`, then the source
    again: a dialog says the last one was wrong and lets the person retry (or
    give up, raising a UserError). A file or a terminal prompt is not asked again.
    """

    def __call__(self, creating: bool) -> str: ...

    def refused(self) -> None: ...


class PassphraseError(UserError):
    pass


def read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("messages", "Cannot read the passphrase file {path}: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from None
    except UnicodeDecodeError:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("messages", "The passphrase file {path} is not UTF-8 text."),
            path=path,
        ) from None
    # One final line break is the file's, not the passphrase's.
    passphrase = text.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("messages", "The passphrase file {path} is empty."), path=path
        )
    return passphrase


def passphrase_source(
    passphrase_file: Path | None,
    prompt: str,
    *,
    option: str = "--passphrase-file",
    is_interactive: Callable[[], bool] = lambda: sys.stdin.isatty(),
    ask: Callable[[str], str] = getpass.getpass,
) -> PassphraseSource:
    """A function giving the passphrase when (and only when) it is needed.

    It is called with `creating=True` when the passphrase is being chosen, in
    which case a person at a terminal types it twice.
    """

    def obtain(creating: bool) -> str:
        if passphrase_file is not None:
            return read_passphrase_file(passphrase_file)
        if not is_interactive():
            raise PassphraseError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A passphrase is needed and there is no terminal to ask for it: "
                    "use {option} FILE.",
                ),
                option=option,
            )
        passphrase = ask(prompt)
        if creating:
            if len(passphrase) < MIN_LENGTH:
                raise PassphraseError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The passphrase must have at least {minimum} characters."
                    ),
                    minimum=MIN_LENGTH,
                )
            if ask("Confirm the passphrase: ") != passphrase:
                raise PassphraseError(QT_TRANSLATE_NOOP("messages", "The two passphrases differ."))
        return passphrase

    return obtain
