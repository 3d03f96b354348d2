"""The Bundles tab: one row per jury of the current session; the one chosen shows who
receives what and what still stands in the way, in words; its bundle is made from here,
optionally locked by a passphrase of six words the organiser gives by another channel.

The page is a column of group boxes: the bundles first, the convocations' below
(`sections`, the layout a later part adds its box to).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.bundles import BundleSummary, JuryRow, jury_rows
from jury_desk.ui.organiser.bundle_build import recipients_text
from jury_desk.ui.organiser.bundle_rows import JuriesModel
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import set_read_only_rows


class BundlesPage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("bundles_page")
        self.setAccessibleName(self.tr("Paquets des jurys"))
        self.summary: BundleSummary | None = None
        self.progress: QWidget | None = None  # the last build's progress dialog
        self.model = JuriesModel()
        self.model.setParent(self)
        self.table = QTableView(self)
        self.table.setObjectName("juries_table")
        self.table.setAccessibleName(self.tr("Jurys de la session"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentChanged.connect(self._chosen)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("bundle_summary")
        self.details.setAccessibleName(self.tr("Résumé du paquet"))
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self._build_options()
        self.sections = QVBoxLayout(self)
        self.sections.addWidget(self._bundles_group())
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.refresh()

    def _build_options(self) -> None:
        self.with_passphrase = QCheckBox(self.tr("Protéger &aussi par une phrase de passe"), self)
        self.with_passphrase.setObjectName("bundle_with_passphrase")
        self.with_passphrase.setAccessibleName(self.tr("Protéger aussi par une phrase de passe"))
        self.with_passphrase.setToolTip(
            self.tr(
                "Le paquet ne s’ouvrira qu’avec la clé du juré et cette phrase : donnez-la par "
                "un autre moyen que le paquet (téléphone, SMS)."
            )
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("bundle_passphrase")
        self.passphrase.setAccessibleName(self.tr("Phrase de passe à transmettre aux jurés"))
        self.passphrase.setReadOnly(True)
        self.generate_button = self._button(
            "generate_passphrase", self.tr("&Générer une phrase de passe")
        )
        self.copy_button = self._button("copy_passphrase", self.tr("C&opier"))
        self.copy_button.setAccessibleName(self.tr("Copier la phrase de passe"))
        self.create_button = self._button("create_bundle", self.tr("Créer le paq&uet…"))
        self.note = QLabel(self)
        self.note.setObjectName("bundles_note")
        self.note.setWordWrap(True)
        self.authority_hint = QLabel(
            self.tr(
                "Créez ou restaurez d’abord l’autorité de l’organisateur, dans l’onglet "
                "Session : elle signe les paquets."
            ),
            self,
        )
        self.authority_hint.setObjectName("bundles_authority_hint")
        self.authority_hint.setWordWrap(True)
        self.authority_hint.hide()
        self.with_passphrase.toggled.connect(self._passphrase_toggled)
        self.generate_button.clicked.connect(self.generate_passphrase)
        self.copy_button.clicked.connect(self.copy_passphrase)
        self.create_button.clicked.connect(self.create_bundle)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _bundles_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Paquets des jurys"), self)
        group.setObjectName("bundles_group")
        table_label = QLabel(self.tr("Jur&ys de la session :"), group)
        table_label.setBuddy(self.table)
        details_label = QLabel(self.tr("&Résumé du paquet :"), group)
        details_label.setBuddy(self.details)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.copy_button)
        passphrase_row.addWidget(self.generate_button)
        options = QFormLayout()
        options.addRow(self.with_passphrase)
        passphrase_label = QLabel(self.tr("Phrase de passe à &transmettre :"), group)
        passphrase_label.setBuddy(self.passphrase)
        options.addRow(passphrase_label, passphrase_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.authority_hint)
        layout.addWidget(self.note)
        return group

    # ------------------------------------------------------------ reading

    @Slot()
    def refresh(self) -> None:
        chosen = self.model.jury(self.table.currentIndex().row())
        self.model.load(jury_rows(self.state.registry, self.state.session_id))
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._chosen()

    @Slot()
    def _chosen(self) -> None:
        from jury_desk.registry.bundles import bundle_summary

        jury = self.model.jury(self.table.currentIndex().row())
        self.summary = None
        if jury is None:
            if self.state.session_id:
                text = self.tr(
                    "Cette session n’a pas encore de jury : formez-les dans l’onglet "
                    "Jurys, planning et convocations."
                )
            else:
                text = self.tr("Aucune session : créez-en une dans l’onglet Session.")
            self.details.setPlainText(text)
        else:
            try:
                self.summary = bundle_summary(self.state.registry, jury.id)
            except UserError as error:
                self.details.setPlainText(error_text(error))
            else:
                self.details.setPlainText(self._describe(self.summary, jury))
        self._update_buttons()

    def _describe(self, summary: BundleSummary, jury: JuryRow) -> str:
        zone = ZoneInfo(jury.timezone)
        lines = [
            self.tr("Paquet de {jury}, version {version}.").format(
                jury=summary.jury_label, version=summary.version
            ),
            "",
            self.tr("Destinataires :"),
            *(f"– {line}" for line in recipients_text(summary)),
            "",
            self.tr("Candidats ({count}) :").format(count=len(summary.candidates)),
        ]
        locale = QLocale()
        for candidate in summary.candidates:
            start = QDateTime(candidate.start.astimezone(zone).replace(tzinfo=None))
            lines.append(
                self.tr("– {name}, le {when} ({documents} documents)").format(
                    name=candidate.name,
                    when=locale.toString(start, QLocale.FormatType.ShortFormat),
                    documents=candidate.documents,
                )
            )
        if summary.blockers:
            lines += ["", self.tr("À régler avant de créer le paquet :")]
            lines += [f"– {error_text(blocker)}" for blocker in summary.blockers]
        return "\n".join(lines)

    def _authority_exists(self) -> bool:
        from jury_desk.trust.authority import CERTIFICATE_FILE

        return (organiser_dir(self.state.context.profile.home) / CERTIFICATE_FILE).exists()

    def _update_buttons(self) -> None:
        locked = self.with_passphrase.isChecked()
        for widget in (self.passphrase, self.copy_button, self.generate_button):
            widget.setEnabled(locked)
        ready = self.summary is not None and not self.summary.blockers
        without_authority = ready and not self._authority_exists()
        self.authority_hint.setVisible(without_authority)
        ready = ready and not without_authority
        self.create_button.setEnabled(ready and (not locked or bool(self.passphrase.text())))

    # ------------------------------------------------------------ the passphrase

    @Slot(bool)
    def _passphrase_toggled(self, checked: bool) -> None:
        if checked and not self.passphrase.text():
            self.generate_passphrase()
        self._update_buttons()

    @Slot()
    def generate_passphrase(self) -> None:
        from jury_desk.bundle.passphrase_words import passphrase_in_words

        self.passphrase.setText(passphrase_in_words())
        self._update_buttons()

    @Slot()
    def copy_passphrase(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.passphrase.text())
        self.note.setText(self.tr("Phrase de passe copiée."))

    # ------------------------------------------------------------ building

    @Slot()
    def create_bundle(self) -> None:
        from jury_desk.ui.organiser.authority_box import keys_ready
        from jury_desk.ui.organiser.bundle_build import ask_output, build_bundle

        summary = self.summary
        if summary is None or summary.blockers:
            return
        output = ask_output(self, self.state, summary)
        if output is None or not keys_ready(self.state, self, self.tr("Création du paquet")):
            return
        passphrase = self.passphrase.text() if self.with_passphrase.isChecked() else None

        def built(_result: object) -> None:
            self.note.setText(self.tr("Dernier paquet créé : {file}.").format(file=output.name))

        if self.progress is not None:
            self.progress.deleteLater()  # the last build's, closed since
        self.progress = build_bundle(self, self.state, summary, output, passphrase, built)
