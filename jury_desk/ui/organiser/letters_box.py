"""« Lettres et parchemins », on the Results tab below the board: what the certifier sends
once the juries have decided.

- Who signs for the certifier (name, e-mail, certificate's end), or « Désigner le
  signataire… »: a key of their own, certified by the organiser's authority; once there
  is one, « Remplacer le signataire… » (after a question) names a new one, the previous
  certificate kept so that what it signed still verifies.
- The letters' settings kept in the registry: the means of recourse (a default to have
  read once by the legal service: the box « J’ai fait relire… » is unticked again when
  the text changes), France compétences' registration date and wording.
- « Émettre les lettres de la session… »: a new folder `lettres-<session>` in the folder
  chosen, a folder per candidate, written off the GUI thread with a bar counting the
  candidates; then how many letters and certificates, and the folder's name.
- « Vérifier un document… » (as `certificate verify`), and a code looked up in the registry.

The signer is here rather than in the authority's box of the Session tab: it serves only
these documents, and the organiser designates it when the letters are first due.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.issue_settings import IssueSettings, issue_settings, save_issue_settings
from jury_desk.registry.issued_documents import IssuedLetters, lookup_code, unknown_code
from jury_desk.ui.organiser.authority_box import keys_ready
from jury_desk.ui.organiser.letters_check import (
    Checked,
    authorities,
    check_document,
    checked_text,
    record_text,
)
from jury_desk.ui.organiser.signer_dialog import SignerDialog, signer_exists, signer_words
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.save_folder import remembered_folder

LETTERS_FOLDER_SETTING = "organiser/letters_folder"
VERIFY_FOLDER_SETTING = "organiser/verify_folder"
# The date field's lowest date stands for « not given yet » (the registration has no default).
_NO_DATE = QDate(2000, 1, 1)


class _DateEdit(QDateEdit):
    """A date field whose lowest date shows « à renseigner ». Qt's own keeps Tab while its
    special value is shown (a keyboard trap): here Tab and Shift+Tab then leave it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if tab and self.date() == self.minimumDate():
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


class _Progress(QObject):
    """Brings the core's progress (called on the worker thread) to the GUI thread."""

    moved = Signal(int, int)


