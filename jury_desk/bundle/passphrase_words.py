"""A bundle passphrase made of words, easy to read over the phone and to type.

Words from BIP-39's French list (curated: no two words share their first four
letters, none is rude), keeping only those without accents so that any keyboard
types them; 1 682 words, so six words hold about 64 bits, ample against the
scrypt work factor a bundle's passphrase is stretched with.
"""

from __future__ import annotations

import math
import secrets
from functools import cache

WORDS = 6


@cache
def word_list() -> tuple[str, ...]:
    from mnemonic import Mnemonic

    return tuple(word for word in Mnemonic("french").wordlist if word.isascii())


def passphrase_in_words(count: int = WORDS) -> str:
    words = word_list()
    return " ".join(secrets.choice(words) for _ in range(count))


def strength_bits(count: int = WORDS) -> float:
    return count * math.log2(len(word_list()))
