"""The session overview: every candidate with status, outcome and due date, and the statistics.

The statistics (pass rate, levels retained per competency, the jurors'
agreement as a percentage and Cohen's weighted kappa) come from the core's
`session_statistics`, the numbers the minutes print (the minutes leave the
kappa out). One line says what the agreement and the kappa mean, and both are
« non significatif » below `MIN_SIGNIFICANT_SHEET_PAIRS` pairs of signed sheets.
The chart draws the levels; the table beside it gives the same numbers and the
agreement in text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.chair.deliberation import Deliberator
from jury_desk.chair.statistics import (
    MIN_SIGNIFICANT_SHEET_PAIRS,
    SessionStatistics,
    session_statistics,
    significant,
)
from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.models.enums import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.deliberation.text import outcome_words
from jury_desk.ui.deliberation.view import ErrorReporter
from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.overview.chart import ChartBar, LevelDistributionChart
from jury_desk.ui.overview.model import (
    CompetencyStatisticsModel,
    OverviewModel,
    OverviewRow,
    decimal,
    percent,
)
from jury_desk.ui.widgets.read_only_table import set_read_only_rows


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    set_read_only_rows(table, word_wrap=True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class OverviewPage(QWidget):
    """Read-only. Emits `candidate_activated(id)` when a candidate is chosen (Enter, double
    click) to be worked on. `deliberator` is None for a member, who has no decisions."""

    candidate_activated = Signal(str)

    def __init__(
        self,
        desk: JurorDesk,
        deliberator: Deliberator | None,
        clock: Clock,
        report_error: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        self.desk = desk
        self.deliberator = deliberator
        self.clock = clock
        self._report_error = report_error
        self.statistics: SessionStatistics | None = None
        content = QWidget(self)

        self.model = OverviewModel(self)
        self.candidates = _table(content, "overview_candidates", self.tr("Candidats et décisions"))
        self.candidates.setModel(self.model)
        self.candidates.horizontalHeader().setSectionResizeMode(
            OverviewModel.CANDIDATE, QHeaderView.ResizeMode.Stretch
        )
        self.candidates.activated.connect(self._on_activated)
        candidates_caption = QLabel(self.tr("C&andidats et décisions :"), content)
        candidates_caption.setBuddy(self.candidates)
        self.due_summary = self._label(content, "overview_due")

        statistics_title = QLabel(self.tr("Statistiques de la session"), content)
        make_bold(statistics_title)
        self.outcomes = self._label(content, "overview_outcomes")
        self.agreement = self._label(content, "overview_agreement")
        self.agreement_help = self._label(content, "overview_agreement_help")
        self.agreement_help.setText(
            self.tr(
                "Accord : part des niveaux identiques dans les grilles signées des deux "
                "juré·es ; kappa : le même accord, celui dû au hasard retiré (1 = accord "
                "parfait, 0 = pas mieux que le hasard) ; non significatif : moins de {n} "
                "paires de grilles."
            ).format(n=MIN_SIGNIFICANT_SHEET_PAIRS)
        )
        self.chart = LevelDistributionChart(content)
        chart_caption = QLabel(self.tr("Niveaux retenus par compétence :"), content)
        self.statistics_model = CompetencyStatisticsModel(self)
        self.statistics_table = _table(
            content,
            "statistics_table",
            self.tr("Statistiques par compétence : niveaux retenus, accord des juré·es, kappa"),
        )
        self.statistics_table.setModel(self.statistics_model)
        statistics_caption = QLabel(self.tr("&Statistiques par compétence :"), content)
        statistics_caption.setBuddy(self.statistics_table)

        numbers = QGridLayout()
        numbers.addWidget(chart_caption, 0, 0)
        numbers.addWidget(self.chart, 1, 0, Qt.AlignmentFlag.AlignTop)
        numbers.addWidget(statistics_caption, 0, 1)
        numbers.addWidget(self.statistics_table, 1, 1)
        numbers.setColumnStretch(0, 2)
        numbers.setColumnStretch(1, 3)
        layout = QVBoxLayout(content)
        layout.addWidget(candidates_caption)
        layout.addWidget(self.candidates, 2)
        layout.addWidget(self.due_summary)
        layout.addWidget(statistics_title)
        layout.addWidget(self.outcomes)
        layout.addWidget(self.agreement)
        layout.addWidget(self.agreement_help)
        layout.addLayout(numbers, 3)
        QWidget.setTabOrder(self.candidates, self.statistics_table)

        scroll = QScrollArea(self)
        scroll.setObjectName("overview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus, not it
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(scroll)

    def _label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh_if_shown(self, *_changed: object) -> None:
        """Something changed (an import, a signature): read again now if shown, else on show."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read every candidate and the statistics again, keeping the selected candidate."""
        selected = self.selected_candidate()
        try:
            summaries = self.desk.candidates()
            outcomes: dict[str, Outcome | None] = {}
            for summary in summaries:
                history = self.deliberator.history(summary.id) if self.deliberator else []
                outcomes[summary.id] = history[-1].outcome if history else None
            statistics = session_statistics(self.desk.workspace)
        except UserError as error:
            self._report_error(error, self.tr("La vue d’ensemble n’a pas pu être lue"))
            return
        today = self.clock.now().astimezone(SESSION_TIMEZONE).date()
        self.model.set_rows([OverviewRow(s, outcomes[s.id]) for s in summaries], today)
        late = [row for row in range(self.model.rowCount()) if self.model.overdue(row)]
        if late:
            self.due_summary.setText(
                self.tr("{n} décision(s) en retard sur l’échéance de deux mois.").format(
                    n=len(late)
                )
            )
        else:
            self.due_summary.setText(self.tr("Aucune décision en retard."))
        self.show_statistics(statistics)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.candidates.selectRow(row)

    def show_statistics(self, statistics: SessionStatistics) -> None:
        self.statistics = statistics
        labels = self.desk.scale().labels
        counts = statistics.outcome_counts
        parts = [
            self.tr("Taux de réussite : {rate}").format(rate=percent(statistics.pass_rate)),
            self.tr("{certified} certifié·e(s) sur {ruled} jugé·e(s) par la règle").format(
                certified=counts[Outcome.CERTIFIED],
                ruled=counts[Outcome.CERTIFIED] + counts[Outcome.NOT_CERTIFIED],
            ),
        ]
        for outcome in (Outcome.ABSENT, Outcome.POSTPONED):
            parts.append(
                self.tr("{outcome} : {n}").format(outcome=outcome_words(outcome), n=counts[outcome])
            )
        parts.append(self.tr("non décidé : {n}").format(n=statistics.undecided))
        separator = self.tr(" ; ")  # French spaces its semicolons; English does not
        self.outcomes.setText(separator.join(parts) + ".")
        if statistics.pairs:
            self.agreement.setText(self._agreement_words(statistics))
        else:
            self.agreement.setText(
                self.tr(
                    "Accord des juré·es : aucune paire de grilles signées à comparer pour "
                    "l’instant."
                )
            )
        ranks = statistics.scale_ranks
        self.chart.set_data(
            [
                ChartBar(c.code, tuple(c.level_counts.get(rank, 0) for rank in ranks))
                for c in statistics.competencies
            ],
            tuple(labels[rank] if rank < len(labels) else str(rank) for rank in ranks),
            tuple(rank in statistics.passing_ranks for rank in ranks),
        )
        self.statistics_model.set_statistics(statistics.competencies, ranks, labels)

    def _agreement_words(self, statistics: SessionStatistics) -> str:
        values = {
            "rate": percent(statistics.agreement_rate),
            "pairs": statistics.pairs,
            "kappa": decimal(statistics.weighted_kappa),
            "sheets": statistics.sheet_pairs,
        }
        if significant(statistics.sheet_pairs):
            return self.tr(
                "Accord des juré·es sur la session : {rate} des {pairs} niveaux comparés "
                "({sheets} paires de grilles) ; kappa de Cohen pondéré : {kappa}."
            ).format(**values)
        return self.tr(
            "Accord des juré·es sur la session : {rate} des {pairs} niveaux comparés ; "
            "kappa de Cohen pondéré : {kappa} — non significatif ({sheets} paire(s) de "
            "grilles)."
        ).format(**values)

    def selected_candidate(self) -> str | None:
        rows = self.candidates.selectionModel().selectedRows()
        return self.model.candidate_id(rows[0].row()) if rows else None

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        candidate_id = self.model.candidate_id(index.row())
        if candidate_id is not None:
            self.candidate_activated.emit(candidate_id)
