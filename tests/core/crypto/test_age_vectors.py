"""The age test vectors (C2SP/CCTV) through our age functions, and the strict header reader.

Each vector starts with a small text header (expect, payload, identity or
passphrase, armored, compressed), a blank line, then the age file itself.
"""

from __future__ import annotations

import hashlib
import os
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from jury_desk.crypto.age_header import (
    MAX_HEADER_BYTES,
    AgeHeaderError,
    check_passphrase_header,
    check_recipient_header,
    parse_header,
)
from jury_desk.crypto.age_keys import check_header_mac, unwrap_x25519
from jury_desk.crypto.age_passphrase import decrypt_passphrase_file
from jury_desk.crypto.age_payload import decrypt_payload_in_memory
from jury_desk.crypto.age_stream import (
    decrypt_small_with_passphrase,
    decrypting,
    encrypt_small_with_passphrase,
    generate_x25519,
)
from jury_desk.kernel.errors import UserError
from tests.paths import SHARED_TESTDATA

VECTORS = SHARED_TESTDATA / "age-cctv"
# rage accepts these against the specification; our own reader must not.
RAGE_DEVIATIONS = ("stanza_missing_body", "stanza_missing_final_line")
# The headers that announce an unaffordable or forbidden scrypt: refused before any derivation.
COSTLY_SCRYPT_PREFIXES = ("scrypt_work_factor_",)
COSTLY_SCRYPT_NAMES = ("scrypt_and_x25519", "scrypt_double")


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: list[str]
    passphrases: list[str]
    armored: bool
    age: bytes


def _vector_files() -> list[Path]:
    if not VECTORS.is_dir():
        return []
    return sorted(path for path in VECTORS.iterdir() if path.name != "README.md")


def _require_vectors() -> None:
    if _vector_files():
        return
    message = f"the age test vectors are not in {VECTORS}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _load(path: Path) -> Vector:
    text, age = path.read_bytes().split(b"\n\n", 1)
    fields: dict[str, list[str]] = {}
    for line in text.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        age = zlib.decompress(age)
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        payload=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        armored=fields.get("armored") == ["yes"],
        age=age,
    )


def _open_vector(vector: Vector, tmp_path: Path) -> bytes:
    """The plaintext, through the function jury-desk would use for this kind of file."""
    if vector.passphrases:
        return decrypt_small_with_passphrase(vector.age, vector.passphrases[0])
    file = tmp_path / f"{vector.name}.age"
    file.write_bytes(vector.age)
    # A vector with no key at all ("empty") still goes through the identity path.
    identities = vector.identities or [generate_x25519()[0]]
    with decrypting(file, identities) as plaintext:
        return plaintext.read()


def _names() -> list[str]:
    return [path.name for path in _vector_files()] or ["<no vectors>"]


@pytest.mark.parametrize("name", _names())
def test_every_vector_gives_the_expected_outcome(name: str, tmp_path: Path) -> None:
    _require_vectors()
    vector = _load(VECTORS / name)
    try:
        plaintext = _open_vector(vector, tmp_path)
    except UserError:
        assert vector.expect != "success" or vector.armored or _is_hybrid(vector), (
            f"{name} should open"
        )
        if _is_hybrid(vector):
            _check_hybrid_header_path(vector, tmp_path)
        return
    assert not vector.armored, f"{name}: armored files must be refused"
    assert vector.expect == "success" or _is_hybrid(vector), f"{name} should be refused"
    assert hashlib.sha256(plaintext).hexdigest() == vector.payload


def _is_hybrid(vector: Vector) -> bool:
    # Post-quantum ML-KEM stanzas: pyrage 1.4 has no such identity, so refusal is allowed.
    return vector.name.startswith("hybrid")


def _check_hybrid_header_path(vector: Vector, tmp_path: Path) -> None:
    """The ML-KEM identity is refused first; with an X25519 key, the file is refused too."""
    file = tmp_path / "hybrid.age"
    file.write_bytes(vector.age)
    with pytest.raises(UserError), decrypting(file, [generate_x25519()[0]]) as plaintext:
        plaintext.read()


def _open_with_our_own_code(vector: Vector) -> bytes:
    """The plaintext through jury-desk's own age code: what opens a bundle and reads its store."""
    if vector.passphrases:
        return decrypt_passphrase_file(vector.age, vector.passphrases[0])
    header = check_recipient_header(vector.age[:MAX_HEADER_BYTES])
    file_key = unwrap_x25519(header, vector.identities or [generate_x25519()[0]])
    check_header_mac(vector.age, header, file_key)
    return decrypt_payload_in_memory(vector.age, header, file_key)


@pytest.mark.parametrize("name", _names())
def test_our_own_decryption_gives_the_expected_outcome(name: str) -> None:
    """The file key unwrapping, header MAC and STREAM chunks written for random access
    agree with the specification on every vector (any other exception fails the test)."""
    _require_vectors()
    vector = _load(VECTORS / name)
    try:
        plaintext = _open_with_our_own_code(vector)
    except UserError:
        assert vector.expect != "success" or vector.armored or _is_hybrid(vector), name
        return
    assert vector.expect == "success", f"{name} should be refused"
    assert hashlib.sha256(plaintext).hexdigest() == vector.payload


@pytest.mark.parametrize("name", RAGE_DEVIATIONS)
def test_the_strict_reader_refuses_what_rage_accepts(name: str) -> None:
    _require_vectors()
    with pytest.raises(AgeHeaderError, match="short body line"):
        parse_header(_load(VECTORS / name).age)


