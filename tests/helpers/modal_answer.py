"""Answering a modal dialog from a test: the dialog's exec() blocks, so a timer answers it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from jury_desk.ui.widgets.busy_notice import BusyNotice


def answer_next_modal(respond: Callable[[QWidget], None]) -> list[QWidget]:
    """Once a modal dialog is shown, hand it to `respond`; a dialog left open is rejected,
    so that a failed check inside `respond` cannot leave the test waiting."""
    seen: list[QWidget] = []
    tries = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, BusyNotice):
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, poll)
            return
        seen.append(widget)
        try:
            respond(widget)
        finally:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, poll)
    return seen


def click(name: str) -> Callable[[QWidget], None]:
    """A response that clicks the dialog's button named `name`."""

    def respond(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return respond
