"""The bundle file: an outer tar holding the age-encrypted payload and a passphrase slot.

    <bundle>.jdbundle (tar)
      jury-desk-bundle.json   {"format": "jury-desk-session-bundle", "version": 1}
      payload.age             age, to each juror's X25519 recipient (+ the bundle key)
      passphrase-slot.age     optional: age/scrypt, holds the bundle key (AGE-SECRET-KEY-1…)
    payload (tar, inside payload.age)
      manifest.json, manifest.sig, documents/<candidate>/<file>…

Only standard parts, so a person can take it apart with `tar` and `age`
(docs/bundle-format.md). Reading streams the payload straight from the
bundle file through age into the tar parser: no plaintext reaches the disk.
"""

from __future__ import annotations

import io
import json
import os
import re
import tarfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jury_desk.bundle.limits import DEFAULT_LIMITS, BundleLimits
from jury_desk.bundle.payload_copy import PayloadPlace
from jury_desk.bundle.payload_reader import MANIFEST as MANIFEST
from jury_desk.bundle.payload_reader import SIGNATURE as SIGNATURE
from jury_desk.bundle.payload_reader import BundleError as BundleError
from jury_desk.bundle.payload_reader import PayloadReader, PayloadSource, payload_identity
from jury_desk.crypto.age_decrypting import DecryptedStream, PieceSink
from jury_desk.crypto.age_header import (
    MAX_HEADER_BYTES,
    AgeHeader,
    check_passphrase_header,
    check_recipient_header,
)
from jury_desk.crypto.age_keys import (
    AgeKeyError,
    HeaderMacError,
    NoMatchingIdentityError,
    check_header_mac,
    unwrap_x25519,
)
from jury_desk.crypto.age_payload import (
    NONCE_BYTES,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.crypto.age_stream import (
    AgeDecryptError,
    decrypt_identities_from_passphrase_slot,
    encrypt_small_with_passphrase,
    encrypt_to_file,
    generate_x25519,
)
from jury_desk.kernel.atomic import fsync_directory
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import OutsideFileError, require_regular_file
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.kernel.pipes import produced_stream
from jury_desk.kernel.strict_tar import TAR_READ_ERRORS, StrictTarInfo, TarFormError

BUNDLE_FORMAT = "jury-desk-session-bundle"
BUNDLE_VERSION = 1
DESCRIPTOR = "jury-desk-bundle.json"
PAYLOAD = "payload.age"
SLOT = "passphrase-slot.age"
DOCUMENTS_DIR = "documents"
# The outer members, in the order they must come (the slot only with a passphrase).
_OUTER_ORDER = (DESCRIPTOR, PAYLOAD, SLOT)


@dataclass(frozen=True)
class Unlock:
    """How to open a bundle: with age identities (a juror's key) or the bundle's passphrase."""

    identities: tuple[str, ...] = ()
    passphrase: str | None = None


# Starts a copy of the encrypted payload at this place; the sink is handed its pieces.
CopyStart = Callable[[PayloadPlace], PieceSink | None]
# A payload member: its tar header and where its bytes come from (None for no data).
Member = tuple[tarfile.TarInfo, Callable[[], BinaryIO] | None]
Progress = Callable[[int, int], None]


def regular_member(name: str, size: int, mtime: int, source: Callable[[], BinaryIO]) -> Member:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o644
    return info, source


def write_bundle(
    destination: Path,
    members: Iterable[Member],
    recipients: list[str],
    passphrase: str | None,
    progress: Progress | None = None,
    session_id: str | None = None,
) -> None:
    """Write the bundle atomically: encrypt the payload tar as it is produced, then wrap it."""
    recipients = list(recipients)
    slot: bytes | None = None
    if passphrase is not None:
        # age allows a passphrase only as a file's sole recipient: the passphrase
        # unlocks a key made for this bundle, and the payload is encrypted to that key.
        bundle_identity, bundle_recipient = generate_x25519()
        recipients.append(bundle_recipient)
        slot = encrypt_small_with_passphrase(f"{bundle_identity}\n".encode(), passphrase)
    members = list(members)
    total = sum(info.size for info, _ in members)
    payload_tmp = destination.with_name(f".{destination.name}.payload.tmp")
    outer_tmp = destination.with_name(f".{destination.name}.tmp")
    try:
        with produced_stream(
            lambda sink: _write_payload_tar(sink, members, total, progress)
        ) as tar:
            encrypt_to_file(tar, payload_tmp, recipients)
        _write_outer(outer_tmp, payload_tmp, slot, session_id)
        outer_tmp.replace(destination)
        fsync_directory(destination.parent)
    finally:
        payload_tmp.unlink(missing_ok=True)
        outer_tmp.unlink(missing_ok=True)


def _write_payload_tar(
    sink: BinaryIO, members: list[Member], total: int, progress: Progress | None
) -> None:
    done = 0
    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        for info, source in members:
            if source is None:
                tar.addfile(info)
            else:
                with source() as data:
                    tar.addfile(info, data)
            done += info.size
            if progress is not None:
                progress(done, total)


def _write_outer(path: Path, payload: Path, slot: bytes | None, session_id: str | None) -> None:
    fields: dict[str, object] = {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION}
    if session_id is not None:
        fields["session"] = session_id
    descriptor = json.dumps(fields).encode()
    with path.open("wb") as handle:
        with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, DESCRIPTOR, descriptor)
            tar.add(payload, arcname=PAYLOAD, filter=_plain_file)
            if slot is not None:
                _add_bytes(tar, SLOT, slot)
        handle.flush()
        os.fsync(handle.fileno())


