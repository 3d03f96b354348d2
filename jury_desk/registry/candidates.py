"""Candidates: added by hand or by intake, edited with a guard against lost updates, their
dossier's files, and a status whose every change is kept with who, when and why.

The journal records which fields changed, never their values: it is append-only, and
personal data must be deletable when the retention schedule says so.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import EXPECTED_DOSSIER_KINDS, ApplicationStatus, DocumentKind
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import checked_id, must_get, new_id
from jury_desk.registry.models import Candidate, CandidateDocument, RegistrySession, StatusChange
from jury_desk.registry.store import Registry, Writer


@dataclass(frozen=True)
class CandidateDraft:
    """What the organiser types or imports about a candidate; empty text is "unknown"."""

    birth_name: str
    first_names: str
    usage_name: str = ""
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    sex: str = ""
    birth_insee_code: str = ""
    birth_postal_code: str = ""
    birth_commune: str = ""
    birth_country_code: str = ""
    birth_country: str = ""
    email: str = ""
    phone: str = ""
    startup: str = ""
    incubator: str = ""
    phase: str = ""
    role: str = ""
    site_url: str = ""
    product_sheet_url: str = ""
    reference: str = ""


_OPTIONAL_TEXT = (
    "usage_name",
    "sex",
    "birth_insee_code",
    "birth_postal_code",
    "birth_commune",
    "birth_country_code",
    "birth_country",
    "reference",
)


@dataclass(frozen=True)
class NewDocument:
    kind: DocumentKind
    title: str
    file_name: str
    media_type: str
    data: bytes


def draft_of(candidate: Candidate) -> CandidateDraft:
    values: dict[str, Any] = {}
    for item in dataclasses.fields(CandidateDraft):
        value = getattr(candidate, item.name)
        values[item.name] = "" if value is None and item.name in _OPTIONAL_TEXT else value
    return CandidateDraft(**values)


def add_candidate(
    registry: Registry,
    session_id: str,
    draft: CandidateDraft,
    documents: tuple[NewDocument, ...] = (),
    candidate_id: str | None = None,
    nir_sealed: bytes | None = None,
) -> str:
    """A new application; its id made here unless given (a session brought in from a bundle
    built from a folder keeps the ids its bundle carries). `nir_sealed`: the social
    security number an intake brought, already sealed (registry/nir.py)."""
    _require_name(draft)
    with registry.write() as writer:
        must_get(writer.session, RegistrySession, session_id)
        candidate = Candidate(id=checked_id(candidate_id) or new_id("c"), session_id=session_id)
        _apply(candidate, draft)
        writer.touch(candidate)
        writer.session.add(candidate)
        for document in documents:
            _attach(writer, candidate, document)
        _record_status(writer, candidate, intake_status(candidate), "")
        writer.journal("candidate.add", candidate.id, {"session": session_id})
        if nir_sealed is not None:
            candidate.nir_sealed = nir_sealed
            writer.journal("candidate.nir", candidate.id, {"nir": "set"})  # never its digits
        return candidate.id


def edit_candidate(
    registry: Registry, candidate_id: str, draft: CandidateDraft, seen_version: int
) -> None:
    """Save the organiser's edit of a candidate they opened at `seen_version`."""
    _require_name(draft)
    with registry.write() as writer:
        candidate = must_get(writer.session, Candidate, candidate_id)
        writer.guard(candidate, seen_version)
        before = draft_of(candidate)
        _apply(candidate, draft)
        changed = sorted(
            f.name
            for f in dataclasses.fields(CandidateDraft)
            if getattr(before, f.name) != getattr(draft, f.name)
        )
        writer.touch(candidate)
        _refresh_intake_status(writer, candidate)
        writer.journal("candidate.edit", candidate_id, {"fields": changed})


def add_documents(
    registry: Registry, candidate_id: str, documents: tuple[NewDocument, ...]
) -> None:
    with registry.write() as writer:
        candidate = must_get(writer.session, Candidate, candidate_id)
        for document in documents:
            _attach(writer, candidate, document)
        writer.touch(candidate)  # the dossier moved: a concurrent edit sees it
        _refresh_intake_status(writer, candidate)
        writer.journal(
            "candidate.documents", candidate_id, {"kinds": sorted(d.kind.value for d in documents)}
        )


