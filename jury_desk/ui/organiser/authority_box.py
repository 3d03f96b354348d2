"""The organiser's authority on the Session page: whether this computer has one, its name,
when its certificate expires (a warning in words six months before), and the three
gestures around it: create it, back it up under a passphrase typed twice, restore a backup.

The keys are made, encrypted and stored off the GUI thread (`OrganiserState.run_slow`);
the passphrase of the secrets file, when one must be chosen, is asked before, here.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.shell.key_file import ready_to_store_keys
from jury_desk.ui.theme.palette import set_themed_style
from jury_desk.ui.widgets.button_mnemonics import name_standard_buttons

if TYPE_CHECKING:
    from cryptography import x509

BACKUP_FOLDER_SETTING = "organiser/authority_backup_folder"
WARNING_MONTHS = 6
_WARNING_STYLE = "QLabel#authority_warning {{ color: {error}; font-weight: bold; }}"


def months_later(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def in_words(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "autorite"


def keys_ready(state: OrganiserState, parent: QWidget, title: str) -> bool:
    """The key file ready for work off the GUI thread: made, or unlocked, here (its
    passphrase asked on the GUI thread). False, the reason shown, if it cannot be."""
    from jury_desk.secrets import PassphraseFileSecretStore

    secrets = state.context.profile.secrets
    if not isinstance(secrets, PassphraseFileSecretStore):
        return True
    if not secrets.exists():
        return ready_to_store_keys(secrets, parent)
    try:
        secrets.ensure_unlocked()
    except UserError as error:
        state.show_error(parent, error, title)
        return False
    return True


class AuthorityNameDialog(QDialog):
    """The name the jurors will see as the authority's (their app shows it in each bundle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authority_name_dialog")
        self.setWindowTitle(self.tr("Créer l’autorité de l’organisateur"))
        explanation = QLabel(
            self.tr(
                "L’autorité certifie les clés des jurés : leur application vérifie avec elle "
                "chaque paquet de session. Ses clés privées restent sur cet ordinateur ; "
                "sauvegardez-la aussitôt créée."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("authority_name")
        self.name.setAccessibleName(self.tr("Nom de l’autorité"))
        self.name.setPlaceholderText(self.tr("par exemple Certification RS6247 — beta.gouv.fr"))
        form = QFormLayout()
        form.addRow(self.tr("&Nom de l’autorité :"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()


class AuthorityBox(QGroupBox):
    """What the organiser's authority is on this computer, and its buttons."""

    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._name = ""
        self.setObjectName("authority_box")
        self.setTitle(self.tr("Autorité de l’organisateur"))
        self.status = QLabel(self)
        self.status.setObjectName("authority_status")
        self.status.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("authority_warning")
        self.warning.setWordWrap(True)
        set_themed_style(self.warning, lambda colours: _WARNING_STYLE.format(error=colours.error))
        self.note = QLabel(self)
        self.note.setObjectName("authority_note")
        self.note.setWordWrap(True)
        self.create_button = self._button("create_authority", self.tr("Créer l’&autorité…"))
        self.backup_button = self._button("backup_authority", self.tr("Sau&vegarder l’autorité…"))
        self.restore_button = self._button(
            "restore_authority", self.tr("&Restaurer une sauvegarde…")
        )
        self.create_button.clicked.connect(self.create_authority)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.backup_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    @property
    def folder(self) -> Path:
        return organiser_dir(self.state.context.profile.home)

    def refresh(self) -> None:
        from jury_desk.trust.authority import CERTIFICATE_FILE, load_authority_certificate

        exists = (self.folder / CERTIFICATE_FILE).exists()
        self.create_button.setVisible(not exists)
        self.backup_button.setVisible(exists)
        self.warning.clear()
        self.warning.hide()
        if not exists:
            self.status.setText(
                self.tr(
                    "Cet ordinateur n’a pas encore d’autorité de l’organisateur : créez-la, ou "
                    "restaurez la sauvegarde faite sur un autre ordinateur. Sans elle, aucun "
                    "paquet ne peut être créé."
                )
            )
            return
        try:
            certificate = load_authority_certificate(self.folder)
        except UserError as error:
            self.status.setText(error_text(error))
            return
        self._show(certificate)

    def _show(self, certificate: x509.Certificate) -> None:
        from jury_desk.trust.keys import cert_fingerprint

        name, expires = _name(certificate), certificate.not_valid_after_utc
        self._name = name
        self.status.setText(
            self.tr(
                "Autorité : {name}. Son certificat est valable jusqu’au {date}. "
                "Empreinte : {fingerprint}."
            ).format(
                name=name, date=in_words(expires.date()), fingerprint=cert_fingerprint(certificate)
            )
        )
        warning = self._warning(expires, self.state.context.clock.now())
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    def _warning(self, expires: datetime, now: datetime) -> str:
        if expires <= now:
            return self.tr(
                "Le certificat de l’autorité a expiré le {date} : les applications des jurés "
                "refusent les paquets qu’elle signe. Renouvelez-la : Fichier › Renouveler "
                "l’autorité…"
            ).format(date=in_words(expires.date()))
        if expires.date() <= months_later(now.date(), WARNING_MONTHS):
            days = (expires - now).days
            return self.tr(
                "Attention : le certificat de l’autorité expire dans {days} jours, le {date}. "
                "Renouvelez-la avant la prochaine session : Fichier › Renouveler l’autorité…"
            ).format(days=days, date=in_words(expires.date()))
        return ""

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)

    # ------------------------------------------------------------ creating

    def create_authority(self) -> None:
        asked = AuthorityNameDialog(self)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        name = asked.name.text().strip()
        title = self.tr("Autorité de l’organisateur")
        if not keys_ready(self.state, self, title):
            return
        secrets = self.state.context.profile.secrets
        folder, now = self.folder, self.state.context.clock.now()

        def work() -> str:
            from jury_desk.trust.authority import create_authority, save_authority

            authority = create_authority(name, now)
            save_authority(authority, secrets, folder)
            return authority.name

        def done(made: str) -> None:
            self.refresh()
            self._say(
                self.tr(
                    "L’autorité {name} est créée. Sauvegardez-la maintenant et gardez la "
                    "sauvegarde en lieu sûr, avec sa phrase de passe à part."
                ).format(name=made)
            )

        self.state.run_slow(self, title, self.tr("Création des clés de l’autorité…"), work, done)

    # ------------------------------------------------------------ renewing

    def renew(self) -> None:
        """A new key and certificate, vouched for by the old key: jurors who trust the old
        authority take the new one from its next bundle, without a phone call."""
        from jury_desk.trust.authority import load_authority_certificate

        title = self.tr("Renouveler l’autorité")
        try:
            load_authority_certificate(self.folder)  # says "create one first" if there is none
        except UserError as error:
            self.state.show_error(self, error, title)
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "L’autorité reçoit une nouvelle clé et un nouveau certificat, valable trois "
                "ans. L’ancienne clé signe qu’elle lui succède : les jurés qui lui font "
                "confiance accepteront les prochains paquets sans nouvel appel. Les résultats "
                "déjà reçus restent lisibles. Renouveler maintenant ?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or not keys_ready(self.state, self, title):
            return
        secrets, folder = self.state.context.profile.secrets, self.folder
        now = self.state.context.clock.now()

        def work() -> str:
            from jury_desk.trust.authority import load_authority
            from jury_desk.trust.keys import cert_comparison_code
            from jury_desk.trust.succession import renew_authority, save_renewal

            new, succession = renew_authority(load_authority(secrets, folder), now)
            save_renewal(new, succession, secrets, folder)
            return cert_comparison_code(new.certificate)

        def done(code: str) -> None:
            self.refresh()
            self._say(
                self.tr(
                    "L’autorité est renouvelée ; son nouveau code de comparaison est {code}. "
                    "Sauvegardez-la de nouveau : l’ancienne sauvegarde ne contient pas la "
                    "nouvelle clé."
                ).format(code=code)
            )

        self.state.run_slow(self, title, self.tr("Création de la nouvelle clé…"), work, done)

    # ------------------------------------------------------------ backing up

    def back_up(self) -> None:
        from jury_desk.secrets.passphrase import MIN_LENGTH
        from jury_desk.trust.authority_backup import BACKUP_SUFFIX
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
        from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

        asked = PassphraseDialog(
            self.tr("Phrase de passe de la sauvegarde"),
            self.tr(
                "La sauvegarde contient les clés privées de l’autorité. Choisissez une phrase "
                "de passe de {n} caractères au moins, saisie deux fois : elle sera demandée "
                "pour la restaurer."
            ).format(n=MIN_LENGTH),
            confirm=True,
            minimum=MIN_LENGTH,
            parent=self,
        )
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = asked.passphrase()
        settings = self.state.context.settings
        path = ask_save_path(
            self,
            self.tr("Sauvegarder l’autorité"),
            remembered_folder(settings, BACKUP_FOLDER_SETTING)
            / f"autorite-{_slug(self._name)}{BACKUP_SUFFIX}",
            self.tr("Sauvegardes d’autorité jury-desk (*{suffix})").format(suffix=BACKUP_SUFFIX),
            BACKUP_SUFFIX,
        )
        if path is None or not keys_ready(self.state, self, self.tr("Sauvegarde de l’autorité")):
            return
        secrets, folder = self.state.context.profile.secrets, self.folder

        def work() -> Path:
            from jury_desk.kernel.atomic import write_atomically
            from jury_desk.trust.authority import load_authority
            from jury_desk.trust.authority_backup import authority_backup

            authority = load_authority(secrets, folder)
            write_atomically(path, authority_backup(authority, passphrase), mode=0o600)
            return path

        def done(written: Path) -> None:
            settings.setValue(BACKUP_FOLDER_SETTING, str(written.parent))
            self._say(
                self.tr(
                    "Sauvegarde enregistrée : {file}. Gardez-la en lieu sûr, avec sa phrase de "
                    "passe à part."
                ).format(file=written.name)
            )

        self.state.run_slow(
            self, self.tr("Sauvegarde de l’autorité"), self.tr("Chiffrement de la sauvegarde…"),
            work, done,
        )  # fmt: skip

    # ------------------------------------------------------------ restoring

    def restore(self) -> None:
        from jury_desk.kernel.outside_files import read_outside_file
        from jury_desk.trust.authority_backup import BACKUP_FILE, BACKUP_SUFFIX
        from jury_desk.ui.widgets.save_folder import remembered_folder

        settings = self.state.context.settings
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restaurer une sauvegarde de l’autorité"),
            str(remembered_folder(settings, BACKUP_FOLDER_SETTING)),
            self.tr("Sauvegardes d’autorité jury-desk (*{suffix});;Tous les fichiers (*)").format(
                suffix=BACKUP_SUFFIX
            ),
        )
        if not chosen:
            return
        title = self.tr("Restaurer l’autorité")
        try:
            data = read_outside_file(Path(chosen), BACKUP_FILE)
        except UserError as error:
            self.state.show_error(self, error, title)
            return
        if keys_ready(self.state, self, title):
            self._ask_restore_passphrase(data, problem="")

    def _ask_restore_passphrase(self, data: bytes, problem: str) -> None:
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog

        asked = PassphraseDialog(
            self.tr("Phrase de passe de la sauvegarde"),
            self.tr("Saisissez la phrase de passe choisie lors de la sauvegarde de l’autorité."),
            problem=problem,
            parent=self,
        )
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = asked.passphrase()
        secrets, folder = self.state.context.profile.secrets, self.folder

        def work() -> tuple[bool, str] | None:
            from jury_desk.trust.authority_backup import (
                WrongAuthorityBackupPassphraseError,
                read_authority_backup,
                restore_authority,
            )

            try:
                authority = read_authority_backup(data, passphrase)
            except WrongAuthorityBackupPassphraseError:
                return None
            return restore_authority(authority, secrets, folder), authority.name

        def done(result: tuple[bool, str] | None) -> None:
            if result is None:
                again = self.tr("Phrase de passe incorrecte : réessayez.")
                self._ask_restore_passphrase(data, problem=again)
                return
            added, name = result
            self.refresh()
            if added:
                said = self.tr("L’autorité {name} est restaurée sur cet ordinateur.")
            else:
                said = self.tr("L’autorité {name} était déjà là ; ses clés sont remises en place.")
            self._say(said.format(name=name))

        self.state.run_slow(
            self, self.tr("Restaurer l’autorité"), self.tr("Déchiffrement de la sauvegarde…"),
            work, done,
        )  # fmt: skip


def _name(certificate: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""
