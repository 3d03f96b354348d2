"""Candidate intake from a spreadsheet: the file, which column holds each field (the
registry's remembered mapping, else a guess from the headers), the attachments from a
folder or a ZIP, a preview of every row (its files, its problems, whether the session
has it already), then the import of the rows that can be imported.

Reading, previewing and importing run through `OrganiserState.run_slow`. The window
shows file names only, never a path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.intake.mapping import ColumnMapping, guess_mapping
from jury_desk.intake.spreadsheet import Table, read_table
from jury_desk.registry.intake_import import (
    IntakePreview,
    import_intake,
    preview_intake,
    remember_mapping,
    remembered_mapping,
)
from jury_desk.ui.organiser.intake_models import ColumnChoice, MappingModel, PreviewModel
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.read_only_table import set_read_only_rows


def first_mapping(state: OrganiserState, table: Table) -> ColumnMapping:
    """The remembered mapping where the spreadsheet has its columns, else a guess."""
    remembered = remembered_mapping(state.registry)
    if remembered is not None:
        present = {f: h for f, h in remembered.columns.items() if h in table.headers}
        if present:
            return ColumnMapping(present)
    return guess_mapping(table.headers)


class IntakeDialog(QDialog):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_dialog")
        self.setWindowTitle(self.tr("Importer des candidats d’un tableur"))
        self.state = state
        self.session_id = state.session_id
        self.table: Table | None = None
        self.attachments: Path | None = None
        self.preview: IntakePreview | None = None
        self._build()
        self._update()
        self.resize(900, 680)

    # ------------------------------------------------------------------ building

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _build(self) -> None:
        self.sheet_name = QLabel(self.tr("Aucun tableur choisi."), self)
        self.sheet_name.setObjectName("sheet_name")
        self.choose_sheet = self._button(self.tr("Choisir le &tableur…"), "choose_sheet")
        self.choose_sheet.clicked.connect(self.ask_spreadsheet)
        self.mapping_model = MappingModel(self)
        self.mapping_model.dataChanged.connect(self._mapping_edited)
        self.mapping_view = QTableView(self)
        self.mapping_view.setObjectName("mapping_table")
        self.mapping_view.setAccessibleName(self.tr("Correspondance des colonnes"))
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(1, ColumnChoice(self.mapping_view))
        set_read_only_rows(self.mapping_view, word_wrap=False)
        self.mapping_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.attachments_name = QLabel(self.tr("Sans pièces jointes."), self)
        self.attachments_name.setObjectName("attachments_name")
        self.choose_folder = self._button(self.tr("Pièces jointes d’un &dossier…"), "choose_folder")
        self.choose_folder.clicked.connect(self.ask_folder)
        self.choose_zip = self._button(self.tr("Pièces jointes d’un &ZIP…"), "choose_zip")
        self.choose_zip.clicked.connect(self.ask_zip)
        self.no_attachments = self._button(self.tr("Sa&ns pièces jointes"), "no_attachments")
        self.no_attachments.clicked.connect(lambda: self._set_attachments(None))
        self.preview_button = self._button(self.tr("&Aperçu"), "preview")
        self.preview_button.clicked.connect(self.run_preview)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("preview_table")
        self.preview_view.setAccessibleName(self.tr("Aperçu de l’import"))
        self.preview_view.setModel(self.preview_model)
        set_read_only_rows(self.preview_view, word_wrap=True)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("intake_result")
        self.outcome.setWordWrap(True)
        self.import_button = self._button(self.tr("&Importer"), "import")
        self.import_button.clicked.connect(self.run_import)
        self.close_button = self._button(self.tr("Fe&rmer"), "close")
        self.close_button.clicked.connect(self.reject)
        self._lay_out()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tableur :"), self), 0, 0)
        grid.addWidget(self.sheet_name, 0, 1)
        grid.addWidget(self.choose_sheet, 0, 2)
        grid.addWidget(QLabel(self.tr("Pièces jointes :"), self), 1, 0)
        grid.addWidget(self.attachments_name, 1, 1)
        attachments = QHBoxLayout()
        for button in (self.choose_folder, self.choose_zip, self.no_attachments):
            attachments.addWidget(button)
        grid.addLayout(attachments, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self._label(self.tr("C&orrespondance des colonnes :"), self.mapping_view))
        layout.addWidget(self.mapping_view, 2)
        layout.addWidget(self._label(self.tr("Aperçu &ligne par ligne :"), self.preview_view))
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

    def _update(self) -> None:
        has_table = self.table is not None
        self.mapping_view.setEnabled(has_table)
        self.preview_button.setEnabled(has_table)
        importable = self.preview is not None and any(c.importable for c in self.preview.candidates)
        self.import_button.setEnabled(importable)

    # ------------------------------------------------------------------ choosing

    def ask_spreadsheet(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le tableur des candidatures"),
            "",
            self.tr("Tableurs (*.csv *.xlsx *.ods)"),
        )
        if chosen:
            self.load_spreadsheet(Path(chosen))

    def load_spreadsheet(self, path: Path) -> None:
        self.state.run_slow(
            self,
            self.tr("Lire le tableur"),
            self.tr("Lecture de %1…").replace("%1", path.name),
            lambda: read_table(path),
            lambda table: self._table_read(path, table),
        )

    def _table_read(self, path: Path, table: Table) -> None:
        self.table = table
        self.sheet_name.setText(
            self.tr("%1 : %2 ligne(s)").replace("%1", path.name).replace("%2", str(len(table.rows)))
        )
        self.mapping_model.set_mapping(table.headers, first_mapping(self.state, table))
        self.run_preview()

    def ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choisir le dossier des pièces jointes")
        )
        if chosen:
            self._set_attachments(Path(chosen))

    def ask_zip(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le ZIP des pièces jointes"),
            "",
            self.tr("Archives ZIP (*.zip)"),
        )
        if chosen:
            self._set_attachments(Path(chosen))

    def _set_attachments(self, source: Path | None) -> None:
        self.attachments = source
        if source is None:
            self.attachments_name.setText(self.tr("Sans pièces jointes."))
        else:
            self.attachments_name.setText(source.name)
        self._outdated()
        if self.table is not None:
            self.run_preview()

    def _mapping_edited(self) -> None:
        self._outdated()

    def _outdated(self) -> None:
        if self.preview is not None:
            self.preview = None
            self.outcome.setText(self.tr("L’aperçu n’est plus à jour : demandez un nouvel aperçu."))
        self._update()

    # ------------------------------------------------------------------ previewing, importing

    def run_preview(self) -> None:
        table = self.table
        if table is None:
            return
        mapping, attachments = self.mapping_model.mapping(), self.attachments
        registry, session_id = self.state.registry, self.session_id
        self.state.run_slow(
            self,
            self.tr("Aperçu de l’import"),
            self.tr("Lecture des lignes et des pièces jointes…"),
            lambda: preview_intake(registry, session_id, table, mapping, attachments),
            self._previewed,
        )

    def _previewed(self, preview: IntakePreview) -> None:
        self.preview = preview
        self.preview_model.set_rows(preview.candidates)
        count = sum(1 for c in preview.candidates if c.importable)
        self.outcome.setText(
            self.tr("%1 ligne(s) à importer sur %2.")
            .replace("%1", str(count))
            .replace("%2", str(len(preview.candidates)))
            + self._unmatched(preview)
            + self._nir_ignored(preview)
        )
        self._update()

    def _unmatched(self, preview: IntakePreview) -> str:
        if not preview.unmatched_files:
            return ""
        names = ", ".join(Path(name).name for name in preview.unmatched_files)
        return " " + self.tr("Fichiers rattachés à personne : %1.").replace("%1", names)

    def _nir_ignored(self, preview: IntakePreview) -> str:
        if not preview.nir_ignored:
            return ""
        return " " + self.tr(
            "La colonne du NIR est ignorée : le registre ne conserve pas les numéros de "
            "sécurité sociale (voir les réglages de la déclaration)."
        )

    def run_import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        mapping = self.mapping_model.mapping()
        registry, session_id, state = self.state.registry, self.session_id, self.state

        def work() -> tuple[str, ...]:
            remember_mapping(registry, mapping)
            # Only read when needed: an import without NIRs needs no authority here.
            with_nir = any(candidate.nir for candidate in preview.candidates)
            recipient = state.authority_recipient() if with_nir else None
            return import_intake(registry, session_id, preview, recipient)

        self.state.run_slow(
            self, self.tr("Importer"), self.tr("Import des candidats…"), work, self._imported
        )

    def _imported(self, added: tuple[str, ...]) -> None:
        preview = self.preview
        self.preview = None
        self.outcome.setText(
            self.tr("%1 candidat(s) ajouté(s) à la session.").replace("%1", str(len(added)))
            + (self._unmatched(preview) if preview else "")
        )
        self._update()
