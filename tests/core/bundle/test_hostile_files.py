"""Hostile bundles through the command line: `bundle inspect` and `open` refuse each in one line.

Each bundle is made here: tar headers of forms the format does not allow (in the
outer archive and in the payload), JSON built to break the parser (deep nesting,
numbers thousands of digits long), and manifests signed by the genuine organiser
yet absurd (a version the store cannot hold, a time zone that is a path, a jury
whose jurors share a certificate). Every one must give exit 1 and one line on
stderr, never an internal error (exit 3), and leave no workspace behind or the
existing one as it was.

The commands run in this process (jury_desk.cli.main), with the juror's secrets
store already unlocked: each command would otherwise spend a second in scrypt.
"""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization

from jury_desk.cli import bundle_commands
from jury_desk.cli.main import main
from jury_desk.kernel.outside_json import MAX_DEPTH
from jury_desk.kernel.paths import workspaces_dir
from jury_desk.trust.authority import issue_juror_certificate
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity
from tests.core.bundle.test_refusals import (
    DESCRIPTOR,
    MANIFEST,
    OPENING,
    PAYLOAD,
    SIGNATURE,
    START,
    Scene,
    World,
    build_world,
    chair_scene,
    genuine_members,
    key_of,
    layout,
    outer_parts,
    with_parts,
)
from tests.core.kernel.test_strict_tar import with_field
from tests.factories import FakeClock
from tests.helpers.tar_craft import plain_tar

DECK = "documents/cand-1/03-deck.pdf"
SIZE_FIELD, TYPE_FIELD = 124, 156  # offsets in a tar header block
DEEP = MAX_DEPTH * 1000


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("organiser-and-jurors"))


@pytest.fixture
def scene(world: World, tmp_path: Path) -> Scene:
    return chair_scene(world, tmp_path)


def run_refused(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> str:
    """`jury-desk ARGS` as the chair: exit 1, nothing on stdout, one line on stderr."""
    monkeypatch.setattr(bundle_commands, "secret_store_from_args", lambda _: scene.juror.secrets)
    code = main(["--home", str(scene.juror.home), *args], clock=FakeClock(OPENING))
    out, err = capsys.readouterr()
    assert (code, out) == (1, ""), f"exit {code}: {out}{err}"
    assert err.startswith("jury-desk: ") and err.count("\n") == 1, err
    return err.strip()


# ---------------------------------------------------------------- how the files are made


def outer_with_header(scene: Scene, name: str, member: str, start: int, value: bytes) -> Path:
    """The genuine key-only bundle, one field of an outer member's ustar header changed."""
    source = scene.world.key_only
    header = layout(source)[member].data - tarfile.BLOCKSIZE  # after its pax header, if any
    block = header // tarfile.BLOCKSIZE
    data = with_field(bytearray(source.read_bytes()), start, value, header=block)
    return scene.write(name, data)


def outer_of(scene: Scene, name: str, parts: dict[str, bytes], tar_format: int) -> Path:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tar_format) as tar:
        for part, data in parts.items():
            info = tarfile.TarInfo(part)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return scene.write(name, buffer.getvalue())


def payload_of(
    scene: Scene,
    name: str,
    *,
    pax: dict[str, dict[str, str]] | None = None,
    field: tuple[str, int, bytes] | None = None,
) -> Path:
    """The genuine payload rewritten (pax records added, or a header field changed),
    encrypted again to both jurors: age opens it, its tar must be refused."""
    world = scene.world
    members = [(MANIFEST, world.manifest_bytes), (SIGNATURE, world.signature), *world.documents]
    written, headers = plain_tar(members, pax)
    payload = bytes(written)
    if field is not None:
        member_name, start, value = field
        block = headers[member_name] // tarfile.BLOCKSIZE
        payload = with_field(bytearray(payload), start, value, header=block)
    recipients = [pyrage.x25519.Recipient.from_str(r) for r in world.recipients]
    encrypted = pyrage.encrypt(payload, recipients)
    return scene.write(name, with_parts(world.key_only, payload=encrypted))


def signed(scene: Scene, name: str, manifest: bytes) -> Path:
    """A bundle whose manifest the genuine organiser signed, with the genuine documents."""
    return scene.craft(name, manifest, genuine_members(scene.world))


