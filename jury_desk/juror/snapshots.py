"""What the juror's window shows, as frozen plain values: the desk's snapshots.

Made by the plain-SQL reads (jury_desk/juror/reading), which the window's first
frame needs without SQLAlchemy; tests/core/juror/test_plain_reads.py proves them
equal to what the ORM reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from jury_desk.models.enums import DocumentKind, Recommendation
from jury_desk.rules.sheet import SheetProblem


class CandidateStatus(StrEnum):
    TO_PREPARE = "to_prepare"
    IN_INTERVIEW = "in_interview"
    SCORED = "scored"
    SIGNED = "signed"
    DELIBERATED = "deliberated"


@dataclass(frozen=True)
class CandidateSummary:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime
    slot_minutes: int
    status: CandidateStatus
    conflict_declared: bool
    decision_due: date


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    kind: DocumentKind
    title: str
    media_type: str
    size: int


@dataclass(frozen=True)
class LevelInfo:
    rank: int
    label: str
    passing: bool
    descriptor: str


@dataclass(frozen=True)
class GridRowState:
    code: str
    title: str
    description: str
    criteria: tuple[str, ...]
    levels: tuple[LevelInfo, ...]
    level: int | None
    comment: str
    seconds_discussed: int
    comment_required: bool


@dataclass(frozen=True)
class GridState:
    candidate_id: str
    rows: tuple[GridRowState, ...]
    recommendation: Recommendation | None
    overall_comment: str
    preparation_notes: str
    conflict_declared: bool
    conflict_statement: str
    recused: bool
    frozen: bool
    problems: tuple[SheetProblem, ...]


@dataclass(frozen=True)
class SessionHeader:
    id: str
    title: str
    certification_title: str
    me_name: str
    me_role: str
