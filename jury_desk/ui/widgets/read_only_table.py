"""How the window's read-only tables behave: whole rows, one at a time, Tab moves on."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def set_read_only_rows(table: QTableView, *, word_wrap: bool) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in it
    table.setWordWrap(word_wrap)
    table.verticalHeader().setVisible(False)
