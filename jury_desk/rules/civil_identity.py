"""A candidate's civil identity, checked at intake against what the CDC can receive.

Holders are declared to the Caisse des Dépôts (« accrochage certificateur »)
months after the organiser types their identity in. A birth name one letter
too long, a 31 April or an unknown birth place then rejects the passage (or the
whole file), when the candidate is long gone. `identity_problems` states, at
intake, every way an identity breaks the `titulaire` type of the CDC's XML
Schema (version 1.1.2):

- `nomNaissance`, `nomUsage`, `prenom1`..`prenom3`, `libelleCommuneNaissance`,
  `libellePaysNaissance`: 1 to 60 characters; three first names at most.
- `anneeNaissance` 1900–2099 (required); `moisNaissance` 1–12 and
  `jourNaissance` 1–31 (nillable). The schema checks each number alone; here
  the day must exist in that month (and year).
- `sexe`: the enumeration `M` | `F`, nothing else.
- `codeCommuneNaissance` (required): `codeInsee` (length 5) or `codePostal`
  (1 to 9 characters).
- `codePaysNaissance`: length 3.

Two checks go beyond the schema's own words, because the CDC matches the
person on them: an INSEE code must be a commune code of the Code officiel
géographique (the schema asks only 5 characters), and the country code is the
3 digits that follow « 99 » in the INSEE country code (109 for Germany, as
other certifiers send it; the schema asks only 3 characters).

Lengths are counted in Unicode characters of the NFC form, as the schema counts
them in the XML: the declaration writes names in NFC, so a name typed with
decomposed accents is not counted twice. Pure: plain values in, problems out.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase, render

NAME_MAX_LENGTH = 60  # every name and label of `titulaire`
FIRST_NAMES_MAX = 3  # prenom1, prenom2, prenom3
BIRTH_YEAR_RANGE = (1900, 2099)
INSEE_CODE_LENGTH = 5
POSTAL_CODE_MAX_LENGTH = 9
COUNTRY_CODE_LENGTH = 3
SCHEMA_SEXES = ("M", "F")

# A commune of the Code officiel géographique: a department (01–19, 2A, 2B,
# 21–95: « 20 » left with Corsica's split in 1976), 971–978 overseas, 984–989
# for the Pacific and the southern lands; or 99 and a country for a birth abroad.
_INSEE_CODE = re.compile(
    r"(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2}|98[4-9]\d{2}|99\d{3}"
)
_ABROAD_PREFIX = "99"
_COUNTRY_CODE = re.compile(r"\d{3}")
# What XML 1.0 cannot carry, plus line breaks and tabs: no name holds them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_COMMAS = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")


@dataclass(frozen=True)
class CivilIdentity:
    """A person's civil identity as typed at intake, each part as the CDC declares it.

    `sex` is "M" or "F" where the schema can say it; anything else is kept as
    typed, never mapped, so that the person is listed rather than misdeclared.
    """

    birth_name: str
    usage_name: str | None
    first_names: tuple[str, ...]  # prenom1..prenom3, in the order of the identity document
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    sex: str | None
    birth_insee_code: str | None
    birth_postal_code: str | None
    birth_commune: str | None
    birth_country_code: str | None
    birth_country: str | None


@dataclass(frozen=True)
class IdentityProblem:
    """One way an identity cannot be declared: the field (an attribute of
    `CivilIdentity`) and a message template marked for translation, with its fields."""

    field: str
    template: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English text (the window translates `template` and fills in `params`)."""
        return render(self.template, self.params)


def _label(name: str) -> Phrase:
    """The field's name, translated with the message that names it."""
    template = _LABELS[name]  # each marked below
    return Phrase(template)


_LABELS = {
    "birth_name": QT_TRANSLATE_NOOP("messages", "Birth name"),
    "usage_name": QT_TRANSLATE_NOOP("messages", "Usage name"),
    "birth_year": QT_TRANSLATE_NOOP("messages", "Birth year"),
    "sex": QT_TRANSLATE_NOOP("messages", "Sex"),
    "birth_postal_code": QT_TRANSLATE_NOOP("messages", "Postal code of the birth place"),
    "birth_commune": QT_TRANSLATE_NOOP("messages", "Commune of birth"),
    "birth_country": QT_TRANSLATE_NOOP("messages", "Country of birth"),
}
_FIRST_NAME_LABEL = QT_TRANSLATE_NOOP("messages", "First name {number}")

_MISSING = QT_TRANSLATE_NOOP("messages", "{field} is missing.")
_BLANK = QT_TRANSLATE_NOOP(
    "messages", "{field} holds only spaces: leave it empty if there is none."
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "{field} has {length} characters; the CDC's schema accepts at most {maximum}."
)
_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "messages", "{field} contains a line break or an invisible control character."
)


