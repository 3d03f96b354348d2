"""Importing the member's signed sheets into the chair's workspace: versions and independence."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from sqlalchemy import select

from jury_desk.cli.main import main
from jury_desk.juror.editing import ScoringEditor
from jury_desk.models import Assessment, AssessmentStatus, JournalEntry, Juror, SignedSheet
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.data import SheetData
from jury_desk.sheets.export import reopen_for_edit, sign_sheet
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.importing import ImportKind, import_sheet, other_juror_view
from jury_desk.signing.authority import KnownSession
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.authority import create_authority, issue_juror_certificate
from jury_desk.trust.enrolment import make_request
from tests.bundle_factory import (
    SECRETS_PASSPHRASE,
    Setting,
    make_setting,
    secret_store,
    sign_sheet_data,
)
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.command_server import run_jury_desk

CLOCK = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))


@dataclasses.dataclass(frozen=True)
class MemberSheets:
    v1: bytes
    v2: bytes
    v2_conflicting: bytes
    v2_data: SheetData
    certificate: x509.Certificate


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(
        tmp_path_factory.mktemp("import"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    return setting


def _score(workspace: Workspace, candidate_id: str, first_level: int = 2) -> None:
    editor = ScoringEditor(workspace)
    for index, code in enumerate(COMPETENCY_CODES):
        editor.set_level(candidate_id, code, first_level if index == 0 else 2)
        editor.set_comment(candidate_id, code, f"Constat « {code} » de {candidate_id}.")


@pytest.fixture(scope="module")
def member_sheets(setting: Setting) -> MemberSheets:
    """v1 and v2 of the member's sheet for cand-1, and a different v2 signed by the member."""
    authority = setting.authority.certificate
    home, identity = setting.member.home, setting.member.identity
    with open_session_workspace(home, setting.spec.id, setting.member.secrets, CLOCK) as ws:
        _score(ws, "cand-1", first_level=3)
        v1 = sign_sheet(ws, "cand-1", identity, authority, CLOCK).pdf
        assert reopen_for_edit(ws, "cand-1", CLOCK) == 2
        ScoringEditor(ws).set_level("cand-1", "C1", 1)
        v2 = sign_sheet(ws, "cand-1", identity, authority, CLOCK).pdf
        with ws.reading() as session:
            data = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
            member = session.get(Juror, "member")
            assert member is not None and member.certificate_pem
            certificate = x509.load_pem_x509_certificate(member.certificate_pem.encode())
    assert data.version == 2
    other = dataclasses.replace(data, overall_comment="Une autre copie de la version 2.")
    conflicting = _signed_by_member(setting, certificate, other)
    return MemberSheets(v1, v2, conflicting, data, certificate)


def _signed_by_member(setting: Setting, certificate: x509.Certificate, data: SheetData) -> bytes:
    """Any sheet data, signed with the member's real key and certificate."""
    return sign_sheet_data(
        setting.member, "member", certificate, setting.authority, data, CLOCK.now()
    )


@pytest.fixture
def chair(setting: Setting, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the chair's data folder for each test."""
    home = tmp_path / "chair"
    shutil.copytree(setting.chair.home, home)
    with open_session_workspace(home, setting.spec.id, secret_store(home), CLOCK) as workspace:
        yield workspace


def _sessions(setting: Setting, workspace: Workspace) -> dict[str, KnownSession]:
    with workspace.reading() as session:
        row = the_session(session)
        certificates = {
            j.id: x509.load_pem_x509_certificate(j.certificate_pem.encode())
            for j in row.jurors
            if j.certificate_pem
        }
        candidates = frozenset(c.id for c in row.candidates)
    return {row.id: KnownSession(row.id, setting.authority.certificate, certificates, candidates)}


def _member_versions(workspace: Workspace) -> list[tuple[int, AssessmentStatus, int]]:
    with workspace.reading() as session:
        rows = session.scalars(
            select(Assessment)
            .where(Assessment.juror_id == "member", Assessment.candidate_id == "cand-1")
            .order_by(Assessment.version)
        )
        return [
            (
                a.version,
                a.status,
                len(session.scalars(select(SignedSheet).where(SignedSheet.assessment == a)).all()),
            )
            for a in rows
        ]


def _actions(workspace: Workspace) -> list[str]:
    with workspace.reading() as session:
        return list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)))


