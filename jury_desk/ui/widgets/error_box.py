"""A refusal or a failure shown once, in a window-modal box over the window it concerns."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.ui.shell.error_text import error_text

log = logging.getLogger(__name__)


def show_error_box(parent: QWidget, error: BaseException, title: str) -> None:
    """The core's message for a UserError; for anything else (a bug) a plain reassurance,
    the details going to the log."""
    if isinstance(error, UserError):
        message = error_text(error)
    else:
        log.error("internal error", exc_info=error)
        message = QCoreApplication.translate(
            "MainWindow",
            "Erreur interne de jury-desk ; rien de ce qui était enregistré n’est perdu.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("error_box")
    box.open()
