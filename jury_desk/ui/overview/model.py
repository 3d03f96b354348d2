"""Table models of the session overview: every candidate, and the statistics per competency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from jury_desk.chair.statistics import CompetencyStatistics, significant
from jury_desk.juror.desk import CandidateStatus, CandidateSummary
from jury_desk.models.enums import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.deliberation.text import MARKS, Agreement, outcome_words
from jury_desk.ui.widgets.titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def percent(rate: float | None) -> str:
    """ "85 %" (French spacing; "85%" in English), or a dash where there is nothing to measure."""
    if rate is None:
        return "—"
    # French puts a narrow no-break space before %.
    return QCoreApplication.translate("OverviewModel", "{percent}\u202f%").format(
        percent=round(rate * 100)
    )


def decimal(value: float | None) -> str:
    """ "0,62" with the French decimal comma ("0.62" in English), or a dash where undefined."""
    if value is None:
        return "—"
    whole, fraction = f"{value:.2f}".replace("-", "−").split(".")
    return QCoreApplication.translate("OverviewModel", "{whole},{fraction}").format(
        whole=whole, fraction=fraction
    )


@dataclass(frozen=True)
class OverviewRow:
    summary: CandidateSummary
    outcome: Outcome | None


class OverviewModel(TitledTableModel):
    """Columns: candidate (name, start-up), interview day, status, outcome, decision due date.

    A due date passed without a decision says « en retard » in words, in bold and in the
    warning colour.
    """

    CANDIDATE, INTERVIEW, STATUS, OUTCOME, DUE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []
        self._today: date | None = None
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Entretien"),
            self.tr("Statut"),
            self.tr("Issue"),
            self.tr("Décision due le"),
        )

    def set_rows(self, rows: list[OverviewRow], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = list(rows), today
        self.endResetModel()

    def candidate_id(self, row: int) -> str | None:
        return self._rows[row].summary.id if 0 <= row < len(self._rows) else None

    def row_of(self, candidate_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.summary.id == candidate_id), None)

    def overdue(self, row: int) -> bool:
        entry = self._rows[row]
        return (
            self._today is not None
            and entry.outcome is None
            and entry.summary.decision_due < self._today
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == CANDIDATE_ID_ROLE:
            return entry.summary.id
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(entry, column, index.row())
        late = column == self.DUE and self.overdue(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return MARKS[Agreement.DISAGREED].colour  # the warning tone, with the words
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: OverviewRow, column: int, row: int) -> str | None:
        summary = entry.summary
        if column == self.CANDIDATE:
            return self.tr("{name}, {startup}").format(name=summary.name, startup=summary.startup)
        if column == self.INTERVIEW:
            return f"{summary.slot_start.astimezone(SESSION_TIMEZONE):%d/%m/%Y %H:%M}"
        if column == self.STATUS:
            return status_words(summary.status)
        if column == self.OUTCOME:
            return outcome_words(entry.outcome)
        if column == self.DUE:
            text = f"{summary.decision_due:%d/%m/%Y}"
            if self.overdue(row):
                return self.tr("{date} — en retard").format(date=text)
            return text
        return None


def status_words(status: CandidateStatus) -> str:
    return {
        CandidateStatus.TO_PREPARE: QCoreApplication.translate("OverviewModel", "à préparer"),
        CandidateStatus.IN_INTERVIEW: QCoreApplication.translate("OverviewModel", "en entretien"),
        CandidateStatus.SCORED: QCoreApplication.translate("OverviewModel", "noté"),
        CandidateStatus.SIGNED: QCoreApplication.translate("OverviewModel", "signé"),
        CandidateStatus.DELIBERATED: QCoreApplication.translate("OverviewModel", "délibéré"),
    }[status]


class CompetencyStatisticsModel(QAbstractTableModel):
    """The numbers the chart draws, and the jurors' agreement: one row per competency.

    Columns: competency, one per level of the scale (consolidated levels, candidates
    counted), agreement (percentage of pairs), Cohen's weighted kappa, said « non
    significatif » on too few pairs of sheets. This table is the chart's text equivalent.
    """

    COMPETENCY = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompetencyStatistics] = []
        self._ranks: list[int] = []
        self._labels: tuple[str, ...] = ()

    def set_statistics(
        self, rows: list[CompetencyStatistics], ranks: list[int], labels: tuple[str, ...]
    ) -> None:
        self.beginResetModel()
        self._rows, self._ranks, self._labels = list(rows), list(ranks), labels
        self.endResetModel()

    @property
    def agreement_column(self) -> int:
        return 1 + len(self._ranks)

    @property
    def kappa_column(self) -> int:
        return 2 + len(self._ranks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3 + len(self._ranks)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COMPETENCY:
                return self.tr("Compétence")
            if section == self.agreement_column:
                return self.tr("Accord")
            if section == self.kappa_column:
                return self.tr("Kappa pondéré")
            return self._level_label(section - 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.agreement_column:
                return self.tr("Part des candidats où les deux juré·es ont donné le même niveau")
            if section == self.kappa_column:
                return self.tr(
                    "Kappa de Cohen à pondération linéaire : 1 = accord parfait, "
                    "0 = accord dû au hasard"
                )
            if section > self.COMPETENCY:
                return self.tr("Candidats dont le niveau retenu est « {level} »").format(
                    level=self._level_label(section - 1)
                )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COMPETENCY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        spoken = role == Qt.ItemDataRole.AccessibleTextRole
        if column == self.COMPETENCY:
            return self.tr("{code} · {title}").format(code=row.code, title=row.title)
        if column == self.agreement_column:
            if spoken and row.pairs:
                return self.tr("{rate} ({agreed} sur {pairs})").format(
                    rate=percent(row.agreement_rate), agreed=row.agreements, pairs=row.pairs
                )
            return percent(row.agreement_rate)
        if column == self.kappa_column:
            return self._kappa(row)
        if 0 < column < self.agreement_column:
            count = row.level_counts.get(self._ranks[column - 1], 0)
            if spoken:
                return self.tr("{level} : {n}").format(level=self._level_label(column - 1), n=count)
            return str(count)
        return None

    def _kappa(self, row: CompetencyStatistics) -> str:
        """« 0,62 », or « 0,62 (non significatif) » on too few pairs of sheets."""
        kappa = decimal(row.weighted_kappa)
        if row.weighted_kappa is None or significant(row.pairs):
            return kappa
        return self.tr("{kappa} (non significatif)").format(kappa=kappa)

    def _level_label(self, position: int) -> str:
        rank = self._ranks[position]
        return self._labels[rank] if 0 <= rank < len(self._labels) else str(rank)
