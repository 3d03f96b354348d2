"""Which session a command works on: the one given with --session, else the only one there is."""

from __future__ import annotations

from jury_desk.cli.context import CommandContext
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets import SecretStore
from jury_desk.session.workspaces import list_session_ids, open_session_workspace
from jury_desk.store.workspace import Workspace


def chosen_session_id(context: CommandContext) -> str:
    """`--session ID` if given (and present), else the data folder's single session."""
    ids = list_session_ids(context.home)
    wanted: str | None = getattr(context.args, "session", None)
    if wanted is not None:
        if wanted not in ids:
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "There is no session {session!r} in {home}."),
                session=wanted,
                home=context.home,
            )
        return wanted
    if not ids:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "No session in {home}: open a bundle first."),
            home=context.home,
        )
    if len(ids) != 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "{count} sessions in {home}: say which one with --session."
            ),
            count=len(ids),
            home=context.home,
        )
    return ids[0]


def open_chosen_workspace(context: CommandContext, secrets: SecretStore) -> Workspace:
    return open_session_workspace(context.home, chosen_session_id(context), secrets, context.clock)
