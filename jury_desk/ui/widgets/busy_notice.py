"""A wait the person sees: a window-modal notice saying what is happening, until it is done.

Shown only when the work lasts longer than half a second, so that a quick step
does not flash a window. It has no cancel button and ignores Escape and
closing: the work (opening a bundle, signing, importing, exporting) is one
transaction that cannot be stopped halfway. `finish()` closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOWN_AFTER_MS = 500


class BusyNotice(QProgressDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy_notice")
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setAccessibleName(text)
        self.setCancelButton(None)  # no button: the work cannot be stopped halfway
        self.setRange(0, 0)  # busy: no steps to count
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._finished = False
        # Our own timer: QProgressDialog's shows only once a value is set, and a busy
        # notice has none.
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._show_if_still_busy)

    def start(self, after_ms: int = SHOWN_AFTER_MS) -> None:
        """Shown `after_ms` from now unless finished before (0: at once)."""
        if after_ms <= 0:
            self.open()
        else:
            self._delay.start(after_ms)

    def _show_if_still_busy(self) -> None:
        if not self._finished:
            self.open()

    def finish(self) -> None:
        self._finished = True
        self._delay.stop()
        shown, parent = self.isVisible(), self.parentWidget()
        self.close()
        self.deleteLater()
        if shown and parent is not None:
            # The keyboard goes back to the window the notice covered, as after any dialog
            # (not every platform gives activation back by itself).
            parent.window().activateWindow()

    def reject(self) -> None:
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
