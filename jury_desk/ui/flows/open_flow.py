"""Opening sessions from the window: a bundle, a recent session, the demo.

The slow part (decrypting, verifying, importing) runs through the `Runner`,
off the GUI thread. A failure is shown in one message and the session already
open stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jury_desk.kernel.errors import UserError
from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.identity_flow import IdentityFlow
from jury_desk.ui.shell.context import Profile
from jury_desk.ui.shell.key_file import ready_to_store_keys
from jury_desk.ui.widgets.busy_notice import BusyNotice

if TYPE_CHECKING:
    from jury_desk.bundle.opening import OpenResult
    from jury_desk.bundle.verification import UntrustedAuthorityError
    from jury_desk.store.workspace import Workspace

# The core of opening (bundle, demo, workspace) is imported where it is first used, so
# that the window draws its first frame without it (issue #17).

T = TypeVar("T")
BUNDLE_PASSPHRASE_SECRET = "bundle-passphrase/{session}"  # noqa: S105 - a secret's name


class SessionOpener(QObject):
    """Connects the window's "open" gestures to the core, in the background.

    Emits `settled()` when the work started is over, done or failed, and nothing else runs.
    """

    settled = Signal()

    def __init__(self, host: FlowHost, demo_root: Path) -> None:
        super().__init__(host.widget())
        self.host = host
        self.demo_root = demo_root
        self.busy = False
        self.at_start = False  # set by the window's start while it opens the last session
        host.connect_open_gestures(self.choose_bundle, self.open_demo, self.open_recent)

    # ------------------------------------------------------------ bundles

    @Slot()
    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.host.widget(),
            self.tr("Ouvrir un paquet de session"),
            str(Path.home()),
            self.tr("Paquets de session jury-desk (*.jdbundle);;Tous les fichiers (*)"),
        )
        if path:
            self.ask_and_open_bundle(Path(path))

    def ask_and_open_bundle(self, bundle: Path, problem: str = "") -> None:
        # Before any passphrase: a bundle is opened as a juror, who needs an identity.
        from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog

        if not IdentityFlow(self.host).has_identity() and not self._identity_created():
            return
        from jury_desk.secrets import KeyringSecretStore

        secrets = self.host.context.profile.secrets
        remembered = self._remembered_passphrase(bundle)
        if remembered is not None:
            self.open_bundle(bundle, remembered, ask_again_on_failure=True)
            return
        dialog = PassphraseDialog(
            self.tr("Phrase de passe du paquet"),
            self.tr(
                "Si l’organisateur vous a donné une phrase de passe pour ce paquet, saisissez-la. "
                "Sinon laissez le champ vide : votre clé personnelle de juré·e l’ouvrira."
            ),
            can_remember=isinstance(secrets, KeyringSecretStore),
            optional=True,
            problem=problem,
            parent=self.host.widget(),
        )
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        self.open_bundle(bundle, dialog.passphrase() or None, dialog.remember.isChecked())

    def _identity_created(self) -> bool:
        answer = QMessageBox.question(
            self.host.widget(),
            self.tr("Identité de juré·e"),
            self.tr(
                "Pour ouvrir un paquet de session, jury-desk a besoin de votre identité de "
                "juré·e, qui n’existe pas encore sur cet ordinateur. La créer maintenant ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes and IdentityFlow(self.host).create()

    def open_bundle(
        self,
        bundle: Path,
        passphrase: str | None,
        remember: bool = False,
        organiser_fingerprint: str | None = None,
        ask_again_on_failure: bool = False,
    ) -> None:
        from jury_desk.bundle.container import Unlock
        from jury_desk.bundle.opening import open_bundle
        from jury_desk.bundle.verification import UntrustedAuthorityError
        from jury_desk.crypto.age_stream import AgeDecryptError, AgeWrongPassphraseError
        from jury_desk.kernel.paths import identity_dir
        from jury_desk.trust.identity import load_identity

        profile = self.host.context.profile
        clock = self.host.context.clock
        already_open = self.host.workspace
        if not ready_to_store_keys(profile.secrets, self.host.widget()):
            return  # the key file's passphrase was not chosen: nothing can be kept

        def work() -> OpenResult:
            identity = load_identity(profile.secrets, identity_dir(profile.home))
            result = open_bundle(
                profile.home,
                bundle,
                Unlock((identity.age_identity,), passphrase),
                identity,
                profile.secrets,
                clock,
                organiser_fingerprint,
                already_open=already_open,
            )
            if remember and passphrase:
                profile.secrets.put(
                    BUNDLE_PASSPHRASE_SECRET.format(session=result.manifest.spec.id),
                    passphrase.encode("utf-8"),
                )
            return result

        def done(result: OpenResult) -> None:
            self.busy = False
            if already_open is not None and already_open.path == result.workspace:
                self.host.load_workspace(self._reopen(already_open))
            else:
                self.open_recent(result.manifest.spec.id)

        def failed(error: BaseException) -> None:
            self.busy = False
            if isinstance(error, UntrustedAuthorityError) and self._trust(error):
                self.open_bundle(bundle, passphrase, remember, error.fingerprint)
                return
            if ask_again_on_failure and isinstance(error, AgeDecryptError):
                self._forget_passphrase(bundle)  # changed since it was remembered
                self.ask_and_open_bundle(bundle)
                return
            if passphrase and isinstance(error, AgeWrongPassphraseError):
                # Said in the dialog, which asks again: a typo is not a failure.
                self.ask_and_open_bundle(bundle, self.tr("Phrase de passe incorrecte : réessayez."))
                return
            self.host.show_error(error, self.tr("Le paquet n’a pas pu être ouvert"))

        self._run(work, done, failed, self.tr("Ouverture et vérification du paquet…"))

    def _remembered_passphrase(self, bundle: Path) -> str | None:
        from jury_desk.bundle.container import session_hint

        session_id = session_hint(bundle)
        if session_id is None:
            return None
        name = BUNDLE_PASSPHRASE_SECRET.format(session=session_id)
        try:
            value = self.host.context.profile.secrets.get(name)
        except UserError:
            return None
        return None if value is None else value.decode("utf-8")

    def _forget_passphrase(self, bundle: Path) -> None:
        from jury_desk.bundle.container import session_hint

        session_id = session_hint(bundle)
        if session_id is not None:
            name = BUNDLE_PASSPHRASE_SECRET.format(session=session_id)
            self.host.context.profile.secrets.delete(name)

    def _reopen(self, workspace: Workspace) -> Workspace:
        """The window's workspace after an update: reload so every view reads the new data."""
        from jury_desk.session.workspaces import open_session_workspace

        path = workspace.path
        profile = self.host.context.profile
        self.host.close_workspace()
        return open_session_workspace(
            profile.home, path.parent.name, profile.secrets, self.host.context.clock
        )

    def _trust(self, error: UntrustedAuthorityError) -> bool:
        from jury_desk.ui.flows.trust_dialog import TrustDialog

        dialog = TrustDialog(
            error.authority_name, error.comparison_code, error.fingerprint, self.host.widget()
        )
        return dialog.exec() == TrustDialog.DialogCode.Accepted

    # ------------------------------------------------------ other sessions

    @Slot(str)
    def open_recent(self, session_id: str) -> None:
        """Open a session of this data folder and show it: at once, or while the window
        starts (`at_start`), in the background behind a notice (ui/shell/startup.py)."""
        if not self.at_start:
            self._open_now(session_id)
            return
        profile = self.host.context.profile
        clock = self.host.context.clock

        def work() -> Workspace:
            from jury_desk.session.workspaces import open_session_workspace

            return open_session_workspace(profile.home, session_id, profile.secrets, clock)

        def done(workspace: Workspace) -> None:
            self.busy = False
            self.host.load_workspace(workspace)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.host.show_error(error, self.tr("La session n’a pas pu être ouverte"))

        if self.host.workspace is not None:
            self.host.close_workspace()
        self._run(work, done, failed, self.tr("Ouverture de la session…"))

    def _open_now(self, session_id: str) -> None:
        from jury_desk.session.workspaces import open_session_workspace

        profile = self.host.context.profile
        try:
            if self.host.workspace is not None:
                self.host.close_workspace()
            workspace = open_session_workspace(
                profile.home, session_id, profile.secrets, self.host.context.clock
            )
        except UserError as error:
            self.host.show_error(error, self.tr("La session n’a pas pu être ouverte"))
            return
        self.host.load_workspace(workspace)

    @Slot()
    def open_demo(self) -> None:
        clock = self.host.context.clock
        root = self.demo_root

        def work() -> tuple[Workspace, Profile]:
            from jury_desk.demo.build import build_demo, demo_secret_store
            from jury_desk.demo.session import DEMO_SESSION_ID
            from jury_desk.models.enums import JurorRole
            from jury_desk.session.workspaces import open_session_workspace

            layout = build_demo(root, clock).layout
            home = layout.juror_home(JurorRole.CHAIR)
            secrets = demo_secret_store(home)
            workspace = open_session_workspace(home, DEMO_SESSION_ID, secrets, clock)
            return workspace, Profile(home, secrets)

        def done(opened: tuple[Workspace, Profile]) -> None:
            self.busy = False
            self.host.load_workspace(*opened)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.host.show_error(error, self.tr("La démonstration n’a pas pu être préparée"))

        if self.host.workspace is not None:
            self.host.close_workspace()
        self._run(work, done, failed, self.tr("Préparation de la démonstration…"))

    def _run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        message: str,
    ) -> None:
        self.busy = True
        self.host.show_status(message)
        notice = BusyNotice(self.tr("Ouverture de la session"), message, self.host.widget())
        notice.setObjectName("open_notice")
        notice.start()

        def finished(result: T) -> None:
            notice.finish()
            done(result)
            if not self.busy:
                self.settled.emit()

        def stopped(error: BaseException) -> None:
            notice.finish()
            failed(error)
            if not self.busy:
                self.settled.emit()

        self.host.context.runner.run(work, finished, stopped)
