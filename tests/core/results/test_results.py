"""Results to the organiser: a two-juror session exported by the chair, opened by the organiser.

The session is played once with the real pieces (bundle, both jurors' signed
sheets, import, deliberation, minutes signed and co-signed); each test works on
copies of the data folders. Tampered files are made by decrypting a genuine
one, changing one thing, and encrypting it again to the organiser with the
real writer, so only what the test changes differs.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jury_desk.chair.deliberation import Deliberator
from jury_desk.cli.main import main
from jury_desk.crypto.age_stream import (
    encrypt_small_with_passphrase,
    encrypt_to_file,
    generate_x25519,
)
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.export import export_minutes
from jury_desk.minutes.importing import import_minutes
from jury_desk.models import CertificationSession, Outcome, SignedMinutes
from jury_desk.results.archive import read_results_file, write_results_file
from jury_desk.results.data import ResultsDocument
from jury_desk.results.export import export_results
from jury_desk.results.layout import MINUTES_PDF, RESULTS_CSV, RESULTS_JSON, ResultsLimits
from jury_desk.results.render import BOM, results_csv
from jury_desk.results.verify import open_results
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet
from jury_desk.sheets.importing import import_sheet
from jury_desk.signing.authority import known_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.authority import Authority, load_authority
from tests.bundle_factory import SECRETS_PASSPHRASE, Juror, Setting, make_setting, secret_store
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
DOC = REPO / "docs" / "results-format.md"
CLOCK = FakeClock(datetime(2026, 11, 30, 12, 5, tzinfo=UTC))  # both interviews have begun
# The played session is built once for the module, in about half a minute.
pytestmark = pytest.mark.slow
SESSION = "test-session"
# cand-1: the jurors differ on C2 (both passing), the chair's vote settles it: certified.
# cand-2: they differ on C5 across the threshold, settled below passing: not certified.
LEVELS = {
    ("chair", "cand-1"): (3, 3, 2, 2, 3, 3, 2, 2),
    ("member", "cand-1"): (3, 2, 2, 2, 3, 3, 2, 2),
    ("chair", "cand-2"): (2, 2, 1, 2, 2, 2, 2, 2),
    ("member", "cand-2"): (2, 2, 1, 2, 1, 2, 2, 2),
}
# Starts like a list item: a spreadsheet would run it as a formula without the apostrophe.
REASONS = "- Test : à consolider ; la preuve d'usage manque.\nÀ revoir en mai."


@dataclass(frozen=True)
class Played:
    setting: Setting
    bundle: Path
    undecided_chair_home: Path  # the chair's folder before any decision
    chair_only_minutes: bytes


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Played:
    root = tmp_path_factory.mktemp("results")
    setting = make_setting(root, datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True)
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    authority = setting.authority.certificate
    member_sheets = []
    with _workspace(setting.member) as member:
        for candidate in ("cand-1", "cand-2"):
            _score(member, "member", candidate)
            sheet = sign_sheet(member, candidate, setting.member.identity, authority, CLOCK)
            member_sheets.append(sheet.pdf)
    with _workspace(setting.chair) as chair:
        sessions = {SESSION: known_session(setting.chair.home, chair)}
        for candidate in ("cand-1", "cand-2"):
            _score(chair, "chair", candidate)
            sign_sheet(chair, candidate, setting.chair.identity, authority, CLOCK)
        for pdf in member_sheets:
            assert import_sheet(chair, pdf, sessions, CLOCK).accepted
    undecided = root / "chair-undecided"
    shutil.copytree(setting.chair.home, undecided)
    with _workspace(setting.chair) as chair:
        deliberator = Deliberator(chair, CLOCK)
        deliberator.cast_vote("cand-1", "C2", 3, "Le pitch a convaincu les deux jurés.")
        deliberator.cast_vote("cand-2", "C5", 1, "Les tests utilisateurs restent à mener.")
        deliberator.decide("cand-1", Outcome.CERTIFIED, "")
        deliberator.decide("cand-2", Outcome.NOT_CERTIFIED, REASONS)
        signed = export_minutes(chair, setting.chair.home, setting.chair.identity, CLOCK)
    with _workspace(setting.member) as member:
        cosigned = cosign_minutes(
            signed.pdf, member, setting.member.home, setting.member.identity, CLOCK
        )
    with _workspace(setting.chair) as chair:
        assert import_minutes(chair, cosigned, sessions, CLOCK).revision == 1
    return Played(setting, bundle, undecided, signed.pdf)


def _workspace(juror: Juror, home: Path | None = None) -> Workspace:
    home = home or juror.home
    return open_session_workspace(home, SESSION, secret_store(home), CLOCK)


def _score(workspace: Workspace, juror: str, candidate: str) -> None:
    editor = ScoringEditor(workspace)
    for code, level in zip(COMPETENCY_CODES, LEVELS[(juror, candidate)], strict=True):
        editor.set_level(candidate, code, level)
        editor.set_comment(candidate, code, f"{code} : constat de {juror}.")


@dataclass
class Homes:
    """Copies of the chair's and the organiser's data folders, and the commands on them."""

    chair: Path
    organiser: Path
    passphrase_file: Path
    played: Played

    def run(self, home: Path, *args: str) -> int:
        base = ["--home", str(home), "--secrets-passphrase-file", str(self.passphrase_file)]
        return main([*base, *args], clock=CLOCK)

    def export(self, output: Path, *extra: str) -> int:
        return self.run(self.chair, "results", "export", "-o", str(output), *extra)

    def open(self, path: Path, *extra: str) -> int:
        return self.run(self.organiser, "results", "open", str(path), *extra)

    def authority(self) -> Authority:
        return load_authority(secret_store(self.organiser), organiser_dir(self.organiser))

    def chair_workspace(self) -> Workspace:
        return _workspace(self.played.setting.chair, self.chair)


@pytest.fixture
def homes(played: Played, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Homes:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    chair, organiser = tmp_path / "chair", tmp_path / "organiser"
    shutil.copytree(played.setting.chair.home, chair)
    shutil.copytree(played.setting.root / "organiser", organiser)
    passphrase_file = tmp_path / "secrets-passphrase.txt"
    passphrase_file.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    return Homes(chair, organiser, passphrase_file, played)


@pytest.fixture
def exported(homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    output = tmp_path / "session.jdresults"
    assert homes.export(output) == 0, capsys.readouterr().err
    capsys.readouterr()
    return output


def _lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err.splitlines()


# ------------------------------------------------------------------------- the round trip


def test_the_chair_exports_and_the_organiser_opens_and_extracts(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "session.jdresults"
    assert homes.export(output) == 0
    out, err = _lines(capsys)
    assert err == []
    assert out == [
        f"results: {output}",
        f"session: {SESSION}",
        "organiser: Organisateur de test (only their key opens the file)",
        "candidates: 2",
        "sheets: 4",
        "minutes: revision 1 (workspace)",
    ]
    extract = tmp_path / "extracted"
    assert homes.open(output, "--extract", str(extract)) == 0
    out, err = _lines(capsys)
    assert err == []
    assert out == [
        f"session: {SESSION} — Session de test (RS6247, 2026-11-30 to 2026-12-01)",
        "organiser: Organisateur de test",
        "jury: Claire Présidente (chair), Łukasz Membre (member)",
        "minutes: signed by the chair and co-signed by the member, VALID",
        "sheets: 4 VALID",
        "outcomes: certified 1, not certified 1, absent 0, postponed 0",
        "pass rate: 50.0%",
        "cand-1: Zoë Lefèvre — certified, 8/8 competencies validated, decided 2026-11-30T12:05:00Z",
        "cand-2: Nguyễn Thị Mai — not certified, 6/8 competencies validated, "
        "decided 2026-11-30T12:05:00Z",
        f"extracted: {extract} (7 files)",
    ]
    names = sorted(str(p.relative_to(extract)) for p in extract.rglob("*") if p.is_file())
    assert names == [
        "minutes.pdf",
        "results.csv",
        "results.json",
        "sheets/grille-Nguyen-Thi-Mai-membre-v1.pdf",
        "sheets/grille-Nguyen-Thi-Mai-presidence-v1.pdf",
        "sheets/grille-Zoe-Lefevre-membre-v1.pdf",
        "sheets/grille-Zoe-Lefevre-presidence-v1.pdf",
    ]
    with homes.chair_workspace() as workspace, workspace.reading() as session:
        minutes = session.scalars(select(SignedMinutes)).one()
        assert minutes.cosigned
        assert (extract / "minutes.pdf").read_bytes() == minutes.pdf
    # Extracting again never overwrites, and says so before anything reads as a success.
    assert homes.open(output, "--extract", str(extract)) == 1
    out, err = _lines(capsys)
    assert out == []
    assert err == [f"jury-desk: Refused: the folder {extract} is not empty; "
                   "give a new folder or an empty one."]  # fmt: skip


def test_extracting_follows_no_link_planted_in_the_target(
    homes: Homes, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = tmp_path / "elsewhere" / "precious.pdf"
    precious.parent.mkdir()
    precious.write_bytes(b"kept elsewhere")
    extract = tmp_path / "extracted"
    extract.mkdir()
    (extract / "minutes.pdf").symlink_to(precious)
    assert homes.open(exported, "--extract", str(extract)) == 1
    out, err = _lines(capsys)
    assert out == []  # nothing that reads as a success
    assert len(err) == 1 and "is not empty" in err[0]
    assert precious.read_bytes() == b"kept elsewhere"
    assert [p.name for p in extract.iterdir()] == ["minutes.pdf"]
    assert sorted(p.name for p in precious.parent.iterdir()) == ["precious.pdf"]


def test_extracting_onto_a_file_is_refused_in_one_line(
    homes: Homes, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "extracted"
    target.write_bytes(b"not a folder")
    assert homes.open(exported, "--extract", str(target)) == 1
    out, err = _lines(capsys)
    assert out == []
    assert err == [f"jury-desk: Refused: {target} is not a folder; "
                   "give a new folder or an empty one."]  # fmt: skip
    assert target.read_bytes() == b"not a folder"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_results_json_says_what_was_decided(homes: Homes, exported: Path) -> None:
    members = read_results_file(exported, homes.authority().age_identity)
    document = json.loads(members[RESULTS_JSON])
    assert (document["format"], document["version"]) == ("jury-desk-results", 1)
    assert [j["id"] for j in document["jury"]] == ["chair", "member"]
    assert document["jury"][0]["certificate"].startswith("-----BEGIN CERTIFICATE-----\n")
    first, second = document["candidates"]
    assert (first["outcome"], second["outcome"]) == ("certified", "not_certified")
    assert first["decision_due_on"] == "2027-01-30"
    assert [c["code"] for c in first["validated_competencies"]] == list(COMPETENCY_CODES)
    # cand-2: C3 (1 for both) and C5 (the casting vote, 1) are below passing.
    assert [c["code"] for c in second["validated_competencies"]] == [
        "C1",
        "C2",
        "C4",
        "C6",
        "C7",
        "C8",
    ]
    assert [lv["level"] for lv in first["levels"]] == [3, 3, 2, 2, 3, 3, 2, 2]
    assert second["levels"][4] == {
        "code": "C5",
        "title": "Compétence C5",
        "level": 1,
        "level_label": "À consolider",
        "passing": False,
    }
    assert second["reasons"] == REASONS
    assert [s["file"] for s in second["sheets"]] == [
        "sheets/grille-Nguyen-Thi-Mai-presidence-v1.pdf",
        "sheets/grille-Nguyen-Thi-Mai-membre-v1.pdf",
    ]
    assert document["minutes"]["sha256"] == hashlib.sha256(members[MINUTES_PDF]).hexdigest()
    statistics = document["statistics"]
    # 16 pairs, two of them one step apart (cand-1 C2: 3/2, cand-2 C5: 2/1).
    assert (statistics["pairs"], statistics["agreement_rate"]) == (16, 0.875)
    assert statistics["outcome_counts"] == {
        "certified": 1,
        "not_certified": 1,
        "absent": 0,
        "postponed": 0,
    }
    assert statistics["competencies"][1]["level_counts"] == [0, 0, 1, 1]


def test_results_csv_opens_in_a_french_spreadsheet(homes: Homes, exported: Path) -> None:
    data = read_results_file(exported, homes.authority().age_identity)[RESULTS_CSV]
    assert data.startswith(BOM.encode("utf-8"))
    text = data.decode("utf-8").removeprefix(BOM)
    header, row_1, *rest = text.split("\r\n", 2)
    assert header.startswith("identifiant;candidat·e;start-up;résultat;décidé le (UTC);")
    assert header.endswith(";C8 Compétence C8;motifs")
    assert row_1.startswith("cand-1;Zoë Lefèvre;")
    assert ";certifié·e;2026-11-30T12:05:00Z;C1, C2, C3, C4, C5, C6, C7, C8;Expert;" in row_1
    # The reasons hold ';' and a line break: quoted; they start with '-': an apostrophe first.
    quoted = REASONS.replace('"', '""')
    assert rest[0].endswith(f';"\'{quoted}"\r\n')
    assert ";non certifié·e;" in rest[0]


# ------------------------------------------------------------------------ by hand (§5)


def section_5_blocks() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = re.search(r"^## 5\..*?(?=^## )", text, flags=re.MULTILINE | re.DOTALL)
    assert section is not None, "docs/results-format.md has no section 5"
    blocks = re.findall(r"^```sh\n(.*?)^```", section.group(0), flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) == 2
    return list(blocks)


def test_the_file_comes_apart_with_age_and_tar_as_documented(
    homes: Homes, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for tool in ("age", "tar", "sha256sum", "pdfsig", "python3"):
        require_tool(tool)
    work = tmp_path / "by-hand"
    work.mkdir()
    shutil.copy(exported, work / "session.jdresults")  # the name §5 uses
    assert homes.run(homes.organiser, "results", "age-key", "-o", str(work / "organiser.key")) == 0
    assert (work / "organiser.key").stat().st_mode & 0o077 == 0
    capsys.readouterr()
    outputs = []
    for block in section_5_blocks():
        # Each block as written, stopping at the first failing line.
        result = subprocess.run(
            [require_tool("sh"), "-e", "-c", block],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"docs/results-format.md §5:\n{block}\n{result.stderr}"
        outputs.append(result.stdout)
    genuine = read_results_file(exported, homes.authority().age_identity)
    unpacked = work / "results"
    found = {
        str(p.relative_to(unpacked)): p.read_bytes()
        for p in unpacked.rglob("*")
        if p.is_file() and p.name != "SHA256SUMS"
    }
    assert found == genuine
    assert outputs[1].count(": OK") == 5  # the minutes and four sheets
    assert outputs[1].count("Signature is Valid.") == 6  # two on the minutes, one per sheet


# ----------------------------------------------------------------------------- refusals


def test_without_the_organiser_recipient_export_is_refused_until_the_bundle_is_reopened(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with homes.chair_workspace() as workspace, workspace.session() as session:
        row = session.scalars(select(CertificationSession)).one()
        row.organiser_name = row.organiser_age_recipient = None  # a workspace made before 0003
    output = tmp_path / "out.jdresults"
    assert homes.export(output) == 1
    out, err = _lines(capsys)
    assert out == [] and len(err) == 1
    assert "re-open the session bundle to record the organiser's key" in err[0]
    assert not output.exists()
    chair = homes.played.setting.chair
    reopened = Juror(homes.chair, chair.identity, secret_store(homes.chair))
    assert reopened.open(homes.played.bundle, CLOCK).outcome == "unchanged"
    with homes.chair_workspace() as workspace, workspace.reading() as session:
        row = session.scalars(select(CertificationSession)).one()
        assert row.organiser_name == "Organisateur de test"
        assert row.organiser_age_recipient == homes.authority().age_recipient
    assert homes.export(output) == 0


def test_an_undecided_candidate_stops_the_export(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(homes.chair)
    shutil.copytree(homes.played.undecided_chair_home, homes.chair)
    output = tmp_path / "out.jdresults"
    assert homes.export(output) == 1
    _, err = _lines(capsys)
    assert err == [
        "jury-desk: Every candidate needs a decision before the results go out; none yet for "
        "Zoë Lefèvre, Nguyễn Thị Mai."
    ]
    assert not output.exists()


def test_the_member_cannot_send_the_results(played: Played, tmp_path: Path) -> None:
    home = tmp_path / "member"
    shutil.copytree(played.setting.member.home, home)
    with _workspace(played.setting.member, home) as workspace:
        known = known_session(home, workspace)
        with pytest.raises(UserError, match="Only the chair sends the results; Łukasz Membre"):
            export_results(workspace, tmp_path / "out.jdresults", known, CLOCK)
    assert not (tmp_path / "out.jdresults").exists()


def test_minutes_not_yet_cosigned_stop_the_export(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chair = homes.played.setting.chair
    with homes.chair_workspace() as workspace:
        # A second revision, signed by the chair only, is now the latest.
        assert export_minutes(workspace, homes.chair, chair.identity, CLOCK).revision == 2
    output = tmp_path / "out.jdresults"
    assert homes.export(output) == 1
    _, err = _lines(capsys)
    assert len(err) == 1 and "revision 2" in err[0] and "not co-signed" in err[0]
    # The co-signed revision 1, given as a file, still says what the workspace says.
    cosigned = tmp_path / "pv.pdf"
    with homes.chair_workspace() as workspace, workspace.reading() as session:
        first = session.scalars(select(SignedMinutes).where(SignedMinutes.revision == 1)).one()
        cosigned.write_bytes(first.pdf)
    assert homes.export(output, "--minutes", str(cosigned)) == 0
    assert f"minutes: {cosigned}" in capsys.readouterr().out


def test_stale_minutes_stop_the_export(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with homes.chair_workspace() as workspace:
        Deliberator(workspace, CLOCK).decide(
            "cand-2", Outcome.NOT_CERTIFIED, "Autres motifs.", "Motifs reformulés."
        )
    assert homes.export(tmp_path / "out.jdresults") == 1
    _, err = _lines(capsys)
    assert err == [
        "jury-desk: The minutes no longer say what this workspace says about cand-2 "
        "(decision_revision, reasons): export the minutes again and have them co-signed."
    ]


def test_no_signed_minutes_stop_the_export(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with homes.chair_workspace() as workspace, workspace.session() as session:
        for row in session.scalars(select(SignedMinutes)):
            session.delete(row)
    assert homes.export(tmp_path / "out.jdresults") == 1
    _, err = _lines(capsys)
    assert len(err) == 1 and "There are no signed minutes in this workspace" in err[0]


def test_a_file_for_another_key_is_refused(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, stranger = generate_x25519()
    with homes.chair_workspace() as workspace, workspace.session() as session:
        session.scalars(select(CertificationSession)).one().organiser_age_recipient = stranger
    output = tmp_path / "out.jdresults"
    assert homes.export(output) == 0
    capsys.readouterr()
    assert homes.open(output) == 1
    out, err = _lines(capsys)
    assert out == [] and len(err) == 1
    assert "no identity matches" in err[0]


def test_a_passphrase_file_is_refused_before_any_key_derivation(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pass.jdresults"
    path.write_bytes(encrypt_small_with_passphrase(b"not results", "phrase"))
    assert homes.open(path) == 1
    assert capsys.readouterr().err.splitlines() == [
        "jury-desk: This file is protected by a passphrase, not encrypted to a key."
    ]


Change = Callable[[dict[str, bytes]], None]


def _retouch(homes: Homes, exported: Path, tmp_path: Path, change: Change) -> Path:
    """The genuine file, decrypted, changed by `change`, encrypted again to the organiser."""
    authority = homes.authority()
    members = read_results_file(exported, authority.age_identity)
    change(members)
    path = tmp_path / "retouched.jdresults"
    write_results_file(path, list(members.items()), authority.age_recipient, 0)
    return path


def _edit_json(members: dict[str, bytes], edit: Callable[[dict[str, Any]], None]) -> None:
    """Change results.json and keep results.csv in step, as a careful forger would."""
    document = json.loads(members[RESULTS_JSON])
    edit(document)
    members[RESULTS_JSON] = json.dumps(document).encode()
    members[RESULTS_CSV] = results_csv(ResultsDocument(document))


# The member's sheet for cand-2, Nguyễn Thị Mai, as the results file names it.
_SHEET_2 = "sheets/grille-Nguyen-Thi-Mai-membre-v1.pdf"


def _sheet(members: dict[str, bytes]) -> str:
    return _SHEET_2


def _tamper_sheet(members: dict[str, bytes]) -> None:
    """A byte of the member's sheet changed, and results.json's hash made to match."""
    pdf = bytearray(members[_sheet(members)])
    pdf[len(pdf) // 2] ^= 0x01
    members[_sheet(members)] = bytes(pdf)

    def rehash(document: dict[str, Any]) -> None:
        document["candidates"][1]["sheets"][1]["sha256"] = hashlib.sha256(pdf).hexdigest()

    _edit_json(members, rehash)


def _chair_only_minutes(played: Played) -> Change:
    def change(members: dict[str, bytes]) -> None:
        members[MINUTES_PDF] = played.chair_only_minutes

        def rehash(document: dict[str, Any]) -> None:
            digest = hashlib.sha256(played.chair_only_minutes).hexdigest()
            document["minutes"]["sha256"] = digest

        _edit_json(members, rehash)

    return change


def _csv_says_certified(data: bytes) -> bytes:
    return data.replace("non certifié·e".encode(), "certifié·e".encode())


def _other_outcome(document: dict[str, Any]) -> None:
    candidate = document["candidates"][1]
    candidate["outcome"] = "postponed"
    candidate["validated_competencies"] = []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            _tamper_sheet,
            ["sheets/grille-Nguyen-Thi-Mai-membre-v1.pdf: "],
            id="a sheet's byte changed, its hash updated",
        ),
        pytest.param(
            lambda m: m.__setitem__(_sheet(m), m["sheets/grille-Zoe-Lefevre-membre-v1.pdf"]),
            [f"{_SHEET_2} is not the file results.json lists (SHA-256)"],
            id="a sheet swapped for another",
        ),
        pytest.param(
            lambda m: m.pop(_sheet(m)),
            [f"{_SHEET_2} is listed in results.json but not in the file"],
            id="a sheet left out",
        ),
        pytest.param(
            lambda m: _edit_json(m, _other_outcome),
            [
                "results.json disagrees with the signed minutes: cand-2 (outcome, "
                "validated_competencies)"
            ],
            id="results.json disagreeing with the minutes",
        ),
        pytest.param(
            lambda m: _edit_json(m, lambda d: d["statistics"].__setitem__("pass_rate", 1.0)),
            ["results.json disagrees with the signed minutes: statistics (pass_rate)"],
            id="statistics disagreeing with the minutes",
        ),
        pytest.param(
            lambda m: m.__setitem__(
                RESULTS_CSV,
                m[RESULTS_CSV].replace("non certifié·e".encode(), "certifié·e".encode()),
            ),
            ["results.csv disagrees with results.json for cand-2 (résultat)"],
            id="results.csv disagreeing with results.json",
        ),
        pytest.param(
            lambda m: _edit_json(m, lambda d: d["jury"][1].__setitem__("certificate", "x")),
            ["results.json: breaks its schema at jury/1/certificate: "],
            id="results.json breaking its schema",
        ),
    ],
)
def test_a_retouched_file_is_refused_with_one_line_per_problem(
    homes: Homes,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Change,
    expected: list[str],
) -> None:
    path = _retouch(homes, exported, tmp_path, change)
    extract = tmp_path / "extract"
    assert homes.open(path, "--extract", str(extract)) == 1
    out, err = _lines(capsys)
    assert err == []
    assert len(out) == len(expected), out
    for line, start in zip(out, expected, strict=True):
        assert line.startswith(f"INVALID: {start}"), line
    assert not extract.exists()


def test_minutes_without_the_members_signature_are_refused(
    homes: Homes, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _retouch(homes, exported, tmp_path, _chair_only_minutes(homes.played))
    assert homes.open(path) == 1
    out, _ = _lines(capsys)
    assert out == [
        "INVALID: minutes.pdf: signed by the chair, not yet co-signed by the member",
    ]


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        ("../escape.pdf", "unexpected member '../escape.pdf'"),
        ("sheets/../../x.pdf", "unexpected member"),
        ("/etc/passwd", "unexpected member"),
        ("sheets/sub/x.pdf", "unexpected member"),
        ("notes.txt", "unexpected member 'notes.txt'"),
        ("RESULTS.JSON", "unexpected member"),
    ],
)
def test_a_member_outside_the_layout_is_refused(
    homes: Homes, tmp_path: Path, capsys: pytest.CaptureFixture[str], member: str, expected: str
) -> None:
    path = tmp_path / "odd.jdresults"
    write_results_file(path, [(member, b"x")], homes.authority().age_recipient, 0)
    assert homes.open(path) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and expected in err[0]


def test_a_link_or_a_duplicate_is_refused(homes: Homes, tmp_path: Path) -> None:
    authority = homes.authority()
    for build, expected in (
        (lambda tar: _add_link(tar), "is not a plain file"),
        (lambda tar: (_add(tar, RESULTS_JSON), _add(tar, RESULTS_JSON)), "appears twice"),
    ):
        plain = io.BytesIO()
        with tarfile.open(fileobj=plain, mode="w", format=tarfile.PAX_FORMAT) as tar:
            build(tar)
        plain.seek(0)
        path = tmp_path / "odd.jdresults"
        encrypt_to_file(plain, path, [authority.age_recipient])
        with pytest.raises(UserError, match=expected):
            open_results(path, authority)


def _add(tar: tarfile.TarFile, name: str) -> None:
    info = tarfile.TarInfo(name)
    info.size = 2
    tar.addfile(info, io.BytesIO(b"{}"))


def _add_link(tar: tarfile.TarFile) -> None:
    info = tarfile.TarInfo(MINUTES_PDF)
    info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
    tar.addfile(info)


def test_members_over_their_caps_are_refused_on_their_header(homes: Homes, exported: Path) -> None:
    authority = homes.authority()
    for limits, expected in (
        (ResultsLimits(max_table_bytes=100), "results.json in the results file is over 100"),
        (ResultsLimits(max_pdf_bytes=1000), "minutes.pdf in the results file is over 1000"),
        (ResultsLimits(max_members=3), "holds over 3 files"),
        (ResultsLimits(max_total_bytes=200_000), "weigh more than 200000 bytes"),
    ):
        with pytest.raises(UserError, match=expected):
            open_results(exported, authority, limits)


def test_a_truncated_or_missing_file_is_refused(
    homes: Homes, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.jdresults"
    data = exported.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    assert homes.open(cut) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"jury-desk: Cannot decrypt {cut}: the file is damaged or truncated."
    ]
    assert homes.open(tmp_path / "nothing.jdresults") == 1
    assert capsys.readouterr().err.splitlines() == [
        f"jury-desk: There is no file {tmp_path / 'nothing.jdresults'}."
    ]


def test_results_of_a_jury_from_before_a_renewal_still_verify(
    homes: Homes, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The jury's certificates were issued by the authority before its renewal; its age key
    is the same, and its old certificate is kept to check what it issued."""
    assert homes.run(homes.organiser, "org", "renew") == 0
    out, _err = _lines(capsys)
    assert out[-1].startswith("jurors who trust the previous authority")
    renewed = homes.authority()
    assert renewed.succession is not None and len(renewed.previous) == 1
    assert homes.open(exported) == 0, _lines(capsys)
