"""Save dialogs: where they open (the folder used last for that kind of file), and the suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def remembered_folder(settings: QSettings, key: str) -> Path:
    """The folder used last, else the juror's Documents, else the home folder."""
    remembered = settings.value(key)
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """The file the person chooses to save (`suffix` added if left out); None if none."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix and not path.is_dir():
        path = path.with_name(path.name + suffix)
    return path


def ask_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The PDF file the juror chooses to save (".pdf" added if left out); None if none."""
    return ask_save_path(
        parent,
        title,
        suggested,
        QCoreApplication.translate("SaveFolder", "Documents PDF (*.pdf)"),
        ".pdf",
    )
