"""What the window shows while it is locked: the session's name and a button to unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from jury_desk.ui.theme.icons import IconLabel, IconName, icon
from jury_desk.ui.theme.palette import set_themed_style

_TITLE_SCALE = 1.6  # relative to the system's size, never a fixed size


class LockScreen(QWidget):
    """Names the session only: no candidate, no dossier, no score.

    Emits `unlock_requested` when the juror presses « Déverrouiller » (or Enter).
    """

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAccessibleName(self.tr("Session verrouillée"))
        self.setAutoFillBackground(True)

        mark = IconLabel(icon(IconName.LOCK), 3.0, self)
        mark.setObjectName("lock_mark")

        title = QLabel(self.tr("Session verrouillée"), self)
        title.setObjectName("lock_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(title.font())
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * _TITLE_SCALE)
        else:
            title_font.setPixelSize(round(title_font.pixelSize() * _TITLE_SCALE))
        title_font.setBold(True)
        title.setFont(title_font)

        self.session_label = QLabel(self)
        self.session_label.setObjectName("lock_session")
        self.session_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_label.setWordWrap(True)

        explanation = QLabel(
            self.tr(
                "Les données des candidats sont masquées. "
                "Le chronomètre de l’entretien continue de tourner."
            ),
            self,
        )
        explanation.setObjectName("lock_explanation")
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)

        # No password here: the account is protected by the computer's own lock.
        advice = QLabel(
            self.tr(
                "Ce verrou masque l’écran sans mot de passe. Si vous quittez votre poste, "
                "verrouillez aussi la session de votre ordinateur."
            ),
            self,
        )
        advice.setObjectName("lock_advice")
        advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        advice.setWordWrap(True)
        set_themed_style(advice, lambda colours: f"color: {colours.text_mention};")

        self.unlock_button = QPushButton(icon(IconName.UNLOCK), self.tr("&Déverrouiller"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setAccessibleName(self.tr("Déverrouiller la session"))
        self.unlock_button.setAccessibleDescription(
            self.tr("Affiche de nouveau la session là où vous l’aviez laissée.")
        )
        self.unlock_button.setToolTip(self.tr("Déverrouiller (Entrée)"))
        self.unlock_button.setAutoDefault(True)  # Enter presses it, as in a dialog
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.unlock_button.clicked.connect(self.unlock_requested)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(2)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        layout.addWidget(self.session_label)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(advice)
        layout.addStretch(3)

    def show_session(self, title: str | None) -> None:
        text = self.tr("Session : {title}").format(title=title) if title else ""
        self.session_label.setText(text)
        self.session_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    @Slot()
    def focus_unlock(self) -> None:
        self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.unlock_requested.emit()
            return
        super().keyPressEvent(event)
