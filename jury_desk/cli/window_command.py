"""`jury-desk window`: the juror's window on the data folder (the last session, or welcome)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from jury_desk.cli.arguments import SECRETS_PASSPHRASE_ENV
from jury_desk.cli.context import CommandContext
from jury_desk.kernel.environment import has_display
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import workspace_path
from jury_desk.secrets import PassphraseFileSecretStore, SecretStore, choose_secret_store
from jury_desk.secrets.passphrase import passphrase_source

if TYPE_CHECKING:  # the window's modules load when it is shown, the opener's after its frame
    from jury_desk.ui.flows.open_flow import SessionOpener
    from jury_desk.ui.shell.main_window import MainWindow


def require_window(context: CommandContext) -> None:
    if context.args.screenshot is None and not has_display():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "There is no display here: use --no-gui or --screenshot FILE."
            )
        )


def window_secret_store(context: CommandContext) -> SecretStore:
    """The data folder's secrets; a passphrase file given on the command line, else a dialog."""
    given = context.args.secrets_passphrase_file or os.environ.get(SECRETS_PASSPHRASE_ENV)
    if given:
        source = passphrase_source(Path(given), "", option="--secrets-passphrase-file")
    else:
        # The dialog's module only when it may be shown: not before a first frame that needs none.
        from jury_desk.ui.flows.gui_passphrase import dialog_passphrase_source

        source = dialog_passphrase_source()
    return choose_secret_store(context.home, source)


def _asks_in_a_dialog(context: CommandContext) -> bool:
    return not (context.args.secrets_passphrase_file or os.environ.get(SECRETS_PASSPHRASE_ENV))


def show_session(
    context: CommandContext,
    home: Path,
    secrets: SecretStore,
    session_id: str | None,
    ask_key_passphrase: bool = False,
) -> int:
    """The window on `session_id` of `home` (None: the welcome page).

    A key file still locked is unlocked by the window once its frame is drawn: in a
    dialog if `ask_key_passphrase`, else in the background (ui/shell/startup.py).
    """
    from jury_desk.ui.shell.app import run_window
    from jury_desk.ui.shell.context import Profile

    def prepare(_window: MainWindow, opener: SessionOpener) -> None:
        if session_id:
            opener.open_recent(session_id)

    return run_window(
        Profile(home, secrets),
        context.clock,
        context.home / "demo",
        prepare,
        context.args.screenshot,
        context.args.lang,
        ask_key_passphrase,
    )


def run(context: CommandContext) -> int:
    require_window(context)
    from jury_desk.ui.shell.qt_imports import skip_source_reads

    skip_source_reads()  # before the window's modules load: see ui/shell/qt_imports.py
    from jury_desk.ui.shell.app import application, last_session_of

    application(offscreen=not has_display(), language=context.args.lang)
    secrets = window_secret_store(context)
    # Unlocked by the window after its first frame: asked in a dialog on the GUI thread, or
    # from the given file in the background; a new key file is made only when a key must be
    # stored, on the GUI thread too (ui/shell/key_file.py).
    asks = isinstance(secrets, PassphraseFileSecretStore) and _asks_in_a_dialog(context)
    session_id: str | None = context.args.session
    if session_id is None:
        session_id = last_session_of(context.home)
    if session_id and not workspace_path(context.home, session_id).exists():
        session_id = None
    return show_session(context, context.home, secrets, session_id, asks)
