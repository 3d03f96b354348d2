"""The Results tab: the juries' results files taken in (chosen, or dropped on the page) and
the session's board once the juries have sat: each candidate's interview, decision due date
and outcome (« en attente », late in words, when none), where the decision stands with the
Caisse des Dépôts (the days left to declare it, overdue in words), each jury's results
received or awaited, and the outcomes counted under the tables.

Lateness is counted against the state's clock, on the day it is in Paris; the board is read
again whenever the registry changes or another session is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.registry.declaration_lines import DeclarationLine
from jury_desk.registry.results_board import Board, session_board
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.organiser.declaration_models import lines_to_declare
from jury_desk.ui.organiser.letters_box import LettersBox
from jury_desk.ui.organiser.results_import import (
    FileOutcome,
    ImportProgress,
    import_files,
    outcome_line,
)
from jury_desk.ui.organiser.results_models import (
    OUTCOME_ORDER,
    CandidatesBoardModel,
    JuriesBoardModel,
    awaited_words,
    outcome_words,
)
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import read_only_table

RESULTS_FOLDER_SETTING = "organiser/results_folder"


class ResultsPage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("results_page")
        self.setAccessibleName(self.tr("Résultats des jurys"))
        self.setAcceptDrops(True)
        self.progress: ImportProgress | None = None  # the last import's, closed since
        self._importing = False
        self.import_button = QPushButton(self.tr("&Importer des résultats…"), self)
        self.import_button.setObjectName("import_results")
        self.import_button.setAccessibleName(self.tr("Importer des résultats"))
        self.import_button.setToolTip(
            self.tr("Les fichiers de résultats peuvent aussi être déposés sur cette page.")
        )
        self.import_button.clicked.connect(self.choose_files)
        hint = QLabel(
            self.tr(
                "Importez les fichiers de résultats (.jdresults) envoyés par les présidents "
                "des jurys, ou déposez-les sur cette page : chacun est vérifié (signatures, "
                "jury et paquet émis par ce registre) avant que ses décisions n’entrent."
            ),
            self,
        )
        hint.setObjectName("results_hint")
        hint.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("results_note")
        self.note.setWordWrap(True)
        self.candidates_model = CandidatesBoardModel()
        self.candidates_model.setParent(self)
        self.candidates_table = self._table(
            "results_candidates_table", self.tr("Candidats et décisions"), self.candidates_model
        )
        self.juries_model = JuriesBoardModel()
        self.juries_model.setParent(self)
        self.juries_table = self._table(
            "results_juries_table", self.tr("Jurys et résultats"), self.juries_model
        )
        self.counts = QLabel(self)
        self.counts.setObjectName("outcome_counts")
        self.counts.setWordWrap(True)
        self.letters_box = LettersBox(state, self)
        self._lay_out(hint)
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.refresh()

    def _table(
        self, name: str, accessible: str, model: CandidatesBoardModel | JuriesBoardModel
    ) -> QTableView:
        return read_only_table(self, name, accessible, model)

    def _lay_out(self, hint: QLabel) -> None:
        candidates_label = QLabel(self.tr("Ca&ndidats et décisions :"), self)
        candidates_label.setBuddy(self.candidates_table)
        juries_label = QLabel(self.tr("Jur&ys et résultats :"), self)
        juries_label.setBuddy(self.juries_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.note)
        layout.addWidget(candidates_label)
        layout.addWidget(self.candidates_table, 3)
        layout.addWidget(juries_label)
        layout.addWidget(self.juries_table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.letters_box)

    # ------------------------------------------------------------ the board

    @Slot()
    def refresh(self) -> None:
        today = self.state.context.clock.now().astimezone(SESSION_TIMEZONE).date()
        session_id = self.state.session_id
        board: Board | None = None
        declarations: dict[str, DeclarationLine] = {}
        said = self.tr("Aucune session : créez-en une dans l’onglet Session.")
        if session_id:
            try:
                board = session_board(self.state.registry, session_id)
                declarations = {
                    line.candidate_id: line
                    for line in lines_to_declare(self.state.registry, session_id)
                }
            except UserError as error:
                said = error_text(error)
        self.candidates_model.load(board.candidates if board else (), today, declarations)
        self.juries_model.load(board.juries if board else (), today)
        self.counts.setText(self._counts(board) if board else said)
        self.counts.setAccessibleName(self.counts.text())

    def _counts(self, board: Board) -> str:
        if not board.candidates:
            return self.tr(
                "Aucun candidat n’est encore placé dans un jury de cette session : placez-les "
                "dans l’onglet Jurys, planning et convocations."
            )
        counts = board.outcomes
        awaited = sum(1 for line in board.candidates if line.outcome is None)
        parts = [
            self.tr("{outcome} : {n}").format(outcome=outcome_words(outcome), n=counts[outcome])
            for outcome in OUTCOME_ORDER
        ]
        parts.append(self.tr("{outcome} : {n}").format(outcome=awaited_words(), n=awaited))
        return self.tr("Décisions ({total} candidat·e(s)) — {counts}.").format(
            total=len(board.candidates), counts=" ; ".join(parts)
        )

    # ------------------------------------------------------------ importing

    @Slot()
    def choose_files(self) -> None:
        from jury_desk.results.layout import SUFFIX
        from jury_desk.ui.widgets.save_folder import remembered_folder

        settings = self.state.context.settings
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importer des résultats de jurys"),
            str(remembered_folder(settings, RESULTS_FOLDER_SETTING)),
            self.tr("Résultats de jury jury-desk (*{suffix});;Tous les fichiers (*)").format(
                suffix=SUFFIX
            ),
        )
        if not chosen:
            return
        settings.setValue(RESULTS_FOLDER_SETTING, str(Path(chosen[0]).parent))
        self.import_paths([Path(name) for name in chosen])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import these files one after the other (each once, in the order given)."""
        files = list(dict.fromkeys(paths))
        if self._importing or not files:
            return
        self._importing = True
        self.import_button.setEnabled(False)
        if self.progress is not None:
            self.progress.deleteLater()
            self.progress = None
        self.progress = import_files(self, self.state, files, self._imported)

    def _imported(self, outcomes: list[FileOutcome] | None) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        if outcomes:
            self._offer_corrections(outcomes)
            text = (
                self.tr("Dernière importation :")
                + "\n"
                + "\n".join(f"– {outcome_line(outcome)}" for outcome in outcomes)
            )
            self.note.setText(text)
            self.note.setAccessibleName(text)

    def _offer_corrections(self, outcomes: list[FileOutcome]) -> None:
        """A file that changes recorded decisions (the jury deliberated again and signed new
        minutes) goes in only with the reason of the correction: asked here, then imported."""
        from jury_desk.registry.results_inbox import CorrectionNeedsReason

        for outcome in outcomes:
            if not isinstance(outcome.error, CorrectionNeedsReason) or outcome.path is None:
                continue
            reason, given = QInputDialog.getMultiLineText(
                self,
                self.tr("Rectifier des décisions"),
                self.tr(
                    "{change}\n\nMotif de la rectification (gardé au registre avec votre nom "
                    "et la date) :"
                ).format(change=error_text(outcome.error)),
            )
            if given and reason.strip():
                self._importing = True
                self.import_button.setEnabled(False)
                self.progress = import_files(
                    self, self.state, [outcome.path], self._imported, reason.strip()
                )
                return  # the next file, if any, once this one is in

    # ------------------------------------------------------------ dropped files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event) and not self._importing:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths or self._importing:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
