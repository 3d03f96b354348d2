"""The kinds of file a dossier may hold, by extension: what the jurors' window can show.

One table for the organiser's folder (bundle/folder/layout.py) and for intake
(intake/document_kinds.py), so that intake never accepts a file the bundle refuses.
"""

from __future__ import annotations

from typing import Final

_OPENXML = "application/vnd.openxmlformats-officedocument"
_OPENDOCUMENT = "application/vnd.oasis.opendocument"

MEDIA_TYPES: Final[dict[str, str]] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".xlsx": f"{_OPENXML}.spreadsheetml.sheet",
    ".ods": f"{_OPENDOCUMENT}.spreadsheet",
    ".odp": f"{_OPENDOCUMENT}.presentation",
    ".pptx": f"{_OPENXML}.presentationml.presentation",
    ".docx": f"{_OPENXML}.wordprocessingml.document",
    ".odt": f"{_OPENDOCUMENT}.text",
}
