"""age through pyrage: streamed X25519 files, passphrase slots, failures, interop with `age`."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import resource
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from jury_desk.crypto.age_header import MAX_SCRYPT_LOG2, AgeHeaderError, check_passphrase_header
from jury_desk.crypto.age_stream import (
    AgeDecryptError,
    AgeEncryptError,
    AgeIdentityError,
    AgeRecipientError,
    decrypt_identities_from_passphrase_slot,
    decrypt_small_with_passphrase,
    decrypting,
    encrypt_small_with_passphrase,
    encrypt_to_file,
    generate_x25519,
)
from tests.conftest import require_tool

KIB = 1024
MIB = 1024 * KIB
TIMEOUT = 60  # seconds; a hung writer thread would wait forever
PASSPHRASE = "une phrase de passe correcte"


@pytest.fixture(scope="module")
def keys() -> tuple[str, str]:
    return generate_x25519()


def _encrypt(tmp_path: Path, data: bytes, recipient: str, name: str = "file.age") -> Path:
    destination = tmp_path / name
    encrypt_to_file(io.BytesIO(data), destination, [recipient])
    return destination


def _decrypt(path: Path | io.BytesIO, identity: str, chunk: int = 64 * KIB) -> bytes:
    parts = []
    with decrypting(path, [identity]) as plaintext:
        while part := plaintext.read(chunk):
            parts.append(part)
    return b"".join(parts)


def _open_fds() -> int:
    return len(list(Path("/proc/self/fd").iterdir()))


def _run_with_timeout(action: Callable[[], object]) -> BaseException | None:
    """What `action` raised (None if nothing), failing the test if it hangs."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    assert not worker.is_alive(), "decryption hung"
    return outcome[0]


# Round trips.


@pytest.mark.parametrize("size", [0, 1, 64 * KIB, 64 * KIB + 1, 5 * MIB])
def test_round_trip(size: int, tmp_path: Path, keys: tuple[str, str]) -> None:
    identity, recipient = keys
    data = os.urandom(size)
    path = _encrypt(tmp_path, data, recipient)
    assert _decrypt(path, identity) == data
    assert [p.name for p in tmp_path.iterdir()] == ["file.age"]  # no temp file left


def test_several_recipients_each_open_the_file(tmp_path: Path) -> None:
    first, second = generate_x25519(), generate_x25519()
    path = tmp_path / "both.age"
    encrypt_to_file(io.BytesIO(b"bundle"), path, [first[1], second[1]])
    assert _decrypt(path, first[0]) == b"bundle"
    assert _decrypt(path, second[0]) == b"bundle"


def test_an_open_pipe_can_be_decrypted_despite_short_reads(
    tmp_path: Path, keys: tuple[str, str]
) -> None:
    identity, recipient = keys
    data = os.urandom(300 * KIB)
    encrypted = _encrypt(tmp_path, data, recipient).read_bytes()
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        # Small writes: the header arrives in pieces, and the pipe cannot seek.
        with os.fdopen(write_fd, "wb", buffering=0) as sink:
            for start in range(0, len(encrypted), 1000):
                sink.write(encrypted[start : start + 1000])

    feeder = threading.Thread(target=feed)
    feeder.start()
    with os.fdopen(read_fd, "rb", buffering=0) as stream:
        with decrypting(stream, [identity]) as plaintext:
            assert plaintext.read() == data
        assert not stream.closed  # the caller's stream stays the caller's
    feeder.join(TIMEOUT)


def test_generated_keys_have_the_age_forms() -> None:
    identity, recipient = generate_x25519()
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert recipient.startswith("age1")
    assert generate_x25519() != (identity, recipient)


# Refusals while decrypting.


def test_a_wrong_identity_is_refused_at_exit(tmp_path: Path, keys: tuple[str, str]) -> None:
    path = _encrypt(tmp_path, os.urandom(200 * KIB), keys[1])
    stranger = generate_x25519()[0]
    with (
        pytest.raises(AgeDecryptError, match="no identity matches"),
        decrypting(path, [stranger]) as plaintext,
    ):
        assert plaintext.read() == b""  # the writer failed at once: the reader sees an end


def test_a_damaged_end_is_reported_at_exit_after_earlier_chunks(
    tmp_path: Path, keys: tuple[str, str]
) -> None:
    identity, recipient = keys
    data = os.urandom(5 * MIB)
    path = _encrypt(tmp_path, data, recipient)
    damaged = bytearray(path.read_bytes())
    damaged[-100] ^= 0x01
    path.write_bytes(damaged)
    received = bytearray()
    with (
        pytest.raises(AgeDecryptError, match="damaged or truncated"),
        decrypting(path, [identity]) as plaintext,
    ):
        while part := plaintext.read(64 * KIB):
            received += part
    # Authenticated chunks came first: hence "provisional until exit".
    assert len(received) >= 4 * MIB
    assert bytes(received) == data[: len(received)]


