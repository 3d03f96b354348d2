"""Text boxes read back exactly what they hold, French no-break spaces included."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QPlainTextEdit

from jury_desk.ui.grid.text import DebouncedText, GrowingTextEdit, exact_text

FRENCH = "Arbitrages explicites\xa0: oui\u202f; non.\nDeuxième ligne\n\nFin\t "


def test_exact_text_keeps_no_break_spaces_and_lines(qtbot: QtBot) -> None:
    edit = GrowingTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(FRENCH)
    assert edit.toPlainText() != FRENCH  # what Qt's plain text does to U+00A0
    assert exact_text(edit) == FRENCH


def test_stored_text_is_handed_back_unchanged(qtbot: QtBot) -> None:
    """A stored comment shown and left untouched reads back equal: the grid writes nothing."""
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    written: list[str] = []
    debounced = DebouncedText(edit, written.append)
    debounced.set_text(FRENCH)
    assert debounced.text() == FRENCH
    debounced.flush()
    assert written == [FRENCH]  # the value handed over is the stored one, unchanged
