"""docs/bundle-format.md §5, literally: a person opens a genuine bundle with tar, age and openssl.

The shell lines are read from the document itself and run as written, each on
its own, with the real tools; if one of them does not work, the document is
wrong and the test fails saying which line. The rest checks that what those
tools reveal is what §1–§4 describe.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.bundle_factory import BUNDLE_PASSPHRASE, Setting, make_setting
from tests.conftest import require_tool
from tests.factories import FakeClock
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
DOC = REPO / "docs" / "bundle-format.md"
BUILT_AT = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
BUNDLE_NAME = "session.jdbundle"  # the name §5 uses


@dataclass(frozen=True)
class Built:
    setting: Setting
    bundle: Path


@dataclass(frozen=True)
class Unpacked:
    """A folder where §5's first block was run: bundle/, payload.tar, payload/."""

    root: Path
    built: Built

    @property
    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.root / "payload" / "manifest.json").read_bytes())
        return data


def section_5_blocks() -> list[list[str]]:
    """The command lines of each ```sh block of §5, in the document's order."""
    text = DOC.read_text(encoding="utf-8")
    section = re.search(r"^## 5\..*?(?=^## )", text, flags=re.MULTILINE | re.DOTALL)
    assert section is not None, "docs/bundle-format.md has no section 5"
    blocks = re.findall(r"^```sh\n(.*?)^```", section.group(0), flags=re.MULTILINE | re.DOTALL)
    return [[line for line in block.splitlines() if line.strip()] for block in blocks]


