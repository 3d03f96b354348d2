"""Run inside a dbus session with gnome-keyring: keep a workspace key in the real keyring.

Usage: python -m tests.helpers.keyring_roundtrip HOME
Prints one JSON line describing what happened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import keyring

from jury_desk.kernel.clock import SystemClock
from jury_desk.secrets import KeyringSecretStore, choose_secret_store
from jury_desk.secrets.store import keyring_is_secure
from jury_desk.session.workspaces import create_session_workspace, key_name, open_session_workspace
from jury_desk.store.queries import the_session
from tests.factories import small_session_spec


def no_passphrase(_creating: bool) -> str:
    raise AssertionError("a secure keyring was available: no passphrase should be asked")


def main() -> None:
    home = Path(sys.argv[1])
    clock = SystemClock()
    store = choose_secret_store(home, no_passphrase, prefer="auto")
    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", store, clock).close()
    # A new store object, as a later run of the program would have.
    reopened_store = KeyringSecretStore(home)
    with (
        open_session_workspace(home, spec.id, reopened_store, clock) as workspace,
        workspace.reading() as session,
    ):
        title = the_session(session).title
    key = reopened_store.get(key_name(spec.id))
    print(
        json.dumps(
            {
                "backend": type(keyring.get_keyring()).__module__,
                "secure": keyring_is_secure(keyring.get_keyring()),
                "store": type(store).__name__,
                "title": title,
                "key_bytes": len(key or b""),
                "secrets_file_exists": (home / "secrets.age").exists(),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
