"""Names of the files jury-desk proposes to save: plain ASCII words, safe on every system.

A clerk files « grille-Aissatou-Diallo-membre-v1.pdf », not an identifier:
the words come from people's names, folded to ASCII (« Zoë » → « Zoe »,
« Łukasz » → « Lukasz »), joined by hyphens. Only letters, digits and hyphens
remain, so no name holds a character Windows reserves (< > : " / \\ | ? *),
a space, or a dot that could end it.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter and its accents.
_FOLDED = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Ħ": "H",
        "ħ": "h",
        "ı": "i",
        "Œ": "OE",
        "œ": "oe",
        "Æ": "AE",
        "æ": "ae",
        "ß": "ss",
        "Þ": "Th",
        "þ": "th",
    }
)
_NOT_A_WORD = re.compile(r"[^A-Za-z0-9]+")
# Long enough for any real name; the whole file name stays far below every limit.
MAX_WORDS_LENGTH = 80


def ascii_words(text: str) -> str:
    """`text` as hyphen-joined ASCII words: « Aïssatou Diallo » → « Aissatou-Diallo »; may be ""."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _NOT_A_WORD.sub("-", plain.translate(_FOLDED)).strip("-")
    return words[:MAX_WORDS_LENGTH].rstrip("-")
