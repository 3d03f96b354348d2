"""Where a save dialog opens: the folder used last for that kind of file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def remembered_folder(settings: QSettings, key: str) -> Path:
    """The folder used last, else the juror's Documents, else the home folder."""
    remembered = settings.value(key)
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
