"""Bundle passphrases in words: six plain words from the curated list, never the same twice."""

from jury_desk.bundle.passphrase_words import passphrase_in_words, strength_bits, word_list


def test_six_plain_words_from_the_list() -> None:
    words = passphrase_in_words().split(" ")
    assert len(words) == 6
    assert all(word in word_list() and word.isascii() and word.isalpha() for word in words)


def test_strong_enough_and_random() -> None:
    assert strength_bits() > 60
    assert len({passphrase_in_words() for _ in range(50)}) == 50
