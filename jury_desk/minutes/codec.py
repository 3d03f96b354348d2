"""Minutes data to and from its JSON (schema version 1), with the checks the schema cannot make."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jury_desk.kernel.document_values import parse_date, parse_utc
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.json_schema import load_schema, read_document
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.minutes.data import (
    SCHEMA_FILE,
    SCHEMA_VERSION,
    MinutesCandidate,
    MinutesCompetency,
    MinutesCompetencyStatistics,
    MinutesData,
    MinutesFormatError,
    MinutesJuror,
    MinutesLevel,
    MinutesSession,
    MinutesStatistics,
    validated_competencies,
)
from jury_desk.models import DecisionRuleKind, JurorRole, Outcome
from jury_desk.rules.document_checks import (
    Inconsistency,
    first_repeated,
    level_inconsistency,
    printed_scale,
    scale_inconsistency,
)


def minutes_from_json(data: bytes) -> MinutesData:
    """Read and check minutes data; every problem is one `MinutesFormatError` line."""
    document = read_document(
        data,
        what=QT_TRANSLATE_NOOP("messages", "The minutes data"),
        schema_file=SCHEMA_FILE,
        version=SCHEMA_VERSION,
        refuse=MinutesFormatError,
    )
    minutes = _minutes(document)
    check_consistency(minutes)
    return minutes


def check_consistency(minutes: MinutesData) -> None:
    """What the schema cannot say: ids unique, levels on the scale, counts adding up."""
    for inconsistency in (
        _jury_inconsistency(minutes),
        scale_inconsistency(minutes.scale),
        _candidates_inconsistency(minutes),
        _statistics_inconsistency(minutes),
    ):
        if inconsistency is not None:
            raise MinutesFormatError(
                QT_TRANSLATE_NOOP(
                    "messages", "The minutes data is not consistent at {where}: {why}"
                ),
                where=inconsistency.where,
                why=UserError(inconsistency.why, **inconsistency.fields),
            )


def _jury_inconsistency(minutes: MinutesData) -> Inconsistency | None:
    if minutes.chair.id == minutes.member.id:
        return Inconsistency(
            "jury", QT_TRANSLATE_NOOP("messages", "the chair and the member are the same juror")
        )
    if minutes.session.ends_on < minutes.session.starts_on:
        return Inconsistency(
            "session/ends_on", QT_TRANSLATE_NOOP("messages", "the session ends before it starts")
        )
    return None


def _candidates_inconsistency(minutes: MinutesData) -> Inconsistency | None:
    codes = [c.code for c in minutes.statistics.competencies]
    if first_repeated(codes) is not None:
        return Inconsistency(
            "statistics/competencies", QT_TRANSLATE_NOOP("messages", "a competency appears twice")
        )
    seen: set[str] = set()
    for index, candidate in enumerate(minutes.candidates):
        where = f"candidates/{index}"
        if candidate.id in seen:
            return Inconsistency(
                f"{where}/id",
                QT_TRANSLATE_NOOP("messages", "{candidate} appears twice"),
                {"candidate": candidate.id},
            )
        seen.add(candidate.id)
        found = _candidate_inconsistency(minutes, candidate, codes, where)
        if found is not None:
            return found
    return None


def _candidate_inconsistency(
    minutes: MinutesData, candidate: MinutesCandidate, codes: list[str], where: str
) -> Inconsistency | None:
    if [level.code for level in candidate.levels] != codes:
        return Inconsistency(
            f"{where}/levels",
            QT_TRANSLATE_NOOP("messages", "the competencies are not those of the statistics"),
        )
    for level in candidate.levels:
        found = level_inconsistency(
            level.level, level.level_label, level.passing, minutes.scale, f"{where}/levels"
        )
        if found is not None:
            return found
    if candidate.validated != validated_competencies(candidate.outcome, candidate.levels):
        return Inconsistency(
            f"{where}/validated_competencies",
            QT_TRANSLATE_NOOP("messages", "not the passing levels of the decision"),
        )
    return None


def _statistics_inconsistency(minutes: MinutesData) -> Inconsistency | None:
    statistics = minutes.statistics
    if statistics.candidates != len(minutes.candidates):
        return Inconsistency(
            "statistics/candidates",
            QT_TRANSLATE_NOOP("messages", "not the number of candidates listed"),
        )
    listed = {outcome: 0 for outcome in Outcome}
    for candidate in minutes.candidates:
        listed[candidate.outcome] += 1
    if dict(statistics.outcome_counts) != listed:
        return Inconsistency(
            "statistics/outcome_counts",
            QT_TRANSLATE_NOOP("messages", "not the outcomes of the candidates listed"),
        )
    for index, competency in enumerate(statistics.competencies):
        if len(competency.level_counts) != len(minutes.scale):
            return Inconsistency(
                f"statistics/competencies/{index}",
                QT_TRANSLATE_NOOP("messages", "one count per level of the scale"),
            )
        if competency.agreements > competency.pairs:
            return Inconsistency(
                f"statistics/competencies/{index}",
                QT_TRANSLATE_NOOP("messages", "more agreements than pairs"),
            )
    return None


def _minutes(document: dict[str, Any]) -> MinutesData:
    """Build from a document the schema accepted: every key and type is as expected."""
    session, rule, statistics = (
        document["session"],
        document["decision_rule"],
        document["statistics"],
    )
    chair, member = (_juror(juror) for juror in document["jury"])
    return MinutesData(
        revision=document["revision"],
        prepared_at=_time(document["prepared_at"], "prepared_at"),
        session=MinutesSession(
            id=session["id"],
            title=session["title"],
            certification_title=session["certification_title"],
            rs_code=session["rs_code"],
            starts_on=_day(session["starts_on"], "session/starts_on"),
            ends_on=_day(session["ends_on"], "session/ends_on"),
            certifier=session.get("certifier"),  # optional: older minutes have none
        ),
        decision_rule=DecisionRuleKind(rule["kind"]),
        minimum_passing=rule["minimum_passing"],
        jury=(chair, member),
        deliberated_on=_day(document["deliberated_on"], "deliberated_on"),
        scale=printed_scale(document["scale"]),
        candidates=tuple(
            _candidate(candidate, f"candidates/{index}")
            for index, candidate in enumerate(document["candidates"])
        ),
        statistics=MinutesStatistics(
            candidates=statistics["candidates"],
            outcome_counts={
                outcome: statistics["outcome_counts"][outcome.value] for outcome in Outcome
            },
            pass_rate=statistics["pass_rate"],
            pairs=statistics["pairs"],
            agreement_rate=statistics["agreement_rate"],
            weighted_kappa=statistics["weighted_kappa"],
            competencies=tuple(
                MinutesCompetencyStatistics(
                    code=c["code"],
                    title=c["title"],
                    level_counts=tuple(c["level_counts"]),
                    pairs=c["pairs"],
                    agreements=c["agreements"],
                    agreement_rate=c["agreement_rate"],
                    weighted_kappa=c["weighted_kappa"],
                )
                for c in statistics["competencies"]
            ),
        ),
        place=document.get("place"),  # optional: older minutes have none
    )


def _juror(juror: dict[str, Any]) -> MinutesJuror:
    return MinutesJuror(juror["id"], juror["name"], juror["email"], JurorRole(juror["role"]))


def _candidate(candidate: dict[str, Any], where: str) -> MinutesCandidate:
    return MinutesCandidate(
        id=candidate["id"],
        name=candidate["name"],
        slot_start=_time(candidate["slot_start"], f"{where}/slot_start"),
        outcome=Outcome(candidate["outcome"]),
        decided_at=_time(candidate["decided_at"], f"{where}/decided_at"),
        decision_revision=candidate["decision_revision"],
        reasons=candidate["reasons"],
        levels=tuple(
            MinutesLevel(
                lv["code"],
                lv["title"],
                lv["level"],
                lv["level_label"],
                lv["passing"],
                lv["casting_note"],
            )
            for lv in candidate["levels"]
        ),
        validated=tuple(
            MinutesCompetency(v["code"], v["title"]) for v in candidate["validated_competencies"]
        ),
    )


def _time(text: str, where: str) -> datetime:
    return parse_utc(text, lambda why: _invalid(where, why))


def _day(text: str, where: str) -> date:
    return parse_date(text, lambda why: _invalid(where, why))


def _invalid(where: str, why: object) -> MinutesFormatError:
    """`why`: the reason parse_utc or parse_date gives (a message, or its text)."""
    return MinutesFormatError(
        QT_TRANSLATE_NOOP("messages", "The minutes data is not valid at {where}: {why}"),
        where=where,
        why=why,
    )


def minutes_schema() -> dict[str, Any]:
    return load_schema(SCHEMA_FILE)
