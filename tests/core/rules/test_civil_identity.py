"""A civil identity checked at intake against the CDC's schema 1.1.2 (`titulaire`)."""

from __future__ import annotations

import ast
import dataclasses
import pathlib
import unicodedata

import pytest

from jury_desk.kernel.messages import Phrase
from jury_desk.rules import civil_identity
from jury_desk.rules.civil_identity import (
    CivilIdentity,
    IdentityProblem,
    identity_problems,
    split_first_names,
)

ELOISE = CivilIdentity(
    birth_name="N'Diaye",
    usage_name=None,
    first_names=("Éloïse", "Marie-Hélène"),
    birth_year=1988,
    birth_month=2,
    birth_day=29,
    sex="F",
    birth_insee_code="2A004",
    birth_postal_code=None,
    birth_commune="Ajaccio",
    birth_country_code=None,
    birth_country=None,
)


def _problems(**changes: object) -> tuple[IdentityProblem, ...]:
    return identity_problems(dataclasses.replace(ELOISE, **changes))  # type: ignore[arg-type]


def _fields(**changes: object) -> list[str]:
    return [problem.field for problem in _problems(**changes)]


def _name_of_length(length: int) -> str:
    # Accents and apostrophes: 2 bytes in UTF-8 for each accented letter.
    base = "N'Diaye-Éloïse-Lefèvre-Œuvrard-"
    return (base * 3)[:length]


def test_a_complete_identity_has_no_problem() -> None:
    assert identity_problems(ELOISE) == ()


@pytest.mark.parametrize("name", ["birth_name", "usage_name", "birth_commune", "birth_country"])
def test_a_name_at_the_schema_limit_passes_counted_in_characters_not_bytes(name: str) -> None:
    value = _name_of_length(60)
    assert len(value.encode()) > 60
    assert _problems(**{name: value}) == ()


@pytest.mark.parametrize("name", ["birth_name", "usage_name", "birth_commune", "birth_country"])
def test_a_name_one_character_over_the_limit_is_a_problem(name: str) -> None:
    (problem,) = _problems(**{name: _name_of_length(61)})
    assert problem.field == name
    assert problem.params["length"] == 61
    assert problem.params["maximum"] == 60


def test_decomposed_accents_count_once() -> None:
    decomposed = unicodedata.normalize("NFD", _name_of_length(60))
    assert len(decomposed) > 60
    assert _problems(birth_name=decomposed) == ()


def test_a_missing_or_blank_birth_name_is_missing() -> None:
    for value in ("", "   "):
        (problem,) = _problems(birth_name=value)
        assert problem.field == "birth_name"
        assert problem.message == "Birth name is missing."


def test_an_optional_name_typed_as_spaces_must_be_left_empty() -> None:
    # The schema refuses an optional element present but empty.
    assert _fields(usage_name=" ") == ["usage_name"]
    assert _fields(birth_commune="") == ["birth_commune"]
    assert _fields(usage_name=None, birth_commune=None) == []


def test_a_line_break_in_a_name_is_a_problem() -> None:
    (problem,) = _problems(birth_name="N'Diaye\nSow")
    assert "line break" in problem.message


def test_first_names_the_schema_can_hold() -> None:
    three = ("Éloïse", "Marie-Hélène", "Zoë")
    assert _problems(first_names=three) == ()
    (problem,) = _problems(first_names=(*three, "Anne"))
    assert problem.field == "first_names"
    assert problem.params == {"count": 4, "maximum": 3}


def test_first_names_each_checked() -> None:
    assert [p.message for p in _problems(first_names=())] == ["First name 1 is missing."]
    assert [p.message for p in _problems(first_names=("Éloïse", " "))] == [
        "First name 2 is missing."
    ]
    (problem,) = _problems(first_names=("Éloïse", _name_of_length(61)))
    assert problem.message == "First name 2 has 61 characters; the CDC's schema accepts at most 60."
    assert _problems(first_names=(_name_of_length(60),)) == ()


@pytest.mark.parametrize(
    ("year", "accepted"), [(1899, False), (1900, True), (2099, True), (2100, False)]
)
def test_birth_year_bounds(year: int, accepted: bool) -> None:
    # 29 February exists in 1900's neighbours only in leap years: use a plain day.
    assert _fields(birth_year=year, birth_day=28) == ([] if accepted else ["birth_year"])


def test_birth_year_is_required() -> None:
    assert _fields(birth_year=None) == ["birth_year"]


@pytest.mark.parametrize("month", [0, 13])
def test_a_month_off_the_calendar(month: int) -> None:
    assert _fields(birth_month=month) == ["birth_month"]


@pytest.mark.parametrize(
    ("year", "month", "day", "accepted"),
    [
        (1990, 4, 30, True),
        (1990, 4, 31, False),  # every number alone is within the schema's bounds
        (1990, 1, 31, True),
        (1988, 2, 29, True),
        (1989, 2, 29, False),
        (2000, 2, 29, True),
        (1900, 2, 29, False),  # not a leap year
        (1990, 2, 30, False),
        (1990, 1, 0, False),
        (1990, 1, 32, False),
        (None, 2, 29, True),  # the missing year is the problem, not the day
        (None, 2, 30, False),
    ],
)
def test_the_day_must_exist_in_its_month(
    year: int | None, month: int, day: int, accepted: bool
) -> None:
    fields = _fields(birth_year=year, birth_month=month, birth_day=day)
    assert ("birth_day" not in fields) is accepted


def test_a_day_without_its_month() -> None:
    assert _fields(birth_month=None, birth_day=12) == ["birth_day"]
    assert _fields(birth_month=None, birth_day=None) == []
    assert _fields(birth_month=7, birth_day=None) == []


