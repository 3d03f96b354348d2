"""The local key file's passphrase, asked in a dialog, again after a wrong one.

Used where the system has no secure keyring. The passphrase is chosen (typed
twice, with what it protects said) only when a key must first be stored; a
wrong one is said in the dialog, which asks again until Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jury_desk.kernel.errors import UserError
from jury_desk.secrets.passphrase import MIN_LENGTH


class DialogPassphraseSource:
    """An AskingPassphraseSource: the key file's store calls it, and `refused()` after a miss."""

    def __init__(self) -> None:
        self._wrong = False

    def __call__(self, creating: bool) -> str:
        # Loaded when asked, after the window's first frame (issue #17).
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog

        if creating:
            dialog = PassphraseDialog(
                QCoreApplication.translate(
                    "gui_passphrase", "Choisir la phrase de passe du fichier de clés"
                ),
                QCoreApplication.translate(
                    "gui_passphrase",
                    "Aucun trousseau sécurisé n’est disponible sur cet ordinateur : vos clés de "
                    "juré·e et celles de vos sessions seront gardées dans un fichier chiffré. "
                    "Cette phrase de passe le protège : sans elle, personne ne peut signer en "
                    "votre nom ni lire vos sessions, vous non plus. Choisissez-en une de {n} "
                    "caractères au moins et ne l’oubliez pas : elle ne peut pas être retrouvée.",
                ).format(n=MIN_LENGTH),
                confirm=True,
                minimum=MIN_LENGTH,
            )
        else:
            dialog = PassphraseDialog(
                QCoreApplication.translate("gui_passphrase", "Fichier de clés"),
                QCoreApplication.translate(
                    "gui_passphrase",
                    "Saisissez la phrase de passe du fichier de clés de jury-desk.",
                ),
                problem=QCoreApplication.translate(
                    "gui_passphrase", "Phrase de passe incorrecte : réessayez."
                )
                if self._wrong
                else "",
            )
        self._wrong = False
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            raise UserError(
                QCoreApplication.translate("gui_passphrase", "Aucune phrase de passe saisie.")
            )
        return dialog.passphrase()

    def refused(self) -> None:
        self._wrong = True


def dialog_passphrase_source() -> DialogPassphraseSource:
    return DialogPassphraseSource()
