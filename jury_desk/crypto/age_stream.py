"""age encryption through pyrage: X25519 files streamed to and from disk, small passphrase blobs.

Every header is checked by `age_header` before pyrage sees it, and every
pyrage failure leaves here as a `UserError` subclass with one clear sentence.
"""

from __future__ import annotations

import contextlib

try:
    import fcntl
except ImportError:  # Windows: pipes keep their default size
    fcntl = None  # type: ignore[assignment]
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO

import pyrage

from jury_desk.crypto.age_header import (
    MAX_HEADER_BYTES,
    check_passphrase_header,
    check_recipient_header,
)
from jury_desk.crypto.age_passphrase import (
    PassphraseFileError,
    WrongPassphraseError,
    decrypt_passphrase_file,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

MAX_SMALL_BYTES = 1 << 20
_DRAIN_CHUNK = 1 << 20
# pyrage's DecryptError messages that mean "the key (or passphrase) does not fit";
# any other message is about the file itself.
_NO_MATCH_MESSAGES = ("No matching keys found", "Decryption failed")


class AgeDecryptError(UserError):
    pass


class AgeWrongPassphraseError(AgeDecryptError):
    """The passphrase does not open the file: a person may type it again."""


class AgeEncryptError(UserError):
    pass


class AgeRecipientError(UserError):
    pass


class AgeIdentityError(UserError):
    pass


def generate_x25519() -> tuple[str, str]:
    """A new key pair: (identity "AGE-SECRET-KEY-1…", recipient "age1…")."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def encrypt_to_file(source: BinaryIO, destination: Path, recipients: list[str]) -> None:
    """Encrypt `source` to `recipients` into `destination`, atomically: all of it or nothing."""
    parsed = _parse_recipients(recipients)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
        )
    except OSError as exc:
        raise AgeEncryptError(
            QT_TRANSLATE_NOOP("messages", "Cannot write in {folder}: {reason}."),
            folder=destination.parent,
            reason=exc.strerror,
        ) from None
    tmp = Path(tmp_name)
    try:
        _encrypt_into(fd, source, parsed, destination)
        _replace(tmp, destination)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(destination.parent)


def encrypt_small_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """`data` encrypted under `passphrase`, in memory, at age's standard work factor."""
    if not passphrase:
        raise AgeEncryptError(QT_TRANSLATE_NOOP("messages", "The passphrase is empty."))
    if len(data) > MAX_SMALL_BYTES:
        raise AgeEncryptError(
            QT_TRANSLATE_NOOP("messages", "Refused: more than {limit} bytes to encrypt in memory."),
            limit=MAX_SMALL_BYTES,
        )
    # Here: a key file is made once, opened at every start (which needs no hmac, no OpenSSL).
    from jury_desk.crypto.age_scrypt import encrypt_with_passphrase

    return encrypt_with_passphrase(data, passphrase)


def decrypt_small_with_passphrase(
    data: bytes, passphrase: str, max_bytes: int = MAX_SMALL_BYTES
) -> bytes:
    """Decrypt an age passphrase file held in memory, after checking its header is sane."""
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    check_passphrase_header(data)
    try:
        plaintext: bytes = pyrage.passphrase.decrypt(data, passphrase)
    except (pyrage.DecryptError, ValueError, OSError) as exc:
        if _is_no_match(exc):
            raise AgeDecryptError(
                QT_TRANSLATE_NOOP("messages", "Wrong passphrase (or the data is damaged).")
            ) from None
        raise AgeDecryptError(
            QT_TRANSLATE_NOOP("messages", "The passphrase-protected data is damaged or truncated.")
        ) from None
    return plaintext


def encrypt_small_to_recipients(data: bytes, recipients: list[str]) -> bytes:
    """`data` encrypted to the X25519 `recipients`, in memory (a few bytes: a number, a key)."""
    parsed = _parse_recipients(recipients)
    if len(data) > MAX_SMALL_BYTES:
        raise AgeEncryptError(
            QT_TRANSLATE_NOOP("messages", "Refused: more than {limit} bytes to encrypt in memory."),
            limit=MAX_SMALL_BYTES,
        )
    try:
        sealed: bytes = pyrage.encrypt(data, parsed)
    except pyrage.EncryptError as exc:
        raise AgeEncryptError(
            QT_TRANSLATE_NOOP("messages", "Could not encrypt: {reason}."), reason=str(exc)
        ) from None
    return sealed


def decrypt_small_with_identities(data: bytes, identities: list[str]) -> bytes:
    """Decrypt an X25519 age file held in memory, after checking its header is sane."""
    parsed = _parse_identities(identities)
    if len(data) > MAX_SMALL_BYTES:
        raise _too_large(MAX_SMALL_BYTES)
    check_recipient_header(data)
    try:
        plaintext: bytes = pyrage.decrypt(data, parsed)
    except (pyrage.DecryptError, ValueError, OSError) as exc:
        unnamed = QT_TRANSLATE_NOOP("messages", "the encrypted data")
        raise _decrypt_error(exc, unnamed) from None
    return plaintext


def decrypt_identities_from_passphrase_slot(slot: bytes, passphrase: str) -> list[str]:
    """The "AGE-SECRET-KEY-1…" lines of a passphrase-protected slot (# comments are skipped).

    Opened with our own code, the key derived in a helper process (age_passphrase).
    """
    if len(slot) > MAX_SMALL_BYTES:
        raise _too_large(MAX_SMALL_BYTES)
    try:
        plaintext = decrypt_passphrase_file(slot, passphrase)
    except WrongPassphraseError as error:
        raise AgeWrongPassphraseError(error.template, **error.params) from None
    except PassphraseFileError as error:
        # One kind for every failure to open, as pyrage's were: the window asks again.
        raise AgeDecryptError(error.template, **error.params) from None
    try:
        text = plaintext.decode("ascii")
    except UnicodeDecodeError:
        raise AgeIdentityError(
            QT_TRANSLATE_NOOP("messages", "The key slot does not hold age identities.")
        ) from None
    lines = (line.strip() for line in text.splitlines())
    identities = [line for line in lines if line and not line.startswith("#")]
    if not identities:
        raise AgeIdentityError(QT_TRANSLATE_NOOP("messages", "The key slot holds no age identity."))
    _parse_identities(identities)
    return identities


@contextmanager
def decrypting(source: Path | IO[bytes], identities: list[str]) -> Iterator[BinaryIO]:
    """Decrypt the age file `source` as a stream, never writing plaintext to disk.

    `source` is a path, or a binary stream positioned at the start of the age
    file (left open: it stays the caller's). Yields a readable binary stream of
    the plaintext, produced by pyrage in a background thread through a pipe,
    so memory stays bounded whatever the size.

    Everything read is provisional until the `with` block exits without error:
    pyrage hands over each chunk once it is authenticated, before it meets a
    damaged or missing later chunk, so a damaged file is reported only on exit
    (as `AgeDecryptError`). On a normal exit the unread rest is decrypted and
    discarded so that the whole file is still authenticated. If the block
    raises, decryption stops and that exception propagates, unless pyrage had
    already failed on its own, in which case `AgeDecryptError` is raised.
    Do not close the yielded stream: the context manager does.
    """
    parsed = _parse_identities(identities)
    with _opened(source) as (infile, label):
        prefix = _read_prefix(infile, label)
        # pyrage gets the very bytes that were checked, even from a stream that cannot seek.
        check_recipient_header(prefix)
        pipe = _DecryptionPipe(_Prefixed(prefix, infile), parsed)
        try:
            yield pipe.reader
        except BaseException as exc:
            error = pipe.abandon()
            if error is not None:
                raise _decrypt_error(error, label) from exc
            raise
        error = pipe.finish()
        if error is not None:
            raise _decrypt_error(error, label) from None


class _Prefixed:
    """Reads `prefix`, then the rest of `stream` (pyrage only calls `read`)."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if not self._prefix:
            return self._stream.read(size)
        if size < 0:
            rest = bytes(self._prefix) + self._stream.read()
            self._prefix = memoryview(b"")
            return rest
        chunk = bytes(self._prefix[:size])
        self._prefix = self._prefix[size:]
        return chunk


PIPE_BYTES = 1 << 20


def _widen_pipe(fd: int) -> None:
    """A 1 MiB pipe where the system allows it (Linux); elsewhere the default is kept."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if set_size is not None:
        with contextlib.suppress(OSError):  # capped by /proc/sys/fs/pipe-max-size
            fcntl.fcntl(fd, set_size, PIPE_BYTES)


class _DecryptionPipe:
    """pyrage.decrypt_io in a thread, writing into a pipe whose read end the consumer reads."""

    def __init__(self, infile: _Prefixed, identities: list[Any]) -> None:
        read_fd, write_fd = os.pipe()
        _widen_pipe(write_fd)
        # A second read end of our own: draining still works if the consumer closed its stream.
        self._drain_fd = os.dup(read_fd)
        self.reader: BinaryIO = os.fdopen(read_fd, "rb")
        # pyrage writes 8 KiB at a time while holding the GIL: gathering its writes into
        # large ones saves most of the thread switches and system calls.
        self._sink: IO[bytes] = os.fdopen(write_fd, "wb", buffering=PIPE_BYTES)
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(infile, identities), name="age-decrypt", daemon=True
        )
        try:
            self._thread.start()
        except BaseException:
            self._sink.close()
            self._close_read_ends()
            raise

    def _run(self, infile: _Prefixed, identities: list[Any]) -> None:
        try:
            pyrage.decrypt_io(infile, self._sink, identities)
            self._sink.close()  # flushes; the consumer then meets its end of file
        except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
            self._error = exc
            # Keep the first error: it tells what happened, a failing flush would not.
            with contextlib.suppress(OSError):
                self._sink.close()

    def finish(self) -> BaseException | None:
        """Decrypt and discard what the consumer left unread; pyrage's error, if any."""
        try:
            while os.read(self._drain_fd, _DRAIN_CHUNK):
                pass
        finally:
            self._close_read_ends()
            self._thread.join()
        return self._error

    def abandon(self) -> BaseException | None:
        """Stop early; pyrage's error unless it is only the broken pipe we caused."""
        # With no reader left, the writer's next write fails (EPIPE) instead of blocking forever.
        self._close_read_ends()
        self._thread.join()
        return None if isinstance(self._error, BrokenPipeError) else self._error

    def _close_read_ends(self) -> None:
        self.reader.close()
        if self._drain_fd >= 0:
            os.close(self._drain_fd)
            self._drain_fd = -1


