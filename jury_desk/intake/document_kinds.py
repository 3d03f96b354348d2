"""Which item of the dossier a file is, by its name, and whether its type is one jury-desk shows.

The media types are the dossier's (jury_desk/rules/dossier_files.py), the same table
the organiser's folder uses: intake never accepts a file a bundle would refuse.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Final

from jury_desk.intake.folding import folded_key
from jury_desk.models.enums import DocumentKind
from jury_desk.rules.dossier_files import MEDIA_TYPES

# Words a file's name holds (folded, run together), the most telling items first:
# « presentation-des-entretiens.pdf » is the interviews' report, not the deck.
_KIND_WORDS: Final[tuple[tuple[DocumentKind, tuple[str, ...]], ...]] = (
    (
        DocumentKind.USER_INTERVIEWS,
        ("entretien", "interview", "verbatim", "compterendu", "rechercheutilisateur"),
    ),
    (
        DocumentKind.INVESTMENT_TABLE,
        ("investissement", "budget", "financement", "investment", "comite"),
    ),
    (
        DocumentKind.MOCKUPS,
        ("maquette", "capture", "mockup", "screenshot", "ecran", "wireframe", "prototype"),
    ),
    (DocumentKind.DECK, ("presentation", "pitch", "deck", "slides", "diaporama")),
)


def media_type_of(file_name: str) -> str | None:
    """The media type of a file jury-desk shows in a dossier, by its extension; else None."""
    return MEDIA_TYPES.get(PurePosixPath(file_name).suffix.casefold())


def guess_kind(file_name: str) -> DocumentKind | None:
    """The dossier item `file_name` names (« Entretiens utilisateurs.pdf »: the interviews);
    OTHER for a file of an accepted type whose name says nothing; None for a type not shown."""
    if media_type_of(file_name) is None:
        return None
    name = folded_key(PurePosixPath(file_name).stem)
    for kind, words in _KIND_WORDS:
        if any(word in name for word in words):
            return kind
    return DocumentKind.OTHER