@pytest.mark.parametrize("cut", [1, 1000, 64 * KIB + 17])
def test_a_truncated_file_is_refused(cut: int, tmp_path: Path, keys: tuple[str, str]) -> None:
    identity, recipient = keys
    path = _encrypt(tmp_path, os.urandom(MIB), recipient)
    path.write_bytes(path.read_bytes()[:-cut])
    with pytest.raises(AgeDecryptError, match="damaged or truncated"):
        _decrypt(path, identity)


def test_a_consumer_that_leaves_early_still_gets_the_whole_file_checked(
    tmp_path: Path, keys: tuple[str, str]
) -> None:
    identity, recipient = keys
    path = _encrypt(tmp_path, os.urandom(2 * MIB), recipient)
    with decrypting(path, [identity]) as plaintext:
        plaintext.read(10)
    damaged = bytearray(path.read_bytes())
    damaged[-50] ^= 0x80
    path.write_bytes(damaged)
    with pytest.raises(AgeDecryptError, match="damaged"), decrypting(path, [identity]) as plaintext:
        plaintext.read(10)
        plaintext.close()  # closing it is tolerated: the rest is still drained and checked


def test_a_passphrase_file_is_refused_before_pyrage(tmp_path: Path, keys: tuple[str, str]) -> None:
    path = tmp_path / "secret.age"
    path.write_bytes(_passphrase_blob())
    with pytest.raises(AgeHeaderError, match="passphrase"), decrypting(path, [keys[0]]):
        pass


def test_unreadable_inputs_are_user_errors(tmp_path: Path, keys: tuple[str, str]) -> None:
    with (
        pytest.raises(AgeDecryptError, match="Cannot read"),
        decrypting(tmp_path / "none", [keys[0]]),
    ):
        pass
    path = _encrypt(tmp_path, b"x", keys[1])
    # The last character changed (a random key may already end in the one we put).
    secret_typo = keys[0][:-1] + ("Y" if keys[0].endswith("X") else "X")
    with pytest.raises(AgeIdentityError) as caught, decrypting(path, [secret_typo]):
        pass
    assert secret_typo not in str(caught.value)  # a secret is never echoed
    with pytest.raises(AgeIdentityError), decrypting(path, []):
        pass


# Threads, descriptors, hangs.


@pytest.mark.parametrize("read_first", [0, 1, 3 * MIB])
def test_a_consumer_that_raises_propagates_and_leaks_nothing(
    read_first: int, tmp_path: Path, keys: tuple[str, str]
) -> None:
    identity, recipient = keys
    path = _encrypt(tmp_path, os.urandom(5 * MIB), recipient)

    class Stop(Exception):
        pass

    def consume() -> None:
        with decrypting(path, [identity]) as plaintext:
            plaintext.read(read_first)
            raise Stop

    threads, fds = threading.active_count(), _open_fds()
    assert isinstance(_run_with_timeout(consume), Stop)
    assert threading.active_count() == threads
    assert _open_fds() == fds


def test_failures_leak_nothing(tmp_path: Path, keys: tuple[str, str]) -> None:
    identity, recipient = keys
    path = _encrypt(tmp_path, os.urandom(MIB), recipient)
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(path.read_bytes()[:-10])
    stranger = generate_x25519()[0]
    threads, fds = threading.active_count(), _open_fds()
    for source, key in [(path, stranger), (damaged, identity), (path, identity)]:
        outcome = _run_with_timeout(functools.partial(_decrypt, source, key))
        assert outcome is None or isinstance(outcome, AgeDecryptError)
    assert threading.active_count() == threads
    assert _open_fds() == fds


# Encryption failures.


def test_a_malformed_recipient_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AgeRecipientError, match="age1"):
        encrypt_to_file(io.BytesIO(b"x"), tmp_path / "out.age", ["age1notakey"])
    with pytest.raises(AgeRecipientError):
        encrypt_to_file(io.BytesIO(b"x"), tmp_path / "out.age", [])
    assert list(tmp_path.iterdir()) == []


def test_a_failing_source_leaves_the_old_file_and_no_temp(
    tmp_path: Path, keys: tuple[str, str]
) -> None:
    destination = _encrypt(tmp_path, b"old", keys[1])
    before = destination.read_bytes()

    class Failing(io.RawIOBase):
        def __init__(self) -> None:
            self._served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            if self._served > MIB:
                raise OSError(5, "Input/output error")
            buffer[:] = b"\x00" * len(buffer)
            self._served += len(buffer)
            return len(buffer)

    with pytest.raises(AgeEncryptError, match="Could not encrypt"):
        encrypt_to_file(io.BufferedReader(Failing()), destination, [keys[1]])
    assert destination.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["file.age"]


