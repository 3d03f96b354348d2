"""The command line, run as a person runs it: a subprocess, its output and its exit code."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk import __version__
from jury_desk.rules.deadlines import decision_due_date, interview_day
from tests.helpers.command_server import run_jury_desk
from tests.paths import REPO_ROOT

REPO = REPO_ROOT


def jury_desk(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JURY_DESK_HOME": str(home), "JURY_DESK_SECRETS": "file"}
    # A process of its own, started with the command line already imported.
    return run_jury_desk(list(args), env=env, cwd=REPO, input=stdin)


def test_version(home: Path) -> None:
    result = jury_desk("--version", home=home)
    assert (result.returncode, result.stdout.strip()) == (0, f"jury-desk {__version__}")


@pytest.mark.parametrize("args", [[], ["no-such-command"], ["demo", "--bogus"]])
def test_usage_errors_exit_2(home: Path, args: list[str]) -> None:
    assert jury_desk(*args, home=home).returncode == 2


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """One demo for the tests of this module: it plays the whole bundle flow."""
    home = tmp_path_factory.mktemp("demo") / "home"
    result = jury_desk("demo", "--no-gui", home=home)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    return home, lines


@pytest.mark.slow
def test_demo_plays_the_bundle_flow_and_says_where_everything_is(
    demo: tuple[Path, dict[str, str]],
) -> None:
    home, lines = demo
    assert lines["demo"].endswith("(created)")
    workspace = Path(lines["workspace"])
    assert workspace.is_file() and workspace.is_relative_to(home)
    assert Path(lines["bundle"]).read_bytes()[257:262] == b"ustar"  # a tar file
    passphrase_file = Path(lines["passphrase-file"])
    assert passphrase_file.read_text(encoding="utf-8").strip() == lines["passphrase"]
    assert (Path(lines["session-folder"]) / "session.toml").is_file()
    assert (Path(lines["organiser"]) / "organiser" / "authority.pem").is_file()
    # The workspace is encrypted and every private key is under the demo passphrase.
    assert not workspace.read_bytes().startswith(b"SQLite format 3")
    chair = Path(lines["chair-home"])
    assert (chair / "secrets-key.age").read_bytes().startswith(b"age-encryption.org/v1")


@pytest.mark.slow
def test_demo_rerun_keeps_what_exists(demo: tuple[Path, dict[str, str]]) -> None:
    home, _lines = demo
    again = jury_desk("demo", "--no-gui", home=home)
    assert again.returncode == 0, again.stderr
    assert "(reused" in again.stdout
    assert "Session de novembre 2026" in again.stdout
    assert again.stdout.count("7 documents") == 6
    # The interviews took place on the two days before today, each due two months later.
    slots = re.findall(
        r"^  (\d{4}-\d\d-\d\d) \d\d:\d\d .*, decision due (\S+)$", again.stdout, re.M
    )
    days = sorted({date.fromisoformat(day) for day, _due in slots})
    assert len(slots) == 6 and len(days) == 2 and days[1] - days[0] == timedelta(days=1)
    assert days[1] < interview_day(datetime.now(UTC))
    assert all(due == str(decision_due_date(date.fromisoformat(day))) for day, due in slots)


@pytest.mark.slow
def test_workspace_check_on_the_demo(demo: tuple[Path, dict[str, str]]) -> None:
    home, lines = demo
    check = jury_desk(
        "--home",
        lines["chair-home"],
        "--secrets-passphrase-file",
        lines["passphrase-file"],
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        home=home,
    )
    assert check.returncode == 0, check.stderr
    assert "integrity ok, journal ok, documents ok" in check.stdout
    # The demo's seven documents per candidate, all in the opened bundle's payload copy.
    assert "(42 documents, 1 payload copy)" in check.stdout


def _check_a_copy(
    demo: tuple[Path, dict[str, str]], tmp_path: Path, damage: Callable[[Path], None]
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`workspace check` on a copy of the chair's data folder whose payload copy is damaged."""
    home, lines = demo
    chair = Path(shutil.copytree(lines["chair-home"], tmp_path / "chair"))
    [copy] = (chair / "workspaces" / "rs6247-2026-11-demo").glob("payload-*.age")
    damage(copy)
    check = jury_desk(
        "--home",
        str(chair),
        "--secrets-passphrase-file",
        lines["passphrase-file"],
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        home=home,
    )
    return check, copy


