"""results.csv: one row per candidate, for the organiser's spreadsheet; always from results.json.

French spreadsheets (Excel and LibreOffice set to French) read `;` as the field
separator, because `,` is their decimal mark; and Excel takes a CSV without a
byte-order mark for the local 8-bit code page, which would garble « Zoë » or
« Nguyễn ». Hence UTF-8 with a BOM, `;`, CRLF line ends (RFC 4180 quoting).

A cell starting with = + - @ (or a tab or carriage return) would be run as a
formula by a spreadsheet ("- à retravailler" as well as "=HYPERLINK(…)"): such
cells get a leading apostrophe, which spreadsheets show as text and hide.
"""

from __future__ import annotations

import csv
import io

from jury_desk.models import Outcome
from jury_desk.results.data import ResultsDocument

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_OUTCOME_WORDS = {
    Outcome.CERTIFIED: "certifié·e",
    Outcome.NOT_CERTIFIED: "non certifié·e",
    Outcome.ABSENT: "absent·e",
    Outcome.POSTPONED: "reporté·e",
}


def results_csv(document: ResultsDocument) -> bytes:
    """The bytes of results.csv for `document`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(expected_rows(document))
    return (BOM + buffer.getvalue()).encode("utf-8")


def expected_rows(document: ResultsDocument) -> list[list[str]]:
    """The header, then one row per candidate in results.json's order, cells as written."""
    competencies = document.raw["competencies"]
    header = [
        "identifiant",
        "candidat·e",
        "start-up",
        "résultat",
        "décidé le (UTC)",
        "compétences validées",
        *(f"{c['code']} {c['title']}" for c in competencies),
        "motifs",
    ]
    labels = document.level_labels
    rows = [header]
    for candidate in document.candidates:
        levels = [candidate.levels.get(c["code"]) for c in competencies]
        rows.append(
            [
                candidate.id,
                candidate.name,
                candidate.startup,
                _OUTCOME_WORDS[candidate.outcome],
                candidate.decided_at,
                ", ".join(candidate.validated),
                *("" if level is None else labels[level] for level in levels),
                candidate.reasons,
            ]
        )
    return [[_as_text(cell) for cell in row] for row in rows]


def csv_problems(data: bytes, document: ResultsDocument) -> list[str]:
    """Where results.csv says something else than results.json, one line each."""
    found = _read_csv(data)
    if isinstance(found, str):
        return [found]
    expected = expected_rows(document)
    if not found or found[0] != expected[0]:
        return ["results.csv: its header is not the one of results.json's competencies"]
    found_by_id = {row[0]: row for row in found[1:] if row}
    problems = [
        problem
        for row in expected[1:]
        if (problem := _row_problem(expected[0], row, found_by_id.get(row[0]))) is not None
    ]
    extra = sorted(set(found_by_id) - {row[0] for row in expected[1:]})
    if extra or len(found) - 1 != len(expected) - 1:
        problems.append(f"results.csv has rows results.json does not list ({len(found) - 1})")
    return problems


def _read_csv(data: bytes) -> list[list[str]] | str:
    """The rows of results.csv, or why they cannot be read."""
    if not data.startswith(BOM.encode("utf-8")):
        return "results.csv does not start with the UTF-8 byte-order mark"
    try:
        text = data.decode("utf-8").removeprefix(BOM)
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=";", strict=True))
    except (UnicodeDecodeError, csv.Error) as error:
        return f"results.csv cannot be read ({error})"


def _row_problem(header: list[str], expected: list[str], actual: list[str] | None) -> str | None:
    candidate_id = expected[0]
    if actual is None:
        return f"results.csv has no row for {candidate_id}"
    if actual == expected:
        return None
    columns = [
        name for name, mine, theirs in zip(header, expected, actual, strict=False) if mine != theirs
    ] or ["number of columns"]
    return f"results.csv disagrees with results.json for {candidate_id} ({', '.join(columns)})"


def _as_text(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell
