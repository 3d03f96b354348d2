"""The chair's deliberation page: the candidate list beside the deliberation on the selected one.

The list is a second view of the session page's candidate model and shares its
selection, so the candidate chosen here is the one chosen there (and Alt+Up /
Alt+Down move both).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.chair.deliberation import Deliberator
from jury_desk.ui.deliberation.view import DeliberationView, ErrorReporter
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.session_page import SessionPage
from jury_desk.ui.widgets.table_headers import TitledStretch


class DeliberationPage(QWidget):
    """Candidates (left) and the deliberation of the selected one (right)."""

    def __init__(
        self,
        deliberator: Deliberator,
        page: SessionPage,
        report_error: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliberation_page")
        self.session_page = page
        self.candidates = QTableView(self)
        self.candidates.setObjectName("deliberation_candidates")
        self.candidates.setAccessibleName(self.tr("Candidats à délibérer"))
        self.candidates.setModel(page.model)
        self.candidates.setSelectionModel(page.candidates.selectionModel())
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setTabKeyNavigation(False)
        self.candidates.setWordWrap(True)
        self.candidates.verticalHeader().setVisible(False)
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        TitledStretch(self.candidates, [CandidateTableModel.CANDIDATE])
        self.candidates.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        caption = QLabel(self.tr("C&andidats :"), self)
        caption.setBuddy(self.candidates)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.candidates, 1)
        left.setMinimumWidth(260)

        self.view = DeliberationView(deliberator, page.desk, report_error, self)
        self.view.decided.connect(self._on_decided)
        scroll = QScrollArea(self)
        scroll.setObjectName("deliberation_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus, not it
        scroll.setWidget(self.view)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1040])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.candidates, self.view.table)

        page.candidates.selectionModel().selectionChanged.connect(self._follow_selection)
        # Imports and signatures change what can be compared: read again while shown.
        page.model.dataChanged.connect(self._on_statuses_changed)
        page.model.modelReset.connect(self._on_statuses_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_selection()

    @Slot()
    def _follow_selection(self) -> None:
        if self.isVisible():
            self.view.show_candidate(self.session_page.current_candidate())

    def _on_statuses_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.view.refresh()

    @Slot(str)
    def _on_decided(self, _candidate_id: str) -> None:
        self.session_page.update_statuses()
