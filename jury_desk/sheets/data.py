"""What a scoring sheet says: one juror's assessment of one candidate, as plain values.

`SheetData` is read from the workspace once (`sheet_data_from_workspace`) and
then only serialised: its canonical JSON (`to_json`) is attached to the PDF
and its SHA-256 printed on every page, so the same data always gives the same
bytes. The juror's private preparation notes are never part of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.editing import current_assessment
from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.document_values import (
    nfc,
    parse_date,
    parse_utc,
    utc_text,
    whole_utc,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.json_schema import read_document
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Competency,
    CompetencyScore,
    InterviewEvent,
    InterviewEventKind,
    Juror,
    JurorRole,
    Recommendation,
    ScaleLevel,
)
from jury_desk.rules.deadlines import interview_day
from jury_desk.rules.document_checks import (
    Inconsistency,
    PrintedLevel,
    level_inconsistency,
    scale_inconsistency,
)
from jury_desk.sheets.schema import (
    SCHEMA_FILE,
    SCHEMA_VERSION,
    SHEET_FORMAT,
    SheetFormatError,
)
from jury_desk.store.queries import me, the_session

__all__ = [
    "SCHEMA_VERSION",
    "SHEET_FORMAT",
    "PrintedLevel",
    "SheetCandidate",
    "SheetCompetency",
    "SheetConflict",
    "SheetData",
    "SheetFormatError",
    "SheetInterview",
    "SheetJuror",
    "SheetSession",
    "sheet_data_from_workspace",
    "sheet_id",
]


@dataclass(frozen=True)
class SheetSession:
    id: str
    title: str
    certification_title: str
    rs_code: str


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

    @classmethod
    def from_json(cls, data: bytes) -> SheetData:
        """Read and check sheet data; every problem is one `SheetFormatError` line."""
        document = read_document(
            data,
            what=QT_TRANSLATE_NOOP("messages", "The scoring sheet data"),
            schema_file=SCHEMA_FILE,
            version=SCHEMA_VERSION,
            refuse=SheetFormatError,
        )
        sheet = _sheet(document)
        _check_consistency(sheet)
        return sheet


def sheet_id(session_id: str, candidate_id: str, juror_id: str) -> str:
    """The same for every version of one juror's sheet for one candidate."""
    return f"{session_id}/{candidate_id}/{juror_id}"


# --- From the workspace ----------------------------------------------------------


def sheet_data_from_workspace(
    session: Session, candidate_id: str, juror_id: str | None = None, *, now: datetime
) -> SheetData:
    """The sheet data of `juror_id`'s living assessment of a candidate (None: mine).

    My assessment is created empty if I have none yet, as the grid does; another
    juror's must exist in the workspace.
    """
    if now.tzinfo is None:
        raise ValueError(f"naive datetime {now!r}: pass an aware UTC time")
    row = the_session(session)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
            candidate=candidate_id,
        )
    assessment = _assessment(session, candidate_id, juror_id)
    juror = assessment.juror
    scores = {score.competency_id: score for score in assessment.scores}
    levels = {level.rank: level for level in row.levels}
    competencies = [
        _sheet_competency(competency, scores.get(competency.id), levels)
        for competency in row.competencies
    ]
    return SheetData(
        sheet_id=sheet_id(row.id, candidate.id, juror.id),
        version=assessment.version,
        session=SheetSession(row.id, nfc(row.title), nfc(row.certification_title), row.rs_code),
        candidate=SheetCandidate(
            id=candidate.id,
            name=nfc(candidate.name),
            startup=nfc(candidate.startup),
            incubator=nfc(candidate.incubator),
            phase=nfc(candidate.phase),
            role=nfc(candidate.role),
            slot_start=whole_utc(candidate.slot_start),
        ),
        juror=SheetJuror(juror.id, nfc(juror.name), juror.email, juror.role),
        interview=_interview(session, candidate_id),
        scale=tuple(PrintedLevel(lv.rank, nfc(lv.label), lv.passing) for lv in row.levels),
        competencies=tuple(competencies),
        recommendation=assessment.recommendation,
        overall_comment=nfc(assessment.overall_comment),
        conflict=SheetConflict(
            assessment.conflict_declared,
            nfc(assessment.conflict_statement),
            assessment.recused,
        ),
        prepared_at=whole_utc(now),
    )


