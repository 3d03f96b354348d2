"""A session's sittings as an editable table: one row per block of interviews (a day, a
start, an end). The default delegate edits a QDate with a date field and a QTime with a
time field, so each cell is typed like any other in the window."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime

from jury_desk.registry.models import Sitting
from jury_desk.registry.sessions import SittingDraft
from jury_desk.ui.organiser.session_form import to_date
from jury_desk.ui.widgets.titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
DAY, START, FINISH = range(3)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class SittingsModel(TitledTableModel):
    """Rows of [day, start, finish] as Qt values; `draft()` gives them to the core."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (self.tr("Jour"), self.tr("Début"), self.tr("Fin"))
        self._rows: list[list[QDate | QTime]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Through QLocale: QDate.toString names the day in English whatever the language.
            if isinstance(value, QDate):
                return QLocale().toString(value, QLocale.FormatType.LongFormat)
            return QLocale().toString(value, "HH:mm")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        wanted = QDate if index.column() == DAY else QTime
        if not isinstance(value, wanted) or not value.isValid():
            return False
        self._rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def load(self, sittings: list[Sitting]) -> None:
        self.beginResetModel()
        self._rows = [[QDate(s.day), _qtime(s.start), _qtime(s.finish)] for s in sittings]
        self.endResetModel()

    def add(self, day: date, start: time, finish: time) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([QDate(day), _qtime(start), _qtime(finish)])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def last_day(self) -> QDate | None:
        days = [day for day, _start, _finish in self._rows if isinstance(day, QDate)]
        return max(days, key=lambda d: d.toJulianDay()) if days else None

    def draft(self) -> tuple[SittingDraft, ...]:
        drafts = []
        for day, start, finish in self._rows:
            assert isinstance(day, QDate) and isinstance(start, QTime)
            assert isinstance(finish, QTime)
            drafts.append(SittingDraft(to_date(day), _time(start), _time(finish)))
        return tuple(sorted(drafts, key=lambda s: (s.day, s.start)))
