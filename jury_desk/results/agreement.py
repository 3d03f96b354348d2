"""Does results.json say what the signed minutes say? One phrase per disagreement.

Each phrase is a message (a marked template and its fields) that the window translates.

The minutes are what both jurors signed; results.json is the same decisions as
data for the organiser, plus what the minutes do not carry (files, due dates).
Every fact the two share must be equal, value for value; what only the minutes
carry (a casting vote's note, say) is not results.json's to repeat.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

_SESSION_KEYS = ("id", "title", "certification_title", "rs_code", "starts_on", "ends_on")
_JUROR_KEYS = ("id", "name", "email", "role")
_CANDIDATE_KEYS = (
    "name",
    "slot_start",
    "outcome",
    "decided_at",
    "decision_revision",
    "reasons",
    "levels",
    "validated_competencies",
)
_STATISTICS_KEYS = (
    "candidates",
    "outcome_counts",
    "pass_rate",
    "pairs",
    "agreement_rate",
    "weighted_kappa",
    "competencies",
)


def minutes_disagreements(
    minutes: Mapping[str, Any], results: Mapping[str, Any]
) -> list[UserError]:
    """What `results` (results.json) states otherwise than `minutes` (their signed data)."""
    return [
        *_session_disagreements(minutes, results),
        *_candidate_set_disagreements(minutes, results),
        *_candidate_disagreements(minutes, results),
        *_statistics_disagreements(minutes, results),
    ]


def _session_disagreements(
    minutes: Mapping[str, Any], results: Mapping[str, Any]
) -> list[UserError]:
    problems: list[UserError] = []
    session, their_session = results["session"], minutes["session"]
    for key in _SESSION_KEYS:
        if not _same(session[key], their_session.get(key)):
            problems.append(UserError(QT_TRANSLATE_NOOP("messages", "session {key}"), key=key))
    if not _same(session["decision_rule"], minutes["decision_rule"]):
        problems.append(UserError(QT_TRANSLATE_NOOP("messages", "decision rule")))
    jury = [{key: juror[key] for key in _JUROR_KEYS} for juror in results["jury"]]
    if not _same(jury, minutes["jury"]):
        problems.append(UserError(QT_TRANSLATE_NOOP("messages", "the jury")))
    if not _same(results["scale"], minutes["scale"]):
        problems.append(UserError(QT_TRANSLATE_NOOP("messages", "the level scale")))
    return problems


def _candidate_set_disagreements(
    minutes: Mapping[str, Any], results: Mapping[str, Any]
) -> list[UserError]:
    ours = {c["id"] for c in results["candidates"]}
    theirs = {c["id"] for c in minutes["candidates"]}
    missing = ", ".join(sorted(theirs - ours))
    extra = ", ".join(sorted(ours - theirs))
    if missing and extra:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "the candidates (not in results.json: {missing}) (not in the minutes: {extra})",
        )
        return [UserError(template, missing=missing, extra=extra)]
    if missing:
        template = QT_TRANSLATE_NOOP("messages", "the candidates (not in results.json: {missing})")
        return [UserError(template, missing=missing)]
    if extra:
        template = QT_TRANSLATE_NOOP("messages", "the candidates (not in the minutes: {extra})")
        return [UserError(template, extra=extra)]
    return []


def _candidate_disagreements(
    minutes: Mapping[str, Any], results: Mapping[str, Any]
) -> list[UserError]:
    """For each candidate both list, the keys on which they differ."""
    theirs = {c["id"]: c for c in minutes["candidates"]}
    problems: list[UserError] = []
    for candidate in results["candidates"]:
        other = theirs.get(candidate["id"])
        if other is None:
            continue  # said by _candidate_set_disagreements
        keys = [key for key in _CANDIDATE_KEYS if not _same(candidate[key], other.get(key))]
        if keys:
            problems.append(
                UserError(
                    QT_TRANSLATE_NOOP("messages", "{candidate} ({keys})"),
                    candidate=candidate["id"],
                    keys=", ".join(keys),
                )
            )
    return problems


def _statistics_disagreements(
    minutes: Mapping[str, Any], results: Mapping[str, Any]
) -> list[UserError]:
    statistics, their_statistics = results["statistics"], minutes["statistics"]
    keys = [
        key for key in _STATISTICS_KEYS if not _same(statistics[key], their_statistics.get(key))
    ]
    if not keys:
        return []
    return [UserError(QT_TRANSLATE_NOOP("messages", "statistics ({keys})"), keys=", ".join(keys))]


def _same(ours: Any, theirs: Any) -> bool:
    """Equal, where an object of ours needs only its own keys in theirs (recursively)."""
    if isinstance(ours, dict):
        return isinstance(theirs, dict) and all(
            key in theirs and _same(value, theirs[key]) for key, value in ours.items()
        )
    if isinstance(ours, list):
        return (
            isinstance(theirs, list)
            and len(ours) == len(theirs)
            and all(_same(mine, other) for mine, other in zip(ours, theirs, strict=True))
        )
    # bool is an int in Python: true must not equal 1.
    return isinstance(ours, bool) == isinstance(theirs, bool) and bool(ours == theirs)