def _sheet_competency(
    competency: Competency, score: CompetencyScore | None, levels: Mapping[int, ScaleLevel]
) -> SheetCompetency:
    """One row of the sheet: the level (with its label and descriptor) and the comment."""
    rank = score.level_rank if score is not None else None
    level = levels.get(rank) if rank is not None else None
    descriptor = next((d.text for d in competency.descriptors if d.rank == rank), None)
    return SheetCompetency(
        code=competency.code,
        title=nfc(competency.title),
        level=rank,
        level_label=nfc(level.label) if level is not None else None,
        descriptor=nfc(descriptor) if level is not None and descriptor else None,
        passing=level.passing if level is not None else None,
        comment=nfc(score.comment) if score is not None else "",
        seconds_discussed=score.seconds_discussed if score is not None else 0,
    )


def _assessment(session: Session, candidate_id: str, juror_id: str | None) -> Assessment:
    mine = me(session)
    if juror_id is None or juror_id == mine.id:
        return current_assessment(session, candidate_id)
    if session.get(Juror, juror_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no juror {juror!r} in this session."),
            juror=juror_id,
        )
    assessment = session.scalars(
        select(Assessment).where(
            Assessment.candidate_id == candidate_id,
            Assessment.juror_id == juror_id,
            Assessment.status != AssessmentStatus.SUPERSEDED,
        )
    ).first()
    if assessment is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "This workspace holds no assessment of {candidate} by {juror}."
            ),
            candidate=candidate_id,
            juror=juror_id,
        )
    return assessment


def _interview(session: Session, candidate_id: str) -> SheetInterview | None:
    # The record the clock keeps with its STOP event (InterviewClock.record), read
    # here in the caller's transaction so the sheet is one consistent snapshot.
    payload = session.scalars(
        select(InterviewEvent.payload)
        .where(
            InterviewEvent.candidate_id == candidate_id,
            InterviewEvent.kind == InterviewEventKind.STOP,
        )
        .order_by(InterviewEvent.seq)
        .limit(1)
    ).first()
    if payload is None:
        return None
    try:
        record = json.loads(payload).get("record")
        started = whole_utc(datetime.fromisoformat(record["started_at"]))
        ended = whole_utc(datetime.fromisoformat(record["ended_at"]))
        duration, paused = int(record["duration_s"]), int(record["paused_s"])
    except (ValueError, TypeError, KeyError, AttributeError):
        # A STOP event without a readable record (written by hand or by an older
        # version): the sheet says the interview was not timed rather than guess.
        return None
    return SheetInterview(interview_day(started), started, ended, max(0, duration), max(0, paused))


# --- To and from JSON ------------------------------------------------------------


def _parse_utc(text: str, where: str) -> datetime:
    return parse_utc(text, lambda why: _invalid(where, why))


def _invalid(where: str, why: object) -> SheetFormatError:
    """`why` is what the date parser found wrong (its own marked message or text)."""
    return SheetFormatError(
        QT_TRANSLATE_NOOP("messages", "The scoring sheet data is not valid at {where}: {why}"),
        where=where,
        why=why,
    )


