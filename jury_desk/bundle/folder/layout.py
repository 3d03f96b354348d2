"""The organiser's folder's layout and vocabulary: file names, media types, document kinds."""

from __future__ import annotations

from typing import Final

from jury_desk.models.enums import DocumentKind

FOLDER_FORMAT_VERSION = 1
SESSION_FILE = "session.toml"
DOSSIERS_DIR = "dossiers"
REQUESTS_DIR = "requests"
README_FILE = "LISEZMOI.txt"
DEFAULT_TIMEZONE = "Europe/Paris"


# The two links of a dossier become documents with these titles (as in the demo).
SITE_LINK_TITLE = "Site de la start-up"
PRODUCT_SHEET_LINK_TITLE = "Fiche produit"
LINK_MEDIA_TYPE = "text/uri-list"
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


# The first extension listed for a media type is the one written (.jpg, not .jpeg).
EXTENSION_FOR: Final[dict[str, str]] = {
    media_type: extension for extension, media_type in reversed(MEDIA_TYPES.items())
}


LINK_KINDS = (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK)


FILE_KINDS: Final[tuple[DocumentKind, ...]] = tuple(
    kind for kind in DocumentKind if kind not in LINK_KINDS
)
