"""The organiser's folder's layout and vocabulary: file names, media types, document kinds."""

from __future__ import annotations

from typing import Final

from jury_desk.models.enums import DocumentKind

# Re-exported: the folder's readers name them from here.
from jury_desk.rules.dossier_files import MEDIA_TYPES as MEDIA_TYPES

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


# The first extension listed for a media type is the one written (.jpg, not .jpeg).
EXTENSION_FOR: Final[dict[str, str]] = {
    media_type: extension for extension, media_type in reversed(MEDIA_TYPES.items())
}


LINK_KINDS = (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK)


FILE_KINDS: Final[tuple[DocumentKind, ...]] = tuple(
    kind for kind in DocumentKind if kind not in LINK_KINDS
)
