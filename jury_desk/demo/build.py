"""Building the demo workspace, unattended, with secrets under a printed demo passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jury_desk.atomic import write_atomically
from jury_desk.clock import Clock
from jury_desk.demo.session import DEMO_SESSION_ID, demo_session_spec
from jury_desk.paths import secrets_file, workspace_path
from jury_desk.secrets import PassphraseFileSecretStore, SecretStore
from jury_desk.workspaces import create_session_workspace, open_session_workspace

# The demo must run where no keyring exists; its data is fictional, so its
# passphrase can be public.
DEMO_PASSPHRASE = "démo-jury-2026"  # noqa: S105 - public on purpose, see above
DEMO_ME = "juror-chair"


@dataclass(frozen=True)
class DemoResult:
    home: Path
    workspace: Path
    passphrase_file: Path
    created: bool


def demo_secret_store(demo_home: Path) -> PassphraseFileSecretStore:
    return PassphraseFileSecretStore(secrets_file(demo_home), lambda _creating: DEMO_PASSPHRASE)


def build_demo(demo_home: Path, clock: Clock, secrets: SecretStore) -> DemoResult:
    """Create the demo workspace in `demo_home`, or reuse the one already there."""
    passphrase_file = demo_home / "demo-passphrase.txt"
    write_atomically(passphrase_file, f"{DEMO_PASSPHRASE}\n".encode())
    path = workspace_path(demo_home, DEMO_SESSION_ID)
    created = not path.exists()
    if created:
        workspace = create_session_workspace(
            demo_home, demo_session_spec(), DEMO_ME, secrets, clock
        )
    else:
        # Whatever was scored in the demo stays: a rerun never wipes work.
        workspace = open_session_workspace(demo_home, DEMO_SESSION_ID, secrets, clock)
    workspace.close()
    return DemoResult(demo_home, path, passphrase_file, created)