class LettersBox(QGroupBox):
    """The certifier's signer, the letters' settings, the batch, and checking a document."""

    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Lettres et parchemins"))
        self.setObjectName("letters_box")
        self.steps_seen: list[tuple[int, int]] = []  # the last batch's (done, total)
        self._loading = False
        self._kept = IssueSettings()
        self._make_signer()
        self._make_settings()
        self._make_issuing()
        self._make_checking()
        self._lay_out()
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved)
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.load_settings()
        self.refresh()

    # ------------------------------------------------------------ the widgets

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _note(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _make_signer(self) -> None:
        self.signer_status = self._note("signer_status")
        self.signer_button = self._button(
            "designate_signer",
            self.tr("Désigner le si&gnataire…"),
            self.tr("Désigner le signataire"),
        )
        self.signer_button.clicked.connect(self.designate_signer)
        self.replace_signer_button = self._button(
            "replace_signer",
            self.tr("Remplacer le si&gnataire…"),
            self.tr("Remplacer le signataire"),
        )
        self.replace_signer_button.clicked.connect(self.replace_signer)

    def _make_settings(self) -> None:
        self.recourse = QPlainTextEdit(self)
        self.recourse.setObjectName("recourse_text")
        self.recourse.setAccessibleName(self.tr("Voies de recours"))
        self.recourse.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.recourse.setFixedHeight(self.recourse.fontMetrics().lineSpacing() * 5 + 12)
        self.recourse.textChanged.connect(self._recourse_edited)
        self.recourse_read = QCheckBox(self.tr("J’ai fait re&lire ces voies de recours"), self)
        self.recourse_read.setObjectName("recourse_confirmed")
        self.recourse_read.setAccessibleName(self.tr("J’ai fait relire ces voies de recours"))
        self.recourse_read.setToolTip(
            self.tr(
                "Le texte des voies de recours est celui du service juridique du certificateur : "
                "aucune lettre n’est émise avant qu’il ait été relu."
            )
        )
        self.registration_date = _DateEdit(self)
        self.registration_date.setObjectName("registration_date")
        self.registration_date.setAccessibleName(
            self.tr("Date de la décision d’enregistrement de France compétences")
        )
        self.registration_date.setCalendarPopup(True)
        self.registration_date.setDisplayFormat("dd/MM/yyyy")
        self.registration_date.setMinimumDate(_NO_DATE)
        self.registration_date.setSpecialValueText(self.tr("à renseigner"))
        self.registration_text = QLineEdit(self)
        self.registration_text.setObjectName("registration_text")
        self.registration_text.setAccessibleName(self.tr("Libellé de la décision d’enregistrement"))
        self.save_button = self._button(
            "save_letter_settings",
            self.tr("En&registrer les réglages des lettres"),
            self.tr("Enregistrer les réglages des lettres"),
        )
        self.save_button.clicked.connect(self.save_settings)

    def _make_issuing(self) -> None:
        self.issue_button = self._button(
            "issue_letters",
            self.tr("Émettre les le&ttres de la session…"),
            self.tr("Émettre les lettres de la session"),
        )
        self.issue_button.clicked.connect(self.ask_folder)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("letters_progress")
        self.progress.setAccessibleName(self.tr("Avancement des lettres"))
        self.progress.setFormat(self.tr("%v sur %m"))
        self.progress.setVisible(False)
        self.issued = self._note("letters_result")

    def _make_checking(self) -> None:
        self.verify_button = self._button(
            "verify_document",
            self.tr("Vérifier un doc&ument…"),
            self.tr("Vérifier un document"),
        )
        self.verify_button.clicked.connect(self.choose_document)
        self.code = QLineEdit(self)
        self.code.setObjectName("code_to_look_up")
        self.code.setAccessibleName(self.tr("Code à rechercher"))
        self.code.setPlaceholderText(self.tr("par exemple ABCDE-FGHJK"))
        self.code.returnPressed.connect(self.look_up)
        self.look_up_button = self._button(
            "look_up_code", self.tr("Rec&hercher"), self.tr("Rechercher le code")
        )
        self.look_up_button.clicked.connect(self.look_up)
        self.checked = self._note("letters_check_result")

    def _lay_out(self) -> None:
        signer_row = QHBoxLayout()
        signer_row.addWidget(self.signer_status, 1)
        signer_row.addWidget(self.signer_button)
        signer_row.addWidget(self.replace_signer_button)
        recourse_label = QLabel(self.tr("&Voies de recours :"), self)
        recourse_label.setBuddy(self.recourse)
        date_label = QLabel(self.tr("&Date de l’enregistrement :"), self)
        date_label.setBuddy(self.registration_date)
        text_label = QLabel(self.tr("Li&bellé de l’enregistrement :"), self)
        text_label.setBuddy(self.registration_text)
        form = QFormLayout()
        form.addRow(recourse_label, self.recourse)
        form.addRow("", self.recourse_read)
        form.addRow(date_label, self.registration_date)
        form.addRow(text_label, self.registration_text)
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.save_button)
        issue_row.addWidget(self.issue_button)
        issue_row.addStretch(1)
        code_label = QLabel(self.tr("C&ode à rechercher :"), self)
        code_label.setBuddy(self.code)
        check_row = QHBoxLayout()
        check_row.addWidget(self.verify_button)
        check_row.addWidget(code_label)
        check_row.addWidget(self.code, 1)
        check_row.addWidget(self.look_up_button)
        layout = QVBoxLayout(self)
        layout.addLayout(signer_row)
        layout.addLayout(form)
        layout.addLayout(issue_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.issued)
        layout.addLayout(check_row)
        layout.addWidget(self.checked)

    @property
    def folder(self) -> Path:
        return organiser_dir(self.state.context.profile.home)

    @Slot()
    def refresh(self) -> None:
        text = signer_words(self.folder)
        self.signer_status.setText(text)
        self.signer_status.setAccessibleName(text)
        exists = signer_exists(self.folder)
        self.signer_button.setVisible(not exists)
        self.replace_signer_button.setVisible(exists)
        # After any write, the batch's too (done or refused, said in a box): the bar is done.
        self.progress.setVisible(False)
        self.issue_button.setEnabled(bool(self.state.session_id))

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    # ------------------------------------------------------------ the signer

    @Slot()
    def designate_signer(self) -> None:
        asked = SignerDialog(self)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        name, email = asked.name.text().strip(), asked.email.text().strip()
        title = self.tr("Désigner le signataire")
        if not keys_ready(self.state, self, title):
            return
        secrets, folder = self.state.context.profile.secrets, self.folder
        registry = self.state.registry

        def work() -> str:
            from jury_desk.registry.signer_change import designate_certifier_signer
            from jury_desk.trust.authority import load_authority

            authority = load_authority(secrets, folder)
            return designate_certifier_signer(
                registry, authority, name, email, secrets, folder
            ).name

        def done(made: str) -> None:
            self.refresh()
            self._say(
                self.issued,
                self.tr("{name} signe désormais les lettres et les parchemins.").format(name=made),
            )

        self.state.run_slow(self, title, self.tr("Création de la clé du signataire…"), work, done)

    @Slot()
    def replace_signer(self) -> None:
        asked = SignerDialog(self, replacing=True)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        name, email = asked.name.text().strip(), asked.email.text().strip()
        reason = asked.reason.text().strip()
        title = self.tr("Remplacer le signataire")
        if not self._replacement_confirmed(title, name) or not keys_ready(self.state, self, title):
            return
        registry, secrets, folder = (
            self.state.registry,
            self.state.context.profile.secrets,
            self.folder,
        )

        def work() -> str:
            from jury_desk.registry.signer_change import replace_certifier_signer
            from jury_desk.trust.authority import load_authority

            authority = load_authority(secrets, folder)
            return replace_certifier_signer(
                registry, authority, name, email, reason, secrets, folder
            ).signer.name

        def done(made: str) -> None:
            self.refresh()
            self._say(
                self.issued,
                self.tr(
                    "{name} signe désormais les lettres et les parchemins ; ce que signait "
                    "le signataire précédent reste vérifiable."
                ).format(name=made),
            )

        self.state.run_slow(self, title, self.tr("Création de la clé du signataire…"), work, done)

    def _replacement_confirmed(self, title: str, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            self.tr(
                "Remplacer le signataire actuel par {name} ?\n\nLe signataire actuel ne "
                "pourra plus signer : sa clé est remplacée par une nouvelle clé, certifiée "
                "par l’autorité de l’organisateur. Son certificat est conservé, et les lettres "
                "et parchemins qu’il a signés restent vérifiables. Le journal du registre garde "
                "qui a fait le remplacement, quand et pourquoi."
            ).format(name=name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirm_signer_replacement")
        replace = box.addButton(self.tr("&Remplacer"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("confirm_replace_signer")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_replace_signer")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    # ------------------------------------------------------------ the settings

    def load_settings(self) -> None:
        """Show the settings kept in the registry (the defaults, unconfirmed, if none)."""
        try:
            kept = issue_settings(self.state.registry)
        except UserError as error:
            self._say(self.issued, error_text(error))
            kept = IssueSettings()
        self._kept = kept
        self._loading = True
        self.recourse.setPlainText(kept.recourse)
        self.recourse_read.setChecked(kept.recourse_confirmed)
        day = kept.registration_date
        self.registration_date.setDate(QDate(day) if day else _NO_DATE)
        self.registration_text.setText(kept.registration_text)
        self._loading = False

    def _recourse_edited(self) -> None:
        """Another wording is to be read again before it is printed."""
        if not self._loading and self.recourse.toPlainText().strip() != self._kept.recourse:
            self.recourse_read.setChecked(False)

    def shown_settings(self) -> IssueSettings:
        day = self.registration_date.date()
        registration_day = None if day == _NO_DATE else date(day.year(), day.month(), day.day())
        return replace(
            self._kept,
            recourse=self.recourse.toPlainText(),
            recourse_confirmed=self.recourse_read.isChecked(),
            registration_text=self.registration_text.text(),
            registration_date=registration_day,
        )

    def _saved(self) -> IssueSettings | None:
        """The settings shown, kept in the registry if changed; None, said, if refused."""
        shown = self.shown_settings()
        trimmed = replace(
            shown,
            recourse=shown.recourse.strip(),
            registration_text=shown.registration_text.strip(),
        )
        if trimmed == self._kept:
            return self._kept
        registry = self.state.registry
        kept = self.state.write(
            self, self.tr("Réglages des lettres"), lambda: save_issue_settings(registry, shown)
        )
        if kept is not None:
            self.load_settings()
        return kept

    @Slot()
    def save_settings(self) -> None:
        if self._saved() is not None:
            self._say(self.issued, self.tr("Réglages des lettres enregistrés."))

    # ------------------------------------------------------------ issuing

    @Slot()
    def ask_folder(self) -> None:
        title = self.tr("Émettre les lettres")
        settings = self._saved()
        if settings is None or not self.state.session_id:
            return
        try:
            settings.check_ready()
        except UserError as error:
            self.state.show_error(self, error, title)
            return
        stored = self.state.context.settings
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choisir où créer le dossier des lettres"),
            str(remembered_folder(stored, LETTERS_FOLDER_SETTING)),
        )
        if not chosen:
            return
        stored.setValue(LETTERS_FOLDER_SETTING, chosen)
        if keys_ready(self.state, self, title):
            self.issue_into(Path(chosen), settings)

    def issue_into(self, parent_folder: Path, settings: IssueSettings) -> None:
        """Sign and write the session's letters into a new folder of `parent_folder`."""
        from jury_desk.registry.issued_documents import issue_letters
        from jury_desk.trust.signer import load_signer

        session_id = self.state.session_id
        target = fresh_folder(parent_folder, f"lettres-{session_id}")
        registry, relay = self.state.registry, self._relay
        secrets, folder = self.state.context.profile.secrets, self.folder
        self.steps_seen = []
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.issued.clear()
        self.issue_button.setEnabled(False)

        def work() -> IssuedLetters:
            signer = load_signer(secrets, folder)
            return issue_letters(registry, session_id, signer, target, settings, relay.moved.emit)

        self.state.run_slow(
            self,
            self.tr("Émettre les lettres"),
            self.tr("Signature des lettres et des parchemins…"),
            work,
            self._issued,
        )

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        self.steps_seen.append((done, total))
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _issued(self, issued: IssuedLetters) -> None:
        self.progress.setVisible(False)
        self._say(
            self.issued,
            self.tr(
                "{letters} lettre(s) de décision et {certificates} parchemin(s) signés, un "
                "dossier par candidat, dans le dossier « {folder} »."
            ).format(
                letters=issued.letters,
                certificates=issued.certificates,
                folder=issued.folder.name,
            ),
        )

    # ------------------------------------------------------------ checking

    @Slot()
    def choose_document(self) -> None:
        stored = self.state.context.settings
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Vérifier une lettre ou un parchemin"),
            str(remembered_folder(stored, VERIFY_FOLDER_SETTING)),
            self.tr("Documents PDF (*.pdf);;Tous les fichiers (*)"),
        )
        if chosen:
            stored.setValue(VERIFY_FOLDER_SETTING, str(Path(chosen).parent))
            self.verify(Path(chosen))

    def verify(self, path: Path) -> None:
        from jury_desk.certificates.verify import CERTIFIER_DOCUMENT_FILE
        from jury_desk.kernel.outside_files import read_outside_file

        registry, folder = self.state.registry, self.folder

        def work() -> Checked:
            pdf = read_outside_file(path, CERTIFIER_DOCUMENT_FILE)
            return check_document(pdf, path.name, authorities(folder), registry)

        self.checked.clear()
        self.state.run_slow(
            self,
            self.tr("Vérifier un document"),
            self.tr("Vérification de la signature…"),
            work,
            lambda checked: self._say(self.checked, checked_text(checked)),
        )

    @Slot()
    def look_up(self) -> None:
        typed = self.code.text().strip()
        if not typed:
            self._say(self.checked, self.tr("Saisissez le code imprimé sur le document."))
            return
        try:
            record = lookup_code(self.state.registry, typed)
        except UserError as error:
            self.state.show_error(self, error, self.tr("Rechercher un code"))
            return
        text = error_text(unknown_code(typed)) if record is None else record_text(record)
        self._say(self.checked, text)


def fresh_folder(parent: Path, name: str) -> Path:
    """`name` in `parent`, or `name-2`, `name-3`… once written: a batch never replaces the
    letters already sent."""
    target, number = parent / name, 1
    while target.exists():
        number += 1
        target = parent / f"{name}-{number}"
    return target
