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
    problems: list[UserError] = []

    def differs(template: str, **fields: object) -> None:
        problems.append(UserError(template, **fields))

    session, their_session = results["session"], minutes["session"]
    for key in _SESSION_KEYS:
        if not _same(session[key], their_session.get(key)):
            differs(QT_TRANSLATE_NOOP("messages", "session {key}"), key=key)
    if not _same(session["decision_rule"], minutes["decision_rule"]):
        differs(QT_TRANSLATE_NOOP("messages", "decision rule"))
    jury = [{key: juror[key] for key in _JUROR_KEYS} for juror in results["jury"]]
    if not _same(jury, minutes["jury"]):
        differs(QT_TRANSLATE_NOOP("messages", "the jury"))
    if not _same(results["scale"], minutes["scale"]):
        differs(QT_TRANSLATE_NOOP("messages", "the level scale"))
    ours = {c["id"]: c for c in results["candidates"]}
    theirs = {c["id"]: c for c in minutes["candidates"]}
    if set(ours) != set(theirs):
        missing = ", ".join(sorted(set(theirs) - set(ours)))
        extra = ", ".join(sorted(set(ours) - set(theirs)))
        if missing and extra:
            differs(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the candidates (not in results.json: {missing}) (not in the minutes: {extra})",
                ),
                missing=missing,
                extra=extra,
            )
        elif missing:
            differs(
                QT_TRANSLATE_NOOP("messages", "the candidates (not in results.json: {missing})"),
                missing=missing,
            )
        else:
            differs(
                QT_TRANSLATE_NOOP("messages", "the candidates (not in the minutes: {extra})"),
                extra=extra,
            )
    for candidate_id, candidate in ours.items():
        other = theirs.get(candidate_id)
        if other is None:
            continue
        keys = [key for key in _CANDIDATE_KEYS if not _same(candidate[key], other.get(key))]
        if keys:
            differs(
                QT_TRANSLATE_NOOP("messages", "{candidate} ({keys})"),
                candidate=candidate_id,
                keys=", ".join(keys),
            )
    statistics, their_statistics = results["statistics"], minutes["statistics"]
    keys = [
        key for key in _STATISTICS_KEYS if not _same(statistics[key], their_statistics.get(key))
    ]
    if keys:
        differs(QT_TRANSLATE_NOOP("messages", "statistics ({keys})"), keys=", ".join(keys))
    return problems


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