def identity_problems(identity: CivilIdentity) -> tuple[IdentityProblem, ...]:
    """Every reason the CDC's schema 1.1.2 would refuse this identity; none if it can go."""
    return (
        *_text_problems("birth_name", identity.birth_name, required=True),
        *_text_problems("usage_name", identity.usage_name),
        *_first_name_problems(identity.first_names),
        *_birth_date_problems(identity.birth_year, identity.birth_month, identity.birth_day),
        *_sex_problems(identity.sex),
        *_birth_place_problems(identity),
        *_text_problems("birth_commune", identity.birth_commune),
        *_text_problems("birth_country", identity.birth_country),
    )


def split_first_names(text: str) -> tuple[str, ...]:
    """The first names in `text`, in order: « Jean-Marie, Paul » → (« Jean-Marie », « Paul »).

    Where the text has a comma, only commas separate names, so that a composed
    name written with a space (« Marie Louise, Anne ») stays one name; without
    a comma, spaces separate them. A hyphen joins (« Jean - Marie » is
    « Jean-Marie »); apostrophes and accents are kept as typed.
    """
    text = _SPACED_HYPHEN.sub("-", text.strip())
    parts = _COMMAS.split(text) if "," in text else _SPACES.split(text)
    return tuple(_SPACES.sub(" ", part) for part in parts if part.strip())


# --- Names and labels -------------------------------------------------------------


def _text_problems(
    name: str,
    value: str | None,
    *,
    required: bool = False,
    label: Phrase | None = None,
) -> list[IdentityProblem]:
    """A 1-to-60-character text: absent (if allowed), never blank, never too long."""
    label = label or _label(name)
    if value is None or (required and not value.strip()):
        return [IdentityProblem(name, _MISSING, {"field": label})] if required else []
    # An optional element present but empty fails the schema: it must be absent.
    if not value.strip():
        return [IdentityProblem(name, _BLANK, {"field": label})]
    problems = []
    length = schema_length(value)
    if length > NAME_MAX_LENGTH:
        params = {"field": label, "length": length, "maximum": NAME_MAX_LENGTH}
        problems.append(IdentityProblem(name, _TOO_LONG, params))
    if _CONTROL.search(value):
        problems.append(IdentityProblem(name, _CONTROL_CHARACTER, {"field": label}))
    return problems


def schema_length(text: str) -> int:
    """How many characters the schema counts in `text`: code points of the NFC form, not bytes."""
    return len(unicodedata.normalize("NFC", text))


def _first_name_problems(first_names: tuple[str, ...]) -> list[IdentityProblem]:
    if not first_names:
        label = Phrase(_FIRST_NAME_LABEL, number=1)
        return [IdentityProblem("first_names", _MISSING, {"field": label})]
    problems: list[IdentityProblem] = []
    for number, first_name in enumerate(first_names, start=1):
        label = Phrase(_FIRST_NAME_LABEL, number=number)
        problems += _text_problems("first_names", first_name, required=True, label=label)
    if len(first_names) > FIRST_NAMES_MAX:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "{count} first names were entered; the CDC's schema holds {maximum} at most "
            "(prenom1 to prenom3): choose the ones to declare, in the order of the identity "
            "document.",
        )
        params = {"count": len(first_names), "maximum": FIRST_NAMES_MAX}
        problems.append(IdentityProblem("first_names", template, params))
    return problems


# --- Birth date ---------------------------------------------------------------------


def _birth_date_problems(
    year: int | None, month: int | None, day: int | None
) -> list[IdentityProblem]:
    problems: list[IdentityProblem] = []
    first, last = BIRTH_YEAR_RANGE
    if year is None:
        problems.append(IdentityProblem("birth_year", _MISSING, {"field": _label("birth_year")}))
    elif not first <= year <= last:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "Birth year {year} is outside the years the CDC's schema accepts ({first} to {last}).",
        )
        params = {"year": year, "first": first, "last": last}
        problems.append(IdentityProblem("birth_year", template, params))
    if month is not None and not 1 <= month <= 12:
        template = QT_TRANSLATE_NOOP("messages", "Birth month {month} is not a month (1 to 12).")
        problems.append(IdentityProblem("birth_month", template, {"month": month}))
        return problems
    if day is not None:
        problems += _birth_day_problems(year, month, day)
    return problems


