"""Fichier › Espace organisateur… : the organiser's desk over the registry, in its own window.

The same application for the three roles: a juror or a chair never needs it, an
organiser opens it from here (or from the first-run assistant). The registry is
opened when asked for, made on first use after a question, and closed with its window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.minutes_flow import quit_separator


class OrganiserFlow(QObject):
    def __init__(self, host: FlowHost, menu: QMenu) -> None:
        super().__init__(host.widget())
        self.host = host
        self.window: QObject | None = None
        self.action = QAction(self.tr("Espace or&ganisateur…"), host.widget())
        self.action.setObjectName("organiser_action")
        self.action.triggered.connect(self.open_desk)
        before = quit_separator(menu)
        if before is not None:
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)

    def open_desk(self) -> None:
        from jury_desk.kernel.errors import UserError
        from jury_desk.ui.organiser.opening import open_for_window
        from jury_desk.ui.organiser.state import OrganiserState
        from jury_desk.ui.organiser.window import OrganiserWindow

        if isinstance(self.window, OrganiserWindow) and self.window.isVisible():
            self.window.raise_()
            self.window.activateWindow()
            return
        parent = self.host.widget()
        title = self.tr("Espace organisateur")
        try:
            registry = open_for_window(self.host.context, parent)
        except UserError as error:
            self.host.show_error(error, title)
            return
        state = OrganiserState(self.host.context, registry)
        window = OrganiserWindow(state, parent)
        state.setParent(window)
        self.window = window
        window.show()
