"""The views of an open session the Navigation menu switches between.

« Grille et dossier » is the session page every juror works in; « Délibération »
is offered to the chair only (the core refuses anyone else); « Vue d'ensemble »
lists every candidate with the session's statistics. The extra pages live in
the window's stack beside the session page; each is made the first time it is
shown (a session opens faster, with only the page the juror sees) and goes
with the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from jury_desk.models.enums import JurorRole
from jury_desk.ui.flows.host import FlowHost

if TYPE_CHECKING:
    from jury_desk.chair.deliberation import Deliberator
    from jury_desk.store.workspace import Workspace
    from jury_desk.ui.deliberation.page import DeliberationPage
    from jury_desk.ui.overview.page import OverviewPage
    from jury_desk.ui.shell.session_page import SessionPage


class SessionViews(QObject):
    """Owns the Navigation actions between views and the pages beside the session page.

    Emits `session_changed(page or None)` once a session is shown, and when it goes. The
    deliberation and the overview are None until first shown.
    """

    session_changed = Signal(object)

    def __init__(self, host: FlowHost, menu: QMenu) -> None:
        super().__init__(host.widget())
        self.host = host
        self.deliberation: DeliberationPage | None = None
        self.overview: OverviewPage | None = None
        self._deliberator: Deliberator | None = None
        self._workspace: Workspace | None = None
        self._chair = False
        self._session_page: SessionPage | None = None
        self._group = QActionGroup(self)
        menu.addSeparator()
        self.grid_action = self._action(
            menu, self.tr("&Grille et dossier"), "Ctrl+Shift+G", self.show_session_page
        )
        self.grid_action.setObjectName("show_grid_action")
        self.deliberation_action = self._action(
            menu, self.tr("&Délibération"), "Ctrl+Shift+D", self.show_deliberation
        )
        self.deliberation_action.setObjectName("show_deliberation_action")
        self.deliberation_action.setVisible(False)  # for the chair only: see `open`
        self.overview_action = self._action(
            menu, self.tr("Vue d’&ensemble de la session"), "Ctrl+Shift+E", self.show_overview
        )
        self.overview_action.setObjectName("show_overview_action")
        self._enable(False)

    def _action(self, menu: QMenu, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.host.widget())
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(True)
        action.triggered.connect(slot)
        self._group.addAction(action)
        menu.addAction(action)
        self.host.widget().addAction(action)  # shortcuts work while the menu bar is hidden
        return action

    def _enable(self, enabled: bool) -> None:
        for action in self._group.actions():
            action.setEnabled(enabled)

    # ------------------------------------------------------------ lifecycle

    def open(self, workspace: Workspace, page: SessionPage) -> None:
        """The views of the session just shown in `page`; their pages are made when first shown."""
        self.close()
        self._workspace = workspace
        # Told by the desk's plain read: the deliberator (the ORM, SQLAlchemy) is made when
        # its page or the overview is first shown, not with the session's first frame.
        self._chair = page.desk.header().me_role == JurorRole.CHAIR.value
        self._session_page = page
        self.deliberation_action.setVisible(self._chair)
        self._enable(True)
        self.grid_action.setChecked(True)
        self.session_changed.emit(page)

    def _the_deliberator(self) -> Deliberator | None:
        """The chair's deliberator, made at its first use; None for a member."""
        if self._deliberator is None and self._chair and self._workspace is not None:
            from jury_desk.chair.deliberation import Deliberator

            self._deliberator = Deliberator(self._workspace, self.host.context.clock)
        return self._deliberator

    def _deliberation_page(self) -> DeliberationPage | None:
        """The chair's deliberation page, made now if it was never shown."""
        page, deliberator = self._session_page, self._the_deliberator()
        if self.deliberation is None and page is not None and deliberator is not None:
            from jury_desk.ui.deliberation.page import DeliberationPage

            self.deliberation = DeliberationPage(
                deliberator, page, self.host.show_error, self.host.pages
            )
            self.deliberation.view.message.connect(self._show_message)
            self.host.pages.addWidget(self.deliberation)
        return self.deliberation

    def _overview_page(self) -> OverviewPage | None:
        """The session's overview, made now if it was never shown."""
        page = self._session_page
        if self.overview is None and page is not None:
            from jury_desk.ui.overview.page import OverviewPage

            self.overview = OverviewPage(
                page.desk,
                self._the_deliberator(),
                self.host.context.clock,
                self.host.show_error,
                self.host.pages,
            )
            self.overview.candidate_activated.connect(self._open_candidate)
            page.model.dataChanged.connect(self.overview.refresh_if_shown)
            page.model.modelReset.connect(self.overview.refresh_if_shown)
            self.host.pages.addWidget(self.overview)
        return self.overview

    def close(self) -> None:
        """Remove the pages; the window closes the session page itself."""
        for page in self._pages():
            self.host.pages.removeWidget(page)
            page.deleteLater()
        self.deliberation = None
        self.overview = None
        self._deliberator = None
        self._workspace = None
        self._chair = False
        self._session_page = None
        self.deliberation_action.setVisible(False)
        self._enable(False)
        self.session_changed.emit(None)

    def _pages(self) -> list[QWidget]:
        return [page for page in (self.deliberation, self.overview) if page is not None]

    # ------------------------------------------------------------ switching

    @Slot()
    def show_session_page(self) -> None:
        page = self.host.page
        if page is None:
            return
        self.host.pages.setCurrentWidget(page)
        self.grid_action.setChecked(True)
        page.candidates.setFocus()

    @Slot()
    def show_deliberation(self) -> None:
        page = self.host.page
        deliberation = self._deliberation_page() if page is not None else None
        if page is None or deliberation is None:
            return
        page.grid.flush()  # what was typed in the grid is saved before leaving it
        self.host.pages.setCurrentWidget(deliberation)
        self.deliberation_action.setChecked(True)
        deliberation.candidates.setFocus()

    @Slot()
    def show_overview(self) -> None:
        page = self.host.page
        overview = self._overview_page() if page is not None else None
        if page is None or overview is None:
            return
        page.grid.flush()
        self.host.pages.setCurrentWidget(overview)  # shown: it reads everything again
        self.overview_action.setChecked(True)
        overview.candidates.setFocus()

    @Slot(str)
    def _open_candidate(self, candidate_id: str) -> None:
        """From the overview to the work on one candidate: its deliberation for the chair."""
        page = self.host.page
        if page is None:
            return
        page.select_candidate(candidate_id)
        if self._chair:
            self.show_deliberation()
        else:
            self.show_session_page()

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.host.show_status(text)
