"""Words and numbers the dossier view shows about a document: its kind, size and links.

Plain functions, so the checklist, the tabs and the pages say the same thing.
Their strings go through Qt's translation system under the context
"DossierFormat", written out in each call so that lupdate finds them (French
source strings, as everywhere in the interface).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from jury_desk.models.enums import DocumentKind

_NBSP = "\u00a0"  # between a number and its unit


def kind_label(kind: DocumentKind) -> str:
    """The French name of a dossier item, as the checklist and the tooltips show it."""
    labels = {
        DocumentKind.SITE_LINK: QCoreApplication.translate("DossierFormat", "Lien vers le site"),
        DocumentKind.PRODUCT_SHEET_LINK: QCoreApplication.translate(
            "DossierFormat", "Fiche produit"
        ),
        DocumentKind.USER_INTERVIEWS: QCoreApplication.translate(
            "DossierFormat", "Entretiens utilisateurs"
        ),
        DocumentKind.MOCKUPS: QCoreApplication.translate("DossierFormat", "Maquettes / captures"),
        DocumentKind.INVESTMENT_TABLE: QCoreApplication.translate(
            "DossierFormat", "Tableau d’investissement"
        ),
        DocumentKind.DECK: QCoreApplication.translate("DossierFormat", "Support de présentation"),
        DocumentKind.OTHER: QCoreApplication.translate("DossierFormat", "Autre document"),
    }
    return labels[kind]


def format_size(size: int, locale: QLocale) -> str:
    """A byte count in French units (octets, Ko, Mo, Go; 1 Ko = 1 000 octets)."""
    if size < 1000:
        number = locale.toString(size)
        if size < 2:
            text = QCoreApplication.translate("DossierFormat", "{number} octet").format(
                number=number
            )
        else:
            text = QCoreApplication.translate("DossierFormat", "{number} octets").format(
                number=number
            )
        return text.replace(" ", _NBSP)
    units = (
        QCoreApplication.translate("DossierFormat", "{number} Ko"),
        QCoreApplication.translate("DossierFormat", "{number} Mo"),
        QCoreApplication.translate("DossierFormat", "{number} Go"),
    )
    value, index = size / 1000, 0
    while value >= 999.95 and index < len(units) - 1:
        value, index = value / 1000, index + 1
    decimals = 0 if value >= 100 else 1
    text = units[index].format(number=locale.toString(value, "f", decimals))
    return text.replace(" ", _NBSP)


def base_media_type(media_type: str) -> str:
    """`text/plain; charset=utf-8` → `text/plain`."""
    return media_type.split(";", 1)[0].strip().lower()


def parse_uri_list(content: bytes) -> list[str]:
    """The links of a `text/uri-list` document (RFC 2483: one a line, `#` starts a comment)."""
    lines = content.decode("utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def decode_text(content: bytes) -> str:
    """A text document's content; a byte that is not UTF-8 shows as � rather than failing."""
    return content.decode("utf-8-sig", errors="replace")
