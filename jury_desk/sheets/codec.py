"""A scoring sheet's JSON read back (schema version 1), with the checks the schema cannot make."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jury_desk.kernel.document_values import (
    parse_date,
    parse_utc,
)
from jury_desk.kernel.json_schema import load_schema, read_document
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    JurorRole,
    Recommendation,
)
from jury_desk.rules.document_checks import (
    Inconsistency,
    level_inconsistency,
    printed_scale,
    scale_inconsistency,
)
from jury_desk.sheets.data import (
    SCHEMA_VERSION,
    SheetCandidate,
    SheetCompetency,
    SheetConflict,
    SheetData,
    SheetFormatError,
    SheetInterview,
    SheetJuror,
    SheetSession,
    sheet_id,
)

SCHEMA_FILE = "scoring-sheet-v1.schema.json"


def sheet_from_json(data: bytes) -> SheetData:
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


def sheet_schema() -> dict[str, Any]:
    return load_schema(SCHEMA_FILE)


def _parse_utc(text: str, where: str) -> datetime:
    return parse_utc(text, lambda why: _invalid(where, why))


def _invalid(where: str, why: object) -> SheetFormatError:
    """`why` is what the date parser found wrong (its own marked message or text)."""
    return SheetFormatError(
        QT_TRANSLATE_NOOP("messages", "The scoring sheet data is not valid at {where}: {why}"),
        where=where,
        why=why,
    )


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
            session["id"],
            session["title"],
            session["certification_title"],
            session["rs_code"],
            session.get("certifier"),
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
        scale=printed_scale(document["scale"]),
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
