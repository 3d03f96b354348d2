"""What the minutes say: the jury's decision for every candidate of the session, as plain values.

`MinutesData` is gathered from the chair's workspace once (gather.py) and then
only serialised: its canonical JSON (`to_json`) is attached to the PDF as
`minutes.json` and its SHA-256 printed on every page. codec.py reads it back,
refusing anything the schema or the consistency checks reject.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.document_values import nfc, utc_text
from jury_desk.kernel.errors import UserError
from jury_desk.models import (
    DecisionRuleKind,
    JurorRole,
    Outcome,
)
from jury_desk.rules.document_checks import PrintedLevel

MINUTES_FORMAT = "jury-desk-minutes"
SCHEMA_VERSION = 1
SCHEMA_FILE = "minutes-v1.schema.json"
ATTACHMENT_NAME = "minutes.json"
PLACE_MAX_LENGTH = 120  # the schema's maxLength of "place"


# Outcomes the decision rule gives from the levels: only these validate competencies.
RULED_OUTCOMES = frozenset({Outcome.CERTIFIED, Outcome.NOT_CERTIFIED})


class MinutesFormatError(UserError):
    """The data of minutes is not JSON, not of this version, or breaks the schema."""


class MinutesNotReadyError(UserError):
    """The minutes cannot be drawn up yet: the message names the candidates concerned."""


@dataclass(frozen=True)
class MinutesSession:
    id: str
    title: str
    certification_title: str
    rs_code: str
    starts_on: date
    ends_on: date
    # The certifier as the session bundle names it, printed in the header; None
    # where unknown: the JSON then has no "certifier", as in older minutes.
    certifier: str | None = None


@dataclass(frozen=True)
class MinutesJuror:
    id: str
    name: str
    email: str
    role: JurorRole


@dataclass(frozen=True)
class MinutesCompetency:
    code: str
    title: str


@dataclass(frozen=True)
class MinutesLevel:
    """The consolidated level of one competency; `level` None where none was settled."""

    code: str
    title: str
    level: int | None
    level_label: str | None
    passing: bool | None
    casting_note: str  # why the chair decided, where the jurors disagreed; else ""


@dataclass(frozen=True)
class MinutesCandidate:
    id: str
    name: str
    slot_start: datetime  # aware UTC, whole seconds
    outcome: Outcome
    decided_at: datetime  # aware UTC, whole seconds: the decision now in force
    decision_revision: int  # 1 for a first decision, 2… once revised
    reasons: str
    levels: tuple[MinutesLevel, ...]
    # Passing consolidated levels, for a certified or not certified candidate only.
    validated: tuple[MinutesCompetency, ...]


@dataclass(frozen=True)
class MinutesCompetencyStatistics:
    code: str
    title: str
    level_counts: tuple[int, ...]  # candidates at each consolidated level, by rank
    pairs: int
    agreements: int
    agreement_rate: float | None
    weighted_kappa: float | None


@dataclass(frozen=True)
class MinutesStatistics:
    candidates: int
    outcome_counts: Mapping[Outcome, int]  # every outcome is a key
    pass_rate: float | None
    pairs: int
    agreement_rate: float | None
    weighted_kappa: float | None
    competencies: tuple[MinutesCompetencyStatistics, ...]


@dataclass(frozen=True)
class MinutesData:
    """The whole content of revision `revision` of the minutes of one session."""

    revision: int
    prepared_at: datetime  # aware UTC, whole seconds
    session: MinutesSession
    decision_rule: DecisionRuleKind
    minimum_passing: int | None
    jury: tuple[MinutesJuror, MinutesJuror]  # the chair, then the member
    deliberated_on: date  # the day in Paris of the last decision
    scale: tuple[PrintedLevel, ...]
    candidates: tuple[MinutesCandidate, ...]
    statistics: MinutesStatistics
    # Where the jury met, as the chair typed it: « Fait à {place}, le … »; None (the
    # key left out of the JSON, as in minutes drawn up before it existed) for « Fait le … ».
    place: str | None = None

    @property
    def chair(self) -> MinutesJuror:
        return self.jury[0]

    @property
    def member(self) -> MinutesJuror:
        return self.jury[1]

    def to_json(self) -> bytes:
        """Canonical JSON: sorted keys, UTF-8 unescaped, two-space indent, final newline."""
        return document_json(minutes_document(self))

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of `to_json()`: printed on every page of the minutes."""
        return hashlib.sha256(self.to_json()).hexdigest()