def set_status(
    registry: Registry,
    candidate_id: str,
    status: ApplicationStatus,
    note: str = "",
    seen_version: int | None = None,
) -> None:
    with registry.write() as writer:
        candidate = must_get(writer.session, Candidate, candidate_id)
        writer.guard(candidate, seen_version)
        if candidate.status is not status:
            _record_status(writer, candidate, status, note)
            writer.touch(candidate)
            writer.journal("candidate.status", candidate_id, {"status": status.value})


def session_candidates(registry: Registry, session_id: str) -> list[Candidate]:
    with registry.read() as session:
        return list(
            session.scalars(
                select(Candidate)
                .where(Candidate.session_id == session_id)
                .order_by(Candidate.birth_name, Candidate.first_names)
                # Read while the session is open: the rows are used after it closes.
                .options(selectinload(Candidate.documents), selectinload(Candidate.history))
            )
        )


def missing_items(candidate: Candidate) -> tuple[DocumentKind, ...]:
    """The dossier items the organiser has not received yet, in the dossier's order."""
    present = {document.kind for document in candidate.documents}
    if candidate.site_url.strip():
        present.add(DocumentKind.SITE_LINK)
    if candidate.product_sheet_url.strip():
        present.add(DocumentKind.PRODUCT_SHEET_LINK)
    return tuple(kind for kind in EXPECTED_DOSSIER_KINDS if kind not in present)


def is_eligible_phase(phase: str) -> bool:
    """Only agents of a start-up in its « accélération » phase may apply."""
    plain = unicodedata.normalize("NFKD", phase).encode("ascii", "ignore").decode().casefold()
    return plain.strip() in {"acceleration", "phase d'acceleration"}


def intake_status(candidate: Candidate) -> ApplicationStatus:
    """Where a new application stands from what it holds: incomplete, eligible or just applied."""
    if missing_items(candidate):
        return ApplicationStatus.INCOMPLETE
    if is_eligible_phase(candidate.phase):
        return ApplicationStatus.ELIGIBLE
    return ApplicationStatus.APPLIED


_INTAKE_STATES = {
    ApplicationStatus.APPLIED,
    ApplicationStatus.INCOMPLETE,
    ApplicationStatus.ELIGIBLE,
}


def _refresh_intake_status(writer: Writer, candidate: Candidate) -> None:
    # Only while the organiser has not moved the application on by hand.
    if candidate.status in _INTAKE_STATES:
        writer.session.flush()
        writer.session.refresh(candidate, ["documents"])
        status = intake_status(candidate)
        if status is not candidate.status:
            _record_status(writer, candidate, status, "")


def _record_status(
    writer: Writer, candidate: Candidate, status: ApplicationStatus, note: str
) -> None:
    candidate.status = status
    candidate.history.append(
        StatusChange(status=status, at_utc=writer.now, by=writer.actor, note=note.strip())
    )


def _attach(writer: Writer, candidate: Candidate, document: NewDocument) -> None:
    candidate.documents.append(
        CandidateDocument(
            kind=document.kind,
            title=document.title,
            file_name=document.file_name,
            media_type=document.media_type,
            size=len(document.data),
            sha256=hashlib.sha256(document.data).hexdigest(),
            added_at=writer.now,
            added_by=writer.actor,
            content=document.data,
        )
    )


def _apply(candidate: Candidate, draft: CandidateDraft) -> None:
    for item in dataclasses.fields(CandidateDraft):
        value = getattr(draft, item.name)
        if isinstance(value, str):
            value = value.strip()
            if not value and item.name in _OPTIONAL_TEXT:
                value = None
        setattr(candidate, item.name, value)


def _require_name(draft: CandidateDraft) -> None:
    if not draft.birth_name.strip() or not draft.first_names.strip():
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages", "A candidate needs at least a birth name and a first name."
            )
        )
