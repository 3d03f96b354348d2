"""Session workspaces in the data folder, each with its key kept in a secret store."""

from __future__ import annotations

from pathlib import Path

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import workspace_path, workspaces_dir
from jury_desk.rules.deadlines import workspace_kept_until
from jury_desk.secrets import SecretStore
from jury_desk.session.recent import remember_recent
from jury_desk.session.spec import SessionSpec
from jury_desk.store.errors import StoreError
from jury_desk.store.workspace import Workspace, new_workspace_key


def key_name(session_id: str) -> str:
    return f"workspace-key/{session_id}"


def create_session_workspace(
    home: Path, spec: SessionSpec, me: str | None, secrets: SecretStore, clock: Clock
) -> Workspace:
    """A new workspace holding `spec`; its key is stored before the file exists."""
    path = workspace_path(home, spec.id)
    if path.exists():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "messages", "A workspace for the session {session} already exists at {path}."
            ),
            session=spec.id,
            path=path,
        )
    # The ORM's writing, imported here: opening a workspace needs no SQLAlchemy.
    from jury_desk.session.importer import import_session

    key = new_workspace_key()
    secrets.put(key_name(spec.id), key)
    workspace = Workspace.create(path, key, clock)
    try:
        import_session(workspace, spec, me)
    except BaseException:
        workspace.close()
        remove_workspace_files(path)
        raise
    # Listed at once, by the window or the command line: the welcome page shows it.
    remember_recent(
        home,
        spec.id,
        spec.title,
        clock.now(),
        workspace_kept_until(spec.ends_on, spec.decision_delay_months),
    )
    return workspace


def open_session_workspace(
    home: Path, session_id: str, secrets: SecretStore, clock: Clock
) -> Workspace:
    key = secrets.get(key_name(session_id))
    if key is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The key of the workspace {session} is not in {store}: "
                "open the session's bundle again to make a new workspace.",
            ),
            session=session_id,
            store=secrets.description,
        )
    return Workspace.open(workspace_path(home, session_id), key, clock)


def list_session_ids(home: Path) -> list[str]:
    folder = workspaces_dir(home)
    if not folder.is_dir():
        return []
    return sorted(p.parent.name for p in folder.glob("*/workspace.db"))


def remove_workspace_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock", ".pid"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
