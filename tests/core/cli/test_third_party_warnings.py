"""A third-party deprecation warning never reaches a person; the suite's list is the same."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from jury_desk import __version__
from jury_desk.kernel.third_party_warnings import KNOWN_WARNINGS, KnownWarning
from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
# The installed command, as a juror or a script starts it.
JURY_DESK = Path(sys.executable).with_name("jury-desk")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # The current environment as it is: whatever warnings it would show, we want to see.
    return subprocess.run(
        [str(JURY_DESK), *args], capture_output=True, text=True, check=False, env=os.environ.copy()
    )


def test_the_suite_ignores_exactly_the_known_third_party_warnings() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    filters = pyproject["tool"]["pytest"]["ini_options"]["filterwarnings"]
    assert filters[0] == "error"
    ignored = [entry for entry in filters if entry.startswith("ignore:")]
    assert sorted(ignored) == sorted(known.pytest_filter for known in KNOWN_WARNINGS)
    assert len(filters) == 1 + len(ignored)


@pytest.mark.parametrize("known", KNOWN_WARNINGS, ids=lambda known: known.message)
def test_each_known_warning_is_still_raised_and_the_filter_quiets_it(known: KnownWarning) -> None:
    # When an upgrade stops a warning, this fails: remove it from the list then.
    module = known.raised_on_import_of
    bare = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bare.returncode == 1 and known.message in bare.stderr, bare.stderr
    quieted = subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            "-c",
            "from jury_desk.kernel.third_party_warnings import quiet_known_warnings\n"
            f"quiet_known_warnings()\nimport {module}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert quieted.returncode == 0, quieted.stderr


def test_version_prints_one_line_and_nothing_on_stderr() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout == f"jury-desk {__version__}\n"
    assert result.stderr == ""


def test_verifying_a_bad_file_says_only_its_verdict_and_why(tmp_path: Path) -> None:
    bad = tmp_path / "sheet.pdf"
    bad.write_bytes(b"not a PDF at all")
    result = _run("sheet", "verify", str(bad))
    assert result.returncode == 1
    assert result.stdout == f"{bad}: INVALID\n"
    # The reason, and nothing else: no warning of a library.
    assert result.stderr == (
        f"{bad}: The file is not a readable PDF (no PDF header: not a PDF document).\n"
    )


def test_verifying_a_missing_file_says_only_that_it_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "absent.pdf"
    result = _run("sheet", "verify", str(missing))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"There is no file {missing}.\n"
