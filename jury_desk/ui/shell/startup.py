"""What the window does once its shell is drawn: the key file, the session, its page.

The window first draws its frame (menus, status bar, the welcome page); only
then does `WindowStartup` open the session asked for and build its page, in
the background where it can, with a notice saying what is happening. A key
file unlocked with a passphrase given in a file starts its scrypt (in a helper
process, on another core) as the window is made, so the two overlap, and loads
the rest of the crypto stack after the first frame; one asked in a dialog is
asked over the drawn window. The pages not shown yet
(deliberation, overview) are made when first shown (flows/session_views.py);
the dossier's document is read once the session page is drawn.

Emits `finished()` once there is nothing more to do at start: the session page
drawn, the welcome page kept, or a failure shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from jury_desk.ui.shell.first_frame import after_first_paint, note_milestone

if TYPE_CHECKING:
    from jury_desk.ui.flows.open_flow import SessionOpener
    from jury_desk.ui.shell.main_window import MainWindow
    from jury_desk.ui.shell.session_page import SessionPage
    from jury_desk.ui.widgets.busy_notice import BusyNotice

Prepare = Callable[["MainWindow", "SessionOpener"], None]

# What a session needs, imported on a worker thread while the key file's scrypt runs in its
# helper process, not after it: the core (SQLCipher, the desk's plain reads) and the
# session page's modules (the grid, the clock, the dossier, QtPdf). Importing them makes
# no Qt object (module level holds only classes and plain values); the page itself is
# built on the GUI thread. SQLAlchemy is not among them: the session's first usable frame
# is read without it (jury_desk/juror/reading), and it loads at the first write or the
# first page that needs the ORM, some 40 MiB the juror waiting for the grid does not need.
SESSION_CORE_MODULES = (
    "jury_desk.session.workspaces",
    "jury_desk.juror.desk",
    "jury_desk.ui.shell.session_page",
)


def load_session_core() -> None:
    for name in SESSION_CORE_MODULES:
        importlib.import_module(name)


class WindowStartup(QObject):
    """The slow part of the start, after the first frame (see above).

    `error` holds what stopped the start (a wrong passphrase in the given file): the
    caller raises it once the event loop is over, as the command line did before.
    """

    finished = Signal()

    def __init__(
        self,
        window: MainWindow,
        make_opener: Callable[[], SessionOpener],
        prepare: Prepare,
        ask_key_passphrase: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._make_opener = make_opener  # made after the first frame, with its modules
        self._opener: SessionOpener | None = None
        self.prepare = prepare
        self.ask_key_passphrase = ask_key_passphrase
        self.error: BaseException | None = None
        self.exit_code: int | None = None
        self.started = False
        self.done = False
        self._listening = False
        self._unlocking: str | None = None  # "running", "done" or "failed" once started
        self._waiting = False  # for the unlock, its notice shown
        self._notice: BusyNotice | None = None

    @property
    def opener(self) -> SessionOpener:
        if self._opener is None:
            self._opener = self._make_opener()
        return self._opener

    def unlock_early(self) -> None:
        """Start deriving the key file's key from the given passphrase now, in the background.

        Only its scrypt helper process starts here, on another core, while the window
        draws its first frame; the unlock's worker, which imports the crypto stack (some
        30 ms holding the interpreter), starts after that frame (`_wait_for_unlock`),
        long before the helper is done. A passphrase asked in a dialog waits for the window.
        """
        from jury_desk.secrets import PassphraseFileSecretStore

        secrets = self.window.context.profile.secrets
        if (
            self._unlocking is None
            and not self.ask_key_passphrase
            and isinstance(secrets, PassphraseFileSecretStore)
        ):
            self._unlocking = "running"
            note_milestone("unlocking")
            secrets.start_unlocking()

    @Slot()
    def start(self) -> None:
        """Called once the window's frame is drawn."""
        if self.started:
            return
        self.started = True
        note_milestone("first-frame")
        self.window.make_flows()  # what the first frame did not show (main_window.py)
        from jury_desk.secrets import PassphraseFileSecretStore

        self.unlock_early()
        if self._unlocking is not None:
            self._wait_for_unlock()
        elif not isinstance(self.window.context.profile.secrets, PassphraseFileSecretStore):
            self._open_session()
        else:
            self._unlock_in_dialog()

    def _unlock_in_dialog(self) -> None:
        from jury_desk.kernel.errors import ExitCode
        from jury_desk.secrets import PassphraseFileSecretStore
        from jury_desk.ui.shell.key_file import unlock_at_start

        secrets = self.window.context.profile.secrets
        assert isinstance(secrets, PassphraseFileSecretStore)
        if unlock_at_start(secrets, self.window):
            self._open_session()
        else:
            self._stop(int(ExitCode.REFUSED))

    def _wait_for_unlock(self) -> None:
        from jury_desk.secrets import PassphraseFileSecretStore

        secrets = self.window.context.profile.secrets
        assert isinstance(secrets, PassphraseFileSecretStore)
        runner = self.window.context.runner
        runner.run(secrets.ensure_unlocked, self._unlock_done, self._unlock_failed)
        # Meanwhile, on another worker: nothing waits for it, an import error shows later.
        runner.run(load_session_core, _ignored, _ignored)
        if self._unlocking != "running":  # already over (a runner that does not wait)
            self._unlock_over()
            return
        self._waiting = True
        text = self.tr("Déverrouillage du fichier de clés…")
        self.window.show_status(text)
        from jury_desk.ui.widgets.busy_notice import BusyNotice

        self._notice = BusyNotice(self.tr("Ouverture de jury-desk"), text, self.window)
        self._notice.setObjectName("unlock_notice")
        self._notice.start()

    def _unlock_done(self, _result: object) -> None:
        self._unlocking = "done"
        if self._waiting:
            self._unlock_over()

    def _unlock_failed(self, error: BaseException) -> None:
        self._unlocking = "failed"
        self.error = error
        if self._waiting:
            self._unlock_over()

    def _unlock_over(self) -> None:
        if self._notice is not None:
            self._notice.finish()
            self._notice = None
        if self.error is not None:
            self._stop(1)
            return
        note_milestone("unlocked")
        self.window.clear_status()
        self._open_session()

    def _open_session(self) -> None:
        self._listening = True
        self.window.session_views.session_changed.connect(self._session_shown)
        self.opener.settled.connect(self._opener_settled)
        self.opener.at_start = True  # what `prepare` opens, it opens in the background
        try:
            self.prepare(self.window, self.opener)
        finally:
            self.opener.at_start = False
        if not self.opener.busy and self.window.page is None:
            self._finish()  # nothing to open: the welcome page stays

    @Slot(object)
    def _session_shown(self, page: SessionPage | None) -> None:
        if page is not None and not self.done:
            page.dossier.hold_documents()  # its document is read once the page is drawn
            page.candidates.setFocus()  # as when the window opened on it: arrows move in it
            after_first_paint(page, self._session_drawn)

    def _session_drawn(self) -> None:
        if self.done:
            return
        note_milestone("usable")
        page = self.window.page
        if page is not None:
            page.dossier.release_documents()
        self._finish()

    @Slot()
    def _opener_settled(self) -> None:
        if self.window.page is None:
            self._finish()  # the opening failed: its message is shown

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self._listening:
            self._listening = False
            self.window.session_views.session_changed.disconnect(self._session_shown)
            self.opener.settled.disconnect(self._opener_settled)
        self.finished.emit()

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.done = True
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.exit(code)
        self.finished.emit()


def _ignored(_value: object) -> None:
    """Nothing to do once the session's core is imported."""
