"""Bundles that must be refused: damaged, forged, over a cap or from the future.

Every refusal must be a `UserError` of one line, leave no workspace and no
workspace key behind, and leave no plaintext of the dossiers on disk. The
dossier decks carry MARKER so that a scan of the disk can tell plaintext.

One organiser and two enrolled jurors are made once per module (scrypt is
slow); each test opens bundles as the chair from its own copy of the chair's
data folder.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from jury_desk.bundle.container import (
    DESCRIPTOR,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    SLOT,
    Member,
    Unlock,
    regular_member,
    write_bundle,
)
from jury_desk.bundle.limits import DEFAULT_LIMITS, BundleLimits
from jury_desk.bundle.manifest import Manifest, OrganiserInfo, manifest_from_json
from jury_desk.bundle.opening import OpenResult, open_bundle
from jury_desk.crypto import scrypt_child
from jury_desk.crypto.age_header import parse_header
from jury_desk.crypto.age_stream import decrypt_identities_from_passphrase_slot, generate_x25519
from jury_desk.juror.editing import ScoringEditor, current_assessment
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import workspace_path, workspaces_dir
from jury_desk.models import CompetencyScore, DossierDocument
from jury_desk.models.enums import DocumentKind
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.documents import read_content
from jury_desk.session.spec import SessionSpec
from jury_desk.session.update import update_session as real_update_session
from jury_desk.session.workspaces import key_name, open_session_workspace
from jury_desk.store.queries import competency_by_code, the_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.authority import Authority, create_authority, issue_juror_certificate
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity
from jury_desk.trust.keys import cert_fingerprint
from tests.bundle_factory import (
    BUNDLE_PASSPHRASE,
    SECRETS_PASSPHRASE,
    Juror,
    Setting,
    certificate_pem,
    craft_bundle,
    make_setting,
    secret_store,
)
from tests.factories import FakeClock, small_session_spec
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
VECTORS = REPO.parent / "shared" / "testdata" / "age-cctv"

# Only the dossier documents hold this: found anywhere else on disk, it is leaked plaintext.
MARKER = b"MARQUEUR-CONFIDENTIEL-42"
# Makes the payload span two age chunks (64 KiB each): a damaged end is met mid-import.
BIG_DECK_FILLER = bytes(range(256)) * 400
SESSION_ID = "test-session"
START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # the authority is made then
OPENING = START + timedelta(hours=1)
# The small session ends 2026-12-01; juror certificates last 3 months more, the authority 3 years.
AFTER_JUROR_CERTIFICATES = datetime(2028, 6, 1, 9, 0, tzinfo=UTC)


# ---------------------------------------------------------------- the module's world


def marked_spec() -> SessionSpec:
    """The small session, whose decks hold MARKER; cand-1's deck is ~100 KiB."""
    spec = small_session_spec()
    candidates = []
    for candidate, filler in zip(spec.candidates, (BIG_DECK_FILLER, b""), strict=True):
        deck = b"%PDF-1.7\n% " + MARKER + b" " + candidate.id.encode() + b"\n" + filler
        documents = tuple(
            replace(document, content=deck) if document.kind is DocumentKind.DECK else document
            for document in candidate.documents
        )
        candidates.append(replace(candidate, documents=documents))
    return replace(spec, candidates=tuple(candidates))


@dataclass(frozen=True)
class World:
    """Built once: the organiser, the jurors, genuine bundles and the genuine payload."""

    setting: Setting
    with_passphrase: Path  # keys of both jurors + the passphrase slot
    key_only: Path  # keys of both jurors, no slot
    late: Path  # built 5 days after the authority: juror certificates start then
    other_authority: Authority  # a second organiser, trusted by nobody
    manifest_bytes: bytes
    manifest: Manifest
    signature: bytes
    documents: tuple[tuple[str, bytes], ...]  # payload order
    secrets_slot: bytes  # the chair's `secrets-key.age`, and the key it holds
    secrets_identity: str

    def fresh_store(self, home: Path) -> PassphraseFileSecretStore:
        """A new store object reading `home`'s secrets from disk, as after a restart.

        The passphrase derivation (scrypt, ~0.7 s) is skipped when the key slot
        is the chair's, already unlocked once: the secrets file itself is still
        read and decrypted from disk by the store's own code.
        """
        store = secret_store(home)
        slot = store._slot_path
        if slot.is_file() and slot.read_bytes() == self.secrets_slot:
            store._identity = self.secrets_identity
        return store

    @property
    def recipients(self) -> list[str]:
        return [
            self.setting.chair.identity.age_recipient,
            self.setting.member.identity.age_recipient,
        ]

    def document(self, name: str) -> bytes:
        return dict(self.documents)[name]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("organiser-and-jurors"))


