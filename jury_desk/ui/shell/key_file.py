"""The local key file at the window's start: unlocked there, or why the window cannot open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.ui.shell.error_text import error_text


def unlock_at_start(secrets: PassphraseFileSecretStore, parent: QWidget | None = None) -> bool:
    """Unlock an existing key file now (asked in a dialog, again after a wrong passphrase).

    A new key file is made later, when a key must first be stored. Given up, the
    reason is shown in a message box, not left on a terminal no one reads.
    """
    try:
        secrets.ensure_unlocked()
    except UserError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("key_file", "jury-desk"),
            QCoreApplication.translate(
                "key_file",
                "jury-desk ne peut pas ouvrir vos sessions sans la phrase de passe de son "
                "fichier de clés.\n\n{reason}",
            ).format(reason=error_text(error)),
        )
        return False
    return True


def ready_to_store_keys(secrets: object, parent: QWidget | None = None) -> bool:
    """Before work that stores a key off the GUI thread: the key file exists, its passphrase
    chosen here (on the GUI thread). False if the person gave up."""
    if not isinstance(secrets, PassphraseFileSecretStore) or secrets.exists():
        return True
    try:
        secrets.ensure_ready()
    except UserError:
        return False
    return True
