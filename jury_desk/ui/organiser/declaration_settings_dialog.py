"""The declaration's settings edited in a dialog (the CDC's client and contract ids with
their lengths, the certification, the XML Schema of the CDC's kit, whether social security
numbers are kept); declaration_summary.py says them on one line for the Déclaration tab.

OK hands the settings to `save` (the page saves them in the registry): None once saved,
else the refusal in words, shown in the dialog, which stays open. Cancel saves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.registry.declaration_settings import (
    CLIENT_ID_LENGTH,
    CODE_MAX,
    CONTRACT_ID_MAX,
    TYPE_MAX,
    DeclarationSettings,
)
from jury_desk.ui.theme.palette import set_themed_style
from jury_desk.ui.widgets.button_mnemonics import name_standard_buttons

_PROBLEM_STYLE = "QLabel#declaration_settings_problem {{ color: {error}; font-weight: bold; }}"


class DeclarationSettingsDialog(QDialog):
    """The declaration's settings, edited; `save` answers None once saved, else the refusal."""

    def __init__(
        self,
        settings: DeclarationSettings,
        save: Callable[[DeclarationSettings], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("declaration_settings_dialog")
        title = self.tr("Paramètres de la déclaration à la CDC")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._save = save
        explanation = QLabel(
            self.tr(
                "La Caisse des Dépôts donne au certificateur un identifiant client et un "
                "identifiant de contrat, et le kit de l’accrochage certificateur, dont le "
                "schéma XML (.xsd) : chaque déclaration est vérifiée contre lui avant d’être "
                "écrite."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.client_id = self._field(
            "declaration_client_id",
            self.tr("Identifiant client de la CDC"),
            self.tr("{n} caractères").format(n=CLIENT_ID_LENGTH),
            CLIENT_ID_LENGTH,
            settings.client_id,
        )
        self.contract_id = self._field(
            "declaration_contract_id",
            self.tr("Identifiant de contrat"),
            self.tr("1 à {n} caractères").format(n=CONTRACT_ID_MAX),
            CONTRACT_ID_MAX,
            settings.contract_id,
        )
        self.certification_type = self._field(
            "declaration_certification_type",
            self.tr("Type de certification"),
            self.tr("par exemple RS"),
            TYPE_MAX,
            settings.certification_type,
        )
        self.certification_code = self._field(
            "declaration_certification_code",
            self.tr("Code de la certification"),
            self.tr("par exemple RS6247"),
            CODE_MAX,
            settings.certification_code,
        )
        self.schema_path = self._field(
            "declaration_schema_path",
            self.tr("Schéma XML du kit de la CDC"),
            self.tr("le fichier .xsd du kit de la CDC"),
            4096,
            settings.schema_path,
        )
        self.choose_button = QPushButton(self.tr("C&hoisir…"), self)
        self.choose_button.setObjectName("declaration_choose_schema")
        self.choose_button.setAccessibleName(self.tr("Choisir le schéma XML"))
        self.choose_button.clicked.connect(self.choose_schema)
        self.keep_nir = QCheckBox(
            self.tr("Conserver les &numéros de sécurité sociale (chiffrés) pour la déclaration"),
            self,
        )
        self.keep_nir.setObjectName("declaration_keep_nir")
        self.keep_nir.setAccessibleName(
            self.tr("Conserver les numéros de sécurité sociale (chiffrés) pour la déclaration")
        )
        self.keep_nir.setToolTip(
            self.tr(
                "Chiffrés pour l’autorité de l’organisateur, ils ne sont lus qu’à l’écriture "
                "de la déclaration et effacés dès que la CDC l’a acceptée."
            )
        )
        self.keep_nir.setChecked(settings.keep_nir)
        self.problem = QLabel(self)
        self.problem.setObjectName("declaration_settings_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        set_themed_style(self.problem, lambda colours: _PROBLEM_STYLE.format(error=colours.error))
        self._lay_out(explanation)
        self.client_id.setFocus()

    def _field(self, name: str, accessible: str, rule: str, maximum: int, value: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setAccessibleDescription(rule)
        field.setPlaceholderText(rule)
        field.setToolTip(rule)
        field.setMaxLength(maximum)
        return field

    def _lay_out(self, explanation: QLabel) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Identifiant client (idClient) :"), self.client_id),
            (self.tr("Identifiant de &contrat (idContrat) :"), self.contract_id),
            (self.tr("&Type de certification :"), self.certification_type),
            (self.tr("Co&de de la certification :"), self.certification_code),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        rules = QLabel(
            self.tr(
                "L’identifiant client a exactement {client} caractères, l’identifiant de "
                "contrat 1 à {contract} caractères, comme la CDC les a donnés."
            ).format(client=CLIENT_ID_LENGTH, contract=CONTRACT_ID_MAX),
            self,
        )
        rules.setObjectName("declaration_settings_rules")
        rules.setWordWrap(True)
        schema_row = QHBoxLayout()
        schema_row.addWidget(self.schema_path, 1)
        schema_row.addWidget(self.choose_button)
        schema_label = QLabel(self.tr("&Schéma XML (.xsd) :"), self)
        schema_label.setBuddy(self.schema_path)
        form.addRow(schema_label, schema_row)
        form.addRow(self.keep_nir)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("declaration_settings_buttons")
        buttons.accepted.connect(self.save_if_acceptable)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(rules)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def shown_settings(self) -> DeclarationSettings:
        path = self.schema_path.text().strip()
        return DeclarationSettings(
            client_id=self.client_id.text(),
            contract_id=self.contract_id.text(),
            certification_type=self.certification_type.text(),
            certification_code=self.certification_code.text(),
            schema_path=str(Path(path).expanduser().resolve()) if path else "",
            keep_nir=self.keep_nir.isChecked(),
        )

    @Slot()
    def choose_schema(self) -> None:
        current = self.schema_path.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le schéma XML du kit de la CDC"),
            start,
            self.tr("Schémas XML (*.xsd);;Tous les fichiers (*)"),
        )
        if chosen:
            self.schema_path.setText(chosen)

    @Slot()
    def save_if_acceptable(self) -> None:
        problem = self._save(self.shown_settings())
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.show()