def test_a_missing_destination_folder_is_a_user_error(
    tmp_path: Path, keys: tuple[str, str]
) -> None:
    with pytest.raises(AgeEncryptError, match="Cannot write"):
        encrypt_to_file(io.BytesIO(b"x"), tmp_path / "absent" / "out.age", [keys[1]])


# Passphrases (each key derivation costs about a second: blobs are shared).

_BLOBS: dict[str, bytes] = {}


def _passphrase_blob() -> bytes:
    if "plain" not in _BLOBS:
        _BLOBS["plain"] = encrypt_small_with_passphrase(b"petit secret", PASSPHRASE)
    return _BLOBS["plain"]


def test_a_passphrase_round_trip_within_our_work_factor_cap() -> None:
    blob = _passphrase_blob()
    stanza = check_passphrase_header(blob).stanzas[0]
    assert 1 <= int(stanza.args[1]) <= MAX_SCRYPT_LOG2  # pyrage picks it from the machine's speed
    assert decrypt_small_with_passphrase(blob, PASSPHRASE) == b"petit secret"
    with pytest.raises(AgeDecryptError, match="Wrong passphrase"):
        decrypt_small_with_passphrase(blob, "une autre phrase")


def test_passphrase_inputs_are_bounded() -> None:
    blob = _passphrase_blob()
    with pytest.raises(AgeDecryptError, match="larger than"):
        decrypt_small_with_passphrase(blob, PASSPHRASE, max_bytes=len(blob) - 1)
    with pytest.raises(AgeDecryptError, match="damaged"):
        decrypt_small_with_passphrase(blob[:-1], PASSPHRASE)
    with pytest.raises(AgeEncryptError, match="empty"):
        encrypt_small_with_passphrase(b"x", "")


def test_identities_come_out_of_a_passphrase_slot(keys: tuple[str, str]) -> None:
    other = generate_x25519()[0]
    plaintext = f"# bundle keys\n{keys[0]}\n\n  {other}\n".encode()
    slot = encrypt_small_with_passphrase(plaintext, PASSPHRASE)
    assert decrypt_identities_from_passphrase_slot(slot, PASSPHRASE) == [keys[0], other]


def test_a_slot_without_valid_identities_is_refused() -> None:
    slot = encrypt_small_with_passphrase(b"# nothing\nAGE-SECRET-KEY-1NOTAKEY\n", PASSPHRASE)
    with pytest.raises(AgeIdentityError, match="not a valid"):
        decrypt_identities_from_passphrase_slot(slot, PASSPHRASE)


# Interoperability with the reference implementation.


def test_a_file_from_the_age_tool_decrypts(tmp_path: Path, keys: tuple[str, str]) -> None:
    age = require_tool("age")
    identity, recipient = keys
    data = os.urandom(300 * KIB)
    path = tmp_path / "from-age.age"
    subprocess.run([age, "-r", recipient, "-o", str(path)], input=data, check=True)
    assert _decrypt(path, identity) == data


def test_our_file_decrypts_with_the_age_tool(tmp_path: Path, keys: tuple[str, str]) -> None:
    age = require_tool("age")
    identity, recipient = keys
    data = os.urandom(300 * KIB)
    path = _encrypt(tmp_path, data, recipient)
    identity_file = tmp_path / "identity.txt"
    identity_file.write_text(f"{identity}\n", encoding="ascii")
    result = subprocess.run(
        [age, "-d", "-i", str(identity_file), str(path)], capture_output=True, check=True
    )
    assert result.stdout == data


# Bounded memory.


class _Generated(io.RawIOBase):
    """`size` bytes made on demand (a repeated random block), hashed as they are served."""

    def __init__(self, size: int) -> None:
        self._block = os.urandom(MIB)
        self._left = size
        self._position = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        start = self._position % len(self._block)
        count = min(len(buffer), self._left, len(self._block) - start)
        piece = self._block[start : start + count]
        buffer[:count] = piece
        self.digest.update(piece)
        self._left -= count
        self._position += count
        return count


@pytest.mark.slow
def test_a_large_stream_decrypts_in_bounded_memory(tmp_path: Path, keys: tuple[str, str]) -> None:
    identity, recipient = keys
    peak_before_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    source = _Generated(200 * MIB)
    path = tmp_path / "large.age"
    encrypt_to_file(io.BufferedReader(source), path, [recipient])
    digest = hashlib.sha256()
    size = 0
    with decrypting(path, [identity]) as plaintext:
        while part := plaintext.read(MIB):
            digest.update(part)
            size += len(part)
    assert size == 200 * MIB
    assert digest.hexdigest() == source.digest.hexdigest()
    growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before_kib
    assert growth_kib < 100 * KIB  # ru_maxrss is in KiB on Linux: less than 100 MiB
