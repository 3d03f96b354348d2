"""Comparing words as people read them: no case, no accents, no spaces, dashes or underscores.

« Nom de naissance », « NOM_DE_NAISSANCE » and « nom-de-naissance » are one
header; « Zoé Martin-Leroy » and « zoe martin leroy » one folder name.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-_.'’()]+")


def folded_words(text: str) -> str:
    """`text` without accents or case, its words separated by one space: « prenom s »."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SEPARATORS.sub(" ", plain).strip()


def folded_key(text: str) -> str:
    """`text` folded, every separator dropped: « zoemartinleroy »; for matching names."""
    return folded_words(text).replace(" ", "")
