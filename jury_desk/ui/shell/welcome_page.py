"""What the window shows when no session is open: open a bundle, recent sessions, the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.clock import SESSION_TIMEZONE
from jury_desk.session.recent import RecentSession

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class WelcomePage(QWidget):
    open_bundle_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)  # session id
    delete_requested = Signal(str, str)  # session id, title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        title = QLabel(self.tr("<h1>jury-desk</h1>"), self)
        subtitle = QLabel(
            self.tr(
                "Certification « Concevoir un service public numérique au sein de l’État » "
                "(RS6247). Ouvrez le paquet de session reçu de l’organisateur pour commencer."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Ouvrir un paquet de session…"), self)
        self.open_button.setObjectName("open_bundle")
        self.open_button.setAccessibleName(self.tr("Ouvrir un paquet de session"))
        self.open_button.clicked.connect(self.open_bundle_requested)
        self.demo_button = QPushButton(self.tr("Essayer la &démonstration"), self)
        self.demo_button.setObjectName("try_demo")
        self.demo_button.setAccessibleName(self.tr("Essayer la démonstration (données fictives)"))
        self.demo_button.clicked.connect(self.demo_requested)
        recent_label = QLabel(self.tr("Sessions &récentes"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent_sessions")
        self.recent.setAccessibleName(self.tr("Sessions récentes"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._on_activated)
        self.delete_button = QPushButton(self.tr("&Supprimer l’espace de travail…"), self)
        self.delete_button.setObjectName("delete_workspace")
        self.delete_button.setAccessibleName(
            self.tr("Supprimer l’espace de travail de la session choisie")
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete)
        self.recent.currentItemChanged.connect(
            lambda item, _previous: self.delete_button.setEnabled(item is not None)
        )
        self.empty_recent = QLabel(self.tr("Aucune session ouverte récemment."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(12)
        for widget in (title, subtitle, self.open_button, self.demo_button, recent_label):
            layout.addWidget(widget)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_recent)

    def set_recent(self, sessions: list[RecentSession]) -> None:
        self.recent.clear()
        for session in sessions:
            # Stored in UTC; shown in the sessions' zone, as every other time of the window.
            when = session.opened_at.astimezone(SESSION_TIMEZONE)
            text = self.tr("{title} — ouverte le {when}").format(
                title=session.title, when=f"{when:%d/%m/%Y %H:%M}"
            )
            if session.keep_until is not None:
                text += self.tr(
                    " ; son espace de travail peut être supprimé après le {day}"
                ).format(day=f"{session.keep_until:%d/%m/%Y}")
            item = QListWidgetItem(text)
            item.setData(SESSION_ID_ROLE, session.session_id)
            item.setData(TITLE_ROLE, session.title)
            self.recent.addItem(item)
        self.recent.setVisible(bool(sessions))
        self.delete_button.setVisible(bool(sessions))
        self.delete_button.setEnabled(self.recent.currentItem() is not None)
        self.empty_recent.setVisible(not sessions)

    @Slot()
    def _on_delete(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.delete_requested.emit(str(item.data(SESSION_ID_ROLE)), str(item.data(TITLE_ROLE)))

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(SESSION_ID_ROLE)))