def test_a_member_sheet_is_imported_then_unchanged(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    sessions = _sessions(setting, chair)
    first = import_sheet(chair, member_sheets.v1, sessions, CLOCK)
    assert first.kind is ImportKind.IMPORTED and first.accepted
    assert (first.candidate_id, first.juror_id, first.version) == ("cand-1", "member", 1)
    assert _member_versions(chair) == [(1, AssessmentStatus.SIGNED, 1)]
    with chair.reading() as session:
        stored = session.scalars(select(Assessment).where(Assessment.juror_id == "member")).one()
        assert stored.signed_at == CLOCK.now()
        levels = {s.competency.code: s.level_rank for s in stored.scores}
        assert levels["C1"] == 3 and levels["C2"] == 2
        assert stored.signed_data_sha256 is not None
        pdf = session.scalars(select(SignedSheet.pdf)).one()
        assert pdf == member_sheets.v1
    journal_before = _actions(chair)
    assert journal_before[-1] == "sheet.import"
    again = import_sheet(chair, member_sheets.v1, sessions, CLOCK)
    assert again.kind is ImportKind.UNCHANGED and again.accepted
    assert _member_versions(chair) == [(1, AssessmentStatus.SIGNED, 1)]
    assert _actions(chair) == journal_before


def test_a_newer_version_supersedes_and_an_older_one_is_ignored(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    sessions = _sessions(setting, chair)
    assert import_sheet(chair, member_sheets.v1, sessions, CLOCK).kind is ImportKind.IMPORTED
    newer = import_sheet(chair, member_sheets.v2, sessions, CLOCK)
    assert newer.kind is ImportKind.SUPERSEDED_OLDER and newer.version == 2 and newer.accepted
    assert _member_versions(chair) == [
        (1, AssessmentStatus.SUPERSEDED, 1),
        (2, AssessmentStatus.SIGNED, 1),
    ]
    older = import_sheet(chair, member_sheets.v1, sessions, CLOCK)
    # v1 is known: the same data again is simply unchanged, and v2 stays.
    assert older.kind is ImportKind.UNCHANGED
    assert _member_versions(chair)[-1] == (2, AssessmentStatus.SIGNED, 1)


def test_an_older_version_never_overrides_a_newer_one(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    sessions = _sessions(setting, chair)
    assert import_sheet(chair, member_sheets.v2, sessions, CLOCK).kind is ImportKind.IMPORTED
    older = import_sheet(chair, member_sheets.v1, sessions, CLOCK)
    assert older.kind is ImportKind.OLDER_IGNORED and not older.accepted
    assert older.reason is not None and "version 2" in older.reason
    assert _member_versions(chair) == [(2, AssessmentStatus.SIGNED, 1)]


def test_two_different_sheets_with_the_same_version_are_a_conflict(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    sessions = _sessions(setting, chair)
    assert import_sheet(chair, member_sheets.v2, sessions, CLOCK).accepted
    conflict = import_sheet(chair, member_sheets.v2_conflicting, sessions, CLOCK)
    assert conflict.kind is ImportKind.CONFLICT and not conflict.accepted
    assert conflict.reason is not None and "\n" not in conflict.reason
    assert _member_versions(chair) == [(2, AssessmentStatus.SIGNED, 1)]
    with chair.reading() as session:
        stored = session.scalars(select(Assessment).where(Assessment.juror_id == "member")).one()
        assert stored.overall_comment != "Une autre copie de la version 2."
    assert _actions(chair)[-1] == "sheet.conflict"


def test_a_tampered_sheet_is_refused_with_the_reason(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    damaged = bytearray(member_sheets.v1)
    damaged[len(damaged) // 3] ^= 0x01
    outcome = import_sheet(chair, bytes(damaged), _sessions(setting, chair), CLOCK)
    assert outcome.kind is ImportKind.REFUSED and not outcome.accepted
    assert outcome.reason and "\n" not in outcome.reason
    assert _member_versions(chair) == []


def test_a_sheet_of_another_session_is_refused(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    data = member_sheets.v2_data
    other = dataclasses.replace(
        data,
        session=dataclasses.replace(data.session, id="autre-session"),
        sheet_id="autre-session/cand-1/member",
    )
    pdf = _signed_by_member(setting, member_sheets.certificate, other)
    sessions = _sessions(setting, chair)
    known = sessions["test-session"]
    sessions["autre-session"] = dataclasses.replace(known, id="autre-session")
    outcome = import_sheet(chair, pdf, sessions, CLOCK)
    assert outcome.kind is ImportKind.REFUSED
    assert outcome.reason == "a sheet of session autre-session, this workspace is test-session"
    assert _member_versions(chair) == []


def test_my_own_sheet_is_refused(setting: Setting, chair: Workspace) -> None:
    _score(chair, "cand-2")
    own = sign_sheet(
        chair, "cand-2", setting.chair.identity, setting.authority.certificate, CLOCK
    ).pdf
    before = _actions(chair)
    outcome = import_sheet(chair, own, _sessions(setting, chair), CLOCK)
    assert outcome.kind is ImportKind.REFUSED
    assert outcome.reason is not None and "your own sheet" in outcome.reason
    assert _actions(chair) == before


def test_the_member_scores_stay_hidden_until_the_chair_signs(
    setting: Setting, member_sheets: MemberSheets, chair: Workspace
) -> None:
    assert import_sheet(chair, member_sheets.v2, _sessions(setting, chair), CLOCK).accepted
    assert other_juror_view(chair, "cand-1") is None
    _score(chair, "cand-1")
    assert other_juror_view(chair, "cand-1") is None  # scored, not yet signed
    sign_sheet(chair, "cand-1", setting.chair.identity, setting.authority.certificate, CLOCK)
    view = other_juror_view(chair, "cand-1")
    assert view is not None and [sheet.juror_id for sheet in view] == ["member"]
    (member,) = view
    assert member.version == 2
    assert [s.code for s in member.scores] == list(COMPETENCY_CODES)
    assert member.scores[0].level == 1 and member.scores[1].level == 2
    assert member.scores[0].comment == "Constat « C1 » de cand-1."
    # Editing my signed sheet again does not hide what I have already seen.
    reopen_for_edit(chair, "cand-1", CLOCK)
    assert other_juror_view(chair, "cand-1") is not None
    # No member sheet for cand-2: nothing to show, once mine is signed.
    _score(chair, "cand-2")
    sign_sheet(chair, "cand-2", setting.chair.identity, setting.authority.certificate, CLOCK)
    assert other_juror_view(chair, "cand-2") == []


def test_the_command_line_lists_each_file_and_exits_1_unless_all_are_in(
    setting: Setting,
    member_sheets: MemberSheets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "chair"
    shutil.copytree(setting.chair.home, home)
    secret = tmp_path / "secrets-pass.txt"
    secret.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    v1, v2, bad = tmp_path / "v1.pdf", tmp_path / "v2.pdf", tmp_path / "bad.pdf"
    v1.write_bytes(member_sheets.v1)
    v2.write_bytes(member_sheets.v2)
    damaged = bytearray(member_sheets.v1)
    damaged[len(damaged) // 2] ^= 0x01
    bad.write_bytes(bytes(damaged))
    base = ["--home", str(home), "--secrets-passphrase-file", str(secret), "import"]

    assert main([*base, str(v1), str(v2)], clock=CLOCK) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{v1}: cand-1, member, v1, IMPORTED",
        f"{v2}: cand-1, member, v2, SUPERSEDED-OLDER: replaces version 1",
    ]
    assert main([*base, str(v2)], clock=CLOCK) == 0
    assert capsys.readouterr().out == f"{v2}: cand-1, member, v2, UNCHANGED: already imported\n"
    missing = tmp_path / "missing.pdf"
    assert main([*base, str(v2), str(bad), str(missing)], clock=CLOCK) == 1
    printed = capsys.readouterr()
    # The verdicts on stdout; one line on stderr for each file refused, saying why.
    lines = printed.out.splitlines()
    assert len(lines) == 2 and "UNCHANGED" in lines[0]
    assert lines[1] == f"{bad}: REFUSED"
    reasons = printed.err.splitlines()
    assert len(reasons) == 2 and reasons[0].startswith(f"{bad}: ")
    assert reasons[1] == f"There is no file {missing}."


# ---- the command line as a person runs it: what stderr shows on a refusal


def _run(home: Path, secret: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JURY_DESK_SECRETS": "file"}
    base = ["--home", str(home), "--secrets-passphrase-file", str(secret)]
    return run_jury_desk([*base, *args], env=env, cwd=Path.cwd())


@pytest.fixture
def chair_home(setting: Setting, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the chair's data folder and the file of its secrets' passphrase."""
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    secret = tmp_path / "secrets-pass.txt"
    secret.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    return home, secret


def test_a_sheet_signed_under_another_organiser_is_refused_in_one_line(
    setting: Setting, member_sheets: MemberSheets, chair_home: tuple[Path, Path], tmp_path: Path
) -> None:
    other = create_authority("Organisateur de test", CLOCK.now() - timedelta(days=10))
    certificate = issue_juror_certificate(
        other,
        make_request(setting.member.identity),
        CLOCK.now() - timedelta(days=10),
        CLOCK.now() + timedelta(days=100),
    )
    sheet = tmp_path / "other-organiser.pdf"
    sheet.write_bytes(
        sign_sheet_data(
            setting.member, "member", certificate, other, member_sheets.v2_data, CLOCK.now()
        )
    )
    home, secret = chair_home
    for command in (["import"], ["sheet", "verify"]):
        result = _run(home, secret, *command, str(sheet))
        assert result.returncode == 1
        assert result.stdout.endswith(("REFUSED\n", "INVALID\n")), command
        # pyHanko's own warning (with a traceback) is for --debug only: our line alone.
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"{sheet}: ") and "was not issued by the organiser authority" in line
    debug = _run(home, secret, "--debug", "import", str(sheet))
    assert "PathBuildingError" in debug.stderr


@pytest.mark.parametrize("cut", ["garbage", "head only", "end cut off"])
def test_an_unreadable_pdf_is_refused_in_plain_words(
    member_sheets: MemberSheets, chair_home: tuple[Path, Path], tmp_path: Path, cut: str
) -> None:
    pdf = tmp_path / "sheet.pdf"
    contents = {
        "garbage": b"garbage bytes, not a PDF",
        "head only": member_sheets.v2[:3000],
        "end cut off": member_sheets.v2[:-5000],  # what a reader could partly recover
    }
    pdf.write_bytes(contents[cut])
    home, secret = chair_home
    for command in (["import"], ["sheet", "verify"], ["minutes", "verify"]):
        result = _run(home, secret, *command, str(pdf))
        assert result.returncode == 1, command
        assert result.stdout.endswith(("REFUSED\n", "INVALID\n")), command
        (line,) = result.stderr.splitlines()
        assert "not a readable PDF (" in line, (command, line)
        assert "BytesIO" not in line and " at 0x" not in line, (command, line)
