"""The grid's text fields: a box that grows with its text, and the debounce that writes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QTimer, Slot
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


def exact_text(edit: QPlainTextEdit) -> str:
    """The text of `edit` exactly as typed or set.

    `toPlainText()` turns no-break spaces into plain spaces, so French text
    (« : », « ; » with U+00A0) would read back changed and be written again:
    the raw text keeps them, with its paragraph separators made newlines.
    """
    return edit.document().toRawText().replace("\u2029", "\n")


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box `min_lines` high that grows with its text up to `max_lines`.

    Tab moves the focus (as everywhere in a form) instead of typing a tab.
    """

    def __init__(self, min_lines: int = 3, max_lines: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The document's own signal: it fires even while the widget's signals are blocked.
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    @Slot()
    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        content = 0.0
        block = self.document().begin()
        while block.isValid():
            content += self.blockBoundingRect(block).height()
            block = block.next()
        content = min(max(content, self._min_lines * line), self._max_lines * line)
        margins = self.contentsMargins()
        chrome = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        height = int(content + chrome + 0.5)
        if height != self.height():
            self.setFixedHeight(height)


class DebouncedText(QObject):
    """Hands the text of `edit` to `commit` after a pause in typing, and at once on leaving it.

    The timer restarts at each keystroke; `flush()` commits now (the candidate
    changes, the window closes). `commit` receives the whole text and decides
    whether anything changed; a failed write leaves the text in the box, and the
    next keystroke, focus change or flush tries again.
    """

    DELAY_MS = 400

    def __init__(
        self, edit: QPlainTextEdit, commit: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent if parent is not None else edit)
        self._edit = edit
        self._commit = commit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """Whether a keystroke is waiting for the pause."""
        return self._timer.isActive()

    def text(self) -> str:
        return exact_text(self._edit)

    def set_text(self, text: str) -> None:
        """Show a stored value without writing it back."""
        self._timer.stop()
        if exact_text(self._edit) == text:
            return
        with QSignalBlocker(self._edit):
            self._edit.setPlainText(text)
            self._edit.moveCursor(QTextCursor.MoveOperation.End)

    @Slot()
    def flush(self) -> None:
        self._timer.stop()
        self._commit(exact_text(self._edit))

    @Slot()
    def _typed(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
