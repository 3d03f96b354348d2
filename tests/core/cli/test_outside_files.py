"""Hostile files given to the commands: each refused in one line on stderr, verdicts on stdout.

A named pipe, /dev/zero, a sparse file of 3 GiB and a folder, beside a real signed
sheet: the commands run as a person runs them (a subprocess, with a timeout, so a
command stuck on the pipe fails the test instead of hanging it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.outside_files import GIB
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet
from tests.bundle_factory import SECRETS_PASSPHRASE, Setting, make_setting
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.command_server import run_jury_desk

CLOCK = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero"
)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(
        tmp_path_factory.mktemp("outside"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    (setting.root / "secrets-pass.txt").write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    return setting


@pytest.fixture(scope="module")
def member_sheet(setting: Setting) -> Path:
    """The member's signed sheet for cand-1, as a file."""
    member = setting.member
    with open_session_workspace(member.home, setting.spec.id, member.secrets, CLOCK) as ws:
        editor = ScoringEditor(ws)
        for code in COMPETENCY_CODES:
            editor.set_level("cand-1", code, 2)
            editor.set_comment("cand-1", code, f"Constat « {code} ».")
        pdf = sign_sheet(ws, "cand-1", member.identity, setting.authority.certificate, CLOCK).pdf
    path = setting.root / "grille-membre.pdf"
    path.write_bytes(pdf)
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    """A named pipe, /dev/zero, a sparse file of 3 GiB (no disk used) and a folder."""
    fifo, sparse, folder = tmp_path / "pipe.pdf", tmp_path / "huge.pdf", tmp_path / "dir.pdf"
    os.mkfifo(fifo)
    with sparse.open("wb") as handle:
        handle.truncate(3 * GIB)
    folder.mkdir()
    return {"fifo": fifo, "zero": Path("/dev/zero"), "sparse": sparse, "folder": folder}


def _reasons(hostile: dict[str, Path], what: str) -> list[str]:
    """The line each hostile file gets on stderr, in the order of `hostile`."""
    return [
        f"{hostile['fifo']} is a named pipe, not an ordinary file.",
        "/dev/zero is a device, not an ordinary file.",
        f"{hostile['sparse']} is 3 GiB, over the 32 MiB allowed for {what}.",
        f"{hostile['folder']} is a folder, not an ordinary file.",
    ]


def _run(setting: Setting, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = setting.root / "secrets-pass.txt"
    return run_jury_desk(
        ["--home", str(home), "--secrets-passphrase-file", str(secret), *args],
        env={**os.environ, "JURY_DESK_SECRETS": "file"},
        cwd=Path.cwd(),
        timeout=120,  # a command stuck on the pipe fails here, it does not hang the suite
    )


def test_sheet_verify_refuses_each_hostile_file_in_one_line_and_verifies_the_sheet(
    setting: Setting, member_sheet: Path, hostile: dict[str, Path]
) -> None:
    files = [*hostile.values(), member_sheet]
    result = _run(setting, setting.chair.home, "sheet", "verify", *map(str, files))
    assert result.returncode == 1
    (verdict,) = result.stdout.splitlines()
    assert verdict.startswith(f"{member_sheet}: ") and verdict.endswith(", VALID")
    assert result.stderr.splitlines() == _reasons(hostile, "a signed scoring sheet")


def test_import_refuses_each_hostile_file_in_one_line_and_imports_the_sheet(
    setting: Setting, member_sheet: Path, hostile: dict[str, Path], tmp_path: Path
) -> None:
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    files = [member_sheet, *hostile.values()]
    result = _run(setting, home, "import", *map(str, files))
    assert result.returncode == 1
    assert result.stdout == f"{member_sheet}: cand-1, member, v1, IMPORTED\n"
    assert result.stderr.splitlines() == _reasons(hostile, "a signed sheet or co-signed minutes")


def test_minutes_verify_refuses_each_hostile_file_in_one_line(
    setting: Setting, hostile: dict[str, Path]
) -> None:
    result = _run(setting, setting.member.home, "minutes", "verify", *map(str, hostile.values()))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == _reasons(hostile, "signed minutes")


def test_minutes_cosign_refuses_a_named_pipe_at_once(
    setting: Setting, hostile: dict[str, Path], tmp_path: Path
) -> None:
    output = tmp_path / "cosigned.pdf"
    fifo = hostile["fifo"]
    result = _run(
        setting, setting.member.home, "minutes", "cosign", str(fifo), "-o", str(output), "--yes"
    )
    assert result.returncode == 1
    assert result.stderr == f"jury-desk: {fifo} is a named pipe, not an ordinary file.\n"
    assert result.stdout == "" and not output.exists()


def test_identity_restore_refuses_dev_zero_at_once(setting: Setting, tmp_path: Path) -> None:
    result = _run(setting, tmp_path / "new-home", "identity", "restore", "/dev/zero")
    assert result.returncode == 1
    assert result.stderr == "jury-desk: /dev/zero is a device, not an ordinary file.\n"


@pytest.mark.parametrize("command", [["bundle", "inspect"], ["open"]], ids=["inspect", "open"])
@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_bundle_that_is_not_a_regular_file_is_refused_at_once(
    setting: Setting, hostile: dict[str, Path], tmp_path: Path, command: list[str], kind: str
) -> None:
    """Read as a stream, a bundle has no size cap, but a pipe or a device is never opened."""
    home = Path(shutil.copytree(setting.member.home, tmp_path / "member"))
    before = sorted(p.relative_to(home) for p in home.rglob("*"))
    passphrase = tmp_path / "bundle-pass.txt"
    passphrase.write_text("phrase de passe du paquet\n", encoding="utf-8")
    path = hostile[kind]
    result = _run(setting, home, *command, str(path), "--passphrase-file", str(passphrase))
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"jury-desk: {path} is a "), line
    assert line.endswith(", not an ordinary file.")
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == before
