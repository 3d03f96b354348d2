"""The minutes from the window: the chair signs and exports them, the member co-signs them.

« Exporter le procès-verbal signé… » (the chair): write any text still being
typed; gather the minutes as they stand (refused, in one message, while a
candidate has no decision); show what the signature will cover and ask for
confirmation; sign off the GUI thread behind a window-modal notice; then ask
where to save the PDF. The signed revision is kept in the workspace whatever
happens to the file.

« Cosigner le procès-verbal… » (the member): choose the chair's file; verify it
off the GUI thread exactly as the core does before co-signing (this session,
signed by its chair, unchanged, naming me, not yet co-signed); show what it
says and ask for confirmation; add the member's signature; ask where to save.
The chair's file is never changed.

Both call the same core functions as `jury-desk minutes export` and
`jury-desk minutes cosign`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.outside_files import read_outside_file
from jury_desk.kernel.paths import identity_dir
from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.session_views import SessionViews
from jury_desk.ui.shell.error_text import error_text

if TYPE_CHECKING:
    from jury_desk.minutes.data import MinutesData
    from jury_desk.minutes.export import MinutesFile
    from jury_desk.minutes.verify import MinutesVerdict
    from jury_desk.store.workspace import Workspace
    from jury_desk.ui.shell.session_page import SessionPage

MINUTES_FOLDER_SETTING = "minutes/folder"
# Where the jury met, as the chair last typed it in the signing dialog.
MINUTES_PLACE_SETTING = "minutes/place"


def quit_separator(menu: QMenu) -> QAction | None:
    """The separator just above « Quitter », where the minutes' entries go."""
    actions = menu.actions()
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    for position, action in enumerate(actions):
        if action.shortcut() == quit_keys and position > 0 and actions[position - 1].isSeparator():
            return actions[position - 1]
    return None