def build_world(root: Path) -> World:
    """The organiser, both jurors and genuine bundles, made under `root`."""
    setting = make_setting(root, START, marked_spec())
    # The scan for MARKER works: the organiser's folder holds it in plain.
    assert any(MARKER in path.read_bytes() for path in setting.folder.rglob("*") if path.is_file())
    clock = FakeClock(START)
    with_passphrase = setting.build("with-passphrase.jdbundle", clock)
    key_only = setting.build("key-only.jdbundle", clock, passphrase=None)
    late = setting.build("late.jdbundle", FakeClock(START + timedelta(days=5)), passphrase=None)
    payload = pyrage.decrypt(
        outer_parts(key_only)[PAYLOAD],
        [pyrage.x25519.Identity.from_str(setting.chair.identity.age_identity)],
    )
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        members = [(info.name, read_member(tar, info)) for info in tar.getmembers()]
    assert [name for name, _ in members[:2]] == [MANIFEST, SIGNATURE]
    secrets_slot = secret_store(setting.chair.home)._slot_path.read_bytes()
    (secrets_identity,) = decrypt_identities_from_passphrase_slot(secrets_slot, SECRETS_PASSPHRASE)
    return World(
        setting=setting,
        with_passphrase=with_passphrase,
        key_only=key_only,
        late=late,
        other_authority=create_authority("Autre organisateur", START),
        manifest_bytes=members[0][1],
        manifest=manifest_from_json(members[0][1]),
        signature=members[1][1],
        documents=tuple(members[2:]),
        secrets_slot=secrets_slot,
        secrets_identity=secrets_identity,
    )


# ---------------------------------------------------------------- one test's scene


@dataclass
class Scene:
    """One test: a juror's own data folder, and the files the test wrote itself."""

    root: Path
    juror: Juror
    world: World
    written: set[Path] = field(default_factory=set)
    organiser_folders: list[Path] = field(default_factory=list)

    def write(self, name: str, data: bytes) -> Path:
        path = self.root / "input" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        self.written.add(path)
        return path

    def copy(self, bundle: Path) -> Path:
        """A bundle to open, placed where the scan for plaintext looks."""
        return self.write(bundle.name, bundle.read_bytes())

    def craft(
        self,
        name: str,
        manifest: Manifest | bytes,
        members: list[Member],
        *,
        signer: Authority | None = None,
        unsigned: bool = False,
    ) -> Path:
        """A bundle with a hand-made payload, signed by the genuine organiser unless told."""
        path = self.root / "input" / name
        path.parent.mkdir(exist_ok=True)
        authority = None if unsigned else signer or self.world.setting.authority
        craft_bundle(
            path, manifest, members, self.world.recipients, signer=authority, passphrase=None
        )
        self.written.add(path)
        return path

    def open(
        self,
        bundle: Path,
        unlock: Unlock | None = None,
        *,
        at: datetime = OPENING,
        limits: BundleLimits = DEFAULT_LIMITS,
    ) -> OpenResult:
        juror = self.juror
        return open_bundle(
            juror.home,
            bundle,
            unlock or key_of(juror),
            juror.identity,
            juror.secrets,
            FakeClock(at),
            limits=limits,
        )

    def assert_nothing_left(self) -> None:
        """No workspace file, no workspace key, no plaintext."""
        folder = workspaces_dir(self.juror.home)
        leftovers = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
        assert leftovers == [], "a refused bundle left workspace files"
        fresh = self.world.fresh_store(self.juror.home)
        assert fresh.get(key_name(SESSION_ID)) is None, "the workspace key was left in the store"
        self.assert_no_plaintext()

    def assert_no_plaintext(self) -> None:
        for path in sorted(self.root.rglob("*")):
            if (
                path.is_file()
                and path not in self.written
                and not any(path.is_relative_to(folder) for folder in self.organiser_folders)
            ):
                assert MARKER not in path.read_bytes(), f"dossier plaintext left in {path}"


@pytest.fixture(autouse=True)
def _temporary_files_under_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A temporary file made by jury-desk must land where the plaintext scan looks.
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))


@pytest.fixture
def scene(world: World, tmp_path: Path) -> Scene:
    return chair_scene(world, tmp_path)


def chair_scene(world: World, root: Path) -> Scene:
    """The chair's data folder copied under `root`, for one test."""
    home = root / "chair"
    shutil.copytree(world.setting.chair.home, home)
    # The chair's store, already unlocked as in a running jury-desk (saves one scrypt).
    juror = Juror(home, world.setting.chair.identity, world.fresh_store(home))
    return Scene(root, juror, world)


def key_of(juror: Juror) -> Unlock:
    return Unlock((juror.identity.age_identity,))


def passphrase_only(passphrase: str = BUNDLE_PASSPHRASE) -> Unlock:
    return Unlock((), passphrase)


def one_line_refusal(attempt: Callable[[], object]) -> str:
    """The message of the `UserError` that `attempt` must raise: one line."""
    try:
        attempt()
    except UserError as error:
        message = str(error)
    except Exception as error:  # noqa: BLE001 - any other exception is the finding itself
        pytest.fail(
            f"refused with {type(error).__module__}.{type(error).__qualname__}({error}) "
            "instead of a UserError: the command line would report an internal error"
        )
    else:
        pytest.fail("the bundle was accepted")
    assert message.strip(), "an empty message"
    assert "\n" not in message, f"the message is not one line: {message!r}"
    return message


def refused(scene: Scene, attempt: Callable[[], object]) -> str:
    message = one_line_refusal(attempt)
    scene.assert_nothing_left()
    return message


# ---------------------------------------------------------------- bundle surgery


@dataclass(frozen=True)
class Part:
    """Where a member of the outer tar lies in the file."""

    header: int  # its first header block (a pax extended header, if any)
    data: int
    size: int


