"""What results.json says, as the organiser's side reads it: the session, each candidate, the files.

results.json says who decided what (session, jury with certificates, each
candidate's outcome, reasons, consolidated levels and validated competencies),
lists every file beside it with its SHA-256, and carries the session's
statistics. It is built from the chair's workspace (gather.py) and read back
after its schema (codec.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jury_desk.models import Outcome
from jury_desk.results.layout import (
    SHEETS_DIR,
)


@dataclass(frozen=True)
class SheetEntry:
    """A signed sheet going into the file, under sheets/<file_name>."""

    candidate_id: str
    juror_id: str
    version: int
    file_name: str
    sha256: str


@dataclass(frozen=True)
class CandidateResult:
    """One candidate as results.json states it."""

    id: str
    name: str
    startup: str
    outcome: Outcome
    decided_at: str
    reasons: str
    # Competency code -> consolidated level rank (None where no level stands, e.g. absent).
    levels: dict[str, int | None]
    validated: list[str]
    sheets: list[SheetEntry]


@dataclass(frozen=True)
class ResultsDocument:
    """results.json once its schema held: the parts the verification and summary read."""

    raw: dict[str, Any]

    @property
    def session_id(self) -> str:
        return str(self.raw["session"]["id"])

    @property
    def competency_codes(self) -> list[str]:
        return [c["code"] for c in self.raw["competencies"]]

    @property
    def level_labels(self) -> dict[int, str]:
        return {level["rank"]: level["label"] for level in self.raw["scale"]}

    @property
    def candidates(self) -> list[CandidateResult]:
        return [_candidate_result(c) for c in self.raw["candidates"]]


def _candidate_result(raw: dict[str, Any]) -> CandidateResult:
    return CandidateResult(
        id=raw["id"],
        name=raw["name"],
        startup=raw["startup"],
        outcome=Outcome(raw["outcome"]),
        decided_at=raw["decided_at"],
        reasons=raw["reasons"],
        levels={level["code"]: level["level"] for level in raw["levels"]},
        validated=[competency["code"] for competency in raw["validated_competencies"]],
        sheets=[
            SheetEntry(
                candidate_id=raw["id"],
                juror_id=sheet["juror"],
                version=sheet["version"],
                file_name=sheet["file"].removeprefix(f"{SHEETS_DIR}/"),
                sha256=sheet["sha256"],
            )
            for sheet in raw["sheets"]
        ],
    )