def test_the_day_message_names_the_year() -> None:
    (problem,) = _problems(birth_year=1989, birth_month=2, birth_day=29)
    assert problem.message == "There is no day 29 in month 2 of 1989."


@pytest.mark.parametrize("sex", ["M", "F"])
def test_the_sexes_the_schema_states(sex: str) -> None:
    assert _problems(sex=sex) == ()


@pytest.mark.parametrize("sex", ["X", "H", "Femme", "non-binaire"])
def test_a_sex_the_schema_cannot_express_is_listed_not_guessed(sex: str) -> None:
    (problem,) = _problems(sex=sex)
    assert problem.field == "sex"
    assert problem.params == {"value": sex}
    assert "cannot be declared with this schema" in problem.message
    assert "never choose M or F" in problem.message


@pytest.mark.parametrize("sex", ["f", " M"])
def test_a_sex_written_in_another_case_is_asked_in_capitals(sex: str) -> None:
    (problem,) = _problems(sex=sex)
    assert "in capitals" in problem.message


@pytest.mark.parametrize("sex", [None, ""])
def test_sex_is_required(sex: str | None) -> None:
    assert [p.message for p in _problems(sex=sex)] == ["Sex is missing."]


@pytest.mark.parametrize(
    "code",
    ["75056", "01053", "2A004", "2B033", "97411", "97611", "98818", "99109", "99100", "13055"],
)
def test_insee_codes_of_the_official_geographic_code(code: str) -> None:
    assert _problems(birth_insee_code=code) == ()


@pytest.mark.parametrize(
    "code",
    [
        "20004",  # Corsica is 2A or 2B since 1976
        "2a004",
        "2C004",
        "00123",
        "96001",
        "97901",
        "9A109",
        "7505O",
    ],
)
def test_five_characters_that_are_no_insee_code(code: str) -> None:
    (problem,) = _problems(birth_insee_code=code)
    assert problem.field == "birth_insee_code"
    assert "is not an INSEE commune code" in problem.message


@pytest.mark.parametrize("code", ["7505", "750560", "2A 004"])
def test_an_insee_code_is_exactly_five_characters(code: str) -> None:
    (problem,) = _problems(birth_insee_code=code)
    assert problem.params["length"] == len(code)
    assert problem.params["expected"] == 5


def test_a_birth_place_is_required() -> None:
    (problem,) = _problems(birth_insee_code=None, birth_postal_code=None)
    assert "birth place is missing" in problem.message
    assert _fields(birth_insee_code=" ", birth_postal_code=None) == ["birth_insee_code"]


def test_a_postal_code_alone_is_a_birth_place_of_at_most_nine_characters() -> None:
    assert _problems(birth_insee_code=None, birth_postal_code="75002") == ()
    assert _problems(birth_insee_code=None, birth_postal_code="SW1A 1AA") == ()
    assert _problems(birth_insee_code=None, birth_postal_code="123456789") == ()
    (problem,) = _problems(birth_insee_code=None, birth_postal_code="1234567890")
    assert problem.field == "birth_postal_code"
    assert problem.params["maximum"] == 9


@pytest.mark.parametrize("code", ["DEU", "DE", "1090", "10 ", "99109"])
def test_a_country_code_is_the_three_digits_of_its_insee_code(code: str) -> None:
    (problem,) = _problems(birth_insee_code="99109", birth_country_code=code)
    assert problem.field == "birth_country_code"


def test_a_country_code_agrees_with_a_birth_abroad() -> None:
    assert _problems(birth_insee_code="99109", birth_country_code="109") == ()
    (problem,) = _problems(birth_insee_code="99109", birth_country_code="134")
    assert problem.params == {"country": "134", "code": "99109"}
    # Born in France with the country given as France (99100): nothing to compare.
    assert _problems(birth_insee_code="75056", birth_country_code="100") == ()


def _marked_templates() -> set[str]:
    """Every literal `QT_TRANSLATE_NOOP("messages", "...")` of the module, as lupdate reads it."""
    tree = ast.parse(pathlib.Path(civil_identity.__file__).read_text(encoding="utf-8"))
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    }


def test_every_problem_has_all_its_fields_and_a_marked_template() -> None:
    broken = dataclasses.replace(
        ELOISE,
        birth_name="",
        usage_name=" ",
        first_names=("a", "b", "c", "d"),
        birth_year=1800,
        birth_month=None,
        birth_day=3,
        sex="X",
        birth_insee_code="2A",
        birth_postal_code="1234567890",
        birth_commune="x\ty",
        birth_country_code="DEU",
    )
    problems = identity_problems(broken)
    assert len(problems) == 10
    marked = _marked_templates()
    for problem in problems:
        assert "{" not in problem.message
        assert problem.template in marked
        for value in problem.params.values():
            if isinstance(value, Phrase):
                assert value.template in marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jean-Marie Paul", ("Jean-Marie", "Paul")),
        ("Jean-Marie, Paul", ("Jean-Marie", "Paul")),
        ("Jean - Marie  Paul", ("Jean-Marie", "Paul")),
        ("Marie Louise, Anne", ("Marie Louise", "Anne")),
        ("Éloïse,Zoë,  Hélène ", ("Éloïse", "Zoë", "Hélène")),
        ("N'Golo  Aïssata", ("N'Golo", "Aïssata")),
        ("Éloïse", ("Éloïse",)),
        ("Anne,, Marie,", ("Anne", "Marie")),
        ("   ", ()),
    ],
)
def test_split_first_names(text: str, expected: tuple[str, ...]) -> None:
    assert split_first_names(text) == expected
