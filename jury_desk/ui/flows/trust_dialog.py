"""« Nouvel organisateur » : trusting an organiser's authority is a deliberate act.

The dialog shows the comparison code large (what the organiser reads out by
phone) and the full fingerprint below. « Refuser » is the default button and
Escape refuses; « Faire confiance » stays disabled until the person has ticked
that they compared the code with the organiser.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TrustDialog(QDialog):
    """Accepted only once the comparison was confirmed and « Faire confiance » pressed."""

    def __init__(
        self, authority_name: str, code: str, fingerprint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trust_dialog")
        self.setWindowTitle(self.tr("Nouvel organisateur"))
        self.setAccessibleName(self.tr("Faire confiance à un nouvel organisateur ?"))
        intro = QLabel(
            self.tr(
                "Ce paquet est signé par « {name} », que jury-desk ne connaît pas encore. "
                "Demandez à l’organisateur de vous lire son code de comparaison (par "
                "téléphone, par exemple) et comparez-le à celui-ci :"
            ).format(name=authority_name),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLabel(code, self)
        self.code.setObjectName("comparison_code")
        self.code.setAccessibleName(self.tr("Code de comparaison : {code}").format(code=code))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.code.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        full = QLabel(self.tr("Empreinte complète : {fingerprint}").format(fingerprint=fingerprint))
        full.setObjectName("full_fingerprint")
        full.setWordWrap(True)
        full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compared = QCheckBox(
            self.tr("J’ai &comparé ce code avec l’organisateur : c’est le même."), self
        )
        self.compared.setObjectName("code_compared")
        self.compared.setAccessibleName(self.tr("J’ai comparé le code avec l’organisateur"))
        buttons = QDialogButtonBox(self)
        self.refuse_button = QPushButton(self.tr("&Refuser"), self)
        self.refuse_button.setObjectName("refuse_trust")
        self.trust_button = QPushButton(self.tr("&Faire confiance"), self)
        self.trust_button.setObjectName("accept_trust")
        self.trust_button.setEnabled(False)
        self.trust_button.setAutoDefault(False)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.refuse_button.setDefault(True)  # Enter refuses: trusting is never the easy way out
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.compared.toggled.connect(self._compared)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(full)
        layout.addWidget(self.compared)
        layout.addWidget(buttons)
        self.refuse_button.setFocus()

    @Slot(bool)
    def _compared(self, checked: bool) -> None:
        self.trust_button.setEnabled(checked)
