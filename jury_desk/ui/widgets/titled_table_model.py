"""Read-only table models: columns named by a tuple of titles, rows of plain values as text.

The deliberation, overview, signing and minutes tables all show rows the user
selects but never edits, under translated column titles: this holds what they
share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    # Set by each subclass in its __init__, through self.tr.
    _headers: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TextRowsModel(TitledTableModel):
    """Rows of plain values, each cell a text: short in the table, whole where it is read out.

    The base of the read-only previews and histories: a subclass sets `_rows` and
    says, in `text`, what a cell shows (`full` False) and what its tooltip and a
    screen reader say (`full` True; None: nothing more than the cell).
    """

    _rows: Sequence[Any] = ()
    # What a cell shows: each subclass defines it as a method, `text(row, column, *, full)`.
    # Declared, not defined here: a model without it fails at once, on its first row.
    text: Callable[..., str | None]
    _READ_OUT = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self._rows[index.row()], index.column(), full=False)
        if role in self._READ_OUT:
            return self.text(self._rows[index.row()], index.column(), full=True)
        return None
