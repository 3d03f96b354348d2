"""Juries and schedule of the session: the juries (formed from two jurors, recomposed), the
grid of slots by juries with the candidate placed in each, placing by hand (a change that
breaks a rule is refused, saying which), a proposal shown before it is applied, the rules
the schedule breaks listed in words, and the convocations.

Reads the registry again on `state.changed` and `state.session_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.models.enums import JurorKind
from jury_desk.registry.juries import (
    apply_proposal,
    form_jury,
    place,
    propose_schedule,
    recompose_jury,
    unplace,
)
from jury_desk.rules.schedule.propose import Proposal
from jury_desk.ui.organiser.convocation_box import ConvocationBox
from jury_desk.ui.organiser.juror_profile import kind_name
from jury_desk.ui.organiser.schedule_models import (
    GridModel,
    JuriesModel,
    ScheduleView,
    read_schedule,
    slot_words,
)
from jury_desk.ui.organiser.schedule_proposal import ProposalDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import set_read_only_rows


class SchedulePage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_page")
        self.state = state
        self.view = ScheduleView()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._juries_box())
        left_layout.addWidget(self._placing_box())
        self.convocations = ConvocationBox(state, left)
        left_layout.addWidget(self.convocations)
        left_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._grid_side())
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    def _button(self, text: str, name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        return button

    def _juries_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jurys de la session"), self)
        self.juries_model = JuriesModel(self)
        self.juries = QTableView(box)
        self.juries.setObjectName("juries_table")
        self.juries.setAccessibleName(self.tr("Jurys de la session"))
        self.juries.setModel(self.juries_model)
        set_read_only_rows(self.juries, word_wrap=False)
        self.juries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.juries.selectionModel().currentRowChanged.connect(self._jury_chosen)
        self.chair = QComboBox(box)
        self.chair.setObjectName("chair_choice")
        self.chair.setAccessibleName(self.tr("Président·e du jury"))
        self.member = QComboBox(box)
        self.member.setObjectName("member_choice")
        self.member.setAccessibleName(self.tr("Membre du jury"))
        self.form_button = self._button(self.tr("F&ormer un jury"), "form_jury", box)
        self.form_button.clicked.connect(self.form_new_jury)
        self.recompose_button = self._button(self.tr("Recomposer le jur&y"), "recompose_jury", box)
        self.recompose_button.clicked.connect(self.recompose)
        form = QFormLayout()
        form.addRow(self._label(self.tr("P&résident·e :"), self.chair, box), self.chair)
        form.addRow(self._label(self.tr("&Membre :"), self.member, box), self.member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_button)
        buttons.addWidget(self.recompose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self._label(self.tr("&Liste des jurys :"), self.juries, box))
        layout.addWidget(self.juries)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def _placing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Placer les candidats"), self)
        self.candidate = QComboBox(box)
        self.candidate.setObjectName("candidate_choice")
        self.candidate.setAccessibleName(self.tr("Candidat à placer"))
        self.candidate.currentIndexChanged.connect(self._update_buttons)
        self.place_button = self._button(self.tr("Pl&acer"), "place", box)
        self.place_button.clicked.connect(self.place_chosen)
        self.unplace_button = self._button(self.tr("Re&tirer du créneau"), "unplace", box)
        self.unplace_button.clicked.connect(self.unplace_chosen)
        self.propose_button = self._button(self.tr("Proposer un plann&ing"), "propose", box)
        self.propose_button.clicked.connect(self.propose)
        self.hint = QLabel(
            self.tr("Choisissez un candidat, puis un créneau d’un jury dans la grille."), box
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.place_button, self.unplace_button, self.propose_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self._label(self.tr("Ca&ndidat à placer :"), self.candidate, box))
        layout.addWidget(self.candidate)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        return box

    def _grid_side(self) -> QWidget:
        side = QWidget(self)
        self.grid_model = GridModel(self)
        self.grid = QTableView(side)
        self.grid.setObjectName("schedule_grid")
        self.grid.setAccessibleName(self.tr("Grille des créneaux par jury"))
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)
        self.problems = QListWidget(side)
        self.problems.setObjectName("schedule_problems")
        self.problems.setAccessibleName(self.tr("Problèmes du planning"))
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label(self.tr("&Grille des créneaux :"), self.grid, side))
        layout.addWidget(self.grid, 3)
        layout.addWidget(self._label(self.tr("Pro&blèmes du planning :"), self.problems, side))
        layout.addWidget(self.problems, 1)
        return side

    # ------------------------------------------------------------------ reading

    @Slot()
    def refresh(self) -> None:
        session_id = self.state.session_id
        self.view = read_schedule(self.state.registry, session_id)
        chosen_jury = self._current_jury_id()
        current = self.grid.currentIndex()
        self.juries_model.set_rows(self.view.juries)
        self.grid_model.set_view(self.view)
        self._fill_jurors()
        self._fill_candidates()
        self._fill_problems()
        self.convocations.set_session(session_id)
        self._restore(chosen_jury, current.row(), current.column())
        self._update_buttons()

    def _current_jury_id(self) -> str | None:
        jury = self.juries_model.jury_at(self.juries.currentIndex().row())
        return jury.id if jury else None

    def _restore(self, jury_id: str | None, row: int, column: int) -> None:
        for number, jury in enumerate(self.view.juries):
            if jury.id == jury_id:
                self.juries.setCurrentIndex(self.juries_model.index(number, 0))
        if row >= 0 and column >= 0:
            self.grid.setCurrentIndex(self.grid_model.index(row, column))

    def _fill_jurors(self) -> None:
        """Both lists of jurors; at first, a portfolio manager chairs, an intrapreneur sits."""
        for combo, kind in (
            (self.chair, JurorKind.PORTFOLIO_MANAGER),
            (self.member, JurorKind.CERTIFIED_INTRAPRENEUR),
        ):
            chosen = combo.currentData()
            combo.clear()
            for juror in self.view.jurors:
                combo.addItem(f"{juror.name} ({kind_name(juror.kind).lower()})", juror.id)
            if not chosen:
                chosen = next((j.id for j in self.view.jurors if j.kind is kind), None)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)

    def _fill_candidates(self) -> None:
        chosen = self.candidate.currentData()
        self.candidate.clear()
        grid = self.view.grid
        for candidate_id, name in sorted(self.view.candidates.items(), key=lambda i: i[1]):
            seat = self.view.seat_of(candidate_id)
            if seat is not None and grid is not None:
                jury = next((j.label for j in self.view.juries if j.id == seat[0]), "")
                where = self.tr("placé : %1, %2").replace("%1", jury)
                name = f"{name} ({where.replace('%2', slot_words(grid, seat[1]))})"
            self.candidate.addItem(name, candidate_id)
        index = self.candidate.findData(chosen) if chosen else -1
        self.candidate.setCurrentIndex(
            index if index >= 0 else (0 if self.candidate.count() else -1)
        )

    def _fill_problems(self) -> None:
        self.problems.clear()
        for problem in self.view.problems:
            self.problems.addItem(error_text(problem.as_phrase()))
        if not self.view.problems:
            self.problems.addItem(self.tr("Aucun : le planning respecte toutes les règles."))

    def _update_buttons(self) -> None:
        has_session = self.view.grid is not None
        self.form_button.setEnabled(has_session and len(self.view.jurors) >= 2)
        self.recompose_button.setEnabled(self._current_jury_id() is not None)
        cell = self.grid.currentIndex()
        seat = self.grid_model.seat_at(cell) if cell.isValid() else None
        self.place_button.setEnabled(cell.isValid() and self.candidate.currentIndex() >= 0)
        self.unplace_button.setEnabled(seat is not None)
        self.propose_button.setEnabled(has_session and bool(self.view.juries))

    def _jury_chosen(self) -> None:
        jury = self.juries_model.jury_at(self.juries.currentIndex().row())
        if jury is not None:
            self.chair.setCurrentIndex(self.chair.findData(jury.chair_id))
            self.member.setCurrentIndex(self.member.findData(jury.member_id))
        self._update_buttons()

    def _cell_chosen(self) -> None:
        seat = self.grid_model.seat_at(self.grid.currentIndex())
        if seat is not None:
            self.candidate.setCurrentIndex(self.candidate.findData(seat.candidate_id))
        self._update_buttons()

    # ------------------------------------------------------------------ acting

    def _two_people(self, title: str) -> tuple[str, str] | None:
        """The chair and member chosen, if they are two people; else said, and None."""
        chair, member = self.chair.currentData(), self.member.currentData()
        if not chair or not member:
            return None
        if chair == member:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                self.tr("Un jury réunit deux jurés différents : choisissez un autre membre."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("same_juror")
            box.open()
            return None
        return str(chair), str(member)

    def form_new_jury(self) -> None:
        title = self.tr("Former un jury")
        chosen = self._two_people(title)
        if chosen is None:
            return
        chair, member = chosen
        registry, session_id = self.state.registry, self.state.session_id
        self.state.write(self, title, lambda: form_jury(registry, session_id, chair, member))

    def recompose(self) -> None:
        jury = self.juries_model.jury_at(self.juries.currentIndex().row())
        title = self.tr("Recomposer le jury")
        chosen = self._two_people(title)
        if jury is None or chosen is None:
            return
        chair, member = chosen
        registry = self.state.registry
        self.state.write(
            self, title, lambda: recompose_jury(registry, jury.id, chair, member, jury.version)
        )

    def place_chosen(self) -> None:
        target = self.grid_model.place_at(self.grid.currentIndex())
        candidate_id = self.candidate.currentData()
        if target is None or not candidate_id:
            return
        jury_id, start = target
        seat = self.view.seat_of(str(candidate_id))
        seen = seat[2].version if seat is not None else None
        registry = self.state.registry
        self.state.write(
            self,
            self.tr("Placer un candidat"),
            lambda: place(registry, str(candidate_id), jury_id, start, seen),
        )

    def unplace_chosen(self) -> None:
        seat = self.grid_model.seat_at(self.grid.currentIndex())
        if seat is None:
            return
        registry = self.state.registry
        self.state.write(
            self, self.tr("Retirer du créneau"), lambda: unplace(registry, seat.candidate_id)
        )

    def propose(self) -> None:
        registry, session_id = self.state.registry, self.state.session_id
        title = self.tr("Proposer un planning")
        try:
            proposal = propose_schedule(registry, session_id)
        except Exception as error:  # noqa: BLE001 - shown, and logged if it is ours
            self.state.show_error(self, error, title)
            return
        dialog = ProposalDialog(self.view, proposal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(proposal))
        dialog.open()

    def _apply(self, proposal: Proposal) -> None:
        registry, session_id = self.state.registry, self.state.session_id
        self.state.write(
            self,
            self.tr("Appliquer la proposition"),
            lambda: apply_proposal(registry, session_id, proposal),
        )