def _plain_file(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o644
    return info


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o644
    tar.addfile(info, io.BytesIO(data))


# ---------------------------------------------------------------- reading


def session_hint(bundle: Path) -> str | None:
    """The session id the outer descriptor claims: unauthenticated, only for finding a
    remembered passphrase. Everything that matters is read from the signed manifest."""
    limit = DEFAULT_LIMITS.max_descriptor_bytes
    try:
        require_regular_file(bundle)
        with tarfile.open(bundle, mode="r:", tarinfo=StrictTarInfo) as outer:
            member = outer.getmember(DESCRIPTOR)
            if not member.isreg() or member.size > limit:
                return None
            handle = outer.extractfile(member)
            data = handle.read() if handle is not None else b"null"
        fields = load_outside_json(data, max_bytes=limit)
    except (OSError, KeyError, TarFormError, OutsideJsonError, OutsideFileError, *TAR_READ_ERRORS):
        return None
    hint = fields.get("session") if isinstance(fields, dict) else None
    return (
        hint if isinstance(hint, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", hint) else None
    )


@contextmanager
def reading_payload(
    bundle: Path,
    unlock: Unlock,
    limits: BundleLimits = DEFAULT_LIMITS,
    copy: CopyStart | None = None,
) -> Iterator[PayloadReader]:
    """Open the bundle and stream its payload; what is read is provisional until exit.

    age authenticates the payload chunk by chunk: a damaged chunk is only found
    when it is reached, so the caller commits nothing before this block exits
    cleanly (having read, and so authenticated, the payload to its last byte).

    `copy`, if given, is called once the payload's header is checked, before
    any key derivation (a copy of the encrypted payload needs no key): the sink
    it returns, if any, is handed each piece of the payload as it is read.
    """
    payload_member, slot, prefix = _outer_parts(bundle, limits)
    # Refused before any key derivation: the payload's header, then the slot's (_check_outer).
    header = check_recipient_header(prefix)
    if unlock.passphrase is not None and slot is None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "messages", "{bundle} cannot be opened with a passphrase, only with a key."
            ),
            bundle=bundle,
        )
    if not unlock.identities and unlock.passphrase is None:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "No key or passphrase was given to open the bundle.")
        )
    # Begun now, so that it runs while the passphrase's key is derived.
    sink = _start_copy(copy, bundle, payload_member, prefix, header)
    identities = list(unlock.identities)
    if unlock.passphrase is not None and slot is not None:
        identities += decrypt_identities_from_passphrase_slot(slot, unlock.passphrase)
    source = _payload_source(bundle, payload_member, prefix, header, identities)
    try:
        layout = StreamLayout.of(header.length, payload_member.size)
        raw = bundle.open("rb", buffering=0)
    except PayloadDamagedError as error:
        raise _damaged(bundle, error) from None
    except OSError as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {bundle}: {reason}."),
            bundle=bundle,
            reason=exc.strerror,
        ) from None
    nonce = source.header[header.length :]
    with raw:
        cipher = PayloadCipher(source.file_key, nonce)
        stream = DecryptedStream(raw, source.offset, layout, cipher, sink)
        try:
            reader = PayloadReader(stream, limits, source)
            yield reader
            reader.finish()
        except PayloadDamagedError as error:
            raise _damaged(bundle, error) from None
        finally:
            stream.close()


