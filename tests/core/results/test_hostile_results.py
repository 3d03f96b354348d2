"""Hostile results files through `results open`: each refused in one line, nothing written.

The files are made here and encrypted to a real organiser's key: tar headers of
forms docs/results-format.md does not allow (refused on stderr before anything
is verified), members out of order, and a results.json built to break the JSON
parser (one INVALID line). None may end in an internal error (exit 3).

The command runs in this process, with the organiser's secrets store already
unlocked (each command would otherwise spend a second in scrypt). No played
session is needed: every refusal comes before the signatures are looked at.
"""

from __future__ import annotations

import io
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.cli import results_commands
from jury_desk.cli.main import main
from jury_desk.crypto.age_stream import encrypt_to_file
from jury_desk.kernel.outside_json import MAX_DEPTH
from jury_desk.kernel.paths import organiser_dir
from jury_desk.results.layout import MINUTES_PDF, RESULTS_CSV, RESULTS_JSON
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import Authority, create_authority, save_authority
from tests.bundle_factory import secret_store
from tests.core.kernel.test_strict_tar import with_field
from tests.factories import FakeClock
from tests.helpers.tar_craft import plain_tar

CLOCK = FakeClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
SHEET = "sheets/grille-Zoe-Lefevre-membre-v1.pdf"
GENUINE_JSON = b'{"format": "jury-desk-results", "version": 1}'
SIZE_FIELD, TYPE_FIELD = 124, 156  # offsets in a tar header block


@dataclass(frozen=True)
class Organiser:
    home: Path
    authority: Authority
    secrets: PassphraseFileSecretStore


@pytest.fixture(scope="module")
def organiser(tmp_path_factory: pytest.TempPathFactory) -> Organiser:
    home = tmp_path_factory.mktemp("organiser")
    authority = create_authority("Organisateur de test", CLOCK.now())
    secrets = secret_store(home)
    save_authority(authority, secrets, organiser_dir(home))
    return Organiser(home, authority, secrets)


def members(results_json: bytes = GENUINE_JSON) -> list[tuple[str, bytes]]:
    return [
        (RESULTS_JSON, results_json),
        (RESULTS_CSV, b"\xef\xbb\xbfidentifiant\r\n"),
        (MINUTES_PDF, b"%PDF-1.7\n"),
        (SHEET, b"%PDF-1.7\n"),
    ]


def header_changed(name: str, start: int, value: bytes) -> bytes:
    data, headers = plain_tar(members())
    return with_field(data, start, value, header=headers[name] // tarfile.BLOCKSIZE)


ARCHIVES: dict[str, tuple[bytes, str]] = {
    "base-256 size": (
        header_changed(RESULTS_JSON, SIZE_FIELD, b"\x80" + len(GENUINE_JSON).to_bytes(11, "big")),
        "'results.json' has a number in base-256",
    ),
    "negative base-256 size": (
        header_changed(MINUTES_PDF, SIZE_FIELD, b"\xff" * 12),
        "'minutes.pdf' has a number in base-256",
    ),
    "GNU sparse type": (
        header_changed(MINUTES_PDF, TYPE_FIELD, tarfile.GNUTYPE_SPARSE),
        "'minutes.pdf' has GNU sparse records",
    ),
    "GNU sparse records in pax": (
        bytes(plain_tar(members(), {SHEET: {"GNU.sparse.map": "0,9", "GNU.sparse.size": "9"}})[0]),
        "has GNU sparse records",
    ),
    "GNU long name": (
        header_changed(SHEET, TYPE_FIELD, tarfile.GNUTYPE_LONGNAME),
        "has a GNU long name",
    ),
    "members out of order": (
        bytes(plain_tar(members()[::-1])[0]),
        f"{MINUTES_PDF} should come before {SHEET}",
    ),
}


def encrypted(organiser: Organiser, tmp_path: Path, name: str, plaintext: bytes) -> Path:
    path = tmp_path / name
    encrypt_to_file(io.BytesIO(plaintext), path, [organiser.authority.age_recipient])
    return path


def results_open(
    organiser: Organiser,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    path: Path,
    extract: Path,
) -> tuple[str, str]:
    """`jury-desk results open PATH --extract DIR`: exit 1, the organiser's folder untouched."""
    monkeypatch.setattr(results_commands, "secret_store_from_args", lambda _: organiser.secrets)
    before = _files(organiser.home)
    args = ["--home", str(organiser.home), "results", "open", str(path), "--extract", str(extract)]
    code = main(args, clock=CLOCK)
    out, err = capsys.readouterr()
    assert code == 1, f"exit {code}: {out}{err}"
    assert _files(organiser.home) == before
    assert not extract.exists()
    return out, err


def _files(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("case", list(ARCHIVES))
def test_a_hostile_archive_is_refused_on_stderr_in_one_line(
    organiser: Organiser,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    plaintext, words = ARCHIVES[case]
    path = encrypted(organiser, tmp_path, "hostile.jdresults", plaintext)
    out, err = results_open(organiser, monkeypatch, capsys, path, tmp_path / "extract")
    assert out == ""
    assert err.startswith("jury-desk: Refused: in the results file, ") and err.count("\n") == 1
    assert words in err


HOSTILE_JSON: dict[str, tuple[bytes, str]] = {
    "nested deep": (b"[" * 100_000 + b"]" * 100_000, f"it nests deeper than {MAX_DEPTH} levels"),
    "a number of 5000 digits": (
        b'{"format": "jury-desk-results", "version": 1%s}' % (b"0" * 5000),
        "it holds a number longer than 40 characters",
    ),
    "an integer the store cannot hold": (
        b'{"format": "jury-desk-results", "version": 1, "x": %d}' % 2**64,
        f"it holds the integer {2**64}, out of range",
    ),
    "NaN": (
        b'{"format": "jury-desk-results", "version": NaN}',
        "it holds NaN, which is not a finite number",
    ),
    "a duplicate key": (
        b'{"format": "jury-desk-results", "version": 1, "format": "jury-desk-results"}',
        "it holds the key 'format' twice in one object",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_JSON))
def test_a_hostile_results_json_is_one_invalid_line(
    organiser: Organiser,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    results_json, words = HOSTILE_JSON[case]
    plaintext = bytes(plain_tar(members(results_json))[0])
    path = encrypted(organiser, tmp_path, "hostile.jdresults", plaintext)
    out, err = results_open(organiser, monkeypatch, capsys, path, tmp_path / "extract")
    assert err == ""
    assert out == f"INVALID: results.json: {words}\n"
