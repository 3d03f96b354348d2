"""The lock check of `make test` (scripts/check_lock.py) names the package that disagrees."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
CHECK = ROOT / "scripts" / "check_lock.py"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of pyproject.toml and requirements/ to change."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "requirements", tmp_path / "requirements")
    return tmp_path


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK), "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_committed_lock_agrees_with_pyproject() -> None:
    result = _check(ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_new_dependency_not_yet_locked_is_named(project: Path) -> None:
    _replace(project / "pyproject.toml", '"pyrage>=1.2",', '"pyrage>=1.2",\n    "xlsxwriter>=3",')
    result = _check(project)
    assert result.returncode == 1
    for lock in ("app", "test", "dist"):
        assert f"requirements/{lock}.txt: xlsxwriter is not locked (xlsxwriter>=3)" in result.stderr
    assert "make lock" in result.stderr


def test_a_raised_minimum_the_lock_does_not_meet_is_named(project: Path) -> None:
    _replace(project / "pyproject.toml", '"pytest>=8",', '"pytest>=99",')
    result = _check(project)
    assert result.returncode == 1
    (problem, remedy) = result.stderr.splitlines()
    assert problem.startswith("lock check: requirements/test.txt: pytest==")
    assert problem.endswith("is locked, pyproject.toml asks for pytest>=99")
    assert "make lock" in remedy


def test_a_dependency_pyproject_dropped_is_named(project: Path) -> None:
    _replace(project / "pyproject.toml", '    "tomli-w>=1.0",\n', "")
    result = _check(project)
    assert result.returncode == 1
    assert (
        "requirements/app.txt: tomli-w is locked as pyproject.toml's own requirement, "
        "which pyproject.toml no longer states"
    ) in result.stderr


def test_a_platform_only_pin_for_an_everywhere_requirement_is_named(project: Path) -> None:
    # keyring needs pywin32-ctypes on Windows alone: the lock holds it with that marker.
    _replace(
        project / "pyproject.toml", '"pyrage>=1.2",', '"pyrage>=1.2",\n    "pywin32-ctypes>=0.2",'
    )
    result = _check(project)
    assert result.returncode == 1
    assert (
        'requirements/app.txt: pywin32-ctypes is locked only where sys_platform == "win32", '
        "pyproject.toml asks for it everywhere"
    ) in result.stderr


def test_a_missing_lock_is_named(project: Path) -> None:
    (project / "requirements" / "dist.txt").unlink()
    result = _check(project)
    assert result.returncode == 1
    assert "requirements/dist.txt is missing" in result.stderr