def _outer_parts(bundle: Path, limits: BundleLimits) -> tuple[tarfile.TarInfo, bytes | None, bytes]:
    """The outer archive checked: the payload's member, the slot, the payload's first bytes."""
    require_regular_file(bundle)  # a named pipe would block tarfile's open for ever
    try:
        # Entered with `with` just below, once opening errors are put in words.
        outer = tarfile.open(bundle, mode="r:", tarinfo=StrictTarInfo)  # noqa: SIM115
    except FileNotFoundError:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "There is no file {bundle}."), bundle=bundle
        ) from None
    except TarFormError as error:
        raise _refused_form(bundle, error) from None
    except (OSError, *TAR_READ_ERRORS) as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "messages", "{bundle} is not a jury-desk bundle (or it is damaged): {reason}"
            ),
            bundle=bundle,
            reason=str(exc),
        ) from None
    with outer:
        try:
            payload_member, slot = _check_outer(outer, bundle, limits)
        except TarFormError as error:
            raise _refused_form(bundle, error) from None
        except (OSError, *TAR_READ_ERRORS) as exc:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{bundle} is damaged or truncated ({reason})."),
                bundle=bundle,
                reason=str(exc),
            ) from None
        handle = outer.fileobj
        assert handle is not None
        handle.seek(payload_member.offset_data)
        prefix = handle.read(min(payload_member.size, MAX_HEADER_BYTES))
    return payload_member, slot, prefix


def _start_copy(
    start: CopyStart | None,
    bundle: Path,
    member: tarfile.TarInfo,
    prefix: bytes,
    header: AgeHeader,
) -> PieceSink | None:
    nonce_end = header.length + NONCE_BYTES
    if start is None or len(prefix) < nonce_end:  # a cut payload is refused just after
        return None
    identity = payload_identity(prefix[:nonce_end])
    return start(PayloadPlace(bundle, member.offset_data, member.size, identity))


def _payload_source(
    bundle: Path,
    member: tarfile.TarInfo,
    prefix: bytes,
    header: AgeHeader,
    identities: list[str],
) -> PayloadSource:
    try:
        file_key = unwrap_x25519(header, identities)
    except NoMatchingIdentityError:
        raise AgeDecryptError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Cannot decrypt {bundle}: no identity matches (it was encrypted for other keys).",
            ),
            bundle=bundle,
        ) from None
    except AgeKeyError as error:
        raise AgeDecryptError(
            QT_TRANSLATE_NOOP("messages", "Cannot decrypt {bundle}: {error}."),
            bundle=bundle,
            error=error,
        ) from None
    nonce_end = header.length + NONCE_BYTES
    if len(prefix) < nonce_end:
        raise AgeDecryptError(
            QT_TRANSLATE_NOOP(
                "messages", "Cannot decrypt {bundle}: the file is damaged or truncated."
            ),
            bundle=bundle,
        )
    try:
        check_header_mac(prefix, header, file_key)
    except HeaderMacError as error:
        raise AgeDecryptError(
            QT_TRANSLATE_NOOP("messages", "Cannot decrypt {bundle}: {error}."),
            bundle=bundle,
            error=error,
        ) from None
    return PayloadSource(bundle, member.offset_data, member.size, prefix[:nonce_end], file_key)


def _refused_form(bundle: Path, error: TarFormError) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP("messages", "{bundle} is refused: {reason}."),
        bundle=bundle,
        reason=error,
    )


