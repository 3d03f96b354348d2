"""The welcome page's recent sessions: every workspace of the data folder, last opened first."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from jury_desk.kernel.paths import secrets_file, workspace_path
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.recent import read_recent, remember_recent
from jury_desk.session.workspaces import create_session_workspace
from tests.factories import FakeClock, small_session_spec


def test_a_workspace_made_anywhere_is_listed_with_its_title(home: Path, clock: FakeClock) -> None:
    """The command line makes workspaces through the same call as the window."""
    store = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", store, clock).close()
    assert [(s.session_id, s.title, s.opened_at) for s in read_recent(home)] == [
        (spec.id, spec.title, clock.now())
    ]


def test_a_workspace_missing_from_the_list_is_still_listed_by_its_id(home: Path) -> None:
    copied = workspace_path(home, "copied-session")
    copied.parent.mkdir(parents=True)
    copied.write_bytes(b"an encrypted workspace")
    changed = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    os.utime(copied, (changed.timestamp(), changed.timestamp()))
    known = workspace_path(home, "known")
    known.parent.mkdir(parents=True)
    known.write_bytes(b"another")
    remember_recent(home, "known", "Session connue", datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    remember_recent(home, "gone", "Supprimée", datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert [(s.session_id, s.title) for s in read_recent(home)] == [
        ("known", "Session connue"),  # last opened first; "gone" has no workspace any more
        ("copied-session", "copied-session"),
    ]
    assert read_recent(home)[1].opened_at == changed
