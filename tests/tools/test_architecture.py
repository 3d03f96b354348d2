"""The core stays Qt-free: the command line starts without loading PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.paths import REPO_ROOT

REPO = REPO_ROOT


def test_the_core_loads_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, jury_desk\n"
        "skip = ('jury_desk.ui', 'jury_desk.store.migrations',\n"
        "        'jury_desk.registry.migrations', 'jury_desk.__main__')\n"
        "for m in pkgutil.walk_packages(jury_desk.__path__, 'jury_desk.'):\n"
        "    if not m.name.startswith(skip):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
