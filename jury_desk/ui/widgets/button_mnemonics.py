"""Every standard dialog button gets an Alt+letter (« &OK », « &Annuler », « &Oui »…).

Qt names some standard buttons without one (OK, Cancel, Close, Save…), in every
dialog it builds, message boxes included. Each gets a mnemonic when its dialog
comes to the front, so a keyboard user reaches any button
in one stroke; our own buttons carry theirs in their text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

_INSTALLED = "jury_desk_button_mnemonics"
Standard = QDialogButtonBox.StandardButton


def _texts() -> dict[Standard, str]:
    """Read at each use: the language may have changed since the last dialog."""
    return {
        Standard.Ok: QCoreApplication.translate("ButtonMnemonics", "&OK"),
        Standard.Cancel: QCoreApplication.translate("ButtonMnemonics", "&Annuler"),
        Standard.Close: QCoreApplication.translate("ButtonMnemonics", "&Fermer"),
        Standard.Save: QCoreApplication.translate("ButtonMnemonics", "&Enregistrer"),
        Standard.Open: QCoreApplication.translate("ButtonMnemonics", "&Ouvrir"),
        Standard.Yes: QCoreApplication.translate("ButtonMnemonics", "&Oui"),
        Standard.No: QCoreApplication.translate("ButtonMnemonics", "&Non"),
        Standard.Apply: QCoreApplication.translate("ButtonMnemonics", "A&ppliquer"),
        Standard.Reset: QCoreApplication.translate("ButtonMnemonics", "&Réinitialiser"),
        Standard.RestoreDefaults: QCoreApplication.translate(
            "ButtonMnemonics", "&Valeurs par défaut"
        ),
        Standard.Discard: QCoreApplication.translate("ButtonMnemonics", "&Ignorer"),
        Standard.Help: QCoreApplication.translate("ButtonMnemonics", "&Aide"),
    }


def name_standard_buttons(dialog: QDialog) -> None:
    """Give the dialog's standard buttons their Alt+letter, where Qt gave them none."""
    texts = _texts()
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            text = texts.get(box.standardButton(button))
            if text is not None and "&" not in button.text():
                button.setText(text)


def _name_active_dialog() -> None:
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    if isinstance(window, QDialog):
        name_standard_buttons(window)


def install_button_mnemonics(app: QApplication) -> None:
    """Once per application: each dialog that comes to the front gets its buttons named.

    On the change of active window, not with an event filter: a filter on the
    application would run Python for every event of every widget.
    """
    if not app.property(_INSTALLED):
        app.setProperty(_INSTALLED, True)
        app.focusWindowChanged.connect(_name_active_dialog)
