"""Table models of the deliberation: the 8 competencies side by side, and the decisions taken."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from jury_desk.chair.deliberation import CompetencyComparison, RevisionRecord
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.deliberation.text import (
    MARKS,
    Agreement,
    agreement_of,
    agreement_sentence,
    agreement_words,
    level_words,
    outcome_words,
)
from jury_desk.ui.flows.sign_dialog import first_words
from jury_desk.ui.widgets.titled_table_model import TextRowsModel, TitledTableModel

Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(TitledTableModel):
    """One row per competency: my level and comment, the other juror's, the agreement mark
    and the level that stands. Comments are shortened in the cell; the tooltip and the
    accessible text carry them in full."""

    COMPETENCY, MINE, MY_COMMENT, OTHER, OTHER_COMMENT, AGREEMENT, RETAINED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompetencyComparison] = []
        self._labels: tuple[str, ...] = ()
        self._headers = (
            self.tr("Compétence"),
            self.tr("Mon niveau"),
            self.tr("Mon commentaire"),
            self.tr("Niveau de l’autre juré·e"),
            self.tr("Son commentaire"),
            self.tr("Accord"),
            self.tr("Niveau retenu"),
        )

    def set_rows(self, rows: list[CompetencyComparison], labels: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._rows, self._labels = list(rows), labels
        self.endResetModel()

    def comparison(self, row: int) -> CompetencyComparison | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.code == code), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        agreement = agreement_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, agreement)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._full(row, column, agreement)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AGREEMENT:
            return MARKS[agreement].colour
        if role == Qt.ItemDataRole.DecorationRole and column == self.AGREEMENT:
            return MARKS[agreement].icon_for()
        if role == Qt.ItemDataRole.FontRole and agreement is Agreement.ACROSS_THRESHOLD:
            font = QFont()
            font.setBold(True)  # the disagreement that decides validation stands out
            return font
        return None

    def _display(self, row: CompetencyComparison, column: int, agreement: Agreement) -> str | None:
        if column == self.COMPETENCY:
            return self.tr("{code} · {title}").format(code=row.code, title=row.title)
        if column == self.MINE:
            return level_words(self._labels, row.my_level, recused=row.my_recused)
        if column == self.MY_COMMENT:
            return first_words(row.my_comment) if row.my_comment.strip() else self.tr("—")
        if column == self.OTHER:
            return level_words(self._labels, row.other_level, recused=row.other_recused)
        if column == self.OTHER_COMMENT:
            return first_words(row.other_comment) if row.other_comment.strip() else self.tr("—")
        if column == self.AGREEMENT:
            return agreement_words(agreement)
        if column == self.RETAINED:
            return self._retained(row)
        return None

    def _full(self, row: CompetencyComparison, column: int, agreement: Agreement) -> str | None:
        if column == self.MY_COMMENT:
            return row.my_comment if row.my_comment.strip() else self.tr("Aucun commentaire")
        if column == self.OTHER_COMMENT:
            return row.other_comment if row.other_comment.strip() else self.tr("Aucun commentaire")
        if column == self.AGREEMENT:
            return agreement_sentence(agreement)
        if column == self.RETAINED and row.casting_note:
            return self.tr("{level} ; justification : {note}").format(
                level=self._retained(row), note=row.casting_note
            )
        return self._display(row, column, agreement)

    def _retained(self, row: CompetencyComparison) -> str:
        if row.consolidated_level is None:
            return self.tr("à trancher") if row.needs_casting_vote else self.tr("—")
        label = level_words(self._labels, row.consolidated_level)
        if row.casting_note:
            return self.tr("{level} (voix prépondérante)").format(level=label)
        return label


class HistoryModel(TextRowsModel):
    """Every decision taken for the candidate, oldest first (revision 1 is the first one)."""

    REVISION, DATE, OUTCOME, REASONS, REVISION_REASON = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionRecord] = []
        self._headers = (
            self.tr("Version"),
            self.tr("Date"),
            self.tr("Issue"),
            self.tr("Motifs"),
            self.tr("Motif de la révision"),
        )

    def set_records(self, records: list[RevisionRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def text(self, record: RevisionRecord, column: int, *, full: bool) -> str | None:
        if column == self.REVISION:
            return str(record.revision)
        if column == self.DATE:
            return f"{record.decided_at.astimezone(SESSION_TIMEZONE):%d/%m/%Y %H:%M}"
        if column == self.OUTCOME:
            return outcome_words(record.outcome)
        if column == self.REASONS:
            return self._text(record.reasons, full)
        if column == self.REVISION_REASON:
            if record.revision == 1:
                return self.tr("première décision")
            return self._text(record.revision_reason, full)
        return None

    def _text(self, text: str, full: bool) -> str:
        if not text.strip():
            return self.tr("—")
        return text if full else first_words(text, 20)
