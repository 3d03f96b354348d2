"""The bundle and the results file, crafted: their tar headers, and signed manifests.

The property: whatever a sender puts in the file gives the reader's object or
the project's one-line refusal, never another exception; a bundle refused
leaves no workspace behind.
"""

from __future__ import annotations

import io
import json
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_desk.bundle.manifest import manifest_from_json
from jury_desk.bundle.opening import inspect_bundle, open_bundle
from jury_desk.kernel.paths import workspaces_dir
from jury_desk.results.archive import read_results_file
from jury_desk.trust.identity import create_identity
from tests.bundle_factory import Juror, craft_bundle
from tests.core.bundle.test_refusals import (
    OPENING,
    World,
    build_world,
    flipped,
    key_of,
    member,
)
from tests.core.fuzz.bounds import read_or_refused
from tests.core.fuzz.strategies import edited, json_bytes, outside_json
from tests.factories import FakeClock

# Bundles are slower to make and open than a JSON is to read: fewer of them.
FEWER = max(5, settings.default.max_examples // 4)
RESULTS_KEY = create_identity("Organisateur", "organisation@example.org")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The genuine organiser, jurors and bundles the refusal tests use."""
    return build_world(tmp_path_factory.mktemp("world"))


def _genuine_manifest(world: World) -> Any:
    return json.loads(world.manifest_bytes)


@given(data=st.data())
def test_a_manifest_is_read_or_refused(world: World, data: st.DataObject) -> None:
    crafted = data.draw(outside_json(_genuine_manifest(world)))
    read_or_refused(lambda: manifest_from_json(crafted))


@settings(max_examples=FEWER)
@given(data=st.data())
def test_a_signed_manifest_with_any_values_is_opened_or_refused(
    world: World, data: st.DataObject
) -> None:
    """Signed by the genuine organiser, so every check after the signature is reached."""
    manifest = json_bytes(data.draw(edited(_genuine_manifest(world))))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        bundle = root / "crafted.jdbundle"
        members = [member(name, content) for name, content in world.documents]
        craft_bundle(
            bundle,
            manifest,
            members,
            world.recipients,
            signer=world.setting.authority,
            passphrase=None,
        )
        home = root / "chair"
        shutil.copytree(world.setting.chair.home, home)
        juror = Juror(home, world.setting.chair.identity, world.fresh_store(home))
        opened = read_or_refused(
            lambda: open_bundle(
                home, bundle, key_of(juror), juror.identity, juror.secrets, FakeClock(OPENING)
            )
        )
        if opened is None:
            left = [p for p in workspaces_dir(home).rglob("*") if p.is_file()]
            assert left == [], "a refused bundle left workspace files"
        else:
            opened.workspace.close()


@settings(max_examples=FEWER)
@given(position=st.integers(min_value=0, max_value=3 * 512 - 1), bit=st.integers(0, 7))
def test_a_bundle_with_a_damaged_outer_header_is_read_or_refused(
    world: World, position: int, bit: int
) -> None:
    """One bit changed in the outer tar's first headers (the descriptor's and the payload's)."""
    data = bytearray(world.key_only.read_bytes())
    data[position] ^= 1 << bit
    with tempfile.TemporaryDirectory() as folder:
        bundle = Path(folder) / "damaged.jdbundle"
        bundle.write_bytes(bytes(data))
        read_or_refused(
            lambda: inspect_bundle(
                bundle, key_of(world.setting.chair), OPENING, lambda _certificate: True
            )
        )


# ------------------------------------------------------------------- results files

TAR_TYPES = [
    tarfile.REGTYPE,
    tarfile.AREGTYPE,
    tarfile.SYMTYPE,
    tarfile.LNKTYPE,
    tarfile.DIRTYPE,
    tarfile.CHRTYPE,
    tarfile.FIFOTYPE,
    tarfile.GNUTYPE_SPARSE,
    tarfile.CONTTYPE,
]
NAMES = st.sampled_from(
    ["results.json", "results.csv", "minutes.pdf", "sheets/grille.pdf", "../x", "/etc/x", "a/../b"]
) | st.text(min_size=1, max_size=30)


@st.composite
def tar_members(draw: st.DrawFn) -> bytes:
    """A tar as any writer could make it: any names, types, sizes and formats."""
    buffer = io.BytesIO()
    formats = [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT]
    tar_format = draw(st.sampled_from(formats))
    with tarfile.open(fileobj=buffer, mode="w", format=tar_format) as tar:
        for _ in range(draw(st.integers(0, 4))):
            info = tarfile.TarInfo(draw(NAMES))
            info.type = draw(st.sampled_from(TAR_TYPES))
            content = draw(st.binary(max_size=200)) if info.type in (b"0", b"\0") else b""
            info.size = len(content)
            info.linkname = draw(st.sampled_from(["", "../../etc/passwd", "results.json"]))
            try:
                tar.addfile(info, io.BytesIO(content))
            except ValueError:  # a name this format cannot hold: the writer refuses it
                continue
    return buffer.getvalue()


@st.composite
def damaged_tar(draw: st.DrawFn) -> bytes:
    """A tar's header bytes changed where parsers are fragile: size, type, checksum, magic."""
    data = bytearray(draw(tar_members()))
    if len(data) < 512:
        return bytes(data)
    header = draw(st.integers(0, len(data) // 512 - 1)) * 512
    place = draw(st.sampled_from([124, 124, 148, 156, 257, 345, 483]))  # size, chksum, type, ...
    if place == 124 and draw(st.booleans()):
        data[header + 124 : header + 136] = b"\x80" + draw(st.binary(min_size=11, max_size=11))
    else:
        return flipped(bytes(data), header + place + draw(st.integers(0, 7)))
    return bytes(data)


@given(plaintext=st.one_of(tar_members(), damaged_tar(), st.binary(max_size=2048)))
def test_a_results_file_is_read_or_refused(plaintext: bytes) -> None:
    recipient = pyrage.x25519.Recipient.from_str(RESULTS_KEY.age_recipient)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "resultats.jdresults"
        path.write_bytes(pyrage.encrypt(plaintext, [recipient]))
        read_or_refused(lambda: read_results_file(path, RESULTS_KEY.age_identity))
