"""The command line, run as a person runs it: a subprocess, its output and its exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jury_desk import __version__

REPO = Path(__file__).resolve().parents[1]


def jury_desk(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JURY_DESK_HOME": str(home), "JURY_DESK_SECRETS": "file"}
    return subprocess.run(
        [sys.executable, "-m", "jury_desk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
        input=stdin,
        check=False,
    )


def test_version(home: Path) -> None:
    result = jury_desk("--version", home=home)
    assert (result.returncode, result.stdout.strip()) == (0, f"jury-desk {__version__}")


@pytest.mark.parametrize("args", [[], ["no-such-command"], ["demo", "--bogus"]])
def test_usage_errors_exit_2(home: Path, args: list[str]) -> None:
    assert jury_desk(*args, home=home).returncode == 2


@pytest.mark.slow
def test_demo_builds_a_workspace_and_says_where_it_is(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = jury_desk("demo", "--no-gui", home=home)
    assert first.returncode == 0, first.stderr
    lines = dict(line.split(": ", 1) for line in first.stdout.splitlines() if ": " in line)
    workspace = Path(lines["workspace"].split(" (")[0])
    assert workspace.is_file() and workspace.is_relative_to(home)
    assert "(created)" in lines["workspace"]
    passphrase_file = Path(lines["passphrase-file"])
    assert passphrase_file.read_text(encoding="utf-8").strip() == lines["passphrase"]
    assert "Session de novembre 2026" in first.stdout
    assert first.stdout.count("7 documents") == 6
    assert "decision due 2027-01-30" in first.stdout
    # The workspace is encrypted and its key is protected by the demo passphrase.
    assert not workspace.read_bytes().startswith(b"SQLite format 3")
    assert (home / "demo" / "secrets.age").read_bytes().startswith(b"age-encryption.org/v1")

    again = jury_desk("demo", "--no-gui", home=home)
    assert again.returncode == 0, again.stderr
    assert "reused" in again.stdout

    demo_home = str(home / "demo")
    check = jury_desk(
        "--home",
        demo_home,
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        "--passphrase-file",
        str(passphrase_file),
        home=home,
    )
    assert check.returncode == 0, check.stderr
    assert "integrity ok, journal ok" in check.stdout


@pytest.mark.slow
def test_a_wrong_passphrase_is_one_line_and_exit_1(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert jury_desk("demo", "--no-gui", home=home).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("pas la bonne\n", encoding="utf-8")
    result = jury_desk(
        "--home",
        str(home / "demo"),
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        "--passphrase-file",
        str(wrong),
        home=home,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("jury-desk: Wrong passphrase")


@pytest.mark.slow
def test_with_no_terminal_a_secret_is_never_waited_for(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert jury_desk("demo", "--no-gui", home=home).returncode == 0
    result = jury_desk(
        "--home",
        str(home / "demo"),
        "workspace",
        "check",
        "rs6247-2026-11-demo",
        home=home,
        stdin="",
    )
    assert result.returncode == 1
    assert "no terminal" in result.stderr and "--passphrase-file" in result.stderr


def test_an_unknown_workspace_is_refused(home: Path) -> None:
    result = jury_desk("workspace", "check", "nope", "--passphrase-file", "/dev/null", home=home)
    assert result.returncode == 1
    assert result.stderr.startswith("jury-desk: ")


def test_workspace_list_on_an_empty_home(home: Path) -> None:
    result = jury_desk("workspace", "list", home=home)
    assert result.returncode == 0 and "No workspace" in result.stdout