def _damaged(bundle: Path, error: PayloadDamagedError) -> AgeDecryptError:
    return AgeDecryptError(
        QT_TRANSLATE_NOOP(
            "messages", "Cannot decrypt {bundle}: the file is damaged or truncated ({error})."
        ),
        bundle=bundle,
        error=error,
    )


def _check_outer(
    outer: tarfile.TarFile, bundle: Path, limits: BundleLimits
) -> tuple[tarfile.TarInfo, bytes | None]:
    members = _outer_members(outer, bundle)
    descriptor = _read_small(outer, members[DESCRIPTOR], limits.max_descriptor_bytes, bundle)
    _check_descriptor(descriptor, bundle, limits)
    _check_nothing_after(outer, list(members.values()), bundle)
    slot = None
    if SLOT in members:
        slot = _read_small(outer, members[SLOT], limits.max_slot_bytes, bundle)
        # Refused before any key derivation, even when a key will open the payload.
        check_passphrase_header(slot)
    return members[PAYLOAD], slot


def _outer_members(outer: tarfile.TarFile, bundle: Path) -> dict[str, tarfile.TarInfo]:
    """The outer members by name: only ours, each once, plain files, in their order."""
    members: dict[str, tarfile.TarInfo] = {}
    for info in outer.getmembers():
        if info.name not in _OUTER_ORDER:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{bundle} holds an unexpected file {name!r}."),
                bundle=bundle,
                name=info.name,
            )
        if info.name in members:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{bundle} holds {name!r} twice."),
                bundle=bundle,
                name=info.name,
            )
        if not info.isreg():
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{bundle}: {name!r} is not a regular file."),
                bundle=bundle,
                name=info.name,
            )
        previous = list(members)[-1] if members else None
        if previous is not None and _OUTER_ORDER.index(info.name) < _OUTER_ORDER.index(previous):
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{bundle}: {name} should come before {previous}."),
                bundle=bundle,
                name=info.name,
                previous=previous,
            )
        members[info.name] = info
    if DESCRIPTOR not in members or PAYLOAD not in members:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "messages", "{bundle} is not a jury-desk bundle: its parts are missing."
            ),
            bundle=bundle,
        )
    return members


def _check_descriptor(descriptor: bytes, bundle: Path, limits: BundleLimits) -> None:
    try:
        fields = load_outside_json(descriptor, max_bytes=limits.max_descriptor_bytes)
    except OutsideJsonError as error:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "{bundle}: {name} is refused: {reason}."),
            bundle=bundle,
            name=DESCRIPTOR,
            reason=error,
        ) from None
    if not isinstance(fields, dict) or fields.get("format") != BUNDLE_FORMAT:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "{bundle} is not a jury-desk session bundle."),
            bundle=bundle,
        )
    version = fields.get("version")
    if type(version) is not int or version != BUNDLE_VERSION:  # True == 1 in Python
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{bundle} is a bundle of version {version}; this jury-desk reads "
                "version {supported}: install a newer jury-desk.",
            ),
            bundle=bundle,
            version=version,
            supported=BUNDLE_VERSION,
        )


def _check_nothing_after(
    outer: tarfile.TarFile, members: list[tarfile.TarInfo], bundle: Path
) -> None:
    """tarfile takes a damaged header after the first member for the end of the archive:
    only the zero blocks of a real end may follow the last member."""
    last = max(members, key=lambda info: info.offset_data)
    end = last.offset_data + -(-last.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    handle = outer.fileobj
    assert handle is not None
    handle.seek(end)
    rest = handle.read(64 * 1024 + 1)
    if len(rest) > 64 * 1024 or rest.strip(b"\x00"):
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "{bundle} is damaged: something follows its last part."),
            bundle=bundle,
        )


def _read_small(tar: tarfile.TarFile, info: tarfile.TarInfo, cap: int, bundle: Path) -> bytes:
    if info.size > cap:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "{bundle}: {name} is larger than {cap} bytes."),
            bundle=bundle,
            name=info.name,
            cap=cap,
        )
    handle = tar.extractfile(info)
    assert handle is not None
    return handle.read()