def _flip_a_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.slow
def test_workspace_check_names_an_altered_payload_copy(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    check, copy = _check_a_copy(demo, tmp_path, _flip_a_middle_byte)
    assert check.returncode == 1 and check.stdout == ""
    [line] = check.stderr.splitlines()
    assert line.startswith(f"jury-desk: {copy}: chunk ")
    assert "does not authenticate" in line


@pytest.mark.slow
def test_workspace_check_names_a_missing_payload_copy(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    check, copy = _check_a_copy(demo, tmp_path, Path.unlink)
    assert check.returncode == 1 and check.stdout == ""
    assert check.stderr.splitlines() == [f"jury-desk: {copy}: missing (42 document(s) lie in it)"]


@pytest.mark.slow
def test_workspace_check_names_a_cut_payload_copy(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    def cut(path: Path) -> None:
        with path.open("r+b") as file:
            file.truncate(path.stat().st_size - 1)

    check, copy = _check_a_copy(demo, tmp_path, cut)
    assert check.returncode == 1
    [line] = check.stderr.splitlines()
    assert line.startswith(f"jury-desk: {copy}: it has ") and "bytes instead of" in line


@pytest.mark.slow
def test_a_wrong_secrets_passphrase_is_one_line_and_exit_1(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    home, lines = demo
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("pas la bonne\n", encoding="utf-8")
    result = jury_desk(
        "--home",
        lines["chair-home"],
        "--secrets-passphrase-file",
        str(wrong),
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        home=home,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("jury-desk: Wrong passphrase")


@pytest.mark.slow
def test_with_no_terminal_a_secret_is_never_waited_for(demo: tuple[Path, dict[str, str]]) -> None:
    home, lines = demo
    result = jury_desk(
        "--home",
        lines["chair-home"],
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        home=home,
        stdin="",
    )
    assert result.returncode == 1
    assert "no terminal" in result.stderr and "--secrets-passphrase-file" in result.stderr


def test_an_unknown_workspace_is_refused(home: Path) -> None:
    secret = home / "pass.txt"
    secret.write_text("une phrase de passe\n", encoding="utf-8")
    result = jury_desk(
        "--secrets-passphrase-file", str(secret), "workspace", "check", "nope", home=home
    )
    assert result.returncode == 1
    assert result.stderr.startswith("jury-desk: ")


def test_workspace_list_on_an_empty_home(home: Path) -> None:
    result = jury_desk("workspace", "list", home=home)
    assert result.returncode == 0 and "No workspace" in result.stdout


@pytest.mark.slow
def test_identity_age_key_writes_a_private_file_that_age_accepts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    secret = tmp_path / "secrets.txt"
    secret.write_text("une phrase de passe\n", encoding="utf-8")
    common = ["--secrets-passphrase-file", str(secret)]
    created = jury_desk(
        *common,
        "identity",
        "create",
        "--name",
        "Zoë Juré",
        "--email",
        "zoe@jury.example.org",
        home=home,
    )
    assert created.returncode == 0, created.stderr
    recipient = next(
        line.split(": ", 1)[1]
        for line in created.stdout.splitlines()
        if line.startswith("age-recipient: ")
    )
    key_file = tmp_path / "juror.key"
    result = jury_desk(*common, "identity", "age-key", "-o", str(key_file), home=home)
    assert result.returncode == 0, result.stderr
    assert key_file.stat().st_mode & 0o777 == 0o600
    import pyrage

    identity = pyrage.x25519.Identity.from_str(key_file.read_text(encoding="ascii").strip())
    assert str(identity.to_public()) == recipient


def test_a_missing_identity_is_said_with_the_command_that_makes_one(tmp_path: Path) -> None:
    """The command line names the command; the core's message itself names none (the
    window offers its own assistant instead)."""
    home = tmp_path / "home"
    result = jury_desk("identity", "request", "-o", str(tmp_path / "request.json"), home=home)
    assert result.returncode == 1
    assert result.stderr == (
        f"jury-desk: No juror identity in {home / 'identity'} yet. "
        "Run `jury-desk identity create`.\n"
    )
