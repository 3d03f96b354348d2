"""The juror's main window: the welcome page or the session, menus, shortcuts, status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from jury_desk.session.recent import read_recent, remember_recent
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.placement import restore_placement, save_placement
from jury_desk.ui.shell.preferences import preferences_shortcuts
from jury_desk.ui.shell.session_menus import name_session_menus, number_session_menus
from jury_desk.ui.shell.welcome_page import WelcomePage
from jury_desk.ui.theme.font import follow_system_font
from jury_desk.ui.theme.icons import (
    IconLabel,
    IconName,
    Tone,
    icon,
    show_icon,
    toggle_icon_name,
)
from jury_desk.ui.theme.palette import preferences_changed, set_themed_style
from jury_desk.ui.widgets.button_mnemonics import install_button_mnemonics
from jury_desk.ui.widgets.error_box import show_error_box

if TYPE_CHECKING:  # the session's modules load with the first session (issue #17)
    from jury_desk.juror.interview.state import InterviewState
    from jury_desk.store.workspace import Workspace
    from jury_desk.ui.clock.window import ClockWindow
    from jury_desk.ui.flows.identity_flow import IdentityFlow
    from jury_desk.ui.flows.idle_lock import IdleLock
    from jury_desk.ui.flows.import_flow import ImportFlow
    from jury_desk.ui.flows.minutes_flow import MinutesFlow
    from jury_desk.ui.flows.organiser_flow import OrganiserFlow
    from jury_desk.ui.flows.results_flow import ResultsFlow
    from jury_desk.ui.flows.session_views import SessionViews
    from jury_desk.ui.flows.sign_flow import SignFlow
    from jury_desk.ui.shell.session_page import SessionPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Holds at most one open workspace; every edit is saved by the grid as it is made."""

    def __init__(
        self, context: WindowContext, parent: QWidget | None = None, finish_later: bool = False
    ) -> None:
        """`finish_later`: the flows are made by `make_flows`, called once the frame is drawn."""
        super().__init__(parent)
        self.context = context
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("jury-desk"))
        self.setAccessibleName(self.tr("jury-desk, fenêtre principale"))
        self.undo_stack = QUndoStack(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_button_mnemonics(app)
        self._asked_to_quit = False
        self.workspace: Workspace | None = None
        self.page: SessionPage | None = None
        self.clock_window: ClockWindow | None = None
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.save_mark = IconLabel(parent=self)  # saved ✓ or error, beside the words
        self.save_mark.setObjectName("save_mark")
        self.statusBar().addPermanentWidget(self.save_mark)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("save_status")
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_menus()
        self._flows_made = False
        if not finish_later:
            self.make_flows()
        self._restore_window()
        self.welcome.set_recent(read_recent(context.profile.home))

    def make_flows(self) -> None:
        """The flows behind the menus, their actions' icons, the idle lock; once.

        Nothing here shows in the window's first frame (its menus are closed): the
        start makes them just after that frame (`finish_later`, ui/shell/startup.py),
        with their modules, some 20 ms the first frame no longer waits for (issue #17).
        """
        if self._flows_made:
            return
        self._flows_made = True
        from jury_desk.ui.flows.identity_flow import IdentityFlow
        from jury_desk.ui.flows.idle_lock import IdleLock
        from jury_desk.ui.flows.import_flow import ImportFlow
        from jury_desk.ui.flows.minutes_flow import MinutesFlow
        from jury_desk.ui.flows.organiser_flow import OrganiserFlow
        from jury_desk.ui.flows.results_flow import ResultsFlow
        from jury_desk.ui.flows.session_views import SessionViews
        from jury_desk.ui.flows.sign_flow import SignFlow
        from jury_desk.ui.shell.window_icons import set_action_icons

        self.identity_flow: IdentityFlow = IdentityFlow(self)
        self.identity_action.triggered.connect(self.identity_flow.show_identity)
        self.sign_flow: SignFlow = SignFlow(self)
        self.sign_export_action.triggered.connect(self.sign_flow.sign_and_export)
        self.import_flow: ImportFlow = ImportFlow(self)
        self.import_sheets_action.triggered.connect(self.import_flow.choose_and_import)
        self.session_views: SessionViews = SessionViews(self, self.go_menu)
        self.minutes_flow: MinutesFlow = MinutesFlow(self, self.file_menu, self.session_views)
        self.results_flow: ResultsFlow = ResultsFlow(self, self.file_menu, self.session_views)
        self.organiser_flow: OrganiserFlow = OrganiserFlow(self, self.file_menu)
        # Navigation › Verrouiller, and after idle minutes
        self.idle_lock: IdleLock = IdleLock(self, self.go_menu)
        set_action_icons(self)
        self.setAcceptDrops(True)  # signed sheets (PDF files, folders) while a session is open

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.file_menu = file_menu
        self.open_action = self._action(
            file_menu, self.tr("&Ouvrir un paquet de session…"), QKeySequence.StandardKey.Open
        )
        self.close_action = self._action(
            file_menu,
            self.tr("&Fermer la session"),
            QKeySequence.StandardKey.Close,
            self.close_workspace,
        )
        self.identity_action = self._action(file_menu, self.tr("Mon i&dentité…"), QKeySequence())
        self.identity_action.setObjectName("identity_action")
        file_menu.addSeparator()
        self.sign_export_action = self._action(
            file_menu, self.tr("&Signer et exporter la grille…"), QKeySequence("Ctrl+Shift+S")
        )
        self.sign_export_action.setObjectName("sign_export_action")
        self.sign_export_action.setEnabled(False)  # needs a candidate: see update_sign_action
        self.import_sheets_action = self._action(
            file_menu, self.tr("&Importer des grilles…"), QKeySequence("Ctrl+I")
        )
        self.import_sheets_action.setObjectName("import_sheets_action")
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.quit_asking
        )
        edit_menu = self.menuBar().addMenu(self.tr("&Édition"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Annuler"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Rétablir"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("&Préférences…"), QKeySequence(), self._show_preferences
        )
        self.preferences_action.setShortcuts(preferences_shortcuts())
        go_menu = self.menuBar().addMenu(self.tr("&Navigation"))
        self.go_menu = go_menu
        self.session_actions: list[QAction] = []
        self.session_actions.append(
            self._action(
                go_menu,
                self.tr("Candidat &précédent"),
                QKeySequence("Alt+Up"),
                lambda: self._move_candidate(-1),
            )
        )
        self.session_actions.append(
            self._action(
                go_menu,
                self.tr("Candidat &suivant"),
                QKeySequence("Alt+Down"),
                lambda: self._move_candidate(1),
            )
        )
        self.dossier_action = self._action(
            go_menu, self.tr("D&ossier du candidat"), QKeySequence("Ctrl+D"), self._focus_dossier
        )
        self.session_actions.append(self.dossier_action)
        go_menu.addSeparator()
        self.competency_actions = [
            self._action(go_menu, "", QKeySequence(f"Alt+{index + 1}")) for index in range(8)
        ]
        for index, action in enumerate(self.competency_actions):
            action.triggered.connect(partial(self._focus_competency, index))
        level_menu = self.menuBar().addMenu(self.tr("Ni&veau"))
        self.level_actions = [
            self._action(level_menu, "", QKeySequence(f"Ctrl+{rank}")) for rank in range(4)
        ]
        for rank, action in enumerate(self.level_actions):
            action.triggered.connect(partial(self._set_level, rank))
        self.session_actions += self.competency_actions + self.level_actions
        number_session_menus(self.competency_actions, self.level_actions)
        self.session_actions.append(
            self._action(
                level_menu,
                self.tr("&Effacer le niveau (non noté)"),
                QKeySequence("Ctrl+Del"),
                lambda: self._set_level(None),
            )
        )
        self._build_clock_menu()
        self.session_actions.append(self.close_action)
        self.session_actions.append(self.import_sheets_action)
        self._enable_session_actions(False)

    def _build_clock_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("En&tretien"))
        self.clock_toggle_action = self._action(
            menu, self.tr("&Démarrer le chronomètre"), QKeySequence("F5"), self._toggle_clock
        )
        self.next_phase_action = self._action(
            menu, self.tr("&Phase suivante"), QKeySequence("F6"), self._next_phase
        )
        self.insert_time_action = self._action(
            menu, self.tr("&Insérer le temps écoulé"), QKeySequence("Ctrl+T"), self._insert_time
        )
        menu.addSeparator()
        self.small_clock_action = self._action(
            menu, self.tr("Petite &horloge"), QKeySequence("Ctrl+Shift+H")
        )
        self.small_clock_action.setCheckable(True)
        self.small_clock_action.toggled.connect(self._show_small_clock)
        menu.addSeparator()
        self.stop_interview_action = self._action(
            menu, self.tr("&Terminer l’entretien…"), QKeySequence(), self._stop_interview
        )
        self.clock_actions = [
            self.clock_toggle_action,
            self.next_phase_action,
            self.insert_time_action,
            self.small_clock_action,
            self.stop_interview_action,
        ]
        self.session_actions += self.clock_actions

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _enable_session_actions(self, enabled: bool) -> None:
        for action in self.session_actions:
            action.setEnabled(enabled)

    # ------------------------------------------------------------ the flows' host (FlowHost)

    @property
    def pages(self) -> QStackedWidget:
        return self.stack

    def widget(self) -> QMainWindow:
        return self

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def clear_status(self) -> None:
        self.statusBar().clearMessage()

    def connect_open_gestures(
        self,
        choose_bundle: Callable[[], None],
        open_demo: Callable[[], None],
        open_recent: Callable[[str], None],
    ) -> None:
        self.open_action.triggered.connect(choose_bundle)
        self.welcome.open_bundle_requested.connect(choose_bundle)
        self.welcome.demo_requested.connect(open_demo)
        self.welcome.recent_requested.connect(open_recent)
        self.welcome.delete_requested.connect(self._delete_workspace)

    def _delete_workspace(self, session_id: str, title: str) -> None:
        from jury_desk.ui.flows.workspace_deletion import WorkspaceDeletion

        if WorkspaceDeletion(self).delete(session_id, title):
            self.welcome.set_recent(read_recent(self.context.profile.home))

    # ------------------------------------------------------------ workspace

    def load_workspace(self, workspace: Workspace, profile: Profile | None = None) -> None:
        """Show `workspace`; the window closes it when done with it."""
        from jury_desk.juror.desk import JurorDesk
        from jury_desk.rules.deadlines import SESSION_TIMEZONE
        from jury_desk.ui.shell.session_page import SessionPage

        self.close_workspace()
        if profile is not None:
            self.context.profile = profile
        self.workspace = workspace
        desk = JurorDesk(workspace)
        header = desk.header()
        self.page = SessionPage(
            desk, self.undo_stack, self.context.clock, self, writes=self.context.writes
        )
        name_session_menus(self.competency_actions, self.level_actions, desk)
        self.page.clock_strip.session.changed.connect(self._on_clock_changed)
        self.page.grid.saved.connect(self._on_saved)
        self.page.grid.store_error.connect(self._on_store_error)
        self.page.candidate_changed.connect(self._on_candidate_changed)
        self.page.candidates.selectionModel().selectionChanged.connect(self.update_sign_action)
        self.page.grid.new_version_requested.connect(self.sign_flow.new_version)
        self.page.grid.export_again_requested.connect(self.sign_flow.export_again)
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        self.setWindowTitle(self.tr("{title} — jury-desk").format(title=header.title))
        today = self.context.clock.now().astimezone(SESSION_TIMEZONE).date()
        self.page.refresh_candidates(today)
        self._restore_session_view(header.id)
        self.session_views.open(workspace, self.page)
        self.page.select_candidate(self._setting(f"sessions/{header.id}/candidate"))
        self._enable_session_actions(True)
        self.update_sign_action()
        self.save_label.setText(self.tr("Session ouverte ; chaque saisie est enregistrée."))
        remember_recent(
            self.context.profile.home,
            header.id,
            header.title,
            self.context.clock.now(),
            desk.kept_until(),
        )
        self.context.settings.setValue("last/home", str(self.context.profile.home))
        self.context.settings.setValue("last/session", header.id)

    def close_workspace(self) -> None:
        self.small_clock_action.setChecked(False)  # closes the small clock
        if self.page is not None:
            self._save_session_view()
            self.session_views.close()
            self.page.grid.show_candidate(None)  # flushes any text still being typed
            self.page.clock_strip.show_candidate(None)  # stops its timer
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.undo_stack.clear()
        number_session_menus(self.competency_actions, self.level_actions)
        self._enable_session_actions(False)
        self.update_sign_action()
        self._clear_status()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_recent(read_recent(self.context.profile.home))
        self.setWindowTitle(self.tr("jury-desk"))

    def _clear_status(self) -> None:
        """What the status bar said was about the session that went: say nothing of it."""
        self.statusBar().clearMessage()
        self.save_label.clear()
        set_themed_style(self.save_label, lambda _colours: "")
        self.save_mark.set_icon(None)

    # ------------------------------------------------------------- handlers

    @Slot(str)
    def _on_saved(self, iso_time: str) -> None:
        from jury_desk.rules.deadlines import SESSION_TIMEZONE

        moment = datetime.fromisoformat(iso_time).astimezone(SESSION_TIMEZONE)
        self.save_label.setText(self.tr("Enregistré à {time}").format(time=f"{moment:%H:%M:%S}"))
        set_themed_style(self.save_label, lambda _colours: "")
        self.save_mark.set_icon(icon(IconName.SAVED, Tone.SUCCESS))
        if self.page is not None:
            self.page.update_statuses()

    @Slot(str)
    def _on_store_error(self, message: str) -> None:
        self.save_label.setText(self.tr("Non enregistré : {message}").format(message=message))
        set_themed_style(self.save_label, lambda c: f"color: {c.error}; font-weight: bold;")
        self.save_mark.set_icon(icon(IconName.ERROR, Tone.ERROR))

    @Slot()
    def update_sign_action(self) -> None:
        """« Signer et exporter la grille… » needs a selected candidate."""
        selected = self.page is not None and self.page.current_candidate() is not None
        self.sign_export_action.setEnabled(selected)

    @Slot(str)
    def _on_candidate_changed(self, candidate_id: str) -> None:
        if self.workspace is not None and self.page is not None:
            session_id = self.page.desk.header().id
            self.context.settings.setValue(f"sessions/{session_id}/candidate", candidate_id)

    def _move_candidate(self, step: int) -> None:
        if self.page is not None:
            self.page.move_candidate(step)

    def _toggle_clock(self) -> None:
        if self.page is not None:
            self.page.clock_strip.toggle()

    def _next_phase(self) -> None:
        if self.page is not None:
            self.page.clock_strip.next_phase()

    def _insert_time(self) -> None:
        if self.page is not None:
            self.page.clock_strip.insert_elapsed_time()

    def _stop_interview(self) -> None:
        if self.page is not None:
            self.page.clock_strip.ask_to_stop()

    @Slot(object)
    def _on_clock_changed(self, state: InterviewState | None) -> None:
        from jury_desk.ui.clock.text import toggle_texts

        _text, name = toggle_texts(state)  # "Mettre le chronomètre en pause"…
        self.clock_toggle_action.setText(name)
        show_icon(self.clock_toggle_action, toggle_icon_name(state))

    @Slot()
    def _show_preferences(self) -> None:
        from jury_desk.ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.context.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.idle_lock.reload)
        dialog.saved.connect(preferences_changed)
        dialog.open()

    @Slot(bool)
    def _show_small_clock(self, shown: bool) -> None:
        """Open or close the small always-on-top clock.

        It has no parent, so it stays visible beside a video call while the main
        window is minimised; the main window keeps it and closes it with the session.
        """
        if shown and self.clock_window is None and self.page is not None:
            from jury_desk.ui.clock.window import ClockWindow

            window = ClockWindow(self.page.clock_strip.session)
            window.addActions(self.clock_actions)  # F5, F6… work from it too
            window.finished.connect(self._small_clock_closed)
            window.adjustSize()
            area = self.screen().availableGeometry()
            window.move(area.right() - window.width() - 24, area.top() + 48)
            self.clock_window = window
            window.show()
        elif not shown and self.clock_window is not None:
            window, self.clock_window = self.clock_window, None
            window.close()
            window.deleteLater()
        if shown and self.clock_window is None:
            self.small_clock_action.setChecked(False)  # no session: nothing to show

    @Slot()
    def _small_clock_closed(self) -> None:
        self.small_clock_action.setChecked(False)

    def _focus_dossier(self) -> None:
        if self.page is not None:
            self.page.dossier.focus_document()

    def _focus_competency(self, index: int, _checked: bool = False) -> None:
        if self.page is not None:
            self.page.grid.focus_competency(index)

    def _set_level(self, rank: int | None, _checked: bool = False) -> None:
        if self.page is not None:
            self.page.grid.set_level_of_focused_row(rank)

    def show_error(self, error: BaseException, title: str) -> None:
        show_error_box(self, error, title)

    # ------------------------------------------------------------ drag and drop

    def _dropped_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        """Local files and folders of a drop, only while a session is open."""
        if self.workspace is None or not event.mimeData().hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]

    def _accepts(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        return any(
            path.is_dir() or path.suffix.lower() == ".pdf" for path in self._dropped_paths(event)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped PDF files, and the *.pdf files directly in dropped folders."""
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_flow.import_paths(self._dropped_paths(event))

    # ------------------------------------------------------------- settings

    def _setting(self, key: str) -> str | None:
        value = self.context.settings.value(key)
        return str(value) if value is not None else None

    def _restore_window(self) -> None:
        restore_placement(self, self.context.settings)

    def _restore_session_view(self, session_id: str) -> None:
        state = self.context.settings.value(f"sessions/{session_id}/splitter")
        if isinstance(state, QByteArray) and self.page is not None:
            self.page.splitter.restoreState(state)

    def _save_session_view(self) -> None:
        if self.page is not None:
            session_id = self.page.desk.header().id
            self.context.settings.setValue(
                f"sessions/{session_id}/splitter", self.page.splitter.saveState()
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ThemeChange:  # the system's look changed, its text size too
            app = QApplication.instance()
            if isinstance(app, QApplication):
                follow_system_font(app)
        super().changeEvent(event)

    def _may_quit_during_interview(self) -> bool:
        from jury_desk.ui.shell.quit_question import may_quit_during_interview

        return may_quit_during_interview(self, self.workspace, self.context.clock)

    @Slot()
    def quit_asking(self) -> None:
        """Fichier › Quitter: asked first during an interview, then closed."""
        if self._may_quit_during_interview():
            self._asked_to_quit = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window system's close (its X button) is the person's: asked as Quitter is.
        # A close by the program itself (a test, the end of a screenshot) is not.
        asked, self._asked_to_quit = self._asked_to_quit, False
        if event.spontaneous() and not asked and not self._may_quit_during_interview():
            event.ignore()
            return
        save_placement(self, self.context.settings)
        self.close_workspace()  # closes the small clock too
        self.context.settings.sync()
        super().closeEvent(event)
