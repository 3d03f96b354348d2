"""The Déclaration tab's tables: the session's decisions as the Caisse des Dépôts must hear
of them (`registry.declaration_lines`), and the declaration files written for the session
(`registry.declaration_tracking.session_flows`). Days are counted against `today`, the
state's clock's day in Paris."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt

from jury_desk.registry.declaration_lines import DeclarationLine, declaration_lines
from jury_desk.registry.declaration_tracking import FlowLine
from jury_desk.registry.models.declaration import ACCEPTED, GENERATED, REJECTED, REPLACED, SENT
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.declaration_words import (
    bold_font,
    days_left_words,
    step_words,
    urgent,
    warning_colour,
)
from jury_desk.ui.organiser.results_models import day_text, paris_time_text
from jury_desk.ui.widgets.titled_table_model import Index, TextRowsModel


def lines_to_declare(registry: Registry, session_id: str) -> list[DeclarationLine]:
    """The session's decisions the CDC must hear of, in the core's order (the others, not
    certified and never declared, have nothing to declare)."""
    with registry.read() as session:
        lines = declaration_lines(session, session_id)
    return [line for line in lines if line.step is not None]


class DecisionsModel(TextRowsModel):
    """Columns: candidate, decided on, to declare before, days left, state, the CDC's message."""

    DAYS_LEFT = 3

    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Décision du"),
            self.tr("À déclarer avant le"),
            self.tr("Jours restants"),
            self.tr("État"),
            self.tr("Message de la CDC"),
        )
        self._rows: Sequence[DeclarationLine] = ()
        self._today = date.min

    def load(self, lines: Sequence[DeclarationLine], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = tuple(lines), today
        self.endResetModel()

    def line(self, row: int) -> DeclarationLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def text(self, line: DeclarationLine, column: int, *, full: bool) -> str | None:
        if column == 0:
            return line.name
        if column == 1:
            return day_text(line.decided_on)
        if column == 2:
            return day_text(line.due_on)
        if column == self.DAYS_LEFT:
            left = line.days_left(self._today)
            return "—" if left is None else days_left_words(left)
        if column == 4:
            return step_words(line)
        if column == 5:
            if line.message:
                return line.message
            return self.tr("aucun message") if full else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and index.isValid()
            and index.column() == self.DAYS_LEFT
            and urgent(self.line(index.row()), self._today)
        ):
            return warning_colour() if role == Qt.ItemDataRole.ForegroundRole else bold_font()
        return super().data(index, role)


class FlowsModel(TextRowsModel):
    """Columns: file, written on, deposited on, the CDC's report, its passages counted."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("Fichier"),
            self.tr("Écrit le"),
            self.tr("Déposé le"),
            self.tr("Rapport"),
            self.tr("Passages"),
        )
        self._rows: Sequence[FlowLine] = ()

    def load(self, flows: Sequence[FlowLine]) -> None:
        self.beginResetModel()
        self._rows = tuple(flows)
        self.endResetModel()

    def flow(self, row: int) -> FlowLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, flow_id: str) -> int:
        return next((n for n, flow in enumerate(self._rows) if flow.flow_id == flow_id), -1)

    def text(self, flow: FlowLine, column: int, *, full: bool) -> str | None:
        if column == 0:
            if full:
                return self.tr("{file} (flux {flow})").format(
                    file=flow.file_name, flow=flow.flow_id
                )
            return flow.file_name
        if column == 1:
            return paris_time_text(flow.generated_at)
        if column == 2:
            if flow.sent_at is not None:
                return paris_time_text(flow.sent_at)
            return self.tr("à déposer") if flow.awaiting_upload else self.tr("jamais (remplacé)")
        if column == 3:
            return self._report(flow)
        if column == 4:
            return self._passages(flow)
        return None

    def _report(self, flow: FlowLine) -> str:
        if flow.report_imported_at is not None:
            return self.tr("importé le {date}").format(
                date=paris_time_text(flow.report_imported_at)
            )
        if flow.sent_at is not None:
            return self.tr("en attente")
        return "—"

    def _passages(self, flow: FlowLine) -> str:
        counts = flow.statuses
        words = (
            (GENERATED, self.tr("{n} à déposer")),
            (SENT, self.tr("{n} en attente du rapport")),
            (ACCEPTED, self.tr("{n} accepté(s)")),
            (REJECTED, self.tr("{n} rejeté(s)")),
            (REPLACED, self.tr("{n} remplacé(s) par un fichier plus récent")),
        )
        parts = [text.format(n=counts[status]) for status, text in words if counts[status]]
        return ", ".join(parts) if parts else "—"
