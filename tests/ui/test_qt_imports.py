"""PySide6's import hook no longer reads each imported module's source (ui/shell/qt_imports.py)."""

from __future__ import annotations

import subprocess
import sys

# A new process: the hook's answers are kept per module name for the whole process.
PROBE = """
import linecache, sys
from jury_desk.ui.shell.qt_imports import skip_source_reads
assert skip_source_reads()
from jury_desk.kernel.outside_json import __doc__  # the hook sees the module itself
feature = sys.modules["PySide6.support.feature"]
assert feature.pyside_feature_dict["jury_desk.kernel.outside_json"] == 0
print(any(name.endswith("outside_json.py") for name in linecache.cache))
"""


def test_a_module_imported_after_qt_is_not_read_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False"]
