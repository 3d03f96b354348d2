"""Asking for a passphrase: a bundle's, the local key file's, an identity backup's.

What is wrong with the passphrase (empty, too short, the two fields differ,
or wrong the last time) is said inside the dialog, which stays open for the
person to try again; only Cancel gives up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
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

from jury_desk.ui.theme.palette import set_themed_style

_PROBLEM_STYLE = "QLabel#passphrase_problem {{ color: {error}; font-weight: bold; }}"


class PassphraseDialog(QDialog):
    """A masked field (two when a passphrase is chosen), an explanation, and the problem."""

    def __init__(
        self,
        title: str,
        explanation: str,
        *,
        can_remember: bool = False,
        optional: bool = False,
        confirm: bool = False,
        minimum: int = 0,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("passphrase_dialog")
        self._optional = optional
        self._minimum = minimum
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Phrase de passe"))
        self.confirmation = QLineEdit(self)
        self.confirmation.setObjectName("passphrase_confirmation")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Confirmation de la phrase de passe"))
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("passphrase_problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        set_themed_style(self.problem, lambda colours: _PROBLEM_STYLE.format(error=colours.error))
        self.remember = QCheckBox(self.tr("&Mémoriser dans le trousseau du système"), self)
        self.remember.setObjectName("remember_passphrase")
        self.remember.setAccessibleName(self.tr("Mémoriser la phrase de passe dans le trousseau"))
        self.remember.setVisible(can_remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("passphrase_buttons")
        buttons.accepted.connect(self._accept_if_acceptable)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Phrase de passe :"), self.field)
        if confirm:
            form.addRow(self.tr("&Confirmation :"), self.confirmation)
        else:
            self.confirmation.hide()
        self._confirm = confirm
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _problem_now(self) -> str | None:
        passphrase = self.field.text()
        if not passphrase:
            return None if self._optional else self.tr("Saisissez la phrase de passe.")
        if len(passphrase) < self._minimum:
            return self.tr("La phrase de passe doit compter {n} caractères au moins.").format(
                n=self._minimum
            )
        if self._confirm and self.confirmation.text() != passphrase:
            return self.tr("Les deux phrases de passe diffèrent : saisissez-les à nouveau.")
        return None

    @Slot()
    def _accept_if_acceptable(self) -> None:
        problem = self._problem_now()
        if problem is None:
            self.accept()
            return
        self.show_problem(problem)

    def show_problem(self, problem: str) -> None:
        """Say what is wrong and let the person type again (the fields are emptied)."""
        self.problem.setText(problem)
        self.problem.setVisible(True)
        self.problem.setAccessibleName(problem)
        self.field.clear()
        self.confirmation.clear()
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()


def ask_passphrase(dialog: PassphraseDialog, check: Callable[[str], str | None]) -> str | None:
    """Ask until `check` finds nothing wrong (its answer is said in the dialog); None: cancel."""
    while dialog.exec() == PassphraseDialog.DialogCode.Accepted:
        passphrase = dialog.passphrase()
        problem = check(passphrase)
        if problem is None:
            return passphrase
        dialog.show_problem(problem)
    return None
