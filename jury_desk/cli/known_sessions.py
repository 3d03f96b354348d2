"""The sessions of a data folder, as the signed files' verification needs them."""

from __future__ import annotations

from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.secrets import SecretStore
from jury_desk.session.workspaces import list_session_ids, open_session_workspace
from jury_desk.signing.authority import KnownSession, known_session


def known_sessions(
    home: Path, secrets: SecretStore, context: CommandContext
) -> dict[str, KnownSession]:
    """Each session of `home` by id: its jurors' certificates and the authority it trusts."""
    sessions = {}
    for session_id in list_session_ids(home):
        with open_session_workspace(home, session_id, secrets, context.clock) as workspace:
            sessions[session_id] = known_session(home, workspace)
    return sessions