def run_documented(line: str, cwd: Path) -> str:
    """One documented shell line, run as written; a failure names the line."""
    result = subprocess.run(
        [require_tool("sh"), "-c", line],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, (
        f"docs/bundle-format.md §5: `{line}` exits {result.returncode}:\n"
        f"{result.stdout}{result.stderr}"
    )
    return result.stdout


def run_documented_prompt(line: str, cwd: Path, passphrase: str) -> None:
    """A documented line where age asks for the passphrase: age reads it only from a terminal."""
    script = require_tool("script")
    result = subprocess.run(
        [script, "-qec", line, "/dev/null"],
        cwd=cwd,
        input=f"{passphrase}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, (
        f"docs/bundle-format.md §5: `{line}` (passphrase typed) exits {result.returncode}:\n"
        f"{result.stdout}{result.stderr}"
    )


def tar_names(archive: Path) -> list[str]:
    """The member names as GNU tar lists them, in the archive's order."""
    listing = subprocess.run(
        [require_tool("tar"), "-tf", str(archive)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return listing.stdout.splitlines()


def age_header_stanzas(path: Path) -> list[list[str]]:
    """The `-> type args…` lines of an age v1 header (read independently of jury-desk)."""
    lines = path.read_bytes().split(b"\n---", 1)[0].decode("ascii").split("\n")
    assert lines[0] == "age-encryption.org/v1"
    return [line[3:].split(" ") for line in lines[1:] if line.startswith("-> ")]


def fresh_copy(built: Built, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built.bundle, folder / BUNDLE_NAME)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    # One genuine bundle for the module: organiser, two enrolled jurors, a passphrase.
    root = tmp_path_factory.mktemp("by-hand")
    clock = FakeClock(BUILT_AT)
    setting = make_setting(root, clock.now())
    return Built(setting, setting.build(BUNDLE_NAME, clock))


@pytest.fixture(scope="module")
def unpacked(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Unpacked:
    for tool in ("tar", "age"):
        require_tool(tool)
    work = fresh_copy(built, tmp_path_factory.mktemp("juror-key"))
    # "With a juror's age identity (the AGE-SECRET-KEY-1… line of their key) in juror.key"
    (work / "juror.key").write_text(f"{built.setting.chair.identity.age_identity}\n", "utf-8")
    for line in section_5_blocks()[0]:
        run_documented(line, work)
    return Unpacked(work, built)


def test_section_5_has_the_three_documented_blocks() -> None:
    key, passphrase, checks = section_5_blocks()
    assert any("-i juror.key" in line for line in key)
    assert any("passphrase-slot.age" in line for line in passphrase)
    assert any(line.startswith("openssl dgst") for line in checks)
    assert any("sha256sum -c" in line for line in checks)


def test_a_juror_key_opens_the_bundle_with_tar_and_age(unpacked: Unpacked) -> None:
    payload = unpacked.root / "payload"
    assert (payload / "manifest.json").is_file() and (payload / "manifest.sig").is_file()
    assert unpacked.manifest["format"] == "jury-desk-session-manifest"


def test_the_signature_and_every_document_check_out_as_documented(unpacked: Unpacked) -> None:
    for tool in ("python3", "openssl", "sha256sum"):
        require_tool(tool)
    outputs = [run_documented(line, unpacked.root) for line in section_5_blocks()[2]]
    text = "".join(outputs)
    assert "Verified OK" in text
    # "each document against the manifest": every listed document, and nothing unlisted.
    declared = {
        document["path"]
        for candidate in unpacked.manifest["candidates"]
        for document in candidate["documents"]
    }
    checked = set(re.findall(r"^(documents/\S+): OK$", text, flags=re.MULTILINE))
    on_disk = {
        path.relative_to(unpacked.root / "payload").as_posix()
        for path in (unpacked.root / "payload" / "documents").rglob("*")
        if path.is_file()
    }
    assert checked == declared == on_disk
    assert len(declared) == 6


def test_a_tampered_document_fails_the_documented_check(unpacked: Unpacked, tmp_path: Path) -> None:
    # The documented check must be able to say no, or its "OK" means nothing.
    for tool in ("python3", "openssl", "sha256sum"):
        require_tool(tool)
    work = tmp_path / "tampered"
    shutil.copytree(unpacked.root / "payload", work / "payload")
    deck = work / "payload" / "documents" / "cand-1" / "03-deck.pdf"
    deck.write_bytes(deck.read_bytes() + b"!")
    *head, last = section_5_blocks()[2]
    for line in head:
        run_documented(line, work)
    result = subprocess.run(
        [require_tool("sh"), "-c", last], cwd=work, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "documents/cand-1/03-deck.pdf: FAILED" in result.stdout


def test_the_passphrase_opens_the_bundle_with_the_reference_age(
    built: Built, unpacked: Unpacked, tmp_path: Path
) -> None:
    for tool in ("tar", "age", "script"):
        require_tool(tool)
    work = fresh_copy(built, tmp_path / "passphrase")
    key_block, passphrase_block, _checks = section_5_blocks()
    run_documented(key_block[0], work)  # mkdir bundle && tar -xf …
    for line in passphrase_block:
        if line.startswith("age -d") and "-i" not in line.split():
            run_documented_prompt(line, work, BUNDLE_PASSPHRASE)  # "age asks for it"
        else:
            run_documented(line, work)
    # The slot's plaintext is one line: the bundle's own X25519 identity.
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]{58}\n", (work / "bundle.key").read_text("ascii"))
    assert (work / "payload.tar").read_bytes() == (unpacked.root / "payload.tar").read_bytes()


def test_a_wrong_passphrase_is_refused_by_the_reference_age(
    unpacked: Unpacked, tmp_path: Path
) -> None:
    age, script = require_tool("age"), require_tool("script")
    slot = unpacked.root / "bundle" / "passphrase-slot.age"
    result = subprocess.run(
        [script, "-qec", f"{age} -d -o {tmp_path / 'k'} {slot}", "/dev/null"],
        input="pas la bonne phrase\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert not (tmp_path / "k").exists() or (tmp_path / "k").stat().st_size == 0


def test_the_other_juror_key_opens_the_same_payload(unpacked: Unpacked) -> None:
    # payload.age is encrypted to every enrolled juror, not only the chair.
    age = require_tool("age")
    key = unpacked.root / "member.key"
    key.write_text(f"{unpacked.built.setting.member.identity.age_identity}\n", "utf-8")
    out = unpacked.root / "payload-member.tar"
    subprocess.run(
        [age, "-d", "-i", str(key), "-o", str(out), str(unpacked.root / "bundle" / "payload.age")],
        check=True,
        timeout=60,
    )
    assert out.read_bytes() == (unpacked.root / "payload.tar").read_bytes()


def test_the_outer_tar_holds_exactly_the_documented_members(built: Built) -> None:
    require_tool("tar")
    documented = ["jury-desk-bundle.json", "payload.age", "passphrase-slot.age"]
    assert tar_names(built.bundle) == documented
    # POSIX ustar/pax magic ("ustar\0" "00"), not the GNU variant ("ustar  \0").
    assert built.bundle.read_bytes()[257:265] == b"ustar\x0000"
    with tarfile.open(built.bundle, "r:") as outer:
        members = outer.getmembers()
        assert all(info.isreg() and not info.issparse() for info in members)
        sizes = {info.name: info.size for info in members}
    assert sizes["jury-desk-bundle.json"] <= 64 * 1024
    assert sizes["passphrase-slot.age"] <= 64 * 1024


def test_the_descriptor_is_the_documented_json(unpacked: Unpacked) -> None:
    # §1's table gives the content; a `<session id>` placeholder stands for the session's.
    row = re.search(
        r"^\| `jury-desk-bundle\.json` \| `(\{.*?\})`", DOC.read_text("utf-8"), re.MULTILINE
    )
    assert row is not None, "§1 gives no content for jury-desk-bundle.json"
    session_id = unpacked.built.setting.spec.id
    documented = json.loads(row.group(1).replace("<session id>", session_id))
    raw = (unpacked.root / "bundle" / "jury-desk-bundle.json").read_bytes()
    assert json.loads(raw) == documented


def test_the_age_headers_are_as_documented(unpacked: Unpacked) -> None:
    # The slot: one scrypt stanza, work factor 2^18.
    slot = age_header_stanzas(unpacked.root / "bundle" / "passphrase-slot.age")
    assert len(slot) == 1 and slot[0][0] == "scrypt" and slot[0][2] == "18"
    # The payload: no scrypt; one X25519 per enrolled juror, plus the bundle's own recipient
    # (rage may add a random "grease" stanza, which age readers ignore).
    types = [stanza[0] for stanza in age_header_stanzas(unpacked.root / "bundle" / "payload.age")]
    assert "scrypt" not in types
    assert types.count("X25519") == 3


def test_the_payload_members_are_in_the_documented_order(unpacked: Unpacked) -> None:
    require_tool("tar")
    names = tar_names(unpacked.root / "payload.tar")
    assert names[:2] == ["manifest.json", "manifest.sig"]
    documents = names[2:]
    declared = [
        document["path"]
        for candidate in unpacked.manifest["candidates"]
        for document in candidate["documents"]
    ]
    # Each listed file exactly once, and nothing else (no folder entries either).
    assert sorted(documents) == sorted(declared) and len(set(documents)) == len(documents)
    with tarfile.open(unpacked.root / "payload.tar", "r:") as payload:
        assert all(info.isreg() and not info.issparse() for info in payload.getmembers())
    assert (unpacked.root / "payload" / "manifest.sig").stat().st_size <= 1024


def test_the_manifest_validates_against_the_schema_named_in_the_doc(unpacked: Unpacked) -> None:
    named = re.search(r"JSON Schema: `([^`]+)`", DOC.read_text(encoding="utf-8"))
    assert named is not None, "§3 names no JSON Schema file"
    schema = json.loads((REPO / named.group(1)).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator
    validator.check_schema(schema)
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator(schema, format_checker=validator.FORMAT_CHECKER).iter_errors(
            unpacked.manifest
        )
    ]
    assert errors == []


def test_the_manifest_holds_the_documented_fields(unpacked: Unpacked) -> None:
    manifest = unpacked.manifest
    assert (manifest["format"], manifest["version"]) == ("jury-desk-session-manifest", 1)
    session = manifest["session"]
    assert set(session) == {
        "id", "title", "certification_title", "rs_code", "starts_on", "ends_on",
        "bundle_version", "issued_at", "decision_delay_months", "timezone",
    }  # fmt: skip
    assert session["issued_at"] == "2026-11-30T08:00:00Z"
    assert (session["bundle_version"], session["timezone"]) == (1, "Europe/Paris")
    assert manifest["decision_rule"] == {"kind": "all_passing", "minimum_passing": None}
    referential = manifest["referential"]
    assert [level["rank"] for level in referential["levels"]] == [0, 1, 2, 3]
    assert [level["passing"] for level in referential["levels"]] == [False, False, True, True]
    for competency in referential["competencies"]:
        assert len(competency["descriptors"]) == len(referential["levels"])
    assert set(manifest["organiser"]) == {"name", "certificate", "age_recipient"}
    jurors = manifest["jurors"]
    assert [juror["role"] for juror in jurors].count("chair") == 1
    assert all(
        set(juror) == {"id", "name", "email", "role", "certificate", "age_recipient"}
        for juror in jurors
    )
    for candidate in manifest["candidates"]:
        links = [d for d in candidate["documents"] if d["media_type"] == "text/uri-list"]
        assert [d["kind"] for d in links] == ["site_link", "product_sheet_link"]
        for document in candidate["documents"]:
            assert set(document) == {"kind", "title", "media_type", "path", "size", "sha256"}


def test_a_document_is_the_organisers_file_byte_for_byte(unpacked: Unpacked) -> None:
    setting = unpacked.built.setting
    payload = unpacked.root / "payload"
    [deck] = [
        document
        for candidate in unpacked.manifest["candidates"]
        if candidate["id"] == "cand-2"
        for document in candidate["documents"]
        if document["kind"] == "deck"
    ]
    original = (setting.folder / "dossiers" / "cand-2" / "01-deck.pdf").read_bytes()
    content = (payload / deck["path"]).read_bytes()
    assert content == original == b"%PDF-1.7 test " * 2
    assert (deck["size"], deck["sha256"]) == (len(original), hashlib.sha256(original).hexdigest())
    # A link document holds the URL (text/uri-list).
    [site] = [
        document
        for candidate in unpacked.manifest["candidates"]
        if candidate["id"] == "cand-2"
        for document in candidate["documents"]
        if document["kind"] == "site_link"
    ]
    assert (payload / site["path"]).read_bytes().strip() == b"https://a.example/"


def test_the_certificates_are_as_section_4_says_by_openssl(unpacked: Unpacked) -> None:
    # §4, checked by hand too: the jury's certificates chain to the signing authority.
    openssl = require_tool("openssl")
    manifest = unpacked.manifest
    organiser = unpacked.root / "organiser-check.pem"
    organiser.write_text(manifest["organiser"]["certificate"], "ascii")

    def x509_text(pem: Path) -> str:
        return subprocess.run(
            [openssl, "x509", "-in", str(pem), "-noout", "-text"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout

    authority = x509_text(organiser)
    assert "CA:TRUE" in authority and "Certificate Sign" in authority
    assert "ASN1 OID: prime256v1" in authority
    at = str(int(BUILT_AT.timestamp()))
    for juror in manifest["jurors"]:
        pem = unpacked.root / f"juror-{juror['id']}.pem"
        pem.write_text(juror["certificate"], "ascii")
        verify = subprocess.run(
            [openssl, "verify", "-attime", at, "-CAfile", str(organiser), str(pem)],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr
        text = x509_text(pem)
        assert "Digital Signature, Non Repudiation" in text
        assert f"email:{juror['email']}" in text
        assert f"URI:age:{juror['age_recipient']}" in text
        # Valid until the session's end (2026-12-01) + 2 months' delay + one month.
        assert "Not After : Mar  1 00:00:00 2027 GMT" in text
