"""The shape the code keeps: short files, functions a reader can follow (docs/architecture.md)."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

from tests.paths import REPO_ROOT

PACKAGE = REPO_ROOT / "jury_desk"
MAX_COMPLEXITY = 14  # radon's cyclomatic complexity: 15 or more is split along its phases
MAX_LINES = 600
# Data, not logic: the demo's prose and the like may be long.
LONG_DATA_FILES = {"demo/content.py"}


def _sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "migrations/versions" not in path.as_posix()  # generated, never edited
    )


def test_no_function_is_too_tangled() -> None:
    tangled = []
    for path in _sources():
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if block.complexity > MAX_COMPLEXITY:
                name = block.fullname if hasattr(block, "fullname") else block.name
                relative = path.relative_to(PACKAGE).as_posix()
                tangled.append(f"{relative}:{block.lineno} {name} ({block.complexity})")
    assert tangled == []


def test_no_file_is_too_long() -> None:
    long = []
    for path in _sources():
        relative = path.relative_to(PACKAGE).as_posix()
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES and relative not in LONG_DATA_FILES:
            long.append(f"{relative} ({lines} lines)")
    assert long == []
