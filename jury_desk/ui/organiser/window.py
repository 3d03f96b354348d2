"""The organiser's window: the session chosen at the top, a tab per part of the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

from jury_desk.registry.sessions import list_sessions
from jury_desk.ui.organiser.state import OrganiserState


class OrganiserWindow(QMainWindow):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.setObjectName("organiser_window")
        self.setWindowTitle(self.tr("jury-desk — espace organisateur"))
        self.setAccessibleName(self.tr("Espace organisateur"))
        self._build_session_bar()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("organiser_tabs")
        self.tabs.setAccessibleName(self.tr("Parties du travail de l’organisateur"))
        self._add_pages()
        self.setCentralWidget(self.tabs)
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        renew = menu.addAction(self.tr("&Renouveler l’autorité…"))
        renew.setObjectName("renew_authority_action")
        renew.triggered.connect(self.session_page.authority.renew)
        menu.addSeparator()
        figures = menu.addAction(self.tr("&Chiffres pour le renouvellement…"))
        figures.setObjectName("figures_action")
        figures.triggered.connect(self.show_figures)
        retention = menu.addAction(self.tr("Conservation des &données…"))
        retention.setObjectName("retention_action")
        retention.triggered.connect(self.show_retention)
        menu.addSeparator()
        close = menu.addAction(self.tr("&Fermer l’espace organisateur"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        location = state.registry.location
        # A file is named, never its folders; a server by its address (never its password).
        shown = location.file.name if location.file is not None else location.shown
        where = QLabel(self.tr("Registre : %1").replace("%1", shown))
        where.setObjectName("registry_location")
        self.statusBar().addPermanentWidget(where)
        state.changed.connect(self._reload_sessions)
        state.session_changed.connect(self._show_session)
        self._reload_sessions()
        self.resize(1100, 720)

    def _build_session_bar(self) -> None:
        bar = QToolBar(self.tr("Session"), self)
        bar.setObjectName("session_bar")
        bar.setMovable(False)
        label = QLabel(self.tr("&Session :"), bar)
        self.session_choice = QComboBox(bar)
        self.session_choice.setObjectName("session_choice")
        self.session_choice.setAccessibleName(self.tr("Session"))
        self.session_choice.setMinimumContentsLength(30)
        label.setBuddy(self.session_choice)
        bar.addWidget(label)
        bar.addWidget(self.session_choice)
        self.session_choice.currentIndexChanged.connect(self._session_chosen)
        self.addToolBar(bar)

    def _add_pages(self) -> None:
        from jury_desk.ui.organiser.bundles_page import BundlesPage
        from jury_desk.ui.organiser.candidates_page import CandidatesPage
        from jury_desk.ui.organiser.declaration_page import DeclarationPage
        from jury_desk.ui.organiser.jurors_page import JurorsPage
        from jury_desk.ui.organiser.results_page import ResultsPage
        from jury_desk.ui.organiser.schedule_page import SchedulePage
        from jury_desk.ui.organiser.session_page import SessionPage

        self.session_page = SessionPage(self.state, self)
        self.jurors_page = JurorsPage(self.state, self)
        self.candidates_page = CandidatesPage(self.state, self)
        self.schedule_page = SchedulePage(self.state, self)
        self.bundles_page = BundlesPage(self.state, self)
        self.results_page = ResultsPage(self.state, self)
        self.declaration_page = DeclarationPage(self.state, self)
        self.tabs.addTab(self.session_page, self.tr("S&ession"))
        self.tabs.addTab(self.jurors_page, self.tr("&Jurés"))
        self.tabs.addTab(self.candidates_page, self.tr("&Candidats"))
        self.tabs.addTab(self.schedule_page, self.tr("Jurys, &planning et convocations"))
        self.tabs.addTab(self.bundles_page, self.tr("Pa&quets des jurys"))
        # Alt+É (a key of its own on French keyboards): every other letter of the word is a page's.
        self.tabs.addTab(self.results_page, self.tr("R&ésultats"))
        # Alt+À, a key of its own on French keyboards too: D is taken on several pages.
        self.tabs.addTab(self.declaration_page, self.tr("Déclaration &à la CDC"))

    def _reload_sessions(self) -> None:
        sessions = list_sessions(self.state.registry)
        current = self.state.session_id
        self.session_choice.blockSignals(True)
        self.session_choice.clear()
        for session in sessions:
            self.session_choice.addItem(f"{session.title} ({session.id})", session.id)
        index = self.session_choice.findData(current) if current else 0
        self.session_choice.setCurrentIndex(max(index, 0) if sessions else -1)
        self.session_choice.blockSignals(False)
        self._session_chosen()

    def _session_chosen(self) -> None:
        data = self.session_choice.currentData()
        self.state.set_session(str(data) if data else "")

    def _show_session(self, session_id: str) -> None:
        """The combo follows a session chosen elsewhere (a page that just created one)."""
        index = self.session_choice.findData(session_id)
        if index >= 0 and index != self.session_choice.currentIndex():
            self.session_choice.blockSignals(True)
            self.session_choice.setCurrentIndex(index)
            self.session_choice.blockSignals(False)

    def show_figures(self) -> None:
        from jury_desk.ui.organiser.figures_dialog import FiguresDialog

        dialog = FiguresDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_retention(self) -> None:
        from jury_desk.ui.organiser.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.registry.close()
        super().closeEvent(event)