@contextmanager
def _opened(source: Path | IO[bytes]) -> Iterator[tuple[IO[bytes], str]]:
    """The stream to decrypt and how to name it in messages; a path is opened and closed here."""
    if not isinstance(source, Path):
        name = getattr(source, "name", None)
        unnamed = QT_TRANSLATE_NOOP("messages", "the encrypted data")
        yield source, str(name) if isinstance(name, str) else unnamed
        return
    try:
        infile = source.open("rb")
    except OSError as exc:
        raise _cannot_read(str(source), exc) from None
    with infile:
        yield infile, str(source)


def _read_prefix(infile: IO[bytes], label: str) -> bytes:
    """Up to MAX_HEADER_BYTES from the start, however short the reads the stream gives."""
    parts: list[bytes] = []
    missing = MAX_HEADER_BYTES
    try:
        while missing > 0 and (part := infile.read(missing)):
            parts.append(part)
            missing -= len(part)
    except OSError as exc:
        raise _cannot_read(label, exc) from None
    return b"".join(parts)


def _cannot_read(label: str, exc: OSError) -> AgeDecryptError:
    """`label` is a path, or a fragment marked with QT_TRANSLATE_NOOP (see `_opened`)."""
    return AgeDecryptError(
        QT_TRANSLATE_NOOP("messages", "Cannot read {source}: {reason}."),
        source=label,
        reason=exc.strerror,
    )


