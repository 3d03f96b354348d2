"""Which column of the spreadsheet holds what: guessed from the headers, chosen, remembered.

`guess_mapping` proposes a mapping from the header words (fields.HEADER_WORDS);
the organiser corrects it; `to_json`/`from_json` let the registry remember it
for the next export of the same form; `apply_mapping` gives each row's values.
The parse helpers read the two values the CDC is strict about: the birth date
(parts may be unknown) and the sex.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.fields import HEADER_WORDS, CandidateField, field_label
from jury_desk.intake.folding import folded_words
from jury_desk.intake.one_line import shown
from jury_desk.intake.table_shape import Table
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_json import load_outside_json

__all__ = [
    "CandidateField",
    "ColumnMapping",
    "IntakeRow",
    "apply_mapping",
    "guess_mapping",
    "normalise_sex",
    "parse_birth_date",
]

MAPPING_FORMAT = 1
_MAX_MAPPING_BYTES = 64 * 1024  # nineteen header names


@dataclass(frozen=True)
class ColumnMapping:
    """Each mapped field and the header of its column; a field left out is not imported."""

    columns: Mapping[CandidateField, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))

    def to_json(self) -> str:
        """The mapping as the registry keeps it: a format number and field → header."""
        columns = {str(field): header for field, header in sorted(self.columns.items())}
        return json.dumps(
            {"format": MAPPING_FORMAT, "columns": columns}, ensure_ascii=False, sort_keys=True
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping `to_json` wrote; IntakeError for an unknown field or a malformed one."""
        document = load_outside_json(
            text.encode("utf-8", "surrogatepass"), max_bytes=_MAX_MAPPING_BYTES
        )
        columns = document.get("columns") if isinstance(document, dict) else None
        if (
            not isinstance(document, dict)
            or document.get("format") != MAPPING_FORMAT
            or not isinstance(columns, dict)
        ):
            raise IntakeError(
                QT_TRANSLATE_NOOP("messages", "The remembered column mapping is not readable.")
            )
        known = {str(field) for field in CandidateField}
        for name, header in columns.items():
            if name not in known:
                raise IntakeError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The remembered column mapping names an unknown field, {name}."
                    ),
                    name=shown(name),
                )
            if not isinstance(header, str) or not header:
                raise IntakeError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The remembered column mapping has no header for {field}."
                    ),
                    field=field_label(CandidateField(name)),
                )
        return cls({CandidateField(name): header for name, header in columns.items()})


@dataclass(frozen=True)
class IntakeRow:
    """One application: its line in the spreadsheet and its non-empty mapped values."""

    line: int
    values: Mapping[CandidateField, str]


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The fields the headers' words name, each to the first header naming it best."""
    best: dict[CandidateField, tuple[int, int]] = {}  # field → (score, header index)
    for index, header in enumerate(headers):
        match = _best_field(header)
        if match is None:
            continue
        field, score = match
        if field not in best or score > best[field][0]:
            best[field] = (score, index)
    return ColumnMapping({field: headers[index] for field, (_score, index) in best.items()})


def _best_field(header: str) -> tuple[CandidateField, int] | None:
    """The field whose words the header contains, longest words first; an exact match wins,
    the first words listed for a field before the next (« Sexe » before « Civilité »)."""
    words = folded_words(header)
    padded = f" {words} "
    best: tuple[CandidateField, int] | None = None
    for field, phrases in HEADER_WORDS.items():
        for rank, phrase in enumerate(phrases):
            if phrase == words:
                score = 10_000 - rank
            elif f" {phrase} " in padded:
                score = len(phrase)
            else:
                continue
            if best is None or score > best[1]:
                best = (field, score)
    return best


def apply_mapping(table: Table, mapping: ColumnMapping) -> tuple[IntakeRow, ...]:
    """Each row with a value in a mapped column; IntakeError when a mapped header is missing."""
    positions: dict[CandidateField, int] = {}
    for field, header in mapping.columns.items():
        if header not in table.headers:
            raise IntakeError(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} has no column « {header} », chosen for the {field}."
                ),
                source=table.source_name,
                header=shown(header),
                field=field_label(field),
            )
        positions[field] = table.headers.index(header)
    rows = []
    for offset, row in enumerate(table.rows, start=1):
        values = {field: row[at] for field, at in positions.items() if row[at]}
        if values:
            rows.append(IntakeRow(table.header_line + offset, MappingProxyType(values)))
    return tuple(rows)


# ------------------------------------------------------------------------ parse helpers

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]*)?")
_YEAR = re.compile(r"\d{4}")
_UNKNOWN = "X"  # « XX/XX/1980 »: typed for an unknown day or month, like « 00 »


def parse_birth_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of « 17/05/1990 », « 1990-05-17 », « 1990 » or « 00/00/1990 »
    (a part « 00 » or « XX » is unknown: None); None when not a date that exists."""
    cleaned = re.sub(r"[Xx]{2}", "00", text.strip())
    if match := _DAY_MONTH_YEAR.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _MONTH_YEAR.fullmatch(cleaned):
        month, year = (int(part) for part in match.groups())
        day = 0
    elif _YEAR.fullmatch(cleaned):
        year, month, day = int(cleaned), 0, 0
    else:
        return None
    return _existing(year, month, day)


def _existing(year: int, month: int, day: int) -> tuple[int, int | None, int | None] | None:
    if year == 0 or month > 12 or (month == 0 and day != 0):
        return None  # a day without its month says nothing the CDC can take
    if month == 0:
        return (year, None, None)
    if day == 0:
        return (year, month, None)
    if day > calendar.monthrange(year, month)[1]:
        return None
    return (year, month, day)


_SEXES = {
    "f": "F",
    "femme": "F",
    "feminin": "F",
    "female": "F",
    "woman": "F",
    "mme": "F",
    "madame": "F",
    "m": "M",
    "homme": "M",
    "masculin": "M",
    "male": "M",
    "man": "M",
    "monsieur": "M",
    "mr": "M",
}


def normalise_sex(text: str) -> str | None:
    """« M » or « F » (the CDC's two values) for the usual words, civilités included
    (Démarches Simplifiées gives « M. » and « Mme »); None for anything else."""
    return _SEXES.get(folded_words(text))
