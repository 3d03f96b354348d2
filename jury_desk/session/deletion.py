"""Deleting a session's workspace once it is no longer needed: every file of its folder (the
database and its journal files, the bundle's payload copy) and its key in the secret store.

Refused while the workspace is open elsewhere (its lock is taken first); what a juror keeps
of the session (their signed sheets exported as files, the minutes) is outside it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import workspace_path
from jury_desk.secrets import SecretStore
from jury_desk.session.recent import forget_recent
from jury_desk.session.workspaces import key_name
from jury_desk.store.errors import StoreError
from jury_desk.store.lock import WorkspaceLock


def delete_workspace(home: Path, session_id: str, secrets: SecretStore) -> int:
    """Remove the workspace of `session_id`; how many files went."""
    database = workspace_path(home, session_id)
    folder = database.parent
    if folder.is_symlink() or not database.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("messages", "There is no workspace of {session} here."),
            session=session_id,
        )
    lock = WorkspaceLock(database)
    lock.acquire()  # WorkspaceBusyError while a window or a command has it open
    try:
        files = [p for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
        # The key first: without it the file is unreadable even if a removal fails halfway.
        secrets.delete(key_name(session_id))
        for path in files:
            if path.name != database.name + ".lock":
                path.unlink(missing_ok=True)
    finally:
        lock.release()
    shutil.rmtree(folder, ignore_errors=True)  # the lock file, and the folder itself
    forget_recent(home, session_id)
    return len(files)
