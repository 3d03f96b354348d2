"""The local secrets file's passphrase, asked in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jury_desk.kernel.errors import UserError
from jury_desk.secrets.passphrase import MIN_LENGTH, PassphraseSource
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog


def dialog_passphrase_source() -> PassphraseSource:
    def ask(creating: bool) -> str:
        if creating:
            explanation = QCoreApplication.translate(
                "gui_passphrase",
                "Aucun trousseau sécurisé n’est disponible sur cet ordinateur : vos clés seront "
                "gardées dans un fichier chiffré. Choisissez sa phrase de passe ({n} caractères "
                "au moins) et ne l’oubliez pas.",
            ).format(n=MIN_LENGTH)
        else:
            explanation = QCoreApplication.translate(
                "gui_passphrase", "Saisissez la phrase de passe du fichier de clés de jury-desk."
            )
        dialog = PassphraseDialog(
            QCoreApplication.translate("gui_passphrase", "Fichier de clés"), explanation
        )
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            raise UserError(
                QCoreApplication.translate("gui_passphrase", "Aucune phrase de passe saisie.")
            )
        passphrase = dialog.passphrase()
        if creating and len(passphrase) < MIN_LENGTH:
            raise UserError(
                QCoreApplication.translate(
                    "gui_passphrase", "La phrase de passe doit compter {n} caractères au moins."
                ).format(n=MIN_LENGTH)
            )
        return passphrase

    return ask
