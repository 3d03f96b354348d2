"""What the candidates page reads from the registry, as plain values: the list's rows and the
form of one candidate (its draft, version, documents and status history).

Read inside one registry session, so that the documents and the history (loaded on
demand by the models) are there when the page shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from PySide6.QtCore import QCoreApplication

from jury_desk.models.enums import ApplicationStatus, DocumentKind
from jury_desk.registry.candidates import CandidateDraft, draft_of, missing_items
from jury_desk.registry.intake_import import identity_of
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Candidate
from jury_desk.registry.nir import has_nir
from jury_desk.registry.store import Registry
from jury_desk.rules.civil_identity import identity_problems


@dataclass(frozen=True)
class CandidateRow:
    """A line of the candidates' list: only what the list shows, no identity details."""

    id: str
    name: str
    startup: str
    incubator: str
    status: ApplicationStatus
    missing: tuple[DocumentKind, ...]
    identity_problems: int


@dataclass(frozen=True)
class DocumentRow:
    kind: DocumentKind
    title: str
    file_name: str
    size: int


@dataclass(frozen=True)
class HistoryRow:
    status: ApplicationStatus
    at_utc: datetime
    by: str
    note: str


@dataclass(frozen=True)
class CandidateDetail:
    """One candidate as the form edits it, at the version it was read."""

    id: str
    version: int
    draft: CandidateDraft
    status: ApplicationStatus
    documents: tuple[DocumentRow, ...]
    history: tuple[HistoryRow, ...]
    nir_kept: bool = False  # whether a social security number is kept, sealed: never which


def read_rows(registry: Registry, session_id: str) -> tuple[CandidateRow, ...]:
    if not session_id:
        return ()
    with registry.read() as session:
        candidates = session.scalars(
            select(Candidate)
            .where(Candidate.session_id == session_id)
            .options(selectinload(Candidate.documents))
            .order_by(Candidate.birth_name, Candidate.first_names, Candidate.id)
        )
        return tuple(
            CandidateRow(
                c.id,
                c.display_name,
                c.startup,
                c.incubator,
                c.status,
                missing_items(c),
                len(identity_problems(identity_of(draft_of(c)))),
            )
            for c in candidates
        )


def read_detail(registry: Registry, candidate_id: str) -> CandidateDetail:
    with registry.read() as session:
        candidate = must_get(session, Candidate, candidate_id)
        return CandidateDetail(
            candidate.id,
            candidate.version,
            draft_of(candidate),
            candidate.status,
            tuple(DocumentRow(d.kind, d.title, d.file_name, d.size) for d in candidate.documents),
            tuple(HistoryRow(h.status, h.at_utc, h.by, h.note) for h in candidate.history),
            has_nir(session, candidate.id),
        )


def status_word(status: ApplicationStatus) -> str:
    """A status in French words, as the list, the filter and the history say it."""
    words = {
        ApplicationStatus.APPLIED: QCoreApplication.translate(
            "CandidateStatus", "Candidature reçue"
        ),
        ApplicationStatus.INCOMPLETE: QCoreApplication.translate("CandidateStatus", "Incomplet"),
        ApplicationStatus.ELIGIBLE: QCoreApplication.translate("CandidateStatus", "Recevable"),
        ApplicationStatus.SHORTLISTED: QCoreApplication.translate(
            "CandidateStatus", "Retenu pour l’entretien"
        ),
        ApplicationStatus.CONVENED: QCoreApplication.translate("CandidateStatus", "Convoqué"),
        ApplicationStatus.INTERVIEWED: QCoreApplication.translate(
            "CandidateStatus", "Entretien passé"
        ),
        ApplicationStatus.DECIDED: QCoreApplication.translate("CandidateStatus", "Décision rendue"),
        ApplicationStatus.WITHDRAWN: QCoreApplication.translate("CandidateStatus", "Retiré"),
    }
    return words[status]
