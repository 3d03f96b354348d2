"""The passphrase's scrypt runs in a helper process, from Python and in the frozen application."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from jury_desk.crypto import scrypt_child, scrypt_derive
from jury_desk.crypto.scrypt_child import KeyDerivationError, derive_wrap_key
from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
ENTRY = ROOT / "scripts" / "frozen_entry.py"
SALT = bytes(range(16))
LOG2_N = 10  # 1 MiB: quick


def reference_key(passphrase: str) -> bytes:
    """age's scrypt key by another implementation (OpenSSL's, through hashlib)."""
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=b"age-encryption.org/v1/scrypt" + SALT,
        n=1 << LOG2_N,
        r=8,
        p=1,
        dklen=32,
    )


def imported_modules(importtime_log: str) -> list[str]:
    """The modules a `python -X importtime` run imported, from its standard error."""
    return [
        line.rsplit("|", 1)[1].strip()
        for line in importtime_log.splitlines()
        if line.startswith("import time:") and "|" in line
    ]


def test_the_helper_derives_age_scrypt_key() -> None:
    phrase = "une phrase de passe « longue »"
    assert derive_wrap_key(phrase, SALT, LOG2_N) == reference_key(phrase)
    assert scrypt_derive.derive(phrase.encode(), SALT, LOG2_N) == reference_key(phrase)


def test_the_python_helper_is_isolated_and_loads_nothing_of_jury_desk() -> None:
    command = scrypt_child.helper_command()
    assert command[:2] == [sys.executable, "-I"]
    helper = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        input=scrypt_derive.request(b"phrase", SALT, LOG2_N),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert helper.stdout == reference_key("phrase")
    modules = imported_modules(helper.stderr.decode())
    assert "cryptography.hazmat.primitives.kdf.scrypt" in modules
    assert [name for name in modules if name.startswith(("jury_desk", "PySide6"))] == []


def test_the_frozen_entry_with_its_private_argument_is_the_helper() -> None:
    # Run as the frozen application runs it, without freezing: only cryptography
    # and the derivation are loaded, not Qt nor the command line.
    helper = subprocess.run(
        [sys.executable, "-X", "importtime", str(ENTRY), scrypt_derive.CHILD_ARGUMENT],
        input=scrypt_derive.request("clé".encode(), SALT, LOG2_N),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert helper.stdout == reference_key("clé")
    loaded = [
        name
        for name in imported_modules(helper.stderr.decode())
        if name.startswith(("PySide6", "jury_desk.cli", "jury_desk.kernel.errors", "jury_desk.ui"))
    ]
    assert loaded == []


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This process passes for a frozen application whose executable runs the entry.

    Returns the file where the stand-in executable writes the arguments it got.
    """
    if sys.platform == "win32":
        pytest.skip("the stand-in executable is a shell script")
    arguments = tmp_path / "arguments"
    executable = tmp_path / "jury-desk"
    executable.write_text(
        f'#!/bin/sh\necho "$@" >"{arguments}"\nexec "{sys.executable}" "{ENTRY}" "$@"\n',
        encoding="utf-8",
    )
    executable.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return arguments


def test_a_frozen_application_starts_itself_as_the_helper(frozen: Path) -> None:
    assert derive_wrap_key("phrase", SALT, LOG2_N) == reference_key("phrase")
    assert frozen.read_text(encoding="utf-8") == "--scrypt-child\n"


def test_a_helper_that_fails_is_a_key_derivation_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform == "win32":
        pytest.skip("the failing executable is a shell script")
    failing = tmp_path / "jury-desk"
    failing.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(failing))
    with pytest.raises(KeyDerivationError, match=r"failed \(it needs 1 MiB of memory\)"):
        derive_wrap_key("phrase", SALT, LOG2_N)


def test_a_helper_that_cannot_start_is_a_key_derivation_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "gone"))
    with pytest.raises(KeyDerivationError, match="Cannot start the passphrase's key derivation"):
        derive_wrap_key("phrase", SALT, LOG2_N)


def test_a_helper_started_early_gives_the_same_key_and_is_taken_once() -> None:
    scrypt_child.start_early("phrase tôt lancée", SALT, LOG2_N)
    assert len(scrypt_child._started) == 1
    assert derive_wrap_key("phrase tôt lancée", SALT, LOG2_N) == reference_key("phrase tôt lancée")
    assert scrypt_child._started == {}  # taken, and its process waited for
    # Another passphrase does not take it: it is derived on its own, right.
    scrypt_child.start_early("une autre phrase", SALT, LOG2_N)
    assert derive_wrap_key("la bonne phrase", SALT, LOG2_N) == reference_key("la bonne phrase")
    assert len(scrypt_child._started) == 1  # still waiting for its own request
    assert derive_wrap_key("une autre phrase", SALT, LOG2_N) == reference_key("une autre phrase")


def test_a_passphrase_file_opens_after_its_scrypt_was_started_from_its_header() -> None:
    from jury_desk.crypto.age_passphrase import decrypt_passphrase_file
    from jury_desk.crypto.age_scrypt import encrypt_with_passphrase
    from jury_desk.crypto.scrypt_early import start_deriving

    data = encrypt_with_passphrase(b"les secrets", "phrase du fichier", LOG2_N)
    start_deriving(data, "phrase du fichier")
    assert len(scrypt_child._started) == 1
    assert decrypt_passphrase_file(data, "phrase du fichier") == b"les secrets"
    assert scrypt_child._started == {}
    start_deriving(b"not an age file", "phrase du fichier")  # refused later, by the opening
    assert scrypt_child._started == {}