class MinutesFlow(QObject):
    """The window's two minutes actions, each enabled for the role that uses it."""

    def __init__(self, host: FlowHost, menu: QMenu, views: SessionViews) -> None:
        super().__init__(host.widget())
        self.host = host
        self.busy = False
        before = quit_separator(menu)
        self.export_action = self._action(
            menu, before, self.tr("Exporter le &procès-verbal signé…"), "Ctrl+Shift+P"
        )
        self.export_action.setObjectName("export_minutes_action")
        self.export_action.triggered.connect(self.sign_and_export)
        self.cosign_action = self._action(
            menu, before, self.tr("&Cosigner le procès-verbal…"), "Ctrl+Shift+K"
        )
        self.cosign_action.setObjectName("cosign_minutes_action")
        self.cosign_action.triggered.connect(self.choose_and_cosign)
        if before is not None:
            menu.insertSeparator(self.export_action)
        views.session_changed.connect(self._session_changed)
        self._session_changed(None)

    def _action(self, menu: QMenu, before: QAction | None, text: str, keys: str) -> QAction:
        action = QAction(text, self.host.widget())
        action.setShortcut(QKeySequence(keys))
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        self.host.widget().addAction(action)
        return action

    @Slot(object)
    def _session_changed(self, page: SessionPage | None) -> None:
        """The chair exports, the member co-signs: only the role's entry is offered."""
        chair = page is not None and page.desk.header().me_role == "chair"
        self.export_action.setEnabled(page is not None and chair)
        self.export_action.setVisible(page is None or chair)
        self.cosign_action.setEnabled(page is not None and not chair)
        self.cosign_action.setVisible(page is None or not chair)

    # ------------------------------------------------------------- the chair

    @Slot()
    def sign_and_export(self) -> None:
        from jury_desk.minutes.export import export_minutes
        from jury_desk.minutes.gather import minutes_data_from_workspace
        from jury_desk.trust.identity import load_identity

        page, workspace = self.host.page, self.host.workspace
        if self.busy or page is None or workspace is None:
            return
        page.grid.flush()
        title = self.tr("Le procès-verbal n’a pas été signé")
        try:
            data = minutes_data_from_workspace(workspace, now=self.host.context.clock.now())
        except UserError as error:
            self.host.show_error(error, title)
            return
        settings = self.host.context.settings
        place = self._confirm(
            data, cosigning=False, place=str(settings.value(MINUTES_PLACE_SETTING, "") or "")
        )
        if place is None:
            self.host.show_status(
                self.tr("Signature annulée : le procès-verbal n’a pas été signé.")
            )
            return
        settings.setValue(MINUTES_PLACE_SETTING, place)
        profile, clock = self.host.context.profile, self.host.context.clock

        def work() -> MinutesFile:
            identity = load_identity(profile.secrets, identity_dir(profile.home))
            return export_minutes(workspace, profile.home, identity, clock, place=place)

        self._run(work, self.tr("Signature du procès-verbal en cours…"), title, self._exported)

    def _exported(self, minutes: MinutesFile) -> None:
        from jury_desk.minutes.export import write_minutes

        self._refresh_page()  # the session's next step is now the co-signature
        try:
            path = self._save(minutes.file_name, lambda chosen: write_minutes(minutes, chosen))
        except UserError as error:
            self.host.show_error(error, self.tr("Le procès-verbal signé n’a pas été enregistré"))
            path = None
        if path is None:
            message = self.tr(
                "Procès-verbal signé (révision {n}) et gardé dans la session ; aucun fichier "
                "n’a été enregistré."
            ).format(n=minutes.revision)
        else:
            message = self.tr(
                "Procès-verbal signé (révision {n}) et enregistré : {path}. Transmettez-le au "
                "membre du jury pour cosignature."
            ).format(n=minutes.revision, path=path)
        self.host.show_status(message)

    # ------------------------------------------------------------ the member

    @Slot()
    def choose_and_cosign(self) -> None:
        from jury_desk.minutes.cosign import check_before_cosigning
        from jury_desk.minutes.verify import MINUTES_FILE

        workspace = self.host.workspace
        if self.busy or workspace is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.host.widget(),
            self.tr("Procès-verbal à cosigner"),
            str(self._folder()),
            self.tr("Documents PDF (*.pdf)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        title = self.tr("Le procès-verbal n’a pas été cosigné")
        try:
            pdf = read_outside_file(source, MINUTES_FILE)
        except UserError as error:
            self.host.show_error(error, title)
            return
        home = self.host.context.profile.home

        def check() -> MinutesVerdict:
            return check_before_cosigning(pdf, workspace, home)

        def checked(verdict: MinutesVerdict) -> None:
            self._checked(workspace, source, pdf, verdict)

        self._run(check, self.tr("Vérification du procès-verbal…"), title, checked)

    def _checked(
        self, workspace: Workspace, source: Path, pdf: bytes, verdict: MinutesVerdict
    ) -> None:
        from jury_desk.minutes.contradictions import contradictions_with_my_sheets
        from jury_desk.minutes.cosign import cosign_minutes
        from jury_desk.trust.identity import load_identity
        from jury_desk.ui.flows.minutes_dialog import chair_signature_words

        data = verdict.data
        if data is None:  # the core refuses before: kept for the type checker's sake
            return
        signed = chair_signature_words(verdict.chair_name, verdict.chair_signed_at)
        try:
            against = tuple(error_text(p) for p in contradictions_with_my_sheets(data, workspace))
        except UserError as error:
            self.host.show_error(error, self.tr("Le procès-verbal n’a pas été cosigné"))
            return
        if self._confirm(data, cosigning=True, chair_signed=signed, contradictions=against) is None:
            self.host.show_status(self.tr("Cosignature annulée : rien n’a été signé."))
            return
        profile, clock = self.host.context.profile, self.host.context.clock

        def work() -> bytes:
            identity = load_identity(profile.secrets, identity_dir(profile.home))
            return cosign_minutes(pdf, workspace, profile.home, identity, clock)

        def done(cosigned: bytes) -> None:
            self._cosigned(data, source, cosigned)

        self._run(
            work,
            self.tr("Cosignature du procès-verbal en cours…"),
            self.tr("Le procès-verbal n’a pas été cosigné"),
            done,
        )

    def _cosigned(self, data: MinutesData, source: Path, pdf: bytes) -> None:
        from jury_desk.minutes.file_name import minutes_file_name

        self._refresh_page()
        name = minutes_file_name(data.session.id, data.revision, cosigned=True)

        def write(chosen: Path) -> Path:
            path = chosen / name if chosen.is_dir() else chosen
            write_atomically(path, pdf, mode=0o644)
            return path

        try:
            path = self._save(name, write, source.parent)
        except UserError as error:
            self.host.show_error(error, self.tr("Le procès-verbal cosigné n’a pas été enregistré"))
            path = None
        if path is None:
            message = self.tr(
                "Procès-verbal cosigné, mais non enregistré : cosignez-le de nouveau "
                "pour l’enregistrer."
            )
        else:
            message = self.tr(
                "Procès-verbal cosigné (révision {n}) et enregistré : {path}. Renvoyez-le "
                "à la présidence du jury."
            ).format(n=data.revision, path=path)
        self.host.show_status(message)

    # ------------------------------------------------------------- shared

    def _refresh_page(self) -> None:
        """The session page's statuses and next-step line, read again from the workspace."""
        if self.host.page is not None:
            self.host.page.update_statuses()

    def _confirm(
        self,
        data: MinutesData,
        *,
        cosigning: bool,
        chair_signed: str = "",
        place: str = "",
        contradictions: tuple[str, ...] = (),
    ) -> str | None:
        """None if not confirmed; else the place the chair typed ("" for the member)."""
        from jury_desk.ui.flows.minutes_dialog import MinutesDialog

        dialog = MinutesDialog(
            data,
            cosigning=cosigning,
            chair_signed=chair_signed,
            place=place,
            contradictions=contradictions,
            parent=self.host.widget(),
        )
        try:
            return dialog.place() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _run(
        self,
        work: Callable[[], Any],
        text: str,
        failure_title: str,
        on_done: Callable[[Any], None],
    ) -> None:
        from jury_desk.ui.flows.sign_dialog import SigningNotice

        notice = SigningNotice(text, self.host.widget())
        notice.setObjectName("minutes_notice")

        def done(result: Any) -> None:
            self.busy = False
            notice.finish()
            self.host.clear_status()
            on_done(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            notice.finish()
            self.host.clear_status()
            self.host.show_error(error, failure_title)

        self.busy = True
        self.host.show_status(text)
        notice.open()  # before running: a synchronous runner finishes inside `run`
        self.host.context.runner.run(work, done, failed)

    def _save(
        self, name: str, write: Callable[[Path], Path], folder: Path | None = None
    ) -> Path | None:
        """Ask where, then write with `write`; None if no file was chosen."""
        from jury_desk.ui.widgets.save_folder import ask_pdf_path

        path = ask_pdf_path(
            self.host.widget(),
            self.tr("Enregistrer le procès-verbal"),
            (folder or self._folder()) / name,
        )
        if path is None:
            return None
        try:
            written = write(path)
        except OSError as exc:
            raise UserError(
                self.tr("{path} n’a pas pu être écrit ({reason}).").format(
                    path=path, reason=exc.strerror or type(exc).__name__
                )
            ) from None
        self.host.context.settings.setValue(MINUTES_FOLDER_SETTING, str(written.parent))
        return written

    def _folder(self) -> Path:
        from jury_desk.ui.widgets.save_folder import remembered_folder

        return remembered_folder(self.host.context.settings, MINUTES_FOLDER_SETTING)
