"""A proposed schedule, shown before anything is saved: who is placed where (new or kept),
and what could not be placed, and why. « Appliquer » accepts it; the page saves it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.rules.schedule.model import Placement
from jury_desk.rules.schedule.propose import Proposal
from jury_desk.ui.organiser.schedule_models import ScheduleView, slot_words
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.titled_table_model import TextRowsModel


class ProposedModel(TextRowsModel):
    def __init__(self, view: ScheduleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Candidat"), self.tr("Jury"), self.tr("Créneau"), self.tr("État"))
        self.view = view
        self._rows: list[Placement] = []
        self.kept_ids = {seat.candidate_id for seat in view.seats.values()}
        self._labels = {jury.id: jury.label for jury in view.juries}

    def set_rows(self, rows: Sequence[Placement]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: Placement, column: int, *, full: bool) -> str | None:
        if column == 0:
            return self.view.candidates.get(row.candidate_id, row.candidate_id)
        if column == 1:
            return self._labels.get(row.jury_id, row.jury_id)
        if column == 2:
            return slot_words(self.view.grid, row.start) if self.view.grid else ""
        return self.tr("déjà placé") if row.candidate_id in self.kept_ids else self.tr("nouveau")


class ProposalDialog(QDialog):
    def __init__(self, view: ScheduleView, proposal: Proposal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("proposal_dialog")
        self.setWindowTitle(self.tr("Proposition de planning"))
        self.proposal = proposal
        self.model = ProposedModel(view, self)
        self.model.set_rows(proposal.placements)
        self.table = QTableView(self)
        self.table.setObjectName("proposed_table")
        self.table.setAccessibleName(self.tr("Placements proposés"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("proposal_problems")
        self.problems.setAccessibleName(self.tr("Non placés et raisons"))
        self.problems.setWordWrap(True)
        for problem in proposal.problems:
            self.problems.addItem(error_text(problem.as_phrase()))
        if not proposal.problems:
            self.problems.addItem(
                self.tr("Chaque candidat a un créneau ; toutes les règles sont respectées.")
            )
        new = sum(1 for p in proposal.placements if p.candidate_id not in self.model.kept_ids)
        summary = QLabel(
            self.tr(
                "%1 nouveau(x) placement(s) proposé(s). Rien n’est enregistré avant « Appliquer »."
            ).replace("%1", str(new)),
            self,
        )
        summary.setObjectName("proposal_summary")
        summary.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Appliquer"), self)
        self.apply_button.setObjectName("apply_proposal")
        self.apply_button.setEnabled(new > 0)
        self.apply_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Annu&ler"), self)
        cancel.setObjectName("cancel_proposal")
        cancel.clicked.connect(self.reject)
        placed_label = QLabel(self.tr("Placements pr&oposés :"), self)
        placed_label.setBuddy(self.table)
        problems_label = QLabel(self.tr("Non placés et &raisons :"), self)
        problems_label.setBuddy(self.problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(placed_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.resize(760, 560)
