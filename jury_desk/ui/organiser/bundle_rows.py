"""The juries of a session as the Bundles tab lists them: who sits, how many candidates are
placed, and the last bundle issued (registry.bundles.jury_rows reads them)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from jury_desk.registry.bundles import JuryRow
from jury_desk.ui.widgets.titled_table_model import TextRowsModel


class JuriesModel(TextRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("Jury"),
            self.tr("Président·e"),
            self.tr("Membre"),
            self.tr("Candidats placés"),
            self.tr("Dernier paquet"),
        )
        self._rows: list[JuryRow] = []

    def load(self, rows: list[JuryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def jury(self, row: int) -> JuryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, jury_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == jury_id), -1)

    def text(self, row: JuryRow, column: int, *, full: bool) -> str | None:
        if column == 4:
            return self._last(row)
        values = (row.label, row.chair, row.member, str(row.placed))
        return values[column] if 0 <= column < len(values) else None

    def _last(self, row: JuryRow) -> str:
        if row.last_version is None or row.last_issued_at is None:
            return self.tr("aucun")
        day = QLocale().toString(
            QDate(row.last_issued_at.astimezone().date()), QLocale.FormatType.ShortFormat
        )
        return self.tr("version {version}, le {date}").format(version=row.last_version, date=day)