def _document(sheet: SheetData) -> dict[str, Any]:
    interview = sheet.interview
    return {
        "format": SHEET_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "sheet_id": sheet.sheet_id,
        "version": sheet.version,
        "prepared_at": utc_text(sheet.prepared_at),
        "session": {
            "id": sheet.session.id,
            "title": sheet.session.title,
            "certification_title": sheet.session.certification_title,
            "rs_code": sheet.session.rs_code,
        },
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


def _sheet(document: dict[str, Any]) -> SheetData:
    """Build from a document the schema accepted: every key and type is as expected."""
    session, candidate, juror = document["session"], document["candidate"], document["juror"]
    interview = document["interview"]
    conflict = document["conflict_of_interest"]
    recommendation = document["recommendation"]
    return SheetData(
        sheet_id=document["sheet_id"],
        version=document["version"],
        session=SheetSession(
            session["id"], session["title"], session["certification_title"], session["rs_code"]
        ),
        candidate=SheetCandidate(
            id=candidate["id"],
            name=candidate["name"],
            startup=candidate["startup"],
            incubator=candidate["incubator"],
            phase=candidate["phase"],
            role=candidate["role"],
            slot_start=_parse_utc(candidate["slot_start"], "candidate/slot_start"),
        ),
        juror=SheetJuror(juror["id"], juror["name"], juror["email"], JurorRole(juror["role"])),
        interview=None
        if interview is None
        else SheetInterview(
            date=parse_date(interview["date"], lambda why: _invalid("interview/date", why)),
            started_at=_parse_utc(interview["started_at"], "interview/started_at"),
            ended_at=_parse_utc(interview["ended_at"], "interview/ended_at"),
            duration_s=interview["duration_s"],
            paused_s=interview["paused_s"],
        ),
        scale=tuple(
            PrintedLevel(lv["rank"], lv["label"], lv["passing"]) for lv in document["scale"]
        ),
        competencies=tuple(
            SheetCompetency(
                code=c["code"],
                title=c["title"],
                level=c["level"],
                level_label=c["level_label"],
                descriptor=c["descriptor"],
                passing=c["passing"],
                comment=c["comment"],
                seconds_discussed=c["seconds_discussed"],
            )
            for c in document["competencies"]
        ),
        recommendation=Recommendation(recommendation) if recommendation is not None else None,
        overall_comment=document["overall_comment"],
        conflict=SheetConflict(conflict["declared"], conflict["statement"], conflict["recused"]),
        prepared_at=_parse_utc(document["prepared_at"], "prepared_at"),
    )


def _check_consistency(sheet: SheetData) -> None:
    """What the schema cannot say: the id matches, levels belong to the scale, codes are unique."""
    for inconsistency in (
        _id_inconsistency(sheet),
        scale_inconsistency(sheet.scale),
        _competencies_inconsistency(sheet),
        _interview_inconsistency(sheet),
    ):
        if inconsistency is not None:
            raise _inconsistent(inconsistency.where, inconsistency.why, **inconsistency.fields)


def _id_inconsistency(sheet: SheetData) -> Inconsistency | None:
    expected = sheet_id(sheet.session.id, sheet.candidate.id, sheet.juror.id)
    if sheet.sheet_id == expected:
        return None
    return Inconsistency(
        "sheet_id",
        QT_TRANSLATE_NOOP("messages", "{found!r} should be {expected!r}"),
        {"found": sheet.sheet_id, "expected": expected},
    )


def _competencies_inconsistency(sheet: SheetData) -> Inconsistency | None:
    seen: set[str] = set()
    for index, competency in enumerate(sheet.competencies):
        where = f"competencies/{index}"
        if competency.code in seen:
            return Inconsistency(
                f"{where}/code",
                QT_TRANSLATE_NOOP("messages", "{code} appears twice"),
                {"code": competency.code},
            )
        seen.add(competency.code)
        found = level_inconsistency(
            competency.level,
            competency.level_label,
            competency.passing,
            sheet.scale,
            where,
            rank_where=f"{where}/level",
        )
        if found is not None:
            return found
    return None


def _interview_inconsistency(sheet: SheetData) -> Inconsistency | None:
    interview = sheet.interview
    if interview is not None and interview.ended_at < interview.started_at:
        return Inconsistency(
            "interview/ended_at",
            QT_TRANSLATE_NOOP("messages", "the interview ends before it starts"),
        )
    return None


def _inconsistent(where: str, why: str, **fields: object) -> SheetFormatError:
    """`why` is a marked template, filled in with `fields`."""
    return SheetFormatError(
        QT_TRANSLATE_NOOP("messages", "The scoring sheet data is not consistent at {where}: {why}"),
        where=where,
        why=SheetFormatError(why, **fields),
    )
