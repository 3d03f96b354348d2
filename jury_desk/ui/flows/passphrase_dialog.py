"""Asking for a passphrase: a bundle's, or the local secrets file's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """A masked field, an explanation and, where it makes sense, "remember in the keyring"."""

    def __init__(
        self,
        title: str,
        explanation: str,
        *,
        can_remember: bool = False,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("passphrase_dialog")
        self._optional = optional
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Phrase de passe"))
        self.remember = QCheckBox(self.tr("&Mémoriser dans le trousseau du système"), self)
        self.remember.setObjectName("remember_passphrase")
        self.remember.setAccessibleName(self.tr("Mémoriser la phrase de passe dans le trousseau"))
        self.remember.setVisible(can_remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("passphrase_buttons")
        buttons.accepted.connect(self._accept_if_filled)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Phrase de passe :"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _accept_if_filled(self) -> None:
        if self._optional or self.field.text():
            self.accept()

    def passphrase(self) -> str:
        return self.field.text()
