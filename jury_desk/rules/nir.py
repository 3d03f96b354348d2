"""A social security number (NIR) as the organiser types it, checked before it is sealed.

Since the 2025 rules the certifier may send holders' NIR to the Caisse des Dépôts,
which takes it as 13 characters, without the key. People type it with spaces, dots
or dashes, with or without its 2-digit key: `cdc_nir` gives the 13 characters, and
`nir_problems` says why a typed number cannot be that.

The number, character by character:

- 1: the sex digit, 1 or 2; 3, 4, 7 or 8 for a temporary number (people born abroad
  waiting for theirs).
- 2–3: the birth year's last two digits, any.
- 4–5: the birth month, 01–12; INSEE uses 20, 30–42 and 50 and above when the month
  is unknown. Rather than reject a real number on a rule not fully published, any
  value from 20 to 99 is accepted; 00 and 13–19 are refused.
- 6–7: the department, 01–99 (99 for a birth abroad, 97/98 overseas), or 2A/2B for
  Corsica — the only letters a NIR holds.
- 8–13: the commune and the birth's order number, digits.
- 14–15 (optional): the key, 97 − (number mod 97), the number read with 2A as 19
  and 2B as 18.

No message repeats the number or any part of it: messages reach the window, the
terminal and sometimes logs, and the number is never shown whole. Pure: text in,
problems out.
"""

from __future__ import annotations

import re

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.civil_identity import IdentityProblem

FIELD = "nir"
NIR_LENGTH = 13  # what the CDC receives
KEYED_LENGTH = 15  # with the 2-digit key
TEMPORARY_FIRST = frozenset("3478")
_FIRST = frozenset("12") | TEMPORARY_FIRST
# In the key's arithmetic, Corsica's departments count as the numbers they replaced.
_CORSICA_IN_KEY = {"2A": "19", "2B": "18"}
# Spaces (no-break ones included), dots and dashes people write between the groups.
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]+")
_SHAPE = re.compile(r"[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}(?:[0-9]{2})?")


def normalise_nir(typed: str) -> str:
    """`typed` without its separators, letters in capitals: « 2 88 03 2a… » → « 288032A… »."""
    return _SEPARATORS.sub("", typed).upper()


def nir_key(number: str) -> int:
    """The key of a 13-character number: 97 − (number mod 97), 2A read as 19, 2B as 18."""
    department = number[5:7]
    digits = number[:5] + _CORSICA_IN_KEY.get(department, department) + number[7:]
    return 97 - int(digits) % 97


def nir_problems(typed: str) -> tuple[IdentityProblem, ...]:
    """Every reason `typed` is not a social security number; none if it is one."""
    text = normalise_nir(typed)
    if not text:
        return (IdentityProblem(FIELD, _MISSING),)
    if len(text) not in (NIR_LENGTH, KEYED_LENGTH):
        params = {"length": len(text), "expected": NIR_LENGTH, "keyed": KEYED_LENGTH}
        return (IdentityProblem(FIELD, _LENGTH, params),)
    if not _SHAPE.fullmatch(text):
        return (IdentityProblem(FIELD, _CHARACTERS),)
    problems = []
    if text[0] not in _FIRST:
        problems.append(IdentityProblem(FIELD, _SEX_DIGIT))
    month = int(text[3:5])
    if not (1 <= month <= 12 or month >= 20):
        problems.append(IdentityProblem(FIELD, _MONTH))
    if text[5:7] == "00":
        problems.append(IdentityProblem(FIELD, _DEPARTMENT))
    # A key checked only once the rest holds: a wrong digit is then the likeliest cause.
    if not problems and len(text) == KEYED_LENGTH and int(text[13:]) != nir_key(text[:13]):
        problems.append(IdentityProblem(FIELD, _KEY))
    return tuple(problems)


def cdc_nir(typed: str) -> str:
    """The 13 characters the CDC receives; ValueError (saying no digit) if `typed` has problems."""
    if nir_problems(typed):
        raise ValueError("not a social security number")
    return normalise_nir(typed)[:NIR_LENGTH]


_MISSING = QT_TRANSLATE_NOOP("messages", "The social security number is missing.")
_LENGTH = QT_TRANSLATE_NOOP(
    "messages",
    "The social security number has {length} characters; it has {expected}, or {keyed} with "
    "its key.",
)
_CHARACTERS = QT_TRANSLATE_NOOP(
    "messages",
    "The social security number holds only digits, except 2A or 2B as the department "
    "(characters 6 and 7) for a birth in Corsica.",
)
_SEX_DIGIT = QT_TRANSLATE_NOOP(
    "messages",
    "The social security number starts with 1 or 2 (3, 4, 7 or 8 for a temporary number).",
)
_MONTH = QT_TRANSLATE_NOOP(
    "messages",
    "Characters 4 and 5 of the social security number are not a birth month (01 to 12, or "
    "20 and above when the month is unknown).",
)
_DEPARTMENT = QT_TRANSLATE_NOOP(
    "messages",
    "Characters 6 and 7 of the social security number are not a department (01 to 99, 2A or 2B).",
)
_KEY = QT_TRANSLATE_NOOP(
    "messages",
    "The key of the social security number (its last two digits) does not match the "
    "number: a digit was probably mistyped.",
)