def _birth_day_problems(year: int | None, month: int | None, day: int) -> list[IdentityProblem]:
    if month is None:
        template = QT_TRANSLATE_NOOP(
            "messages", "A birth day ({day}) is given without its month: give both or neither."
        )
        return [IdentityProblem("birth_day", template, {"day": day})]
    first, last = BIRTH_YEAR_RANGE
    if year is not None and first <= year <= last:
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            return []
        template = QT_TRANSLATE_NOOP(
            "messages", "There is no day {day} in month {month} of {year}."
        )
        return [IdentityProblem("birth_day", template, {"day": day, "month": month, "year": year})]
    # The year is unknown or refused above: judge the day in a leap year, so 29 February passes.
    if 1 <= day <= calendar.monthrange(2000, month)[1]:
        return []
    template = QT_TRANSLATE_NOOP("messages", "There is no day {day} in month {month}.")
    return [IdentityProblem("birth_day", template, {"day": day, "month": month})]


# --- Sex ------------------------------------------------------------------------------


def _sex_problems(sex: str | None) -> list[IdentityProblem]:
    if sex is None or not sex.strip():
        return [IdentityProblem("sex", _MISSING, {"field": _label("sex")})]
    if sex in SCHEMA_SEXES:
        return []
    if sex.strip().upper() in SCHEMA_SEXES:
        template = QT_TRANSLATE_NOOP(
            "messages", "Sex '{value}' must be written exactly M or F, in capitals."
        )
        return [IdentityProblem("sex", template, {"value": sex})]
    # Never mapped (« H » for homme, « X »…): guessing would declare a false identity.
    template = QT_TRANSLATE_NOOP(
        "messages",
        "The CDC's schema records sex only as M or F: this person ('{value}') cannot be "
        "declared with this schema. List them for the certifier to handle; never choose M or "
        "F in their place.",
    )
    return [IdentityProblem("sex", template, {"value": sex})]


# --- Birth place ----------------------------------------------------------------------


def _birth_place_problems(identity: CivilIdentity) -> list[IdentityProblem]:
    insee, postal = identity.birth_insee_code, identity.birth_postal_code
    if (insee is None or not insee.strip()) and (postal is None or not postal.strip()):
        template = QT_TRANSLATE_NOOP(
            "messages",
            "The birth place is missing: enter the INSEE code of the commune of birth (99 and "
            "the country's code for a birth abroad), or failing that its postal code.",
        )
        return [IdentityProblem("birth_insee_code", template)]
    problems: list[IdentityProblem] = []
    if insee is not None:
        problems += _insee_code_problems(insee)
    if postal is not None:
        problems += _postal_code_problems(postal)
    problems += _country_code_problems(identity.birth_country_code, insee)
    return problems


def _insee_code_problems(code: str) -> list[IdentityProblem]:
    if schema_length(code) != INSEE_CODE_LENGTH:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "INSEE code '{code}' has {length} characters; the CDC's schema requires exactly "
            "{expected}.",
        )
        params = {"code": code, "length": schema_length(code), "expected": INSEE_CODE_LENGTH}
        return [IdentityProblem("birth_insee_code", template, params)]
    if _INSEE_CODE.fullmatch(code):
        return []
    template = QT_TRANSLATE_NOOP(
        "messages",
        "'{code}' is not an INSEE commune code: the department (2A or 2B in Corsica, 97x or "
        "98x overseas) then the commune's number, or 99 then the country's code for a birth "
        "abroad. The postal code is a different number.",
    )
    return [IdentityProblem("birth_insee_code", template, {"code": code})]


def _postal_code_problems(code: str) -> list[IdentityProblem]:
    label = _label("birth_postal_code")
    if not code.strip():
        return [IdentityProblem("birth_postal_code", _BLANK, {"field": label})]
    length = schema_length(code)
    if length <= POSTAL_CODE_MAX_LENGTH:
        return []
    params = {"field": label, "length": length, "maximum": POSTAL_CODE_MAX_LENGTH}
    return [IdentityProblem("birth_postal_code", _TOO_LONG, params)]


def _country_code_problems(country: str | None, insee: str | None) -> list[IdentityProblem]:
    if country is None:
        return []
    if len(country) != COUNTRY_CODE_LENGTH or not _COUNTRY_CODE.fullmatch(country):
        template = QT_TRANSLATE_NOOP(
            "messages",
            "Country code '{code}' must be {length} digits: those after 99 in the country's "
            "INSEE code (109 for Germany, whose INSEE code is 99109).",
        )
        params = {"code": country, "length": COUNTRY_CODE_LENGTH}
        return [IdentityProblem("birth_country_code", template, params)]
    abroad = insee is not None and _INSEE_CODE.fullmatch(insee) and insee[:2] == _ABROAD_PREFIX
    if abroad and insee is not None and insee[2:] != country:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "Country code '{country}' does not match the birth place's INSEE code '{code}'.",
        )
        params = {"country": country, "code": insee}
        return [IdentityProblem("birth_country_code", template, params)]
    return []
