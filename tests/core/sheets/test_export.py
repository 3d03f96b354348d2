"""Signing, exporting and verifying scoring sheets: the juror's flow and every refusal."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509

from jury_desk.juror.editing import ScoringEditor, SignedSheetError
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import (
    SheetNotReadyError,
    reopen_for_edit,
    sign_sheet,
    signed_sheets,
)
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import KnownSession
from jury_desk.store.workspace import Workspace
from tests.bundle_factory import (
    SECRETS_PASSPHRASE,
    Setting,
    make_setting,
    secret_store,
    sign_sheet_data,
)
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.command_server import run_jury_desk
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
CLOCK = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(
        tmp_path_factory.mktemp("sheets"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    return setting


@pytest.fixture
def workspace(setting: Setting) -> Iterator[Workspace]:
    home = setting.chair.home
    with open_session_workspace(home, setting.spec.id, setting.chair.secrets, CLOCK) as ws:
        yield ws


def _score(workspace: Workspace, candidate_id: str) -> None:
    editor = ScoringEditor(workspace)
    for index, code in enumerate(COMPETENCY_CODES):
        editor.set_level(candidate_id, code, 1 if index == 2 else 2)
        editor.set_comment(candidate_id, code, f"Constat « {code} » : l’équipe a mesuré l’usage.")


def _sessions(setting: Setting, workspace: Workspace) -> dict[str, KnownSession]:
    from jury_desk.store.queries import the_session

    with workspace.reading() as session:
        row = the_session(session)
        certificates = {
            j.id: x509.load_pem_x509_certificate(j.certificate_pem.encode())
            for j in row.jurors
            if j.certificate_pem
        }
        candidates = frozenset(c.id for c in row.candidates)
    known = KnownSession(row.id, setting.authority.certificate, certificates, candidates)
    return {row.id: known}


def test_a_complete_sheet_is_signed_frozen_and_verifies(
    setting: Setting, workspace: Workspace
) -> None:
    _score(workspace, "cand-1")
    sheet = sign_sheet(
        workspace, "cand-1", setting.chair.identity, setting.authority.certificate, CLOCK
    )
    assert sheet.version == 1 and sheet.file_name == "grille-Zoe-Lefevre-presidence-v1.pdf"
    verdict = verify_sheet(sheet.pdf, _sessions(setting, workspace))
    assert verdict.problem is None
    assert verdict.data is not None and verdict.data.juror.id == "chair"
    assert verdict.signed_at == CLOCK.now()
    # Frozen: no edit, no second signature of the same version.
    with pytest.raises(SignedSheetError):
        ScoringEditor(workspace).set_level("cand-1", "C1", 3)
    with pytest.raises(SheetNotReadyError, match="already signed"):
        sign_sheet(
            workspace, "cand-1", setting.chair.identity, setting.authority.certificate, CLOCK
        )
    # Exported again: the same bytes.
    assert signed_sheets(workspace, "cand-1")[0].pdf == sheet.pdf


def test_editing_a_signed_sheet_makes_version_2_signed_anew(
    setting: Setting, workspace: Workspace
) -> None:
    if not signed_sheets(workspace, "cand-1"):
        _score(workspace, "cand-1")
        sign_sheet(
            workspace, "cand-1", setting.chair.identity, setting.authority.certificate, CLOCK
        )
    assert reopen_for_edit(workspace, "cand-1", CLOCK) == 2
    ScoringEditor(workspace).set_level("cand-1", "C1", 3)
    second = sign_sheet(
        workspace, "cand-1", setting.chair.identity, setting.authority.certificate, CLOCK
    )
    assert second.version == 2
    versions = [s.version for s in signed_sheets(workspace, "cand-1")]
    assert versions == [1, 2]
    verdict = verify_sheet(second.pdf, _sessions(setting, workspace))
    assert verdict.valid and verdict.data is not None and verdict.data.competencies[0].level == 3


def test_an_incomplete_sheet_cannot_be_signed(setting: Setting, workspace: Workspace) -> None:
    ScoringEditor(workspace).set_level("cand-2", "C1", 0)  # below passing, no comment
    with pytest.raises(SheetNotReadyError) as refused:
        sign_sheet(
            workspace, "cand-2", setting.chair.identity, setting.authority.certificate, CLOCK
        )
    message = str(refused.value)
    assert "not scored: C2" in message and "comment required" in message and "C1" in message
    assert "\n" not in message


def _forged(setting: Setting, workspace: Workspace, **changes: object) -> bytes:
    """A sheet whose data says something else, signed with the chair's real key."""
    with workspace.reading() as session:
        data = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
    data = dataclasses.replace(data, **changes)  # type: ignore[arg-type]
    certificate = x509.load_pem_x509_certificate(_pem_of(workspace, "chair").encode())
    return sign_sheet_data(
        setting.chair, "chair", certificate, setting.authority, data, CLOCK.now()
    )


