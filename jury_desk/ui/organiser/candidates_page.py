"""The candidates of the session: the list (names, status, missing items, a mark when the
identity the CDC will need has problems), filtered by status, and the form of the one
selected, saved at the version it was read (someone else's change meanwhile is not
overwritten: the refusal names them).

Reads the registry again on `state.changed` and `state.session_changed`; a form being
edited is kept as typed across a reload, with the version it was opened at.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.candidates import CandidateDraft, add_candidate, edit_candidate
from jury_desk.registry.nir import checked_nir, seal_typed_nir, set_nir
from jury_desk.ui.organiser.candidate_dossier import CandidateDossier
from jury_desk.ui.organiser.candidate_form import CandidateForm
from jury_desk.ui.organiser.candidate_models import CandidatesModel
from jury_desk.ui.organiser.candidate_nir import NirChange
from jury_desk.ui.organiser.candidate_rows import (
    CandidateDetail,
    read_detail,
    read_rows,
    status_word,
)
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.table_headers import TitledStretch


class CandidatesPage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidates_page")
        self.state = state
        self.candidate_id: str | None = None  # the one in the form; None: none, or a new one
        self.creating = False
        self.dirty = False
        self.detail: CandidateDetail | None = None
        self.form_version = 0  # the version of the candidate the form was filled from
        self._build_list()
        self._build_form()
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_side)
        splitter.addWidget(self.form_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        QVBoxLayout(self).addWidget(splitter)
        state.changed.connect(self.refresh)
        state.session_changed.connect(self._session_changed)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_list(self) -> None:
        self.list_side = QWidget(self)
        self.status_filter = QComboBox(self.list_side)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setAccessibleName(self.tr("Statut affiché"))
        self.status_filter.addItem(self.tr("Tous les statuts"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(status_word(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("Statut affic&hé :"), self.list_side)
        filter_label.setBuddy(self.status_filter)
        self.model = CandidatesModel(self)
        self.table = QTableView(self.list_side)
        self.table.setObjectName("candidates_table")
        self.table.setAccessibleName(self.tr("Candidats de la session"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=False)
        # The name in full; the incubator's long name is the one that gives way.
        for column in (0, 1, 3, 5):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        TitledStretch(self.table, (2, 4))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        list_label = QLabel(self.tr("&Liste des candidats :"), self.list_side)
        list_label.setBuddy(self.table)
        self.add_button = QPushButton(self.tr("&Ajouter un candidat"), self.list_side)
        self.add_button.setObjectName("add_candidate")
        self.add_button.clicked.connect(self.start_new)
        self.import_button = QPushButton(self.tr("Importer un &tableur…"), self.list_side)
        self.import_button.setObjectName("import_candidates")
        self.import_button.clicked.connect(self.open_intake)
        self.summary = QLabel(self.list_side)
        self.summary.setObjectName("candidates_summary")
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.list_side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(list_label)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _build_form(self) -> None:
        self.form_side = QWidget(self)
        self.heading = QLabel(self.form_side)
        self.heading.setObjectName("form_heading")
        self.form = CandidateForm(self.form_side)
        self.form.edited.connect(self._edited)
        self.dossier = CandidateDossier(self.state, self.form)
        self.form.addTab(self.dossier, self.tr("Pièces et statut"))
        self.save_button = QPushButton(self.tr("Enre&gistrer la fiche"), self.form_side)
        self.save_button.setObjectName("save_candidate")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Réta&blir la fiche enregistrée"), self.form_side)
        self.revert_button.setObjectName("revert_candidate")
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.form_side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ reading

    @Slot()
    def refresh(self) -> None:
        session_id = self.state.session_id
        rows = read_rows(self.state.registry, session_id)
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("%1 candidat(s) dans la session, %2 affiché(s).")
            .replace("%1", str(len(rows)))
            .replace("%2", str(self.model.rowCount()))
        )
        self.add_button.setEnabled(bool(session_id))
        self.import_button.setEnabled(bool(session_id))
        if self.candidate_id is not None and not any(r.id == self.candidate_id for r in rows):
            self.candidate_id, self.dirty = None, False
        self._select(self.candidate_id)
        self._load_form()

    def _session_changed(self, _session_id: str) -> None:
        self.candidate_id, self.creating, self.dirty = None, False, False
        self.refresh()

    def _select(self, candidate_id: str | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(candidate_id) if candidate_id else -1
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(
                self.model.index(-1, 0), QItemSelectionModel.SelectionFlag.Clear
            )
        else:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.blockSignals(False)

    def _load_form(self) -> None:
        """The form shows the candidate chosen, unless the organiser is editing it."""
        if self.candidate_id is None:
            self.detail = None
            if not self.dirty:
                self.form.set_draft(None)
                self.form.show_nir(keep=self._keeps_nir(), kept=False)
        else:
            self.detail = read_detail(self.state.registry, self.candidate_id)
            if not self.dirty:
                self.form.set_draft(self.detail.draft)
                # Shown while one is kept even if the settings stopped keeping them: to erase it.
                kept = self.detail.nir_kept
                self.form.show_nir(keep=kept or self._keeps_nir(), kept=kept)
                self.form_version = self.detail.version
        self.dossier.show_detail(self.detail, form_edited=self.dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editing = self.candidate_id is not None or self.creating
        self.form.setEnabled(editing)
        self.save_button.setEnabled(editing and self.dirty)
        self.revert_button.setEnabled(editing and self.dirty)
        if self.creating:
            self.heading.setText(self.tr("Nouveau candidat"))
        elif self.candidate_id is None:
            self.heading.setText(self.tr("Choisissez un candidat dans la liste."))
        else:
            name = self.model.name_of(self.candidate_id)
            heading = self.tr("Fiche de %1").replace("%1", name)
            self.heading.setText(heading + (self.tr(" (modifiée)") if self.dirty else ""))

    # ------------------------------------------------------------------ acting

    def _row_chosen(self) -> None:
        row = self.model.candidate_at(self.table.currentIndex().row())
        if self.dirty and not self._may_discard():
            self._select(self.candidate_id)  # back to the form being edited
            return
        self.candidate_id = row.id if row else None
        self.creating, self.dirty = False, False
        self._load_form()

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Fiche modifiée"),
            self.tr("Abandonner les modifications de la fiche, qui ne sont pas enregistrées ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _filter_changed(self) -> None:
        value = self.status_filter.currentData()
        self.model.set_filter(ApplicationStatus(value) if value else None)
        self._select(self.candidate_id)
        self.refresh()

    def _edited(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.dossier.show_detail(self.detail, form_edited=True)
        self._update_buttons()

    def start_new(self) -> None:
        """An empty form for a candidate typed by hand, saved by « Enregistrer »."""
        if self.dirty and not self._may_discard():
            return
        self._select(None)
        self.candidate_id, self.creating, self.dirty = None, True, False
        self._load_form()
        self.form.setCurrentIndex(0)
        self.form.texts["birth_name"].setFocus()

    def revert(self) -> None:
        self.dirty = False
        if self.creating:
            self.form.set_draft(None)
        self._load_form()

    def _keeps_nir(self) -> bool:
        from jury_desk.registry.declaration_settings import declaration_settings

        return declaration_settings(self.state.registry).keep_nir

    def save(self) -> None:
        draft, nir = self.form.draft(), self.form.nir_change()
        registry, session_id = self.state.registry, self.state.session_id
        title = self.tr("Enregistrer la fiche")
        if self.candidate_id is None:
            if not self.creating or not session_id:
                return

            def create() -> None:
                typed = nir.typed if nir is not None else None
                sealed = (
                    None
                    if typed is None
                    else seal_typed_nir(registry, typed, self.state.authority_recipient())
                )
                self.candidate_id = add_candidate(registry, session_id, draft, nir_sealed=sealed)
                self.creating, self.dirty = False, False

            self.state.write(self, title, create)
            return
        candidate_id = self.candidate_id
        seen = self.form_version

        def edit() -> None:
            self._save_edit(candidate_id, draft, nir, seen)
            self.dirty = False

        self.state.write(self, title, edit)

    def _save_edit(
        self, candidate_id: str, draft: CandidateDraft, nir: NirChange | None, seen: int
    ) -> None:
        """The identity then the number, each refused before anything is written if the
        number is not one (or no authority is there to seal it to)."""
        registry = self.state.registry
        recipient = ""
        if nir is not None and nir.typed is not None:
            checked_nir(nir.typed)
            recipient = self.state.authority_recipient()
        draft_changed = self.detail is None or draft != self.detail.draft
        if draft_changed or nir is None:
            edit_candidate(registry, candidate_id, draft, seen)
        if nir is not None:
            # After our own edit the row's version moved: the guard was that edit's.
            set_nir(registry, candidate_id, nir.typed, recipient, None if draft_changed else seen)

    def open_intake(self) -> None:
        from jury_desk.ui.organiser.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