def edited(world: World, edit: Callable[[Any], None]) -> bytes:
    document = json.loads(world.manifest_bytes)
    edit(document)
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def base_256(size: int) -> bytes:
    return b"\x80" + size.to_bytes(11, "big")


def _session(field: str, value: object) -> Callable[[Any], None]:
    return lambda document: document["session"].__setitem__(field, value)


def _third_juror(document: Any) -> None:
    member = document["jurors"][1]
    document["jurors"].append(
        {**member, "id": "third", "name": "Tiers Juré", "email": "tiers@jury.example.org"}
    )


def _shared_certificate(document: Any) -> None:
    document["jurors"][1]["certificate"] = document["jurors"][0]["certificate"]


def _shared_key(world: World) -> bytes:
    """The member certified again, with their e-mail and age recipient but the chair's key."""
    member = world.setting.member.identity
    borrowed = JurorIdentity(
        member.name, member.email, world.setting.chair.identity.private_key, member.age_identity
    )
    certificate = issue_juror_certificate(
        world.setting.authority, make_request(borrowed), START, datetime(2027, 3, 1, tzinfo=UTC)
    )
    pem = certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return edited(world, lambda document: document["jurors"][1].__setitem__("certificate", pem))


def _deep_manifest(world: World) -> bytes:
    return world.manifest_bytes.replace(
        b'"candidates": [', b'"candidates": ' + b"[" * DEEP + b"]" * DEEP + b", [", 1
    )


def _replaced(world: World, old: bytes, new: bytes) -> bytes:
    assert old in world.manifest_bytes
    return world.manifest_bytes.replace(old, new, 1)


