"""How the window's read-only tables behave: whole rows, one at a time, Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def set_read_only_rows(table: QTableView, *, word_wrap: bool) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in it
    table.setWordWrap(word_wrap)
    table.verticalHeader().setVisible(False)


def read_only_table(
    parent: QWidget, name: str, accessible: str, model: QAbstractItemModel
) -> QTableView:
    """A read-only table of `model`: columns fitted to their text, the last one stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    set_read_only_rows(table, word_wrap=False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
