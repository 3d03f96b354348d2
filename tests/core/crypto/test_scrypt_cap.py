"""A passphrase file's work factor is the sender's choice: above what jury-desk writes, refused.

Each refusal must come from the header alone, before any key derivation: the derivation
is replaced by one that fails the test, and the whole refusal must be quick.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pyrage
import pytest

from jury_desk.cli.main import main
from jury_desk.crypto import scrypt_child
from jury_desk.crypto.age_header import MAX_SCRYPT_LOG2, TooCostlyError, check_passphrase_header
from jury_desk.crypto.age_passphrase import decrypt_passphrase_file
from jury_desk.crypto.age_scrypt import WORK_FACTOR_LOG2, encrypt_with_passphrase
from jury_desk.crypto.age_stream import (
    decrypt_identities_from_passphrase_slot,
    decrypt_small_with_passphrase,
)
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.backup import read_identity_backup

PASSPHRASE = "une phrase de passe assez longue"
REFUSAL = "asks for more work than jury-desk accepts"
QUICK = 2.0  # seconds: a derivation at 2^20 takes far longer (1 GiB of memory)


@cache
def _genuine() -> bytes:
    return encrypt_with_passphrase(b"AGE-SECRET-KEY-1\n", PASSPHRASE, work_factor_log2=10)


def costly(factor: int) -> bytes:
    """A well-formed age passphrase file whose header announces 2^`factor`.

    Written at 2^10 (quick), then its stanza's work factor rewritten: the header MAC no
    longer matches, which nobody may get far enough to notice.
    """
    genuine = _genuine()
    start = genuine.index(b"-> scrypt ")
    end = genuine.index(b"\n", start)
    assert genuine[end - 3 : end] == b" 10"
    return genuine[: end - 2] + str(factor).encode() + genuine[end:]


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    _genuine()  # derived at 2^10 once, before derivations are forbidden

    def refuse(*_args: object) -> bytes:
        raise AssertionError("a key was derived for a file that should have been refused")

    monkeypatch.setattr(scrypt_child, "_answer", refuse)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", refuse)


def test_what_jury_desk_writes_is_accepted() -> None:
    assert WORK_FACTOR_LOG2 <= MAX_SCRYPT_LOG2 == 18  # the reference `age` writes 18 too
    [stanza] = check_passphrase_header(encrypt_with_passphrase(b"x", PASSPHRASE)).stanzas
    assert stanza.args[1] == str(WORK_FACTOR_LOG2)
    check_passphrase_header(costly(MAX_SCRYPT_LOG2))


@pytest.mark.usefixtures("no_derivation")
@pytest.mark.parametrize("factor", [19, 20, 22])
@pytest.mark.parametrize(
    "opening",
    [
        check_passphrase_header,
        lambda data: decrypt_passphrase_file(data, PASSPHRASE),
        lambda data: decrypt_small_with_passphrase(data, PASSPHRASE),
        lambda data: decrypt_identities_from_passphrase_slot(data, PASSPHRASE),
        lambda data: read_identity_backup(data, PASSPHRASE),
    ],
    ids=["header", "passphrase-file", "small-file", "key-slot", "identity-backup"],
)
def test_a_costly_file_is_refused_before_any_derivation(
    opening: Callable[[bytes], object], factor: int
) -> None:
    start = time.monotonic()
    with pytest.raises(TooCostlyError) as refused:
        opening(costly(factor))
    assert time.monotonic() - start < QUICK
    message = str(refused.value)
    assert REFUSAL in message and f"2^{factor}" in message and "\n" not in message


@pytest.mark.usefixtures("no_derivation")
def test_a_costly_secrets_file_is_refused_before_any_derivation(tmp_path: Path) -> None:
    store = PassphraseFileSecretStore(tmp_path / "secrets.age", lambda _creating: PASSPHRASE)
    (tmp_path / "secrets-key.age").write_bytes(costly(20))
    with pytest.raises(TooCostlyError, match=REFUSAL):
        store.get("anything")


@pytest.mark.usefixtures("no_derivation")
def test_the_helper_itself_refuses_above_the_cap() -> None:
    with pytest.raises(TooCostlyError, match=REFUSAL):
        scrypt_child.derive_wrap_key(PASSPHRASE, bytes(16), MAX_SCRYPT_LOG2 + 1)


@pytest.mark.usefixtures("no_derivation")
def test_the_command_line_refuses_a_costly_backup_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "anais.jdidentity"
    backup.write_bytes(costly(20))
    passphrase = tmp_path / "backup-passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    home = tmp_path / "home"
    args = ["--home", str(home), "identity", "restore", str(backup)]
    start = time.monotonic()
    code = main([*args, "--passphrase-file", str(passphrase)])
    assert time.monotonic() - start < QUICK
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and REFUSAL in captured.err
    assert not home.exists() or not any(home.rglob("*"))  # nothing written
