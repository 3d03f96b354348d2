"""A small passphrase file is opened whole in the scrypt helper, exactly as it was in-process.

age_passphrase.decrypt_passphrase_file hands the helper the stanza, the header
bytes its MAC covers, that MAC and the payload (scrypt_derive.open_file), so that
the window unlocks its key file without loading cryptography (issue #17). The
reference here is the in-process opening it replaced (age_keys, age_payload):
both must give the same plaintext, or the same refusal with the same message,
for a sound file, a wrong passphrase and every kind of damage.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jury_desk.crypto import scrypt_child, scrypt_derive
from jury_desk.crypto.age_header import check_passphrase_header, decode_base64
from jury_desk.crypto.age_keys import (
    FILE_KEY_BYTES,
    HeaderMacError,
    check_header_mac,
    unwrap_with_wrap_key,
)
from jury_desk.crypto.age_passphrase import (
    PassphraseFileError,
    WrongPassphraseError,
    decrypt_passphrase_file,
    opening,
)
from jury_desk.crypto.age_payload import CHUNK, PayloadDamagedError, decrypt_payload_in_memory
from jury_desk.crypto.age_scrypt import encrypt_with_passphrase
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

LOG2_N = 10  # 1 MiB: quick
PASSPHRASE = "phrase de passe « du fichier »"


def in_process(data: bytes, passphrase: str) -> bytes:
    """The opening as it was before the helper did it: the reference."""
    header = check_passphrase_header(data)
    stanza = header.stanzas[0]
    salt = decode_base64(
        stanza.args[0].encode("ascii"), QT_TRANSLATE_NOOP("messages", "the passphrase salt")
    )
    wrap_key = scrypt_derive.derive(passphrase.encode("utf-8"), salt, int(stanza.args[1]))
    file_key = unwrap_with_wrap_key(stanza, wrap_key)
    if file_key is None:
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP("messages", "Wrong passphrase (or the data is damaged).")
        )
    if len(file_key) != FILE_KEY_BYTES:
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase-protected data is malformed (its file key)."
            )
        )
    try:
        check_header_mac(data, header, file_key)
        return decrypt_payload_in_memory(data, header, file_key)
    except (HeaderMacError, PayloadDamagedError):
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP("messages", "The passphrase-protected data is damaged or truncated.")
        ) from None


def outcome(data: bytes, passphrase: str, opener: object) -> object:
    try:
        return opener(data, passphrase)  # type: ignore[operator]
    except UserError as refusal:
        return type(refusal), str(refusal)


def assert_same(data: bytes, passphrase: str = PASSPHRASE) -> object:
    helper = outcome(data, passphrase, decrypt_passphrase_file)
    assert helper == outcome(data, passphrase, in_process)
    return helper


@pytest.fixture(scope="module")
def sound() -> bytes:
    return encrypt_with_passphrase(b"AGE-SECRET-KEY-1 une identite\n", PASSPHRASE, LOG2_N)


def test_a_sound_file_and_a_wrong_passphrase(sound: bytes) -> None:
    assert assert_same(sound) == b"AGE-SECRET-KEY-1 une identite\n"
    refused = assert_same(sound, "une autre phrase")
    assert refused == (WrongPassphraseError, "Wrong passphrase (or the data is damaged).")


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 7])
def test_payloads_of_every_shape_open_the_same(size: int) -> None:
    plaintext = bytes(index % 251 for index in range(size))
    data = encrypt_with_passphrase(plaintext, PASSPHRASE, LOG2_N)
    assert assert_same(data) == plaintext


def test_every_kind_of_damage_is_refused_alike(sound: bytes) -> None:
    header_length = check_passphrase_header(sound).length
    # A byte flipped in the stanza's body, the MAC line, the nonce and the payload, a
    # sample of each; the file cut at each part, or grown by a byte.
    positions = sorted({*range(0, header_length, 11), *range(header_length - 45, len(sound), 5)})
    damaged = [sound[:at] + bytes([sound[at] ^ 0x01]) + sound[at + 1 :] for at in positions] + [
        sound[:cut] for cut in (header_length, header_length + 16, header_length + 31, -1)
    ]
    damaged.append(sound + b"\x00")
    outcomes = [assert_same(data) for data in damaged]
    kinds = {result[0] for result in outcomes if isinstance(result, tuple)}
    assert PassphraseFileError in kinds and WrongPassphraseError in kinds
    assert not any(isinstance(result, bytes) for result in outcomes[len(positions) :])


def test_a_file_key_of_the_wrong_size_is_malformed(
    sound: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The header admits only a 32-byte body (a 16-byte key and its tag): a stanza
    # sealing 15 bytes reaches only the helper's function itself.
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt = bytes(range(16))
    wrap_key = scrypt_derive.derive(PASSPHRASE.encode(), salt, LOG2_N)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), bytes(15), None)
    answer = scrypt_derive.open_file(PASSPHRASE.encode(), salt, LOG2_N, body, b"", b"", b"")
    assert answer == bytes([scrypt_derive.MALFORMED_FILE_KEY])
    monkeypatch.setattr(scrypt_child, "_answer", lambda _request: (0, answer))
    with pytest.raises(PassphraseFileError, match=r"malformed \(its file key\)"):
        decrypt_passphrase_file(sound, PASSPHRASE)


def test_the_helper_is_given_the_file_and_writes_only_its_answer(
    sound: bytes, tmp_path: Path
) -> None:
    # Started as jury-desk starts it, in an empty folder: the plaintext comes back on
    # its standard output, nothing on its standard error, no file anywhere it ran.
    command = scrypt_child.helper_command()
    helper = subprocess.run(
        command,
        input=opening(sound, PASSPHRASE).request,
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert helper.stdout == bytes([scrypt_derive.OPENED]) + b"AGE-SECRET-KEY-1 une identite\n"
    assert helper.stderr == b""
    assert list(tmp_path.iterdir()) == []
    assert command[:2] == [sys.executable, "-I"]


def test_a_helper_whose_answer_is_not_one_is_a_key_derivation_error(
    sound: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    for answer in (b"", bytes([9]), bytes([scrypt_derive.DAMAGED]) + b"x"):
        monkeypatch.setattr(scrypt_child, "_answer", lambda _request, a=answer: (0, a))
        with pytest.raises(scrypt_child.KeyDerivationError, match="failed"):
            decrypt_passphrase_file(sound, PASSPHRASE)
