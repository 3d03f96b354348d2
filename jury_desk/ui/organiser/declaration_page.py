"""The « Déclaration à la CDC » tab: the session's holders declared to the Caisse des Dépôts
within three months of each decision (Code du travail, R.6113-17-2).

- The settings on one line, « Paramètres… » to edit them (declaration_settings_dialog.py).
- The session's decisions the CDC must hear of: decided on, to declare before, days left
  (late in words, then in colour), the state in words and the CDC's message.
- The declaration files written for the session, and what became of their passages.
- « Écrire la déclaration… » (declaration_export.py), « Marquer comme déposé » for the
  file chosen once uploaded, « Importer le rapport de traitement… » of the CDC
  (declaration_report.py).

Everything is read again whenever the registry changes or another session is chosen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.registry.declaration_lines import DeclarationLine
from jury_desk.registry.declaration_settings import DeclarationSettings, declaration_settings
from jury_desk.registry.declaration_tracking import (
    FlowLine,
    mark_sent,
    session_flows,
)
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.organiser.declaration_models import DecisionsModel, FlowsModel, lines_to_declare
from jury_desk.ui.organiser.declaration_settings_dialog import DeclarationSettingsDialog
from jury_desk.ui.organiser.declaration_summary import SchemaWords, settings_summary
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import read_only_table


class DeclarationPage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("declaration_page")
        self.setAccessibleName(self.tr("Déclaration à la Caisse des Dépôts"))
        self.settings = DeclarationSettings()
        self._schema_words = SchemaWords()
        self.summary = self._label("declaration_settings_summary")
        self.settings_button = self._button(
            "declaration_settings", self.tr("Paramè&tres…"), self.tr("Paramètres de la déclaration")
        )
        self.settings_button.clicked.connect(self.edit_settings)
        self.decisions_model = DecisionsModel()
        self.decisions_model.setParent(self)
        self.decisions_table = self._table(
            "declaration_decisions_table",
            self.tr("Décisions à déclarer à la CDC"),
            self.decisions_model,
        )
        self.flows_model = FlowsModel()
        self.flows_model.setParent(self)
        self.flows_table = self._table(
            "declaration_files_table", self.tr("Fichiers de déclaration"), self.flows_model
        )
        self.flows_table.selectionModel().currentChanged.connect(self._update_buttons)
        self.write_button = self._button(
            "write_declaration",
            self.tr("Écri&re la déclaration…"),
            self.tr("Écrire la déclaration"),
        )
        self.write_button.clicked.connect(self.write)
        self.sent_button = self._button(
            "mark_declaration_sent",
            self.tr("&Marquer comme déposé"),
            self.tr("Marquer le fichier choisi comme déposé"),
        )
        self.sent_button.clicked.connect(self.mark_deposited)
        self.report_button = self._button(
            "import_declaration_report",
            self.tr("&Importer le rapport de traitement…"),
            self.tr("Importer le rapport de traitement de la CDC"),
        )
        self.report_button.clicked.connect(self.choose_report)
        self.counts = self._label("declaration_counts")
        self.note = self._label("declaration_note")
        self._lay_out()
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ the widgets

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _table(self, name: str, accessible: str, model: DecisionsModel | FlowsModel) -> QTableView:
        return read_only_table(self, name, accessible, model)

    def _lay_out(self) -> None:
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.summary, 1)
        settings_row.addWidget(self.settings_button)
        decisions_label = QLabel(self.tr("&Décisions de la session à déclarer :"), self)
        decisions_label.setBuddy(self.decisions_table)
        files_label = QLabel(self.tr("Fic&hiers de déclaration écrits :"), self)
        files_label.setBuddy(self.flows_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings_row)
        layout.addWidget(decisions_label)
        layout.addWidget(self.decisions_table, 3)
        layout.addWidget(self.counts)
        layout.addWidget(files_label)
        layout.addWidget(self.flows_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    # ------------------------------------------------------------ reading

    @Slot()
    def refresh(self) -> None:
        today = self.state.context.clock.now().astimezone(SESSION_TIMEZONE).date()
        session_id = self.state.session_id
        chosen = self.flows_model.flow(self.flows_table.currentIndex().row())
        lines: list[DeclarationLine] = []
        flows: list[FlowLine] = []
        said = self.tr("Aucune session : créez-en une dans l’onglet Session.")
        try:
            self.settings = declaration_settings(self.state.registry)
            if session_id:
                lines = lines_to_declare(self.state.registry, session_id)
                flows = session_flows(self.state.registry, session_id)
                said = self._counts(lines, today)
        except UserError as error:
            said = error_text(error)
        self._say(
            self.summary,
            settings_summary(self.settings, self._schema_words(self.settings.schema_path)),
        )
        self.decisions_model.load(lines, today)
        self.flows_model.load(flows)
        # The file to deposit first (one at most: a new file replaces an unsent one),
        # else the one chosen before, else the newest.
        row = next((n for n, flow in enumerate(flows) if flow.awaiting_upload), -1)
        if row < 0 and chosen is not None:
            row = self.flows_model.row_of(chosen.flow_id)
        if row < 0 and flows:
            row = 0
        if row >= 0:
            self.flows_table.setCurrentIndex(self.flows_model.index(row, 0))
        self._say(self.counts, said)
        self._update_buttons()

    def _counts(self, lines: list[DeclarationLine], today: date) -> str:
        if not lines:
            return self.tr(
                "Rien à déclarer pour cette session : aucune décision de certification "
                "n’attend la CDC."
            )
        late = sum(1 for line in lines if (line.days_left(today) or 0) < 0)
        if late:
            return self.tr(
                "{n} décision(s) de la session concernent la CDC, dont {late} en retard sur "
                "les trois mois pour la déclarer."
            ).format(n=len(lines), late=late)
        return self.tr("{n} décision(s) de la session concernent la CDC.").format(n=len(lines))

    @Slot()
    def _update_buttons(self) -> None:
        flow = self.flows_model.flow(self.flows_table.currentIndex().row())
        session = bool(self.state.session_id)
        self.write_button.setEnabled(session)
        self.report_button.setEnabled(session)
        self.sent_button.setEnabled(flow is not None and flow.awaiting_upload)

    # ------------------------------------------------------------ the settings

    @Slot()
    def edit_settings(self) -> None:
        from jury_desk.registry.declaration_settings import save_declaration_settings

        registry = self.state.registry

        def save(settings: DeclarationSettings) -> str | None:
            try:
                save_declaration_settings(registry, settings)
            except UserError as error:
                return error_text(error)
            except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
                self.state.show_error(self, error, self.tr("Paramètres de la déclaration"))
                return self.tr("Les paramètres n’ont pas pu être enregistrés.")
            return None

        dialog = DeclarationSettingsDialog(self.settings, save, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._schema_words.forget()  # the same path may hold another file now
            self.state.changed.emit()
            self._say(self.note, self.tr("Paramètres de la déclaration enregistrés."))

    # ------------------------------------------------------------ the actions

    @Slot()
    def write(self) -> None:
        from jury_desk.ui.organiser.declaration_export import write_declaration

        write_declaration(self, self.state, lambda text: self._say(self.note, text))

    @Slot()
    def mark_deposited(self) -> None:
        flow = self.flows_model.flow(self.flows_table.currentIndex().row())
        if flow is None or not flow.awaiting_upload:
            return
        registry, flow_id = self.state.registry, flow.flow_id
        count = self.state.write(
            self, self.tr("Marquer comme déposé"), lambda: mark_sent(registry, flow_id)
        )
        if count is not None:
            self._say(
                self.note,
                self.tr(
                    "« {file} » est marqué comme déposé : {n} passage(s) attendent le rapport "
                    "de traitement de la CDC."
                ).format(file=flow.file_name, n=count),
            )

    @Slot()
    def choose_report(self) -> None:
        from jury_desk.ui.organiser.declaration_report import choose_report

        choose_report(self, self.state, lambda text: self._say(self.note, text))
