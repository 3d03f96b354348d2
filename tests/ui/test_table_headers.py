"""TitledStretch: stretched columns fill the table, yet never get narrower than their titles."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from jury_desk.ui.widgets.table_headers import TitledStretch


def _table(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(2, 4)
    model.setHorizontalHeaderLabels(["Horaire", "Candidat·e xxx", "Statut", "Commentaire xxxxx"])
    table = QTableView()
    qtbot.addWidget(table)
    model.setParent(table)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    TitledStretch(table, [1, 3])
    table.resize(width, 200)
    table.show()
    for _ in range(3):
        QApplication.processEvents()
    return table


def _title(table: QTableView, column: int) -> int:
    return table.horizontalHeader().sectionSizeFromContents(column).width()


def test_a_wide_table_shares_its_spare_width_among_the_stretched_columns(qtbot: QtBot) -> None:
    table = _table(qtbot, 900)
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()
    assert abs(header.sectionSize(1) - header.sectionSize(3)) <= 1
    assert header.sectionSize(1) > _title(table, 3)


def test_a_narrow_table_keeps_the_titles_and_scrolls_sideways(qtbot: QtBot) -> None:
    table = _table(qtbot, 150)
    header = table.horizontalHeader()
    assert header.sectionSize(1) == _title(table, 1)
    assert header.sectionSize(3) == _title(table, 3)
    assert table.horizontalScrollBar().maximum() > 0


def test_the_columns_follow_the_table_when_it_grows_again(qtbot: QtBot) -> None:
    table = _table(qtbot, 150)
    table.resize(900, 200)
    for _ in range(3):
        QApplication.processEvents()
    assert table.horizontalHeader().length() == table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
