"""The working screen: candidates (left), dossier (centre), interview clock and grid (right)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.clock import Clock
from jury_desk.ui.clock.strip import ClockStrip
from jury_desk.ui.dossier.view import DossierView
from jury_desk.ui.grid.panel import GridPanel
from jury_desk.ui.shell.background import Writes
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.next_step import next_step_text
from jury_desk.ui.widgets.table_headers import TitledStretch


class SessionPage(QWidget):
    """Shows one workspace; emits `candidate_changed(id)` when the selection moves."""

    candidate_changed = Signal(str)
    progress_changed = Signal(object)  # the session's Progress, after each change

    def __init__(
        self,
        desk: JurorDesk,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
        writes: Writes | None = None,
    ):
        super().__init__(parent)
        self.desk = desk
        self.model = CandidateTableModel(self)
        self.candidates = self._candidate_table()
        self.dossier = DossierView(desk, self)
        right = QWidget(self)
        right.setObjectName("clock_and_grid")
        self.grid = GridPanel(desk, undo_stack, right, writes)
        self.clock_strip = ClockStrip(desk, clock, self.grid, right)
        # Starting or ending an interview changes the candidate's status in the list.
        self.clock_strip.session.stored.connect(self.update_statuses)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.clock_strip)
        right_layout.addWidget(self.grid, 1)
        self.right_pane = right
        header = desk.header()
        title = QLabel(
            self.tr("<b>{title}</b><br>{me} — {role}").format(
                title=header.title,
                me=header.me_name,
                role=self.tr("président·e du jury")
                if header.me_role == "chair"
                else self.tr("membre du jury"),
            ),
            self,
        )
        title.setObjectName("session_title")
        title.setWordWrap(True)
        self.next_step = QLabel(self)
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.next_step)
        caption = QLabel(self.tr("&Candidats"), left)
        caption.setBuddy(self.candidates)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.candidates, 1)
        # Names and start-ups must stay readable however the other panes are sized.
        left.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (left, self.dossier, right):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([360, 510, 496])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.candidates, self.dossier)
        # Reading order: the clock's buttons, then the grid they time.
        strip = self.clock_strip
        self.setTabOrder(self.dossier, strip.start_pause)
        self.setTabOrder(strip.start_pause, strip.next_phase_button)
        self.setTabOrder(strip.next_phase_button, strip.stop_button)
        self.setTabOrder(strip.stop_button, self.grid)

    def _candidate_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("candidate_table")
        table.setAccessibleName(self.tr("Liste des candidats, dans l’ordre du planning"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        TitledStretch(table, [CandidateTableModel.CANDIDATE])
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def refresh_candidates(self, today: date) -> None:
        self.model.set_candidates(self.desk.candidates(), today)
        self.show_progress()

    @Slot()
    def update_statuses(self) -> None:
        self.model.update_candidates(self.desk.candidates())
        self.show_progress()

    def show_progress(self) -> None:
        progress = self.desk.progress()
        self.next_step.setText(next_step_text(progress))
        self.progress_changed.emit(progress)

    def select_candidate(self, candidate_id: str | None) -> None:
        row = self.model.row_of(candidate_id) if candidate_id else None
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is not None:
            self.candidates.selectRow(row)

    def current_candidate(self) -> str | None:
        rows = self.candidates.selectionModel().selectedRows()
        return self.model.candidate_id(rows[0].row()) if rows else None

    def move_candidate(self, step: int) -> None:
        current = self.current_candidate()
        row = self.model.row_of(current) if current else None
        start = -1 if row is None else row
        target = max(0, min(self.model.rowCount() - 1, start + step))
        self.candidates.selectRow(target)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        candidate_id = self.current_candidate()
        self.dossier.show_candidate(candidate_id)
        self.grid.show_candidate(candidate_id)
        self.clock_strip.show_candidate(candidate_id)
        if candidate_id is not None:
            self.candidate_changed.emit(candidate_id)