def minutes_document(minutes: MinutesData) -> dict[str, Any]:
    document = _document(minutes)
    if minutes.session.certifier is not None:
        document["session"]["certifier"] = minutes.session.certifier
    if minutes.place is not None:
        document["place"] = minutes.place
    return document


def place_of(text: str | None) -> str | None:
    """The place as kept: NFC, one line, spaces trimmed; None when nothing is typed."""
    if text is None:
        return None
    place = nfc(" ".join(text.split()))[:PLACE_MAX_LENGTH].strip()
    return place or None


def _document(minutes: MinutesData) -> dict[str, Any]:
    session, statistics = minutes.session, minutes.statistics
    return {
        "format": MINUTES_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "revision": minutes.revision,
        "prepared_at": utc_text(minutes.prepared_at),
        "session": {
            "id": session.id,
            "title": session.title,
            "certification_title": session.certification_title,
            "rs_code": session.rs_code,
            "starts_on": session.starts_on.isoformat(),
            "ends_on": session.ends_on.isoformat(),
        },
        "decision_rule": {
            "kind": minutes.decision_rule.value,
            "minimum_passing": minutes.minimum_passing,
        },
        "jury": [
            {"id": j.id, "name": j.name, "email": j.email, "role": j.role.value}
            for j in minutes.jury
        ],
        "deliberated_on": minutes.deliberated_on.isoformat(),
        "scale": [
            {"rank": level.rank, "label": level.label, "passing": level.passing}
            for level in minutes.scale
        ],
        "candidates": [
            {
                "id": c.id,
                "name": c.name,
                "slot_start": utc_text(c.slot_start),
                "outcome": c.outcome.value,
                "decided_at": utc_text(c.decided_at),
                "decision_revision": c.decision_revision,
                "reasons": c.reasons,
                "levels": [
                    {
                        "code": level.code,
                        "title": level.title,
                        "level": level.level,
                        "level_label": level.level_label,
                        "passing": level.passing,
                        "casting_note": level.casting_note,
                    }
                    for level in c.levels
                ],
                "validated_competencies": [{"code": v.code, "title": v.title} for v in c.validated],
            }
            for c in minutes.candidates
        ],
        "statistics": {
            "candidates": statistics.candidates,
            "outcome_counts": {
                outcome.value: statistics.outcome_counts[outcome] for outcome in Outcome
            },
            "pass_rate": statistics.pass_rate,
            "pairs": statistics.pairs,
            "agreement_rate": statistics.agreement_rate,
            "weighted_kappa": statistics.weighted_kappa,
            "competencies": [
                {
                    "code": c.code,
                    "title": c.title,
                    "level_counts": list(c.level_counts),
                    "pairs": c.pairs,
                    "agreements": c.agreements,
                    "agreement_rate": c.agreement_rate,
                    "weighted_kappa": c.weighted_kappa,
                }
                for c in statistics.competencies
            ],
        },
    }


def validated_competencies(
    outcome: Outcome, levels: tuple[MinutesLevel, ...]
) -> tuple[MinutesCompetency, ...]:
    """What a candidate validated: the passing levels, where the decision rule judged them."""
    if outcome not in RULED_OUTCOMES:
        return ()
    return tuple(MinutesCompetency(lv.code, lv.title) for lv in levels if lv.passing)
