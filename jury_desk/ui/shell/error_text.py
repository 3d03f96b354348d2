"""A core error as the window shows it: its English template in the window's language.

The core's messages are English templates with named fields (jury_desk.kernel.messages).
In French the template is looked up in the messages catalogue and filled in
with the same fields; a field that is itself a user error, a Phrase or a phrase
of the catalogue is translated too. Anything not in the catalogue (a name, a
library's own reason) is shown as it is, except a path: the window shows only its
file name, in « », because a folder of the data directory means nothing to a juror
and the file they chose themselves is recognised by its name.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import CONTEXT, Phrase, render


def error_text(error: BaseException | Phrase) -> str:
    if not isinstance(error, UserError | Phrase):
        return str(error)
    params = {name: _field(value) for name, value in error.params.items()}
    return render(QCoreApplication.translate(CONTEXT, error.template), params)


def one_line(error: BaseException) -> str:
    """The message on one line (for a status bar or a field's tooltip)."""
    return " ".join(error_text(error).split())


def _field(value: object) -> object:
    if isinstance(value, BaseException | Phrase):
        return error_text(value)
    if isinstance(value, PurePath):
        return f"« {value.name or value} »"
    if isinstance(value, str) and value:
        return QCoreApplication.translate(CONTEXT, value)
    return value
