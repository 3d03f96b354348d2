"""Where secrets live: the real OS keyring, or the passphrase-protected file; never plaintext."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from keyring.backends import fail, null

from jury_desk.crypto.age_header import AgeHeaderError
from jury_desk.secrets import PassphraseFileSecretStore, choose_secret_store
from jury_desk.secrets.passphrase import PassphraseError, passphrase_source, read_passphrase_file
from jury_desk.secrets.store import SecretStoreError, keyring_is_secure
from jury_desk.session.workspaces import create_session_workspace, open_session_workspace
from tests.conftest import require_tool
from tests.factories import FakeClock, small_session_spec
from tests.paths import REPO_ROOT, SHARED_TESTDATA

REPO = REPO_ROOT


@pytest.mark.slow
def test_the_workspace_key_lives_in_the_real_gnome_keyring(tmp_path: Path) -> None:
    require_tool("gnome-keyring-daemon")
    require_tool("dbus-run-session")
    home = tmp_path / "home"
    inner = (
        "echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1;"
        f' exec "{sys.executable}" -m tests.helpers.keyring_roundtrip "{home}"'
    )
    env = {k: v for k, v in os.environ.items() if k != "JURY_DESK_SECRETS"}
    # A keyring of its own: the machine's login keyring may be locked with another password.
    private = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = subprocess.run(
        [require_tool("dbus-run-session"), "--", "sh", "-c", inner],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
        env={**env, **private, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "backend": "keyring.backends.SecretService",
        "secure": True,
        "store": "KeyringSecretStore",
        "title": "Session de test",
        "key_bytes": 32,
        "secrets_file_exists": False,
    }


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_backends_that_lose_secrets_are_refused(backend: object) -> None:
    assert not keyring_is_secure(backend)


def test_plaintext_backends_are_refused() -> None:
    class PlaintextKeyring:  # stands for keyrings.alt.file.PlaintextKeyring
        __module__ = "keyrings.alt.file"

    assert not keyring_is_secure(PlaintextKeyring())


def test_without_a_secure_keyring_secrets_go_to_the_passphrase_file(
    home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_DESK_SECRETS", "auto")  # and no keyring daemon runs here
    asked: list[bool] = []

    def passphrase(creating: bool) -> str:
        asked.append(creating)
        return "une phrase de passe assez longue"

    store = choose_secret_store(home, passphrase)
    assert isinstance(store, PassphraseFileSecretStore)
    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", store, clock).close()
    assert asked == [True]
    # The passphrase wraps a key; the secrets are encrypted to that key. Neither is readable.
    assert (home / "secrets-key.age").read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert (home / "secrets.age").read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")
    # Later, a new process: asked once, for opening.
    later = choose_secret_store(home, passphrase)
    open_session_workspace(home, spec.id, later, clock).close()
    assert asked == [True, False]


def test_a_wrong_passphrase_is_refused_clearly(home: Path) -> None:
    path = home / "secrets.age"
    PassphraseFileSecretStore(path, lambda _c: "la bonne phrase de passe").put("k", b"v" * 32)
    wrong = PassphraseFileSecretStore(path, lambda _c: "une mauvaise phrase")
    with pytest.raises(SecretStoreError, match="Wrong passphrase"):
        wrong.get("k")


def test_a_costly_work_factor_is_refused_before_any_key_derivation(home: Path) -> None:
    vector = SHARED_TESTDATA / "age-cctv" / "scrypt_work_factor_23"
    if not vector.exists():
        pytest.skip("the age test vectors are not beside the project")
    body = vector.read_bytes().split(b"\n\n", 1)[1]  # vectors carry a small header first
    path = home / "secrets-key.age"
    path.write_bytes(body)
    start = time.monotonic()
    with pytest.raises(AgeHeaderError, match="work factor"):
        PassphraseFileSecretStore(home / "secrets.age", lambda _c: "password").get("k")
    assert time.monotonic() - start < 5  # generous: 2^23 would take most of a minute


def test_the_passphrase_file_option(tmp_path: Path) -> None:
    file = tmp_path / "pass.txt"
    file.write_text("phrase de passe\n", encoding="utf-8")
    assert read_passphrase_file(file) == "phrase de passe"
    file.write_text("", encoding="utf-8")
    with pytest.raises(PassphraseError, match="empty"):
        read_passphrase_file(file)
    with pytest.raises(PassphraseError, match="Cannot read"):
        read_passphrase_file(tmp_path / "missing.txt")


def test_with_no_terminal_and_no_file_it_fails_instead_of_waiting() -> None:
    source = passphrase_source(None, "?", is_interactive=lambda: False)
    with pytest.raises(PassphraseError, match="--passphrase-file"):
        source(False)


def test_a_passphrase_being_chosen_is_typed_twice() -> None:
    answers = iter(["phrase-de-passe-1", "phrase-de-passe-2"])
    source = passphrase_source(None, "?", is_interactive=lambda: True, ask=lambda _p: next(answers))
    with pytest.raises(PassphraseError, match="differ"):
        source(True)
