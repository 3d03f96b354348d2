"""The social security number (NIR) as typed: separators and case forgiven, the key checked,
Corsica's 2A/2B counted as 19/18 in the key, and no message repeating the number."""

from __future__ import annotations

import pytest

from jury_desk.rules.nir import cdc_nir, nir_key, nir_problems, normalise_nir

# Fictional numbers: a woman born in March 1988 in Paris (75), a man in Ajaccio (2A) and
# one in Bastia (2B); the keys computed here from the rule, not copied.
PARIS = "2880375056123"
AJACCIO = "188032A004017"
BASTIA = "188032B033017"


def _key(number: str) -> str:
    for letters, digits in (("2A", "19"), ("2B", "18")):
        if number[5:7] == letters:
            number = number[:5] + digits + number[7:]
    return f"{97 - int(number) % 97:02d}"


def _messages(typed: str) -> list[str]:
    return [problem.message for problem in nir_problems(typed)]


@pytest.mark.parametrize("number", [PARIS, AJACCIO, BASTIA])
def test_a_number_with_or_without_its_key_is_taken_as_13_characters(number: str) -> None:
    keyed = number + _key(number)
    assert nir_key(number) == int(_key(number))
    for typed in (number, keyed):
        assert nir_problems(typed) == ()
        assert cdc_nir(typed) == number


def test_corsica_counts_as_19_and_18_in_the_key() -> None:
    assert nir_key(AJACCIO) == 97 - int("1880319004017") % 97
    assert nir_key(BASTIA) == 97 - int("1880318033017") % 97
    assert nir_key(AJACCIO) != nir_key(BASTIA)


def test_separators_and_lower_case_are_forgiven() -> None:
    typed = "1 88 03 2a.004-017 " + _key(AJACCIO)
    assert normalise_nir(typed) == AJACCIO + _key(AJACCIO)
    assert cdc_nir(typed) == AJACCIO
    assert cdc_nir("2\u00a088\u202f03 75 056 123") == PARIS


def test_a_wrong_key_is_refused_without_repeating_the_number() -> None:
    wrong = f"{(int(_key(PARIS)) % 97) + 1:02d}"
    messages = _messages(PARIS + wrong)
    assert len(messages) == 1 and "key" in messages[0]
    assert not any(digit in messages[0] for digit in "0123456789")
    with pytest.raises(ValueError) as raised:
        cdc_nir(PARIS + wrong)
    assert PARIS not in str(raised.value)


@pytest.mark.parametrize("typed", ["", "   ", "288037505612", "28803750561234", PARIS + "1234"])
def test_the_length_is_13_or_15(typed: str) -> None:
    assert len(nir_problems(typed)) == 1


@pytest.mark.parametrize(
    "typed",
    [
        "2880375O56123",  # a letter O for a zero
        "28803750561A3",
        "2880A75056123",
        "288032C004017",  # only 2A and 2B are departments with a letter
        "288033A004017",
        "2880375056123A1",
    ],
)
def test_letters_are_only_corsica_s_department(typed: str) -> None:
    assert _messages(typed) == [nir_problems(typed)[0].message]
    assert "2A or 2B" in _messages(typed)[0] or "characters" in _messages(typed)[0]


@pytest.mark.parametrize("first", ["3", "4", "7", "8"])
def test_temporary_numbers_are_taken(first: str) -> None:
    assert nir_problems(first + PARIS[1:]) == ()


@pytest.mark.parametrize("first", ["0", "5", "6", "9"])
def test_the_first_digit_is_a_sex_or_a_temporary_number(first: str) -> None:
    assert len(nir_problems(first + PARIS[1:])) == 1


@pytest.mark.parametrize("month", ["01", "12", "20", "30", "42", "50", "99"])
def test_real_months_and_unknown_month_values_are_taken(month: str) -> None:
    number = PARIS[:3] + month + PARIS[5:]
    assert nir_problems(number) == ()
    assert nir_problems(number + _key(number)) == ()


@pytest.mark.parametrize("month", ["00", "13", "19"])
def test_other_months_are_refused(month: str) -> None:
    assert len(nir_problems(PARIS[:3] + month + PARIS[5:])) == 1


def test_department_00_is_refused_and_99_abroad_taken() -> None:
    assert len(nir_problems(PARIS[:5] + "00" + PARIS[7:])) == 1
    assert nir_problems(PARIS[:5] + "99" + PARIS[7:]) == ()


def test_messages_are_marked_for_translation_and_never_hold_the_number() -> None:
    for typed in (PARIS + "00", "9" + PARIS[1:], PARIS[:3] + "13" + PARIS[5:], "x"):
        for problem in nir_problems(typed):
            assert problem.field == "nir"
            assert PARIS[1:] not in problem.message