Case = Callable[[Scene], Path]
CASES: dict[str, tuple[Case, str]] = {
    # The outer archive: refused before any key is used.
    "outer base-256 size": (
        lambda s: outer_with_header(s, "b256.jdbundle", DESCRIPTOR, SIZE_FIELD, base_256(60)),
        "has a number in base-256",
    ),
    "outer sparse payload": (
        lambda s: outer_with_header(s, "sparse.jdbundle", PAYLOAD, TYPE_FIELD, b"S"),
        f"'{PAYLOAD}' has GNU sparse records",
    ),
    "outer GNU headers": (
        lambda s: outer_of(s, "gnu.jdbundle", outer_parts(s.world.key_only), tarfile.GNU_FORMAT),
        "a header that is not POSIX ustar",
    ),
    "outer members out of order": (
        lambda s: outer_of(
            s,
            "order.jdbundle",
            dict(reversed(outer_parts(s.world.key_only).items())),
            tarfile.PAX_FORMAT,
        ),
        f"{DESCRIPTOR} should come before {PAYLOAD}",
    ),
    "descriptor nested deep": (
        lambda s: s.write(
            "deep-descriptor.jdbundle",
            with_parts(s.world.key_only, descriptor=b"[" * 30_000 + b"]" * 30_000),
        ),
        f"{DESCRIPTOR} is refused: it nests deeper than {MAX_DEPTH} levels",
    ),
    "descriptor long number": (
        lambda s: s.write(
            "number-descriptor.jdbundle",
            with_parts(
                s.world.key_only,
                descriptor=b'{"format": "jury-desk-session-bundle", "version": 1%s}'
                % (b"0" * 5000),
            ),
        ),
        "a number longer than",
    ),
    # The payload: age opens it, its tar headers are refused.
    "payload base-256 size": (
        lambda s: payload_of(s, "payload-b256.jdbundle", field=(DECK, SIZE_FIELD, base_256(7))),
        "The bundle's payload is refused: 'documents/cand-1/03-deck.pdf' has a number in base-256",
    ),
    "payload GNU sparse records": (
        lambda s: payload_of(
            s,
            "payload-sparse.jdbundle",
            pax={DECK: {"GNU.sparse.map": "0,10", "GNU.sparse.size": "10"}},
        ),
        "GNU sparse records",
    ),
    "payload GNU long name": (
        lambda s: payload_of(s, "payload-long.jdbundle", field=(DECK, TYPE_FIELD, b"L")),
        "a GNU long name",
    ),
    # The manifest's JSON, signed: refused before its signature is even checked.
    "manifest nested deep": (
        lambda s: signed(s, "deep.jdbundle", _deep_manifest(s.world)),
        f"The manifest is refused: it nests deeper than {MAX_DEPTH} levels.",
    ),
    "manifest number of 5000 digits": (
        lambda s: signed(
            s,
            "digits.jdbundle",
            _replaced(s.world, b'"bundle_version": 1', b'"bundle_version": ' + b"7" * 5000),
        ),
        "a number longer than 40 characters",
    ),
    "manifest NaN": (
        lambda s: signed(
            s, "nan.jdbundle", _replaced(s.world, b'"bundle_version": 1', b'"bundle_version": NaN')
        ),
        "NaN, which is not a finite number",
    ),
    "manifest duplicate key": (
        lambda s: signed(
            s,
            "duplicate.jdbundle",
            _replaced(s.world, b'"session": {', b'"session": {"bundle_version": 9,'),
        ),
        "the key 'bundle_version' twice in one object",
    ),
    # Signed, well-formed JSON, absurd values: refused before anything is stored.
    "bundle version 10^30": (
        lambda s: signed(s, "v1e30.jdbundle", edited(s.world, _session("bundle_version", 10**30))),
        f"the integer {10**30}, out of range",
    ),
    "bundle version 2^62": (
        lambda s: signed(s, "v2e62.jdbundle", edited(s.world, _session("bundle_version", 2**62))),
        "not valid at session/bundle_version",
    ),
    "time zone that is a path": (
        lambda s: signed(
            s, "tz-path.jdbundle", edited(s.world, _session("timezone", "../../etc/passwd"))
        ),
        "not valid at session/timezone",
    ),
    "time zone that is no IANA name": (
        lambda s: signed(
            s, "tz-posix.jdbundle", edited(s.world, _session("timezone", "posix/Europe/Paris"))
        ),
        "the time zone 'posix/Europe/Paris' is not an IANA name known here",
    ),
    "time zone of this computer": (
        lambda s: signed(
            s, "tz-local.jdbundle", edited(s.world, _session("timezone", "localtime"))
        ),
        "the time zone 'localtime' is not an IANA name known here",
    ),
    "session in the year 9999": (
        lambda s: signed(s, "far.jdbundle", edited(s.world, _session("ends_on", "9999-12-31"))),
        "not valid at session/ends_on",
    ),
    "jury of three reusing a certificate": (
        lambda s: signed(s, "three.jdbundle", edited(s.world, _third_juror)),
        "not valid at jurors",
    ),
    "two jurors sharing a certificate": (
        lambda s: signed(s, "shared.jdbundle", edited(s.world, _shared_certificate)),
        "two jurors have the same certificate",
    ),
    "two certificates of one key": (
        lambda s: signed(s, "same-key.jdbundle", _shared_key(s.world)),
        "are certified for the same key",
    ),
    "warning mark after the interview": (
        lambda s: signed(
            s,
            "mark.jdbundle",
            edited(
                s.world, lambda d: d["interview_plan"].__setitem__("warning_marks_minutes", [600])
            ),
        ),
        "the warning mark at 600 minutes is not within the",
    ),
}


@pytest.mark.parametrize("command", ["bundle inspect", "open"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_bundle_is_refused_in_one_line(
    scene: Scene,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    command: str,
) -> None:
    make, words = CASES[case]
    bundle = make(scene)
    message = run_refused(scene, monkeypatch, capsys, *command.split(), str(bundle))
    assert words in message
    scene.assert_nothing_left()


def test_an_open_workspace_is_left_as_it_was(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The session opened once; then a re-issue signed by the organiser, absurd.
    assert scene.open(scene.copy(scene.world.key_only), key_of(scene.juror)).outcome == "created"
    folder = workspaces_dir(scene.juror.home)
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    for name, version in (("v1e30.jdbundle", 10**30), ("v2e62.jdbundle", 2**62)):
        bundle = signed(scene, name, edited(scene.world, _session("bundle_version", version)))
        run_refused(scene, monkeypatch, capsys, "open", str(bundle))
    after = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert after == before