def test_costly_or_mixed_scrypt_headers_are_refused_at_once() -> None:
    _require_vectors()
    names = [
        path.name
        for path in _vector_files()
        if path.name.startswith(COSTLY_SCRYPT_PREFIXES) or path.name in COSTLY_SCRYPT_NAMES
    ]
    assert "scrypt_work_factor_23" in names
    for name in names:
        vector = _load(VECTORS / name)
        start = time.monotonic()
        with pytest.raises(UserError):
            decrypt_small_with_passphrase(vector.age, vector.passphrases[0])
        assert time.monotonic() - start < 1, name  # 2^23 would take most of a minute


def test_armored_vectors_are_refused_by_the_reader_itself() -> None:
    _require_vectors()
    armored = [_load(path) for path in _vector_files() if _load(path).armored]
    assert armored
    for vector in armored:
        with pytest.raises(AgeHeaderError):
            parse_header(vector.age)


def test_the_vector_counts() -> None:
    """The suite is the one this module was written against (a sudden change deserves a look)."""
    _require_vectors()
    expects: dict[str, int] = {}
    for path in _vector_files():
        kind = _load(path).expect
        expects[kind] = expects.get(kind, 0) + 1
    assert expects == {
        "success": 26,
        "header failure": 62,
        "HMAC failure": 1,
        "no match": 13,
        "payload failure": 19,
        "armor failure": 22,
    }


# Hand-made headers: what the vectors do not cover.

_SHARE = "TEiF0ypqr+bpvcqXNyCVJpL7OuwPdVwPL7KQEbFDOCc"
_BODY = "hjabGXwSLQ9c3S6Lw2i+S2Tu2fiwQHHslbBN6B41FLE"
_MAC = "--- WyJp9F/9FOZh7gJdheq2WIJcwHgYc8NIVh3ddwhrcNg\n"


def _header(*stanzas: str) -> bytes:
    return ("age-encryption.org/v1\n" + "".join(stanzas) + _MAC).encode()


def test_the_header_length_ends_after_the_mac_line() -> None:
    header = _header(f"-> X25519 {_SHARE}\n{_BODY}\n")
    parsed = check_recipient_header(header + b"\x00payload")
    assert parsed.length == len(header)
    assert [(s.type, s.args, len(s.body)) for s in parsed.stanzas] == [("X25519", (_SHARE,), 32)]


def test_a_multi_line_body_is_read_whole() -> None:
    full = "A" * 64
    parsed = parse_header(
        _header(f"-> grease x\n{full}\n{full}\nAAAA\n", f"-> X25519 {_SHARE}\n{_BODY}\n")
    )
    assert len(parsed.stanzas[0].body) == 48 + 48 + 3


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (b"", "not an age-encrypted file"),
        (b"age-encryption.org/v2\n", "version other than v1"),
        (_header(f"-> X25519 {_SHARE}\r\n{_BODY}\n"), "carriage return"),
        (_header(), "no recipient stanza"),
        (_header(f"-> X25519 {_SHARE}\n{_BODY}\n")[:-10], "truncated"),
        (_header(f"-> X25519 {_SHARE}\n{'A' * 64}\n"), "short body line"),
        (_header(f"-> X25519 {_SHARE}\n{_BODY}=\n"), "base64"),
        (_header(f"-> X25519  {_SHARE}\n{_BODY}\n"), "empty argument"),
        (_header(f"-> X25519 {_SHARE}\n{_BODY}\n").replace(b"---", b"-- "), "neither"),
    ],
)
def test_malformed_headers_are_refused(header: bytes, message: str) -> None:
    with pytest.raises(AgeHeaderError, match=message):
        parse_header(header)


def test_a_header_larger_than_64_kib_is_refused() -> None:
    grease = "".join(f"-> grease {i}\n\n" for i in range(MAX_HEADER_BYTES // 10))
    with pytest.raises(AgeHeaderError, match="larger than 64 KiB"):
        parse_header(_header(grease, f"-> X25519 {_SHARE}\n{_BODY}\n"))


def test_the_recipient_check_wants_x25519_and_no_scrypt() -> None:
    with pytest.raises(AgeHeaderError, match="not encrypted to any X25519"):
        check_recipient_header(_header(f"-> grease\n{_BODY}\n"))
    with pytest.raises(AgeHeaderError, match="exactly one argument"):
        check_recipient_header(_header(f"-> X25519 {_SHARE} extra\n{_BODY}\n"))
    with pytest.raises(AgeHeaderError, match="not 32 bytes"):
        check_recipient_header(_header(f"-> X25519 {_SHARE}\n\n"))
    passphrase_file = encrypt_small_with_passphrase(b"x", "phrase")
    with pytest.raises(AgeHeaderError, match="passphrase"):
        check_recipient_header(passphrase_file)


def test_the_passphrase_check_caps_the_work_factor() -> None:
    salt = "rF0/NwblUHHTpgQgRpe5CQ"
    check_passphrase_header(_header(f"-> scrypt {salt} 18\n{_BODY}\n"))
    for factor in ("19", "20", "99999999999999999999999999"):
        with pytest.raises(AgeHeaderError, match="work factor"):
            check_passphrase_header(_header(f"-> scrypt {salt} {factor}\n{_BODY}\n"))
    with pytest.raises(AgeHeaderError, match="not protected by a passphrase"):
        check_passphrase_header(_header(f"-> X25519 {_SHARE}\n{_BODY}\n"))
