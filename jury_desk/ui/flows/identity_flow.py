"""The juror's identity from the window: created, shown, its request saved, backed up, restored.

No terminal step: the first start without an identity offers the assistant,
so does opening a bundle, and Fichier › Mon identité… shows it afterwards. The
key derivations of a backup (about a second) run off the GUI thread behind a
notice; a wrong backup passphrase is said in its dialog, which asks again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import identity_dir
from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.shell.error_text import error_text

if TYPE_CHECKING:
    from jury_desk.ui.flows.identity_dialogs import IdentityAssistant, IdentityDialog

if TYPE_CHECKING:
    from jury_desk.trust.identity import JurorIdentity

IDENTITY_FOLDER_SETTING = "identity/folder"
# What the first start's assistant was told: the organiser's role skips it from then on.
ROLE_KEY = "first_start/role"
ORGANISER_ROLE = "organiser"


class IdentityFlow(QObject):
    """Fichier › Mon identité…, the assistant of the first start, and what opening needs."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.organiser_chosen = False

    def has_identity(self) -> bool:
        from jury_desk.trust.identity import has_identity

        return has_identity(identity_dir(self.host.context.profile.home))

    @Slot()
    def show_identity(self) -> None:
        """The identity if there is one, else the assistant that creates it."""
        from jury_desk.trust.identity import load_identity
        from jury_desk.trust.keys import comparison_code, fingerprint
        from jury_desk.ui.flows.identity_dialogs import IdentityDialog

        if not self.has_identity():
            self.create()
            return
        profile = self.host.context.profile
        try:
            identity = load_identity(profile.secrets, identity_dir(profile.home))
        except UserError as error:
            self.host.show_error(error, self.tr("Votre identité n’a pas pu être lue"))
            return
        key = identity.private_key.public_key()
        dialog = IdentityDialog(
            identity.name,
            identity.email,
            comparison_code(key),
            fingerprint(key),
            self.host.widget(),
        )
        dialog.save_request_requested.connect(
            lambda: self._save_request(dialog, identity, dialog.show_status)
        )
        dialog.export_backup_requested.connect(lambda: self._export_backup(dialog, identity))
        dialog.exec()

    def create(self) -> bool:
        """Run the assistant; True if this data folder has an identity afterwards."""
        from jury_desk.ui.flows.identity_dialogs import IdentityAssistant

        assistant = IdentityAssistant(self.host.widget())
        made: list[JurorIdentity] = []
        assistant.create_requested.connect(
            lambda name, email: self._create(assistant, name, email, made)
        )
        assistant.restore_requested.connect(lambda: self._restore(assistant, made))
        assistant.save_request_requested.connect(
            lambda: self._save_request(assistant, made[-1], assistant.show_saved)
        )
        assistant.organiser_requested.connect(self._organiser_chosen)
        assistant.exec()
        return bool(made) or self.has_identity()

    def _organiser_chosen(self) -> None:
        # Remembered: the next start opens the organiser's desk, not this assistant.
        self.host.context.settings.setValue(ROLE_KEY, ORGANISER_ROLE)
        self.organiser_chosen = True

    # ------------------------------------------------------------ creating

    def _create(
        self, assistant: IdentityAssistant, name: str, email: str, made: list[JurorIdentity]
    ) -> None:
        from jury_desk.trust.identity import create_identity, save_identity

        profile = self.host.context.profile
        try:
            identity = create_identity(name, email)  # checks the name and the address
            # On the GUI thread: without a keyring, the key file's passphrase is chosen here.
            save_identity(identity, profile.secrets, identity_dir(profile.home))
        except UserError as error:
            assistant.show_problem(error_text(error))
            return
        self._created(assistant, identity, made)

    def _created(
        self, assistant: IdentityAssistant, identity: JurorIdentity, made: list[JurorIdentity]
    ) -> None:
        from jury_desk.trust.keys import comparison_code, fingerprint

        made.append(identity)
        key = identity.private_key.public_key()
        assistant.show_created(identity.name, comparison_code(key), fingerprint(key))

    # ------------------------------------------------------------ the request

    def _save_request(
        self, parent: QWidget, identity: JurorIdentity, said: Callable[[str], None]
    ) -> None:
        from jury_desk.kernel.atomic import write_atomically
        from jury_desk.trust.enrolment import make_request
        from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

        folder = remembered_folder(self.host.context.settings, IDENTITY_FOLDER_SETTING)
        path = ask_save_path(
            parent,
            self.tr("Enregistrer la demande d’enrôlement"),
            folder / f"demande-enrolement-{_slug(identity.name)}.json",
            self.tr("Demandes d’enrôlement (*.json)"),
            ".json",
        )
        if path is None:
            return
        try:
            write_atomically(path, make_request(identity).to_json(), mode=0o644)
        except OSError as error:
            said(self.tr("La demande n’a pas pu être enregistrée : {reason}").format(
                reason=error.strerror or str(error)
            ))  # fmt: skip
            return
        self.host.context.settings.setValue(IDENTITY_FOLDER_SETTING, str(path.parent))
        said(path.name)

    # ------------------------------------------------------------ backups

    def _export_backup(self, dialog: IdentityDialog, identity: JurorIdentity) -> None:
        from jury_desk.kernel.atomic import write_atomically
        from jury_desk.secrets.passphrase import MIN_LENGTH
        from jury_desk.trust.backup import BACKUP_SUFFIX, identity_backup
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
        from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

        asked = PassphraseDialog(
            self.tr("Phrase de passe de la sauvegarde"),
            self.tr(
                "La sauvegarde contient vos deux clés privées. Choisissez une phrase de passe "
                "de {n} caractères au moins pour la protéger : elle vous sera demandée pour "
                "l’importer sur un autre ordinateur."
            ).format(n=MIN_LENGTH),
            confirm=True,
            minimum=MIN_LENGTH,
            parent=dialog,
        )
        if asked.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        passphrase = asked.passphrase()
        folder = remembered_folder(self.host.context.settings, IDENTITY_FOLDER_SETTING)
        path = ask_save_path(
            dialog,
            self.tr("Exporter une sauvegarde de mon identité"),
            folder / f"identite-{_slug(identity.name)}{BACKUP_SUFFIX}",
            self.tr("Sauvegardes d’identité jury-desk (*{suffix})").format(suffix=BACKUP_SUFFIX),
            BACKUP_SUFFIX,
        )
        if path is None:
            return

        def work() -> Path:
            write_atomically(path, identity_backup(identity, passphrase), mode=0o600)
            return path

        def done(written: Path) -> None:
            self.host.context.settings.setValue(IDENTITY_FOLDER_SETTING, str(written.parent))
            dialog.show_status(
                self.tr(
                    "Sauvegarde enregistrée : {file}. Gardez-la en lieu sûr, avec sa phrase de "
                    "passe à part."
                ).format(file=written.name)
            )

        def failed(error: BaseException) -> None:
            dialog.show_status(error_text(error))

        self._busy(dialog, self.tr("Chiffrement de la sauvegarde…"), work, done, failed)

    def _restore(self, assistant: IdentityAssistant, made: list[JurorIdentity]) -> None:
        from jury_desk.kernel.outside_files import read_outside_file
        from jury_desk.trust.backup import BACKUP_FILE, BACKUP_SUFFIX
        from jury_desk.ui.widgets.save_folder import remembered_folder

        chosen, _filter = QFileDialog.getOpenFileName(
            assistant,
            self.tr("Importer une sauvegarde d’identité"),
            str(remembered_folder(self.host.context.settings, IDENTITY_FOLDER_SETTING)),
            self.tr("Sauvegardes d’identité jury-desk (*{suffix});;Tous les fichiers (*)").format(
                suffix=BACKUP_SUFFIX
            ),
        )
        if not chosen:
            return
        try:
            data = read_outside_file(Path(chosen), BACKUP_FILE)
        except UserError as error:
            assistant.show_problem(error_text(error))
            return
        self._ask_backup_passphrase(assistant, data, made, problem="")

    def _ask_backup_passphrase(
        self, assistant: IdentityAssistant, data: bytes, made: list[JurorIdentity], problem: str
    ) -> None:
        from jury_desk.trust.backup import WrongBackupPassphraseError, read_identity_backup
        from jury_desk.trust.identity import save_identity
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog

        asked = PassphraseDialog(
            self.tr("Phrase de passe de la sauvegarde"),
            self.tr("Saisissez la phrase de passe choisie lors de l’export de cette sauvegarde."),
            problem=problem,
            parent=assistant,
        )
        if asked.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        passphrase = asked.passphrase()
        profile = self.host.context.profile

        def work() -> JurorIdentity:
            return read_identity_backup(data, passphrase)

        def done(identity: JurorIdentity) -> None:
            try:
                save_identity(identity, profile.secrets, identity_dir(profile.home))
            except UserError as error:
                assistant.show_problem(error_text(error))
                return
            self._created(assistant, identity, made)

        def failed(error: BaseException) -> None:
            if isinstance(error, WrongBackupPassphraseError):
                again = self.tr("Phrase de passe incorrecte : réessayez.")
                self._ask_backup_passphrase(assistant, data, made, problem=again)
                return
            assistant.show_problem(error_text(error))

        self._busy(assistant, self.tr("Déchiffrement de la sauvegarde…"), work, done, failed)

    def _busy(
        self,
        parent: QDialog,
        text: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        from jury_desk.ui.flows.sign_dialog import SigningNotice

        notice = SigningNotice(text, parent)
        notice.setWindowTitle(self.tr("Identité"))

        def finished(result: Any) -> None:
            notice.finish()
            done(result)

        def refused(error: BaseException) -> None:
            notice.finish()
            failed(error)

        notice.open()  # before running: a synchronous runner finishes inside `run`
        self.host.context.runner.run(work, finished, refused)


def _slug(name: str) -> str:
    """A file name's part from a person's name: accents dropped, words joined by hyphens."""
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    return re.sub(r"[^A-Za-z0-9]+", "-", letters).strip("-") or "jure"
