"""What a scoring sheet says: one juror's assessment of one candidate, as plain values.

`SheetData` is gathered from the workspace once (gather.py) and then only
serialised: its canonical JSON (`to_json`) is attached to the PDF and its
SHA-256 printed on every page, so the same data always gives the same bytes.
The juror's private preparation notes are never part of it. Reading the JSON
back, with every check, is codec.py's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.document_values import (
    utc_text,
)
from jury_desk.kernel.errors import UserError
from jury_desk.models import (
    JurorRole,
    Recommendation,
)
from jury_desk.rules.document_checks import (
    PrintedLevel,
)

SHEET_FORMAT = "jury-desk-scoring-sheet"
# The JSON file attached to the signed PDF, named as the data it holds.
ATTACHMENT_NAME = "scoring-sheet.json"
SCHEMA_VERSION = 1


class SheetFormatError(UserError):
    """The data of a scoring sheet is not JSON, not of this version, or breaks the schema."""


@dataclass(frozen=True)
class SheetSession:
    id: str
    title: str
    certification_title: str
    rs_code: str
    # The certifier as the session bundle names it (the organiser), printed in the
    # header; None where unknown: the JSON then has no "certifier", as before.
    certifier: str | None = None


@dataclass(frozen=True)
class SheetCandidate:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime  # aware UTC, whole seconds


@dataclass(frozen=True)
class SheetJuror:
    id: str
    name: str
    email: str
    role: JurorRole


@dataclass(frozen=True)
class SheetInterview:
    """The interview as the clock recorded it at the stop."""

    date: date  # the day in Europe/Paris
    started_at: datetime  # aware UTC, whole seconds
    ended_at: datetime
    duration_s: int  # time the clock ran, pauses excluded
    paused_s: int


@dataclass(frozen=True)
class SheetCompetency:
    """One row of the grid; `level` None is "not scored" (then label, descriptor, passing too)."""

    code: str
    title: str
    level: int | None
    level_label: str | None
    descriptor: str | None
    passing: bool | None
    comment: str
    seconds_discussed: int


@dataclass(frozen=True)
class SheetConflict:
    declared: bool
    statement: str
    recused: bool


@dataclass(frozen=True)
class SheetData:
    """The whole content of one scoring sheet, version `version` of `sheet_id`."""

    sheet_id: str
    version: int
    session: SheetSession
    candidate: SheetCandidate
    juror: SheetJuror
    interview: SheetInterview | None
    scale: tuple[PrintedLevel, ...]
    competencies: tuple[SheetCompetency, ...]
    recommendation: Recommendation | None
    overall_comment: str
    conflict: SheetConflict
    prepared_at: datetime  # aware UTC, whole seconds: when the data was taken

    def to_json(self) -> bytes:
        """Canonical JSON: sorted keys, UTF-8 unescaped, two-space indent, final newline."""
        return document_json(_document(self))

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of `to_json()`: printed on the sheet, recorded when signed."""
        return hashlib.sha256(self.to_json()).hexdigest()


def sheet_id(session_id: str, candidate_id: str, juror_id: str) -> str:
    """The same for every version of one juror's sheet for one candidate."""
    return f"{session_id}/{candidate_id}/{juror_id}"


def _document(sheet: SheetData) -> dict[str, Any]:
    interview = sheet.interview
    session: dict[str, Any] = {
        "id": sheet.session.id,
        "title": sheet.session.title,
        "certification_title": sheet.session.certification_title,
        "rs_code": sheet.session.rs_code,
    }
    if sheet.session.certifier is not None:
        session["certifier"] = sheet.session.certifier
    return {
        "format": SHEET_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "sheet_id": sheet.sheet_id,
        "version": sheet.version,
        "prepared_at": utc_text(sheet.prepared_at),
        "session": session,
        "candidate": {
            "id": sheet.candidate.id,
            "name": sheet.candidate.name,
            "startup": sheet.candidate.startup,
            "incubator": sheet.candidate.incubator,
            "phase": sheet.candidate.phase,
            "role": sheet.candidate.role,
            "slot_start": utc_text(sheet.candidate.slot_start),
        },
        "juror": {
            "id": sheet.juror.id,
            "name": sheet.juror.name,
            "email": sheet.juror.email,
            "role": sheet.juror.role.value,
        },
        "interview": None
        if interview is None
        else {
            "date": interview.date.isoformat(),
            "started_at": utc_text(interview.started_at),
            "ended_at": utc_text(interview.ended_at),
            "duration_s": interview.duration_s,
            "paused_s": interview.paused_s,
        },
        "scale": [
            {"rank": level.rank, "label": level.label, "passing": level.passing}
            for level in sheet.scale
        ],
        "competencies": [
            {
                "code": c.code,
                "title": c.title,
                "level": c.level,
                "level_label": c.level_label,
                "descriptor": c.descriptor,
                "passing": c.passing,
                "comment": c.comment,
                "seconds_discussed": c.seconds_discussed,
            }
            for c in sheet.competencies
        ],
        "recommendation": sheet.recommendation.value if sheet.recommendation else None,
        "overall_comment": sheet.overall_comment,
        "conflict_of_interest": {
            "declared": sheet.conflict.declared,
            "statement": sheet.conflict.statement,
            "recused": sheet.conflict.recused,
        },
    }
