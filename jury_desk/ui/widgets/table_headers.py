"""Stretched table columns that never get narrower than their titles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class TitledStretch(QObject):
    """Share the width of `table` left by its other columns among `columns`, each kept at
    least as wide as its title; when there is not enough, the table scrolls sideways.

    Qt's own Stretch mode shrinks such a column down to the header's minimum section size,
    one size for every column, which cuts a long title (« Candidat·e » once translated).
    The cells of these columns still elide or wrap their data, as with Stretch.
    """

    def __init__(self, table: QTableView, columns: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._columns = tuple(columns)
        header = table.horizontalHeader()
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # The header tells of a resized section before it stores the new size, and fits the
        # columns sized to their contents after a model change: measure after both.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        header.sectionResized.connect(lambda *_: self._later.start())
        header.sectionCountChanged.connect(lambda *_: self._later.start())
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._later.start()
        return False

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section not in self._columns and not header.isSectionHidden(section)
        )
        shown = [column for column in self._columns if not header.isSectionHidden(column)]
        if not shown:
            return
        spare = max(0, self._table.viewport().width() - others)
        for index, column in enumerate(shown):
            share = spare // len(shown) + (spare % len(shown) if index == len(shown) - 1 else 0)
            title = max(header.sectionSizeFromContents(column).width(), header.minimumSectionSize())
            width = max(title, share)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