def _pem_of(workspace: Workspace, juror_id: str) -> str:
    from jury_desk.models import Juror

    with workspace.reading() as session:
        juror = session.get(Juror, juror_id)
        assert juror is not None and juror.certificate_pem
        return juror.certificate_pem


def test_a_sheet_naming_another_juror_is_refused(setting: Setting, workspace: Workspace) -> None:
    with workspace.reading() as session:
        data = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
    member = dataclasses.replace(data.juror, id="member", name="Łukasz Membre")
    forged = _forged(setting, workspace, juror=member, sheet_id="test-session/cand-1/member")
    verdict = verify_sheet(forged, _sessions(setting, workspace))
    assert verdict.problem is not None and "someone else" in verdict.problem


def test_a_sheet_of_another_session_is_refused(setting: Setting, workspace: Workspace) -> None:
    with workspace.reading() as session:
        data = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
    other = dataclasses.replace(data.session, id="autre-session")
    forged = _forged(setting, workspace, session=other, sheet_id="autre-session/cand-1/chair")
    verdict = verify_sheet(forged, _sessions(setting, workspace))
    assert verdict.problem == "unknown session autre-session"


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_damaged_sheet_is_refused_in_one_line(
    setting: Setting, workspace: Workspace, damage: str
) -> None:
    pdf = bytearray(_forged(setting, workspace))
    if damage == "flip":
        pdf[len(pdf) // 3] ^= 0x01
    else:
        del pdf[len(pdf) - 500 :]
    verdict = verify_sheet(bytes(pdf), _sessions(setting, workspace))
    assert verdict.problem is not None and "\n" not in verdict.problem


def _cli(setting: Setting, *args: str) -> subprocess.CompletedProcess[str]:
    secret = setting.root / "secrets-pass.txt"
    secret.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    return run_jury_desk(
        ["--home", str(setting.chair.home), "--secrets-passphrase-file", str(secret), *args],
        env={**os.environ, "JURY_DESK_SECRETS": "file"},
        cwd=REPO,
    )


@pytest.mark.slow
def test_the_command_line_exports_all_and_verifies(setting: Setting, tmp_path: Path) -> None:
    with open_session_workspace(
        setting.chair.home, setting.spec.id, secret_store(setting.chair.home), CLOCK
    ) as workspace:
        if not signed_sheets(workspace, "cand-1"):
            _score(workspace, "cand-1")
    out = tmp_path / "sheets"
    result = _cli(setting, "sheet", "export", "--all", "-o", str(out), "--yes")
    # cand-2 is incomplete: listed, and the exit code says not everything was signed.
    assert result.returncode == 1, result.stderr
    assert "cand-2:" in result.stderr and "cannot be signed yet" in result.stderr
    files = sorted(out.glob("*.pdf"))
    assert files and all(f.name.startswith("grille-Zoe-Lefevre-presidence-v") for f in files)
    verified = _cli(setting, "sheet", "verify", *map(str, files))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.count("VALID") == len(files)
    pdfsig = require_tool("pdfsig")
    report = subprocess.run([pdfsig, str(files[-1])], capture_output=True, text=True, check=False)
    assert "Signature is Valid." in report.stdout and "Total document signed" in report.stdout
    qpdf = require_tool("qpdf")
    assert (
        subprocess.run(
            [qpdf, "--check", str(files[-1])], capture_output=True, check=False
        ).returncode
        == 0
    )
    damaged = tmp_path / "damaged.pdf"
    data = bytearray(files[-1].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    refused = _cli(setting, "sheet", "verify", str(files[-1]), str(damaged))
    assert refused.returncode == 1
    assert refused.stdout.count("VALID") == 2 and refused.stdout.endswith(", INVALID\n")
    (why,) = refused.stderr.splitlines()
    assert why.startswith(f"{damaged}: ")


def test_without_confirmation_and_no_terminal_nothing_is_signed(setting: Setting) -> None:
    result = _cli(setting, "sheet", "export", "--candidate", "cand-2", "-o", "/tmp/x.pdf")
    assert result.returncode == 1
    assert "--yes" in result.stderr


def test_the_command_line_shows_what_will_be_signed(setting: Setting, workspace: Workspace) -> None:
    from jury_desk.cli.sheet_commands import what_will_be_signed
    from jury_desk.juror.desk import JurorDesk

    if not signed_sheets(workspace, "cand-2"):
        _score(workspace, "cand-2")
    summary = what_will_be_signed(JurorDesk(workspace), "cand-2")
    assert summary.count("\n") >= 8
    assert "C3 Compétence C3: À consolider — Constat « C3 »" in summary
