"""The candidates of the session, in schedule order, as a Qt table model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jury_desk.juror.desk import CandidateStatus, CandidateSummary
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.theme.icons import IconName, Tone, icon

Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


class CandidateTableModel(QAbstractTableModel):
    """Columns: time slot, candidate (name and start-up), status (with the conflict mark), due
    date. The conflict mark shares the status cell, in words, so the list fits a narrow pane."""

    SLOT, CANDIDATE, STATUS, DUE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateSummary] = []
        self._today: date | None = None
        self._headers = (
            self.tr("Horaire"),
            self.tr("Candidat·e"),
            self.tr("Statut"),
            self.tr("Échéance"),
        )
        self._status_labels = {
            CandidateStatus.TO_PREPARE: self.tr("à préparer"),
            CandidateStatus.IN_INTERVIEW: self.tr("en entretien"),
            CandidateStatus.SCORED: self.tr("noté"),
            CandidateStatus.SIGNED: self.tr("signé"),
            CandidateStatus.DELIBERATED: self.tr("délibéré"),
        }

    def set_candidates(self, rows: list[CandidateSummary], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = list(rows), today
        self.endResetModel()

    def update_candidates(self, rows: list[CandidateSummary]) -> None:
        """Refresh statuses in place: same candidates, so selection and scroll stay."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.set_candidates(rows, self._today or date.today())
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.DUE))

    def candidate_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, candidate_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == candidate_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == CANDIDATE_ID_ROLE:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, index.column(), role)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == self.STATUS
            and summary.conflict_declared
        ):
            return icon(IconName.CONFLICT, Tone.WARNING)  # the mark; the words say it too
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} — {startup}\n{incubator}\n{role}, phase {phase}").format(
                name=summary.name,
                startup=summary.startup,
                incubator=summary.incubator,
                role=summary.role,
                phase=summary.phase,
            )
        return None

    def _text(self, summary: CandidateSummary, column: int, role: int) -> str | None:
        accessible = role == Qt.ItemDataRole.AccessibleTextRole
        if column == self.SLOT:
            start = summary.slot_start.astimezone(SESSION_TIMEZONE)
            if accessible:
                return f"{_WEEKDAYS[start.weekday()]} {start:%d/%m %H:%M}"
            return f"{start:%d/%m}\n{start:%H:%M}"
        if column == self.CANDIDATE:
            return (
                f"{summary.name}\n{summary.startup}"
                if not accessible
                else (f"{summary.name}, {summary.startup}")
            )
        if column == self.STATUS:
            status = self._status_labels[summary.status]
            if not summary.conflict_declared:
                return status
            if accessible:
                return self.tr("{status}, conflit d’intérêts déclaré").format(status=status)
            return self.tr("{status}\nconflit").format(status=status)
        if column == self.DUE:
            text = f"{summary.decision_due:%d/%m/%y}"
            if (
                self._today is not None
                and summary.decision_due < self._today
                and (summary.status is not CandidateStatus.DELIBERATED)
            ):
                return self.tr("{date} (en retard)").format(date=text)
            return text
        return None
