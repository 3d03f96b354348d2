"""How long the registry keeps personal data, and deleting what is due, explicitly.

No retention period is fixed for RS certifiers (../shared/organiser.md): the schedule is
the organiser's setting, kept in the registry, with stated defaults — the data of an
application that was never heard, or was not certified, kept a year after it could
still be contested, the dossier's files a year after the decision, the holders' identity
as long as the registry lives (the register of holders). Deleting empties the person's
identity, contact and files, and keeps the application's row, its statuses and its
decisions, so that the figures for a registration's renewal stay what they were.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import ApplicationStatus, Outcome
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import Candidate, Decision, Setting
from jury_desk.registry.store import Registry
from jury_desk.rules.deadlines import add_months, interview_day

SETTING = "retention.schedule"
ERASED = "(données supprimées)"  # what a deleted application's name reads as


@dataclass(frozen=True)
class RetentionSchedule:
    # The time a decision can be contested (the means of recourse: two months).
    recourse_months: int = 2
    # Then the data of an application not certified (or absent) is kept this long.
    not_certified_months: int = 12
    # An application never heard (withdrawn, incomplete, not retained): after its session.
    unheard_months: int = 12
    # The dossier's files, certified or not: after the decision (or the session's end).
    documents_months: int = 12

    def __post_init__(self) -> None:
        if min(asdict(self).values()) < 0 or max(asdict(self).values()) > 600:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages", "A retention period is a number of months from 0 to 600."
                )
            )


class DueKind(StrEnum):
    PERSONAL_DATA = "personal_data"  # identity, contact and files
    DOCUMENTS = "documents"  # the dossier's files alone


@dataclass(frozen=True)
class Due:
    candidate_id: str
    kind: DueKind
    due_on: date


def retention_schedule(registry: Registry) -> RetentionSchedule:
    with registry.read() as session:
        row = session.get(Setting, SETTING)
        return (
            RetentionSchedule(**json.loads(row.value)) if row is not None else RetentionSchedule()
        )


def set_retention_schedule(registry: Registry, schedule: RetentionSchedule) -> None:
    with registry.write() as writer:
        row = writer.session.get(Setting, SETTING)
        if row is None:
            row = Setting(key=SETTING)
            writer.session.add(row)
        row.value = json.dumps(asdict(schedule), sort_keys=True)
        writer.touch(row)
        writer.journal("retention.schedule", SETTING, asdict(schedule))


def due_for_deletion(registry: Registry, today: date) -> list[Due]:
    """What the schedule says may go by `today`, oldest first; nothing is deleted here."""
    schedule = retention_schedule(registry)
    found: list[Due] = []
    with registry.read() as session:
        candidates = session.scalars(
            select(Candidate)
            .where(Candidate.birth_name != ERASED)
            .options(selectinload(Candidate.session), selectinload(Candidate.documents))
        )
        for candidate in candidates:
            decision = session.scalars(
                select(Decision).where(
                    Decision.candidate_id == candidate.id, Decision.superseded_by.is_(None)
                )
            ).first()
            found += _due(candidate, decision, schedule, today)
    return sorted(found, key=lambda due: (due.due_on, due.candidate_id))


def _due(
    candidate: Candidate, decision: Decision | None, schedule: RetentionSchedule, today: date
) -> list[Due]:
    ended = candidate.session.ends_on
    if decision is None:
        if candidate.status in _STILL_IN_PROGRESS:
            return []
        whole = add_months(ended, schedule.unheard_months)
        return [Due(candidate.id, DueKind.PERSONAL_DATA, whole)] if whole <= today else []
    decided = interview_day(decision.decided_at)
    found = []
    if decision.outcome is not Outcome.CERTIFIED:
        whole = add_months(decided, schedule.recourse_months + schedule.not_certified_months)
        if whole <= today:
            return [Due(candidate.id, DueKind.PERSONAL_DATA, whole)]
    files = add_months(decided, schedule.documents_months)
    if candidate.documents and files <= today:
        found.append(Due(candidate.id, DueKind.DOCUMENTS, files))
    return found


_STILL_IN_PROGRESS = frozenset(
    {
        ApplicationStatus.APPLIED,
        ApplicationStatus.ELIGIBLE,
        ApplicationStatus.SHORTLISTED,
        ApplicationStatus.CONVENED,
        ApplicationStatus.INTERVIEWED,
    }
)


def delete_due(registry: Registry, items: list[Due]) -> int:
    """Delete what `items` name (as due_for_deletion listed it); how many were deleted."""
    with registry.write() as writer:
        for item in items:
            candidate = writer.session.get(Candidate, item.candidate_id)
            if candidate is None:
                continue
            for document in list(candidate.documents):
                writer.session.delete(document)
            if item.kind is DueKind.PERSONAL_DATA:
                _erase(candidate)
                for change in candidate.history:
                    change.note = ""  # a withdrawal's reason may name or describe the person
                for decision in writer.session.scalars(
                    select(Decision).where(Decision.candidate_id == candidate.id)
                ):
                    decision.reasons, decision.correction_reason = "", ""
            writer.touch(candidate)
            # Ids and what went, never the data itself: the journal is kept for good.
            writer.journal("retention.delete", candidate.id, {"what": item.kind.value})
    return len(items)


def _erase(candidate: Candidate) -> None:
    candidate.birth_name, candidate.first_names = ERASED, ""
    for name in (
        "usage_name",
        "birth_year",
        "birth_month",
        "birth_day",
        "sex",
        "birth_insee_code",
        "birth_postal_code",
        "birth_commune",
        "birth_country_code",
        "birth_country",
        "reference",
        "nir_sealed",  # the social security number, sealed or not, is the person's
    ):
        setattr(candidate, name, None)
    for name in ("email", "phone", "role", "site_url", "product_sheet_url"):
        setattr(candidate, name, "")
