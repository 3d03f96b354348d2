"""The session of a workspace and "me" in it, read in plain SQL (store/queries.py, the ORM's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jury_desk.juror.reading.columns import day
from jury_desk.models.enums import JurorRole
from jury_desk.rules.scale import Scale
from jury_desk.store.missing import no_me, no_session
from jury_desk.store.workspace import PlainReads


@dataclass(frozen=True)
class SessionRow:
    id: str
    title: str
    certification_title: str
    ends_on: date
    decision_delay_months: int


@dataclass(frozen=True)
class Me:
    id: str
    name: str
    role: JurorRole


def the_session(sql: PlainReads) -> SessionRow:
    row = sql.first(
        "SELECT id, title, certification_title, ends_on, decision_delay_months"
        " FROM certification_session LIMIT 1"
    )
    if row is None:
        raise no_session()
    return SessionRow(row[0], row[1], row[2], day(row[3]), row[4])


def me(sql: PlainReads) -> Me:
    row = sql.first("SELECT id, name, role FROM juror WHERE is_me = 1 LIMIT 1")
    if row is None:
        raise no_me()
    return Me(row[0], row[1], JurorRole(row[2]))


def levels(sql: PlainReads, session_id: str) -> list[tuple[int, str, bool]]:
    """The scale's levels as (rank, label, passing), by rank."""
    rows = sql.all(
        "SELECT rank, label, passing FROM scale_level WHERE session_id = ? ORDER BY rank",
        (session_id,),
    )
    return [(rank, label, bool(passing)) for rank, label, passing in rows]


def scale(sql: PlainReads) -> Scale:
    found = levels(sql, the_session(sql).id)
    return Scale(tuple(label for _, label, _ in found), tuple(passing for *_, passing in found))


def competency_titles(sql: PlainReads) -> list[tuple[str, str]]:
    rows = sql.all(
        "SELECT code, title FROM competency WHERE session_id = ? ORDER BY position",
        (the_session(sql).id,),
    )
    return [(code, title) for code, title in rows]
