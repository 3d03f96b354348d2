"""The session's board as the Results tab shows it: one row per candidate (interview in Paris,
decision due date, outcome or « en attente », late in words) and one per jury (interviews,
results received or awaited, late in words), the candidate's row ending with where the
decision stands with the Caisse des Dépôts (declaration_words.py, as on the Déclaration
tab). `registry.results_board.session_board` reads them; the day against which lateness
is counted is the state's clock's, in Paris."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont

from jury_desk.models.enums import Outcome
from jury_desk.registry.declaration_lines import DeclarationLine
from jury_desk.registry.results_board import CandidateLine, JuryLine
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.organiser.declaration_words import (
    board_words,
    bold_font,
    urgent,
    warning_colour,
)
from jury_desk.ui.widgets.titled_table_model import Index, TextRowsModel

# The order in which the outcomes are counted under the tables.
OUTCOME_ORDER = (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED)


def outcome_words(outcome: Outcome) -> str:
    return {
        Outcome.CERTIFIED: QCoreApplication.translate("ResultsBoard", "Certifié·e"),
        Outcome.NOT_CERTIFIED: QCoreApplication.translate("ResultsBoard", "Non certifié·e"),
        Outcome.ABSENT: QCoreApplication.translate("ResultsBoard", "Absent·e"),
        Outcome.POSTPONED: QCoreApplication.translate("ResultsBoard", "Ajourné·e"),
    }[outcome]


def awaited_words() -> str:
    return QCoreApplication.translate("ResultsBoard", "en attente")


def late_words(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("ResultsBoard", "en retard d’un jour")
    return QCoreApplication.translate("ResultsBoard", "en retard de {n} jours").format(n=days)


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def paris_time_text(moment: datetime) -> str:
    local = moment.astimezone(SESSION_TIMEZONE).replace(tzinfo=None)
    return QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _LateRowsModel(TextRowsModel):
    """Rows whose lateness is counted against `today`; a late row's `LATE_COLUMN` cell
    (the one that says it, in words) is in bold."""

    _today: date
    LATE_COLUMN = -1  # the last column
    # How many days late a row is, by `_today`: each board model defines it as a method.
    late: Callable[[Any], int]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        late_column = self.LATE_COLUMN % self.columnCount()
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < len(self._rows)
            and index.column() == late_column
            and self.late(self._rows[index.row()])
        ):
            return _bold()
        return super().data(index, role)


class CandidatesBoardModel(_LateRowsModel):
    """Columns: candidate, jury, interview (Paris), decision due on, decision, declaration
    to the CDC (its state and the days left to declare, as the Déclaration tab says them)."""

    LATE_COLUMN = 4  # the decision, awaited and late
    DECLARATION = 5

    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Jury"),
            self.tr("Entretien (heure de Paris)"),
            self.tr("Décision due le"),
            self.tr("Décision"),
            self.tr("Déclaration CDC"),
        )
        self._rows: Sequence[CandidateLine] = ()
        self._declarations: Mapping[str, DeclarationLine] = {}
        self._today = date.min

    def load(
        self,
        lines: Sequence[CandidateLine],
        today: date,
        declarations: Mapping[str, DeclarationLine] | None = None,
    ) -> None:
        """`declarations`: each candidate's line of `declaration_lines`, by candidate id."""
        self.beginResetModel()
        self._rows, self._today = tuple(lines), today
        self._declarations = dict(declarations or {})
        self.endResetModel()

    def declaration(self, line: CandidateLine) -> DeclarationLine | None:
        return self._declarations.get(line.candidate_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and index.isValid()
            and index.column() == self.DECLARATION
            and 0 <= index.row() < len(self._rows)
            and urgent(self.declaration(self._rows[index.row()]), self._today)
        ):
            return warning_colour() if role == Qt.ItemDataRole.ForegroundRole else bold_font()
        return super().data(index, role)

    def line(self, row: int) -> CandidateLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def late(self, line: CandidateLine) -> int:
        return line.days_late(self._today)

    def text(self, line: CandidateLine, column: int, *, full: bool) -> str | None:
        if column == 0:
            return line.name
        if column == 1:
            return line.jury_label or self.tr("non placé·e")
        if column == 2:
            return paris_time_text(line.interview_start) if line.interview_start else "—"
        if column == 3:
            return day_text(line.due_on) if line.due_on else "—"
        if column == 4:
            return self._decision(line, full=full)
        if column == self.DECLARATION:
            return board_words(self.declaration(line), self._today)
        return None

    def _decision(self, line: CandidateLine, *, full: bool) -> str:
        if line.outcome is not None:
            words = outcome_words(line.outcome)
            if full and line.decided_at is not None:
                return self.tr("{outcome}, décision du {date}").format(
                    outcome=words,
                    date=day_text(line.decided_at.astimezone(SESSION_TIMEZONE).date()),
                )
            return words
        late = self.late(line)
        if late:
            return f"{awaited_words()}, {late_words(late)}"
        return awaited_words()


class JuriesBoardModel(_LateRowsModel):
    """Columns: jury, interviews, results (received on, or awaited for, and late)."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (self.tr("Jury"), self.tr("Entretiens"), self.tr("Résultats"))
        self._rows: Sequence[JuryLine] = ()
        self._today = date.min

    def load(self, lines: Sequence[JuryLine], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = tuple(lines), today
        self.endResetModel()

    def line(self, row: int) -> JuryLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def late(self, line: JuryLine) -> int:
        return line.days_late(self._today)

    def text(self, line: JuryLine, column: int, *, full: bool) -> str | None:
        if column == 0:
            return line.label
        if column == 1:
            return str(line.interviews)
        if column == 2:
            return self._results(line)
        return None

    def _results(self, line: JuryLine) -> str:
        if line.received_at is not None:
            received = line.received_at.astimezone(SESSION_TIMEZONE).date()
            return self.tr("reçus le {date}").format(date=day_text(received))
        if line.due_on is None:
            return self.tr("aucun entretien placé")
        awaited = self.tr("attendus pour le {date}").format(date=day_text(line.due_on))
        late = self.late(line)
        return f"{awaited}, {late_words(late)}" if late else awaited
