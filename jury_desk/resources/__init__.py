"""Data files shipped with jury-desk: fonts, icons, translations, schemas, templates.

`shipped_file("fonts", "Inter-Regular.otf")` is such a file's path on disk, what
Qt's, ReportLab's and FreeType's loaders want. Every install jury-desk makes (a
wheel, the editable one of `make venv`, the frozen release, which collects this
folder beside its modules) holds the package as plain files, so the path is found
beside this module without importlib.resources, whose import (tempfile, shutil
and eight modules of its own, 10 ms) came before the window's first frame
(issue #17). From a zipped package, the file is extracted through
importlib.resources, and kept until the process ends.
"""

from __future__ import annotations

import atexit
import contextlib
from pathlib import Path

_FOLDER = Path(__file__).parent
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def shipped_file(*parts: str) -> Path:
    """The shipped file at `parts` inside this folder, as a path on disk."""
    path = _FOLDER.joinpath(*parts)
    if path.is_file():
        return path
    from importlib import resources

    resource = resources.files(__name__).joinpath(*parts)
    return _extracted.enter_context(resources.as_file(resource))