def _too_large(limit: int) -> AgeDecryptError:
    return AgeDecryptError(
        QT_TRANSLATE_NOOP(
            "messages", "Refused: the passphrase-protected data is larger than {limit} bytes."
        ),
        limit=limit,
    )


def _decrypt_error(error: BaseException, label: str) -> AgeDecryptError:
    if _is_no_match(error):
        return AgeDecryptError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Cannot decrypt {source}: no identity matches (it was encrypted for other keys).",
            ),
            source=label,
        )
    return AgeDecryptError(
        QT_TRANSLATE_NOOP("messages", "Cannot decrypt {source}: the file is damaged or truncated."),
        source=label,
    )


def _is_no_match(error: BaseException) -> bool:
    return isinstance(error, pyrage.DecryptError) and str(error) in _NO_MATCH_MESSAGES


def _encrypt_into(fd: int, source: BinaryIO, recipients: list[Any], destination: Path) -> None:
    try:
        with os.fdopen(fd, "wb") as out:
            pyrage.encrypt_io(source, out, recipients)
            out.flush()
            os.fsync(out.fileno())
    except pyrage.EncryptError as exc:
        raise AgeEncryptError(
            QT_TRANSLATE_NOOP("messages", "Could not encrypt into {path}: {reason}."),
            path=destination,
            reason=str(exc),
        ) from None
    except OSError as exc:
        raise _cannot_write(destination, exc) from None


def _replace(tmp: Path, destination: Path) -> None:
    try:
        tmp.replace(destination)
    except OSError as exc:
        raise _cannot_write(destination, exc) from None


def _cannot_write(destination: Path, exc: OSError) -> AgeEncryptError:
    return AgeEncryptError(
        QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {reason}."),
        path=destination,
        reason=exc.strerror,
    )


def _fsync_directory(folder: Path) -> None:
    # Makes the rename itself durable; directories cannot be opened on Windows.
    if os.name != "posix":
        return
    # The file is already in place: a failure here only weakens the rename's durability.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _parse_recipients(recipients: list[str]) -> list[Any]:
    if not recipients:
        raise AgeRecipientError(
            QT_TRANSLATE_NOOP("messages", "No recipient was given to encrypt to.")
        )
    parsed: list[Any] = []
    for recipient in recipients:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(recipient))
        except (pyrage.RecipientError, ValueError, TypeError):
            raise AgeRecipientError(
                QT_TRANSLATE_NOOP(
                    "messages", "{recipient!r} is not a valid age X25519 recipient (age1…)."
                ),
                recipient=recipient,
            ) from None
    return parsed


def _parse_identities(identities: list[str]) -> list[Any]:
    if not identities:
        raise AgeIdentityError(
            QT_TRANSLATE_NOOP("messages", "No identity was given to decrypt with.")
        )
    parsed: list[Any] = []
    for identity in identities:
        try:
            parsed.append(pyrage.x25519.Identity.from_str(identity))
        except (pyrage.IdentityError, ValueError, TypeError):
            # Never echo the string: it may be a (mistyped) secret key.
            raise AgeIdentityError(
                QT_TRANSLATE_NOOP(
                    "messages", "A key is not a valid age X25519 identity (AGE-SECRET-KEY-1…)."
                )
            ) from None
    return parsed