def layout(bundle: Path) -> dict[str, Part]:
    with tarfile.open(bundle, mode="r:") as tar:
        return {info.name: Part(info.offset, info.offset_data, info.size) for info in tar}


def read_member(tar: tarfile.TarFile, info: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(info)
    assert handle is not None
    return handle.read()


def outer_parts(bundle: Path) -> dict[str, bytes]:
    with tarfile.open(bundle, mode="r:") as tar:
        return {info.name: read_member(tar, info) for info in tar.getmembers()}


def outer_tar(parts: Mapping[str, bytes]) -> bytes:
    """An outer tar as the writer makes it, from its members' bytes (in this order)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in parts.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def with_parts(bundle: Path, **changes: bytes) -> bytes:
    """The bundle rebuilt with some outer members replaced (keys: descriptor, payload, slot)."""
    names = {"descriptor": DESCRIPTOR, "payload": PAYLOAD, "slot": SLOT}
    parts = outer_parts(bundle)
    for key, data in changes.items():
        parts[names[key]] = data
    return outer_tar(parts)


def flipped(data: bytes, position: int) -> bytes:
    damaged = bytearray(data)
    damaged[position] ^= 0x01
    return bytes(damaged)


def member(name: str, data: bytes) -> Member:
    return regular_member(name, len(data), 0, lambda: io.BytesIO(data))


def special(name: str, kind: bytes, linkname: str = "") -> Member:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mode = kind, linkname, 0o644
    if kind == tarfile.CHRTYPE:
        info.devmajor, info.devminor = 1, 3  # /dev/null
    return info, None


def age_vector(name: str) -> bytes:
    """The age file of a C2SP/CCTV vector (as tests/core/crypto/test_age_vectors.py reads them)."""
    if not VECTORS.is_dir():
        message = f"the age test vectors are not in {VECTORS}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    header, age = (VECTORS / name).read_bytes().split(b"\n\n", 1)
    if b"compressed: zlib" in header.splitlines():
        age = zlib.decompress(age)
    return age


def with_juror(manifest: Manifest, juror_id: str, **changes: Any) -> Manifest:
    jurors = tuple(
        replace(juror, **changes) if juror.id == juror_id else juror
        for juror in manifest.spec.jurors
    )
    return replace(manifest, spec=replace(manifest.spec, jurors=jurors))


def with_document_path(manifest: Manifest, old: str, new: str) -> Manifest:
    candidates = tuple(
        replace(
            candidate,
            documents=tuple(
                replace(document, path=new) if document.path == old else document
                for document in candidate.documents
            ),
        )
        for candidate in manifest.spec.candidates
    )
    return replace(manifest, spec=replace(manifest.spec, candidates=candidates))


def genuine_members(world: World) -> list[Member]:
    return [member(name, data) for name, data in world.documents]


# ---------------------------------------------------------------- 1. keys and passphrases


def test_a_wrong_passphrase_is_refused(scene: Scene) -> None:
    bundle = scene.copy(scene.world.with_passphrase)
    message = refused(scene, lambda: scene.open(bundle, passphrase_only("wrong")))
    assert "Wrong passphrase" in message


def test_a_key_that_is_not_a_recipient_is_refused(world: World, tmp_path: Path) -> None:
    # A third person, enrolled in no session: their key opens nothing.
    home = tmp_path / "stranger"
    home.mkdir()
    identity = create_identity("Sam Étranger", "sam@ailleurs.example.org")
    stranger = Juror(home, identity, secret_store(home))
    scene = Scene(tmp_path, stranger, world)
    bundle = scene.copy(world.key_only)
    message = refused(scene, lambda: scene.open(bundle, key_of(stranger)))
    assert "no identity matches" in message


def test_a_bundle_without_passphrase_cannot_be_opened_with_one(scene: Scene) -> None:
    bundle = scene.copy(scene.world.key_only)
    message = refused(scene, lambda: scene.open(bundle, passphrase_only()))
    assert "cannot be opened with a passphrase" in message


# ---------------------------------------------------------------- 2. truncated files

# Where to cut, from the outer tar's layout, and how the juror opens it. Cutting
# only the end-of-archive zero blocks and the record padding after them loses no
# byte of any part (every tar reader accepts that), so "one byte short" is taken
# of the last parts' content.
#
# The invariant: wherever the file is cut, inside a part's content or inside any
# header, opening refuses it with one line (a UserError, exit 1), never an
# internal error from the tar reader. And a cut that Python's tarfile would take
# for the end of the archive (inside the slot's header, say) is refused too, so
# that a bundle never silently loses its slot.
CUTS: dict[str, tuple[str, Callable[[dict[str, Part]], int]]] = {
    "inside-the-first-tar-header": ("key", lambda parts: parts[DESCRIPTOR].header + 100),
    "inside-the-descriptor": ("key", lambda parts: parts[DESCRIPTOR].data + 20),
    "inside-the-payload-tar-header": ("key", lambda parts: parts[PAYLOAD].data - 512 + 100),
    "inside-the-payload-age-header": ("key", lambda parts: parts[PAYLOAD].data + 40),
    "middle-of-the-payload": (
        "key",
        lambda parts: parts[PAYLOAD].data + parts[PAYLOAD].size // 2,
    ),
    "one-byte-short-of-the-payload": (
        "key",
        lambda parts: parts[PAYLOAD].data + parts[PAYLOAD].size - 1,
    ),
    "inside-the-slot-tar-header": ("passphrase", lambda parts: parts[SLOT].header + 100),
    "inside-the-slot-tar-header-opened-with-a-key": (
        "key",
        lambda parts: parts[SLOT].header + 100,
    ),
    "one-byte-short-of-the-slot": (
        "passphrase",
        lambda parts: parts[SLOT].data + parts[SLOT].size - 1,
    ),
}


@pytest.mark.parametrize("where", list(CUTS))
def test_a_truncated_bundle_is_refused(scene: Scene, where: str) -> None:
    unlock_kind, locate = CUTS[where]
    source = scene.world.with_passphrase
    cut = locate(layout(source))
    bundle = scene.write(f"cut-{where}.jdbundle", source.read_bytes()[:cut])
    unlock = key_of(scene.juror) if unlock_kind == "key" else passphrase_only()
    refused(scene, lambda: scene.open(bundle, unlock))


# ---------------------------------------------------------------- 3. one flipped byte


def _age_header_end(part: Part, data: bytes) -> int:
    return part.data + parse_header(data[part.data : part.data + part.size]).length


# Positions spread over the file, and how the juror opens it: payload bytes with
# the juror's key; slot bytes with the passphrase alone, the only way they are used
# (opening with a key alone reads no slot: see test_a_malformed_slot_is_refused_...).
#
# Deliberately not here, because a change there is legitimately harmless:
# - tar padding: after each part's content up to the next 512-byte block, the
#   two end-of-archive zero blocks and the record padding after them, which is
#   where the file's very last byte lies (no tar reader reads those bytes);
# - the pax record of payload.age (`NN mtime=…`) and its block padding: it only
#   sets the member's modification time, which jury-desk never uses, and pax
#   records carry no checksum;
# - the bytes after the terminator of a header's checksum field, which the tar
#   checksum itself does not cover. Every other header byte is covered.
FLIPS: dict[str, tuple[str, Callable[[dict[str, Part], bytes], int]]] = {
    "descriptor-header-name": ("key", lambda parts, _: parts[DESCRIPTOR].header + 3),
    "descriptor-header-size": ("key", lambda parts, _: parts[DESCRIPTOR].header + 124 + 8),
    "descriptor-content": ("key", lambda parts, _: parts[DESCRIPTOR].data + 15),
    "payload-first-header-block": ("key", lambda parts, _: parts[PAYLOAD].header + 3),
    # A header's bad checksum is a one-line refusal too, not tarfile's ReadError.
    "payload-tar-header": ("key", lambda parts, _: parts[PAYLOAD].data - 512 + 3),
    "payload-age-version-line": ("key", lambda parts, _: parts[PAYLOAD].data + 3),
    "payload-age-x25519-stanza": ("key", lambda parts, _: parts[PAYLOAD].data + 30),
    "payload-age-header-mac": (
        "key",
        lambda parts, data: _age_header_end(parts[PAYLOAD], data) - 10,
    ),
    "payload-nonce": ("key", lambda parts, data: _age_header_end(parts[PAYLOAD], data) + 3),
    "payload-body-start": (
        "key",
        lambda parts, data: _age_header_end(parts[PAYLOAD], data) + 16 + 5,
    ),
    "payload-body-middle": (
        "key",
        lambda parts, _: parts[PAYLOAD].data + parts[PAYLOAD].size // 2,
    ),
    "payload-body-end": ("key", lambda parts, _: parts[PAYLOAD].data + parts[PAYLOAD].size - 1),
    "slot-tar-header": ("passphrase", lambda parts, _: parts[SLOT].header + 3),
    "slot-age-header": ("passphrase", lambda parts, _: parts[SLOT].data + 30),
    "slot-body-end": ("passphrase", lambda parts, _: parts[SLOT].data + parts[SLOT].size - 1),
}


@pytest.mark.parametrize("where", list(FLIPS))
def test_one_flipped_byte_is_refused(scene: Scene, where: str) -> None:
    unlock_kind, locate = FLIPS[where]
    source = scene.world.with_passphrase
    data = source.read_bytes()
    bundle = scene.write(f"flip-{where}.jdbundle", flipped(data, locate(layout(source), data)))
    unlock = key_of(scene.juror) if unlock_kind == "key" else passphrase_only()
    refused(scene, lambda: scene.open(bundle, unlock))


# ---------------------------------------------------------------- 4. age header attacks

SLOT_VECTORS = [
    "scrypt_work_factor_23",
    "scrypt_and_x25519",
    "scrypt_double",
    "scrypt_work_factor_leading_zero_decimal",
    "scrypt_work_factor_overflow",
    "scrypt_work_factor_hex",
    "scrypt_salt_short",
    "scrypt_extra_argument",
    "stanza_bad_start",
    "stanza_empty_body",
    "armor_scrypt",
]
PAYLOAD_VECTORS = [
    "scrypt_and_x25519",
    "scrypt",
    "x25519_short_share",
    "x25519_long_share",
    "x25519_extra_argument",
    "x25519_not_canonical_share",
    "x25519_not_canonical_body",
]


@contextmanager
def age_decryptions() -> Iterator[list[str]]:
    """The key derivations and unwrappings attempted inside the block.

    Each one fails at once: the passphrase's scrypt (run in a helper process)
    and the X25519 unwrapping of the payload's file key are the only ways to
    the plaintext, so a refusal that calls neither decrypted nothing.
    """
    attempted: list[str] = []

    def refuse(name: str) -> Callable[..., None]:
        def call(*_args: object, **_kwargs: object) -> None:
            attempted.append(name)
            raise UserError(f"{name} is forbidden in this test")

        return call

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scrypt_child, "derive_wrap_key", refuse("scrypt"))
        # A small passphrase file (the bundle's slot) is opened whole in the helper.
        patch.setattr(scrypt_child, "open_in_helper", refuse("scrypt"))
        patch.setattr("jury_desk.bundle.container.unwrap_x25519", refuse("x25519"))
        yield attempted


def refused_at_once(scene: Scene, attempt: Callable[[], object]) -> None:
    """Refused from the age header alone: no decryption, well under a second."""
    with age_decryptions() as attempted:
        start = time.monotonic()
        one_line_refusal(attempt)
        elapsed = time.monotonic() - start
    assert attempted == [], "decryption was attempted before the header was refused"
    assert elapsed < 1
    scene.assert_nothing_left()


@pytest.mark.parametrize("vector", SLOT_VECTORS)
def test_a_malformed_or_costly_slot_is_refused_before_any_derivation(
    scene: Scene, vector: str
) -> None:
    source = scene.world.with_passphrase
    bundle = scene.write(f"slot-{vector}.jdbundle", with_parts(source, slot=age_vector(vector)))
    refused_at_once(scene, lambda: scene.open(bundle, passphrase_only()))


@pytest.mark.parametrize("vector", PAYLOAD_VECTORS)
def test_a_payload_with_a_bad_age_header_is_refused_before_any_decryption(
    scene: Scene, vector: str
) -> None:
    source = scene.world.with_passphrase
    bundle = scene.write(
        f"payload-{vector}.jdbundle", with_parts(source, payload=age_vector(vector))
    )
    refused_at_once(scene, lambda: scene.open(bundle))


def test_the_decryption_recorder_sees_a_sound_header_reach_a_derivation(scene: Scene) -> None:
    """Control for the two tests above: their recorder does catch a decryption."""
    bundle = scene.copy(scene.world.with_passphrase)
    with age_decryptions() as attempted:
        one_line_refusal(lambda: scene.open(bundle, passphrase_only()))
        one_line_refusal(lambda: scene.open(bundle))
    assert attempted == ["scrypt", "x25519"]


@pytest.mark.parametrize("vector", ["scrypt_work_factor_23", "stanza_bad_start"])
def test_a_malformed_slot_is_refused_even_when_opening_with_a_key(
    scene: Scene, vector: str
) -> None:
    """The slot's age header is checked whether a passphrase or a key opens the bundle:
    docs/bundle-format.md §1 says the header of each file is parsed before any key
    derivation, and anything else is refused."""
    source = scene.world.with_passphrase
    bundle = scene.write(f"slot-{vector}.jdbundle", with_parts(source, slot=age_vector(vector)))
    refused(scene, lambda: scene.open(bundle))


# ---------------------------------------------------------------- 5. manifest and trust


def test_an_unsigned_manifest_is_refused(scene: Scene) -> None:
    world = scene.world
    bundle = scene.craft(
        "unsigned.jdbundle", world.manifest_bytes, genuine_members(world), unsigned=True
    )
    message = refused(scene, lambda: scene.open(bundle))
    assert SIGNATURE in message


def test_a_manifest_signed_by_another_authority_is_refused(scene: Scene) -> None:
    world = scene.world
    bundle = scene.craft(
        "other-signer.jdbundle",
        world.manifest_bytes,
        genuine_members(world),
        signer=world.other_authority,
    )
    message = refused(scene, lambda: scene.open(bundle))
    assert "signature does not match" in message


def test_a_manifest_from_an_untrusted_authority_names_its_fingerprint(scene: Scene) -> None:
    # The other authority puts itself in as organiser and signs: all consistent, not trusted.
    world = scene.world
    other = world.other_authority
    organiser = OrganiserInfo(
        world.manifest.organiser.name, certificate_pem(other), other.age_recipient
    )
    manifest = replace(world.manifest, organiser=organiser)
    bundle = scene.craft("swapped.jdbundle", manifest, genuine_members(world), signer=other)
    message = refused(scene, lambda: scene.open(bundle))
    assert cert_fingerprint(other.certificate) in message
    assert "--organiser-fingerprint" in message


def test_an_expired_juror_certificate_is_refused(scene: Scene) -> None:
    bundle = scene.copy(scene.world.key_only)
    message = refused(scene, lambda: scene.open(bundle, at=AFTER_JUROR_CERTIFICATES))
    assert message.startswith("Juror ") and "valid from" in message


def test_a_juror_certificate_not_yet_valid_is_refused(scene: Scene) -> None:
    # Built 5 days after the authority: the jurors' certificates start then.
    bundle = scene.copy(scene.world.late)
    message = refused(scene, lambda: scene.open(bundle, at=START + timedelta(days=2)))
    assert message.startswith("Juror ") and "valid from" in message


def test_a_juror_certificate_from_another_authority_is_refused(scene: Scene) -> None:
    world = scene.world
    certificate = issue_juror_certificate(
        world.other_authority,
        make_request(world.setting.member.identity),
        START,
        datetime(2027, 3, 1, tzinfo=UTC),
    )
    pem = certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    manifest = with_juror(world.manifest, "member", certificate_pem=pem)
    bundle = scene.craft("foreign-juror.jdbundle", manifest, genuine_members(world))
    message = refused(scene, lambda: scene.open(bundle))
    assert "not issued by the organiser authority" in message


def test_a_juror_age_recipient_other_than_the_certified_one_is_refused(scene: Scene) -> None:
    world = scene.world
    manifest = with_juror(world.manifest, "member", age_recipient=generate_x25519()[1])
    bundle = scene.craft("other-recipient.jdbundle", manifest, genuine_members(world))
    message = refused(scene, lambda: scene.open(bundle))
    assert "age recipient is not the certified one" in message


# ---------------------------------------------------------------- 6. payload content

DECK_1 = "documents/cand-1/03-deck.pdf"
DECK_2 = "documents/cand-2/03-deck.pdf"
SITE_1 = "documents/cand-1/01-site-de-la-start-up.url"
# Each case: (what to craft from the world: manifest and payload members, expected words).
PayloadCase = Callable[[World], tuple[Manifest | bytes, list[Member]]]


def _replace_document(world: World, name: str, data: bytes) -> list[Member]:
    return [member(n, data if n == name else d) for n, d in world.documents]


def _before_the_documents(world: World, *extra: Member) -> list[Member]:
    return [*extra, *genuine_members(world)]


def _instead_of_site(world: World, kind: bytes, linkname: str = "") -> list[Member]:
    # A listed name, so that only the member's type can be the reason to refuse it.
    rest = [member(n, d) for n, d in world.documents if n != SITE_1]
    return [special(SITE_1, kind, linkname), *rest]


def _case_folded(world: World) -> tuple[Manifest, list[Member]]:
    manifest = with_document_path(world.manifest, DECK_1, "documents/cand-1/a.pdf")
    deck = world.document(DECK_1)
    members = []
    for name, data in world.documents:
        if name == DECK_1:
            members += [
                member("documents/cand-1/a.pdf", deck),
                member("documents/cand-1/A.pdf", deck),
            ]
        else:
            members.append(member(name, data))
    return manifest, members


PAYLOAD_CASES: dict[str, tuple[PayloadCase, str]] = {
    "sha256-differs": (
        lambda w: (w.manifest_bytes, _replace_document(w, DECK_2, flipped(w.document(DECK_2), 20))),
        "SHA-256",
    ),
    "size-differs": (
        lambda w: (w.manifest_bytes, _replace_document(w, DECK_2, w.document(DECK_2) + b"%")),
        "the manifest says",
    ),
    "unlisted-file": (
        lambda w: (
            w.manifest_bytes,
            [*genuine_members(w), member("documents/cand-2/04-extra.pdf", b"%PDF-1.7 extra")],
        ),
        "does not list",
    ),
    "listed-file-missing": (
        lambda w: (w.manifest_bytes, [m for m in genuine_members(w) if m[0].name != DECK_2]),
        "lacks 1 listed file",
    ),
    "path-traversal": (
        lambda w: (
            w.manifest_bytes,
            _before_the_documents(w, member("documents/../../evil", b"x")),
        ),
        "Refused file name",
    ),
    "absolute-path": (
        lambda w: (w.manifest_bytes, _before_the_documents(w, member("/etc/x", b"x"))),
        "Refused file name",
    ),
    "backslash": (
        lambda w: (
            w.manifest_bytes,
            _before_the_documents(w, member("documents\\cand-1\\x.pdf", b"x")),
        ),
        "Refused file name",
    ),
    "symbolic-link": (
        lambda w: (w.manifest_bytes, _instead_of_site(w, tarfile.SYMTYPE, "/etc/passwd")),
        "symbolic link",
    ),
    "hard-link": (
        lambda w: (w.manifest_bytes, _instead_of_site(w, tarfile.LNKTYPE, MANIFEST)),
        "hard link",
    ),
    "character-device": (
        lambda w: (w.manifest_bytes, _instead_of_site(w, tarfile.CHRTYPE)),
        "character device",
    ),
    "fifo": (lambda w: (w.manifest_bytes, _instead_of_site(w, tarfile.FIFOTYPE)), "pipe"),
    "duplicate-name": (
        lambda w: (w.manifest_bytes, [*genuine_members(w), member(SITE_1, w.document(SITE_1))]),
        "appears twice",
    ),
    "names-equal-ignoring-case": (_case_folded, "appears twice"),
    # NFD first: the NFC twin after it would only be refused as a file not listed.
    "names-equal-after-unicode-normalisation": (
        lambda w: (
            w.manifest_bytes,
            _before_the_documents(
                w,
                member("documents/cand-1/e\u0301te.pdf", b"x"),
                member("documents/cand-1/\u00e9te.pdf", b"x"),
            ),
        ),
        "NFC",
    ),
}


@pytest.mark.parametrize("case", list(PAYLOAD_CASES))
def test_a_payload_that_differs_from_its_signed_manifest_is_refused(
    scene: Scene, case: str
) -> None:
    build, expected = PAYLOAD_CASES[case]
    manifest, members = build(scene.world)
    bundle = scene.craft(f"{case}.jdbundle", manifest, members)
    message = refused(scene, lambda: scene.open(bundle))
    assert expected in message


def test_a_payload_whose_manifest_is_not_first_is_refused(scene: Scene) -> None:
    world = scene.world
    documents = genuine_members(world)
    members = [
        documents[0],
        member(MANIFEST, world.manifest_bytes),
        member(SIGNATURE, world.signature),
        *documents[1:],
    ]
    bundle = scene.root / "input" / "manifest-not-first.jdbundle"
    bundle.parent.mkdir(exist_ok=True)
    write_bundle(bundle, members, world.recipients, None)
    scene.written.add(bundle)
    message = refused(scene, lambda: scene.open(bundle))
    assert MANIFEST in message


def test_a_manifest_over_its_size_limit_is_refused(scene: Scene) -> None:
    world = scene.world
    cap = DEFAULT_LIMITS.max_manifest_bytes
    # Signed, and refused on its size alone, before it is read.
    padded = world.manifest_bytes + b" " * (cap + 1 - len(world.manifest_bytes))
    bundle = scene.craft("big-manifest.jdbundle", padded, genuine_members(world))
    message = refused(scene, lambda: scene.open(bundle))
    assert MANIFEST in message and str(cap) in message


def test_a_payload_tar_cut_inside_a_document_is_refused(scene: Scene) -> None:
    """A payload that age authenticates but whose tar stops inside a document's data is
    refused in one line, not with tarfile's ReadError ("unexpected end of data")."""
    world = scene.world
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in ((MANIFEST, world.manifest_bytes), (SIGNATURE, world.signature)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo(SITE_1)
        info.size = len(world.document(SITE_1))
        tar.addfile(info, io.BytesIO(world.document(SITE_1)))
    payload = buffer.getvalue()
    cut = payload.rindex(world.document(SITE_1)) + 3
    recipients = [pyrage.x25519.Recipient.from_str(r) for r in world.recipients]
    encrypted = pyrage.encrypt(payload[:cut], recipients)
    bundle = scene.write("payload-cut.jdbundle", with_parts(world.key_only, payload=encrypted))
    refused(scene, lambda: scene.open(bundle))


# ---------------------------------------------------------------- 7. caps


def _caps(world: World) -> dict[str, BundleLimits]:
    manifest, signature = len(world.manifest_bytes), len(world.signature)
    big_deck = len(world.document(DECK_1))
    assert manifest < 64 * 1024 < big_deck
    return {
        # The manifest and its signature count: the 4th member is the 2nd document.
        "entries": BundleLimits(max_entries=3),
        "document": BundleLimits(max_document_bytes=64 * 1024),
        "total": BundleLimits(max_total_bytes=manifest + signature + 10),
    }


CAP_VALUES = {
    "entries": lambda limits: limits.max_entries,
    "document": lambda limits: limits.max_document_bytes,
    "total": lambda limits: limits.max_total_bytes,
}


@pytest.mark.parametrize("cap", list(CAP_VALUES))
def test_a_bundle_over_a_cap_is_refused_and_the_message_names_it(scene: Scene, cap: str) -> None:
    limits = _caps(scene.world)[cap]
    bundle = scene.copy(scene.world.key_only)
    message = refused(scene, lambda: scene.open(bundle, limits=limits))
    assert str(CAP_VALUES[cap](limits)) in message


# ---------------------------------------------------------------- 8. versions and non-bundles


def _descriptor(version: object) -> bytes:
    return b'{"format": "jury-desk-session-bundle", "version": %s}' % str(version).encode()


def test_a_bundle_of_a_newer_version_asks_for_a_newer_jury_desk(scene: Scene) -> None:
    bundle = scene.write(
        "version-2.jdbundle", with_parts(scene.world.key_only, descriptor=_descriptor(2))
    )
    message = refused(scene, lambda: scene.open(bundle))
    assert "install a newer jury-desk" in message


def test_a_descriptor_version_that_is_not_a_number_is_refused(scene: Scene) -> None:
    """`"version": true` is refused, though True == 1 in Python: the descriptor's
    version must be the number itself."""
    bundle = scene.write(
        "version-true.jdbundle", with_parts(scene.world.key_only, descriptor=_descriptor("true"))
    )
    refused(scene, lambda: scene.open(bundle))


NOT_BUNDLES = {
    "random-bytes": random.Random(20261120).randbytes(10240),
    "empty-file": b"",
    "pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
}


@pytest.mark.parametrize("kind", list(NOT_BUNDLES))
def test_a_file_that_is_not_a_tar_is_not_a_bundle(scene: Scene, kind: str) -> None:
    bundle = scene.write(f"{kind}.jdbundle", NOT_BUNDLES[kind])
    message = refused(scene, lambda: scene.open(bundle))
    assert "not a jury-desk bundle" in message


# ---------------------------------------------------------------- 9. an existing workspace


def _snapshot(workspace: Workspace) -> dict[str, object]:
    """What a refused re-opening must not change."""
    with workspace.reading() as session:
        row = the_session(session)
        documents = [
            (
                d.candidate_id,
                d.position,
                d.title,
                d.sha256,
                d.size,
                hashlib.sha256(read_content(session, d.id)).hexdigest(),
            )
            for d in session.scalars(select(DossierDocument).order_by(DossierDocument.id))
        ]
        scores = [
            (s.assessment_id, s.competency_id, s.level_rank, s.comment)
            for s in session.scalars(select(CompetencyScore).order_by(CompetencyScore.id))
        ]
        return {
            "session": (row.title, row.bundle_version, row.bundle_issued_at),
            "candidates": sorted((c.id, c.name) for c in row.candidates),
            "documents": documents,
            "scores": scores,
        }


def _integrity(workspace: Workspace) -> str:
    with workspace.engine.connect() as connection:
        result: str = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    return result


@contextmanager
def _workspace(scene: Scene) -> Iterator[Workspace]:
    # A fresh store, as a later run of jury-desk would read it.
    store = scene.world.fresh_store(scene.juror.home)
    with open_session_workspace(scene.juror.home, SESSION_ID, store, FakeClock(OPENING)) as ws:
        yield ws


@pytest.mark.slow
def test_a_refused_reopening_leaves_the_existing_workspace_unchanged(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = scene.world
    assert scene.open(scene.copy(world.key_only)).outcome == "created"
    with _workspace(scene) as workspace:
        editor = ScoringEditor(workspace)
        editor.set_level("cand-1", "C1", 2)
        editor.set_comment("cand-1", "C1", "Démarche centrée sur les usagers.")
        before = _snapshot(workspace)
    folder = workspace_path(scene.juror.home, SESSION_ID).parent
    files_before = sorted(p.name for p in folder.iterdir())

    # Version 2 of the session, signed by the organiser, then damaged at its very end:
    # the manifest verifies and the update starts before the damage is met.
    organiser = replace(world.setting, root=scene.root / "input", folder=scene.root / "v2")
    organiser.folder.mkdir()
    organiser.rewrite_folder(replace(world.setting.spec, version=2, title="Session de test v2"))
    scene.organiser_folders.append(organiser.folder)
    genuine_v2 = organiser.build("v2.jdbundle", FakeClock(START), passphrase=None)
    scene.written.add(genuine_v2)
    payload = layout(genuine_v2)[PAYLOAD]
    assert payload.size > 64 * 1024  # two age chunks: the first one is handed over
    tampered = scene.write(
        "v2-tampered.jdbundle",
        flipped(genuine_v2.read_bytes(), payload.data + payload.size - 1),
    )

    updates: list[int] = []

    def update_session(*args: Any) -> Any:
        updates.append(1)
        return real_update_session(*args)

    monkeypatch.setattr("jury_desk.bundle.opening.update_session", update_session)
    one_line_refusal(lambda: scene.open(tampered))
    assert updates == [1], "refused before the update began: the rollback was not exercised"

    assert sorted(p.name for p in folder.iterdir()) == files_before
    assert scene.world.fresh_store(scene.juror.home).get(key_name(SESSION_ID)) is not None
    with _workspace(scene) as workspace:
        assert _integrity(workspace) == "ok"
        assert _snapshot(workspace) == before
        with workspace.reading() as session:
            assert the_session(session).bundle_version == 1
            competency = competency_by_code(session, "C1")
            score = next(
                s
                for s in current_assessment(session, "cand-1").scores
                if s.competency_id == competency.id
            )
            assert (score.level_rank, score.comment) == (2, "Démarche centrée sur les usagers.")
    scene.assert_no_plaintext()


# ---------------------------------------------------------------- the command line


def _cli_bundle(scene: Scene, case: str) -> tuple[Path, list[str]]:
    """A refused bundle for `case`, and the options that open it."""
    world = scene.world
    if case == "wrong-passphrase":
        wrong = scene.write("wrong-passphrase.txt", b"pas la bonne\n")
        return scene.copy(world.with_passphrase), ["--passphrase-file", str(wrong)]
    source = world.key_only
    data = source.read_bytes()
    payload = layout(source)[PAYLOAD]
    blobs = {
        "truncated": lambda: data[: payload.data + payload.size // 2],
        # In the first age chunk: refused before the manifest is read, whatever today's date.
        "flipped-byte": lambda: flipped(data, _age_header_end(payload, data) + 16 + 5),
        "random-bytes": lambda: NOT_BUNDLES["random-bytes"],
        "version-2": lambda: with_parts(source, descriptor=_descriptor(2)),
    }
    return scene.write(f"cli-{case}.jdbundle", blobs[case]()), []


@pytest.mark.slow
@pytest.mark.parametrize(
    "case", ["wrong-passphrase", "truncated", "flipped-byte", "random-bytes", "version-2"]
)
def test_the_command_line_refuses_in_one_line_and_exits_1(scene: Scene, case: str) -> None:
    bundle, options = _cli_bundle(scene, case)
    secrets_passphrase = scene.write("secrets-passphrase.txt", SECRETS_PASSPHRASE.encode() + b"\n")
    home = scene.juror.home
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jury_desk",
            "--home",
            str(home),
            "--secrets-passphrase-file",
            str(secrets_passphrase),
            "open",
            str(bundle),
            *options,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "JURY_DESK_SECRETS": "file", "TMPDIR": tempfile.gettempdir()},
        cwd=REPO,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert result.stderr.startswith("jury-desk: ")
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
    scene.assert_nothing_left()
