"""The candidates page's read-only tables: the list, a dossier's documents, a status history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject

from jury_desk.models.enums import ApplicationStatus
from jury_desk.ui.dossier.format import format_size, kind_label
from jury_desk.ui.organiser.candidate_rows import (
    CandidateRow,
    DocumentRow,
    HistoryRow,
    status_word,
)
from jury_desk.ui.widgets.titled_table_model import TextRowsModel


class CandidatesModel(TextRowsModel):
    """The session's candidates, those of the status filtered on (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Candidat"),
            self.tr("Start-up"),
            self.tr("Incubateur"),
            self.tr("Statut"),
            self.tr("Pièces manquantes"),
            self.tr("Identité CDC"),
        )
        self._all: tuple[CandidateRow, ...] = ()
        self._rows: list[CandidateRow] = []
        self.status_filter: ApplicationStatus | None = None

    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        self.beginResetModel()
        self._all = tuple(rows)
        self._rows = [row for row in self._all if self.status_filter in (None, row.status)]
        self.endResetModel()

    def set_filter(self, status: ApplicationStatus | None) -> None:
        self.status_filter = status
        self.set_rows(self._all)

    def row_of(self, candidate_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == candidate_id), -1)

    def name_of(self, candidate_id: str) -> str:
        return next((row.name for row in self._all if row.id == candidate_id), "")

    def candidate_at(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def text(self, row: CandidateRow, column: int, *, full: bool) -> str | None:
        if column == 0:
            return row.name
        if column == 1:
            return row.startup
        if column == 2:
            return row.incubator
        if column == 3:
            return status_word(row.status)
        if column == 4:
            if not row.missing:
                return self.tr("aucune")
            return ", ".join(kind_label(kind) for kind in row.missing)
        return self._identity_text(row, full=full)

    def _identity_text(self, row: CandidateRow, *, full: bool) -> str:
        if not row.identity_problems:
            return self.tr("complète") if not full else self.tr("Identité complète pour la CDC")
        if not full:
            return self.tr("⚠ à corriger")
        return self.tr("Identité à corriger pour la CDC : %1 problème(s)").replace(
            "%1", str(row.identity_problems)
        )


class DocumentsModel(TextRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Pièce"), self.tr("Titre"), self.tr("Taille"))
        self._rows: list[DocumentRow] = []

    def set_rows(self, rows: Sequence[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: DocumentRow, column: int, *, full: bool) -> str | None:
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return f"{row.title} ({row.file_name})" if full else row.title
        return format_size(row.size, QLocale())


class HistoryModel(TextRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Statut"), self.tr("Quand"), self.tr("Par"), self.tr("Motif"))
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: HistoryRow, column: int, *, full: bool) -> str | None:
        if column == 0:
            return status_word(row.status)
        if column == 1:
            return row.at_utc.astimezone().strftime("%d/%m/%Y %H:%M")
        if column == 2:
            return row.by
        return row.note
