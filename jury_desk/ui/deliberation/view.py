"""The chair's deliberation on one candidate: both jurors' levels, casting votes, the decision.

Everything shown is read from the core's `Deliberator` and every change goes
through it, so the window and the command line follow the same rules. The
other juror's levels appear only when the core makes them visible (my sheet
signed, theirs imported); otherwise the view says plainly what is missing.
Checks the view can phrase better than the core (a missing note, reasons or
revision reason, an outcome the rule does not give) are made first, in French;
anything the core still refuses is shown as its one message.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.chair.deliberation import (
    OUTCOMES_NEEDING_REASONS,
    RULED_OUTCOMES,
    CompetencyComparison,
    Deliberator,
    RevisionRecord,
    SignedSheetsError,
)
from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.errors import UserError
from jury_desk.models.enums import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.sheets.importing import OtherJurorSheet, other_juror_view
from jury_desk.ui.deliberation.decision import DecisionPanel
from jury_desk.ui.deliberation.model import ComparisonModel, HistoryModel
from jury_desk.ui.deliberation.text import level_words, outcome_words
from jury_desk.ui.deliberation.vote import VotePanel
from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.table_headers import TitledStretch

ErrorReporter = Callable[[BaseException, str], None]


def _read_only_table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    # One line per row, so that the 8 competencies fit: the panel below gives the full texts.
    set_read_only_rows(table, word_wrap=False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class DeliberationView(QWidget):
    """One candidate's deliberation. Emits `decided(candidate_id)` after a decision is recorded
    and `message(text)` with a short report of each change saved."""

    decided = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        deliberator: Deliberator,
        desk: JurorDesk,
        report_error: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliberation_view")
        self.deliberator = deliberator
        self.desk = desk
        self._report_error = report_error
        self.candidate_id: str | None = None
        self._labels: tuple[str, ...] = desk.scale().labels
        self._comparable = False
        self._proposal: Outcome | None = None
        self._history: list[RevisionRecord] = []
        self._rows: list[CompetencyComparison] = []

        self.title = QLabel(self)
        self.title.setObjectName("deliberation_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        make_bold(self.title)
        self.state = QLabel(self)
        self.state.setObjectName("deliberation_state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)

        self.model = ComparisonModel(self)
        self.table = _read_only_table(
            self, "comparison_table", self.tr("Compétences : niveaux des deux juré·es")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        TitledStretch(self.table, [ComparisonModel.MY_COMMENT, ComparisonModel.OTHER_COMMENT])
        header.setSectionResizeMode(ComparisonModel.COMPETENCY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ComparisonModel.COMPETENCY, 200)
        self.table.selectionModel().selectionChanged.connect(self._on_row_selected)
        self.table_caption = QLabel(self.tr("Com&pétences :"), self)
        self.table_caption.setBuddy(self.table)

        self.vote = VotePanel(self)
        self.vote.vote_requested.connect(self._on_vote)
        self.decision = DecisionPanel(self)
        self.decision.decide_requested.connect(self._on_decide)

        self.history_model = HistoryModel(self)
        self.history = _read_only_table(
            self, "decision_history", self.tr("Historique des décisions et de leurs révisions")
        )
        self.history.setModel(self.history_model)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        TitledStretch(self.history, [HistoryModel.REASONS, HistoryModel.REVISION_REASON])
        self.history.setMaximumHeight(150)
        self.history_caption = QLabel(self.tr("&Historique des décisions :"), self)
        self.history_caption.setBuddy(self.history)
        self.no_history = QLabel(self.tr("Aucune décision n’a encore été prise."), self)
        self.no_history.setObjectName("no_history")

        panels = QHBoxLayout()
        panels.addWidget(self.vote, 1)
        panels.addWidget(self.decision, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.table_caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(panels)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history)
        layout.addWidget(self.no_history)
        layout.addStretch(0)  # takes the table's room while the table is hidden
        self._layout = layout
        # Reading order: the comparison, the vote on the selected row, the decision, its history.
        order = (
            self.table,
            self.vote.level,
            self.vote.note,
            self.vote.save_button,
            self.decision.outcome,
            self.decision.reasons,
            self.decision.revision_reason,
            self.decision.save_button,
            self.history,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.show_candidate(None)

    # ------------------------------------------------------------- showing

    def show_candidate(self, candidate_id: str | None) -> None:
        self.candidate_id = candidate_id
        self.refresh()

    def refresh(self) -> None:
        """Read the candidate's deliberation again, keeping the selected competency."""
        candidate_id = self.candidate_id
        for widget in (self.table_caption, self.table, self.vote, self.decision):
            widget.setVisible(candidate_id is not None)
        if candidate_id is None:
            self.title.setText(self.tr("Aucun candidat choisi."))
            self.state.setText(self.tr("Choisissez un candidat dans la liste."))
            self._layout.setStretch(self._layout.count() - 1, 1)
            self._show_history([])
            return
        try:
            self._read(candidate_id)
        except UserError as error:
            self._report_error(error, self.tr("La délibération n’a pas pu être lue"))
            return
        selected = self.vote.code
        self.model.set_rows(self._rows, self._labels)
        for widget in (self.table_caption, self.table, self.vote):
            widget.setVisible(self._comparable)
        self._layout.setStretch(self._layout.count() - 1, 0 if self._comparable else 1)
        row = self.model.row_of(selected) if selected is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._on_row_selected()
        self.decision.show_decision(
            self._proposal,
            self._history,
            comparable=self._comparable,
            unsettled=[row.code for row in self._rows if not row.settled],
            candidate_id=candidate_id,
        )
        self._show_history(self._history)

    def _read(self, candidate_id: str) -> None:
        summary = next((c for c in self.desk.candidates() if c.id == candidate_id), None)
        if summary is None:
            raise UserError(self.tr("Ce candidat n’est pas dans la session."))
        self._rows = self.deliberator.comparison(candidate_id)
        self._proposal = self.deliberator.proposed_outcome(candidate_id)
        self._history = self.deliberator.history(candidate_id)
        self._comparable = bool(self._rows) and all(row.other_visible for row in self._rows)
        signed = self.desk.grid(candidate_id).frozen
        self.title.setText(
            self.tr("Délibération — {name}, {startup}").format(
                name=summary.name, startup=summary.startup
            )
        )
        if not signed:
            self.state.setText(
                self.tr(
                    "Votre grille pour {name} n’est pas encore signée. Les niveaux et "
                    "commentaires de l’autre juré·e restent masqués jusqu’à ce que vous ayez "
                    "signé la vôtre (notation indépendante)."
                ).format(name=summary.name)
            )
        elif not self._comparable:
            self.state.setText(
                self.tr(
                    "La grille signée de l’autre juré·e pour {name} n’a pas encore été "
                    "importée (Fichier › Importer des grilles…)."
                ).format(name=summary.name)
            )
        else:
            others = other_juror_view(self.desk.workspace, candidate_id) or []
            self.state.setText(self._comparison_summary(others))

    def _comparison_summary(self, others: list[OtherJurorSheet]) -> str:
        differing = [row for row in self._rows if not row.agreed]
        crossing = [row for row in differing if row.crosses_threshold]
        pending = [row for row in differing if row.needs_casting_vote]
        parts = []
        if others:
            other = others[0]
            when = (
                f"{other.signed_at.astimezone(SESSION_TIMEZONE):%d/%m/%Y}"
                if other.signed_at is not None
                else "?"
            )
            parts.append(
                self.tr("Grille de {juror}, version {version}, signée le {date}.").format(
                    juror=other.juror_name, version=other.version, date=when
                )
            )
        if not differing:
            parts.append(self.tr("Accord sur les {n} compétences.").format(n=len(self._rows)))
        else:
            parts.append(
                self.tr(
                    "{n} désaccord(s), dont {k} sur la validation ; {p} à trancher par votre "
                    "voix prépondérante."
                ).format(n=len(differing), k=len(crossing), p=len(pending))
            )
        return " ".join(parts)

    def _show_history(self, records: list[RevisionRecord]) -> None:
        self.history_model.set_records(records)
        self.history_caption.setVisible(bool(records))
        self.history.setVisible(bool(records))
        self.no_history.setVisible(self.candidate_id is not None and not records)

    @Slot()
    def _on_row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else QModelIndex()
        row = self.model.comparison(index.row()) if index.isValid() else None
        self.vote.show_row(row if self._comparable else None, self._labels, self.candidate_id or "")

    # ------------------------------------------------------------- changing

    @Slot(str, int, str)
    def _on_vote(self, code: str, level: int, note: str) -> None:
        candidate_id = self.candidate_id
        if candidate_id is None:
            return
        title = self.tr("La voix prépondérante n’a pas été enregistrée")
        if level < 0:
            self._refuse(
                self.tr("Choisissez le niveau retenu pour {code}.").format(code=code), title
            )
            return
        if not note.strip():
            self._refuse(
                self.tr(
                    "Écrivez la justification du niveau retenu pour {code} : elle est gardée "
                    "avec la délibération."
                ).format(code=code),
                title,
            )
            return
        try:
            self.deliberator.cast_vote(candidate_id, code, level, note)
        except UserError as error:
            self._report_error(error, title)
            return
        self.vote.forget(candidate_id, code)
        self.refresh()
        self.message.emit(
            self.tr("Voix prépondérante enregistrée : {code} au niveau « {level} ».").format(
                code=code, level=level_words(self._labels, level)
            )
        )

    @Slot(object, str, str)
    def _on_decide(self, outcome: Outcome | None, reasons: str, revision_reason: str) -> None:
        candidate_id = self.candidate_id
        if candidate_id is None:
            return
        title = self.tr("La décision n’a pas été enregistrée")
        problem = self._decision_problem(outcome, reasons, revision_reason)
        if problem is not None or outcome is None:
            self._refuse(problem or self.tr("Choisissez l’issue de la délibération."), title)
            return
        try:
            try:
                record = self.deliberator.decide(candidate_id, outcome, reasons, revision_reason)
            except SignedSheetsError as error:
                if not self._confirm_not_heard(error):
                    return
                record = self.deliberator.decide(
                    candidate_id, outcome, reasons, revision_reason, despite_signed_sheets=True
                )
        except UserError as error:
            self._report_error(error, title)
            return
        self.decision.forget(candidate_id)
        self.refresh()
        self.decided.emit(candidate_id)
        self.message.emit(
            self.tr("Décision enregistrée : {outcome} (version {n}).").format(
                outcome=outcome_words(record.outcome), n=record.revision
            )
        )

    def _confirm_not_heard(self, error: SignedSheetsError) -> bool:
        """Absent or postponed though a sheet is signed: only on purpose (No is the default)."""
        answer = QMessageBox.question(
            self,
            self.tr("Confirmer la décision"),
            self.tr(
                "{reason}\n\nConfirmer cette décision ? Ses motifs diront pourquoi, malgré la "
                "grille signée."
            ).format(reason=error_text(error)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _decision_problem(
        self, outcome: Outcome | None, reasons: str, revision_reason: str
    ) -> str | None:
        """What keeps this decision from being recorded, in the chair's words; None if nothing."""
        if outcome is None:
            return self.tr("Choisissez l’issue de la délibération.")
        words = outcome_words(outcome)
        if outcome in OUTCOMES_NEEDING_REASONS and not reasons.strip():
            return self.tr(
                "Les motifs sont obligatoires pour « {outcome} » ; ils sont repris dans le "
                "courrier adressé au candidat ou à la candidate."
            ).format(outcome=words)
        if self._history and not revision_reason.strip():
            return self.tr("Une décision a déjà été prise : écrivez le motif de sa révision.")
        if outcome in RULED_OUTCOMES:
            if not self._comparable:
                return self.tr(
                    "« {outcome} » se décide sur les deux grilles signées : elles ne sont pas "
                    "encore toutes deux disponibles."
                ).format(outcome=words)
            if self._proposal is None:
                return self.tr(
                    "Toutes les compétences ne sont pas encore tranchées (reste : {codes}) : "
                    "enregistrez d’abord votre voix prépondérante."
                ).format(codes=", ".join(row.code for row in self._rows if not row.settled))
            if self._proposal is not outcome:
                return self.tr(
                    "La règle de décision donne « {proposal} » avec les niveaux retenus, "
                    "pas « {outcome} »."
                ).format(proposal=outcome_words(self._proposal), outcome=words)
        return None

    def _refuse(self, text: str, title: str) -> None:
        self._report_error(UserError(text), title)
