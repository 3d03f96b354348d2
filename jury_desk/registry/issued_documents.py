"""Issuing the session's decision letters and certificates, and finding one by its code.

`issue_letters` writes, as one new folder, a folder per candidate with a recorded
decision: the decision letter, and for a certified candidate the certificate, each
signed by the certifier's signer. Each document is recorded (kind, candidate,
decision, verification code, SHA-256 of the signed file, when and by whom) and
journaled. By default only decisions without a live letter are issued: after a
correction, the batch issues the corrected decision's documents alone. A document
of a superseded decision, or one revoked (`revoke_document`), no longer verifies
against the registry (`check_issued`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.certificates.data import (
    Certificate,
    CertifierDocument,
    DecisionLetter,
    DocumentSession,
    DocumentSigner,
    new_code,
    normal_code,
)
from jury_desk.certificates.export import file_name, signed_document
from jury_desk.kernel.document_values import whole_utc
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.file_names import ascii_words
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.new_folder import check_new_folder, write_new_folder
from jury_desk.models.enums import Outcome
from jury_desk.registry.convene import CERTIFIER
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.issue_settings import IssueSettings
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Candidate, Decision, IssuedDocument, RegistrySession
from jury_desk.registry.models.documents import CERTIFICATE, LETTER
from jury_desk.registry.store import Registry
from jury_desk.rules.rs6247 import RS6247_CODE, RS6247_TITLE
from jury_desk.trust.signer import Signer

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class IssuedLetters:
    """What one batch wrote: the folder, how many letters and certificates."""

    folder: Path
    letters: int
    certificates: int


@dataclass(frozen=True)
class IssuedRecord:
    """A document as the registry recorded it, with what has happened to it since."""

    kind: str  # LETTER or CERTIFICATE
    code: str
    candidate_id: str
    candidate_name: str
    session_id: str
    decision_id: int
    outcome: Outcome
    decided_at: datetime
    file_name: str
    sha256: str
    signer: str
    issued_at: datetime
    issued_by: str
    revoked: bool
    revocation_reason: str
    superseded: bool  # its decision was corrected or replaced since

    @property
    def in_force(self) -> bool:
        return not self.revoked and not self.superseded


def issue_letters(
    registry: Registry,
    session_id: str,
    signer: Signer,
    folder: Path,
    settings: IssueSettings,
    progress: Progress | None = None,
    *,
    again: bool = False,
) -> IssuedLetters:
    """Sign and write the session's letters (and certificates) into the new folder `folder`.

    Only the decisions without a letter in force, unless `again`. RegistryError if the
    settings are not confirmed, or no decision is left to notify.
    """
    settings.check_ready()
    check_new_folder(folder)
    now = whole_utc(registry.clock.now())
    signed_by = DocumentSigner(signer.name, signer.email)
    with registry.read() as session:
        meeting = must_get(session, RegistrySession, session_id)
        named = DocumentSession(meeting.id, meeting.title, RS6247_TITLE, RS6247_CODE, CERTIFIER)
        decisions = _to_notify(session, session_id, again=again)
        if not decisions:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages", "No decision of {session} is left to notify: no letter to issue."
                ),
                session=meeting.title,
            )
        taken = set(session.scalars(select(IssuedDocument.code)))
        batch = [
            _documents(decision, named, signed_by, settings, now, taken) for decision in decisions
        ]
    files: dict[str, bytes] = {}
    records: list[tuple[CertifierDocument, str, bytes]] = []
    for done, (folder_name, documents) in enumerate(batch, start=1):
        for document in documents:
            pdf = signed_document(document, signer, now)
            files[f"{folder_name}/{file_name(document)}"] = pdf
            records.append((document, file_name(document), pdf))
        if progress is not None:
            progress(done, len(batch) + 1)
    write_new_folder(folder, files)
    _record(registry, records, signer.name)
    if progress is not None:
        progress(len(batch) + 1, len(batch) + 1)
    certificates = sum(isinstance(document, Certificate) for document, _, _ in records)
    return IssuedLetters(folder, len(records) - certificates, certificates)


def _to_notify(session: Session, session_id: str, *, again: bool) -> list[Decision]:
    decisions = list(
        session.scalars(
            select(Decision)
            .join(Decision.candidate)
            .where(Candidate.session_id == session_id, Decision.superseded_by.is_(None))
            .order_by(Candidate.birth_name, Candidate.first_names, Candidate.id)
        )
    )
    if again:
        return decisions
    notified = set(
        session.scalars(
            select(IssuedDocument.decision_id).where(
                IssuedDocument.kind == LETTER, IssuedDocument.revoked.is_(False)
            )
        )
    )
    return [decision for decision in decisions if decision.id not in notified]


def _documents(
    decision: Decision,
    session: DocumentSession,
    signer: DocumentSigner,
    settings: IssueSettings,
    now: datetime,
    taken: set[str],
) -> tuple[str, list[CertifierDocument]]:
    candidate = decision.candidate
    name = candidate.display_name
    documents: list[CertifierDocument] = []
    certificate_code = None
    if decision.outcome == Outcome.CERTIFIED:
        certificate_code = _fresh_code(taken)
        documents.append(
            Certificate(
                code=certificate_code,
                decision_id=decision.id,
                candidate_id=candidate.id,
                holder_name=name,
                session=session,
                registration=settings.registration(),
                decided_at=decision.decided_at,
                issued_at=now,
                signer=signer,
            )
        )
    letter = DecisionLetter(
        code=_fresh_code(taken),
        decision_id=decision.id,
        candidate_id=candidate.id,
        candidate_name=name,
        address_lines=(),  # the registry keeps no postal address: the letter goes by e-mail
        session=session,
        outcome=decision.outcome,
        decided_at=decision.decided_at,
        reasons=decision.reasons,
        recourse=settings.recourse,
        issued_at=now,
        signer=signer,
        certificate_code=certificate_code,
    )
    folder_name = f"candidat-{ascii_words(name) or 'sans-nom'}-{candidate.id}"
    return folder_name, [letter, *documents]


def _fresh_code(taken: set[str]) -> str:
    code = new_code()
    while code in taken:  # one chance in 2**50 a draw; never twice the same code
        code = new_code()
    taken.add(code)
    return code


def _record(
    registry: Registry, records: Sequence[tuple[CertifierDocument, str, bytes]], signer: str
) -> None:
    with registry.write() as writer:
        for document, name, pdf in records:
            kind = CERTIFICATE if isinstance(document, Certificate) else LETTER
            sha256 = hashlib.sha256(pdf).hexdigest()
            writer.session.add(
                IssuedDocument(
                    kind=kind,
                    candidate_id=document.candidate_id,
                    decision_id=document.decision_id,
                    code=document.code,
                    file_name=name,
                    sha256=sha256,
                    signer=signer,
                    issued_at=writer.now,
                    issued_by=writer.actor,
                    revoked=False,
                    revocation_reason="",
                )
            )
            writer.journal(
                "documents.issue",
                document.code,
                {
                    "kind": kind,
                    "candidate": document.candidate_id,
                    "decision": document.decision_id,
                    "sha256": sha256,
                },
            )


def lookup_code(registry: Registry, code: str) -> IssuedRecord | None:
    """The document issued with `code` (as typed: any case, spaces, hyphens), or None."""
    normal = normal_code(code)
    if normal is None:
        return None
    with registry.read() as session:
        row = session.scalars(select(IssuedDocument).where(IssuedDocument.code == normal)).first()
        return None if row is None else _record_of(row)


def revoke_document(registry: Registry, code: str, reason: str) -> IssuedRecord:
    """Mark the document issued with `code` revoked, with the reason; journaled."""
    if not reason.strip():
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "Say why the document is revoked: the journal keeps it.")
        )
    normal = normal_code(code) or code
    with registry.write() as writer:
        row = writer.session.scalars(
            select(IssuedDocument).where(IssuedDocument.code == normal)
        ).first()
        if row is None:
            raise unknown_code(code)
        row.revoked = True
        row.revoked_at = writer.now
        row.revoked_by = writer.actor
        row.revocation_reason = reason.strip()
        writer.journal("documents.revoke", row.code, {"reason": row.revocation_reason})
        return _record_of(row)


def check_issued(registry: Registry, document: CertifierDocument, pdf: bytes) -> list[UserError]:
    """What the registry says against a verified document: unknown, another file, revoked…"""
    record = lookup_code(registry, document.code)
    if record is None:
        return [unknown_code(document.code)]
    return registry_problems(record, document, hashlib.sha256(pdf).hexdigest())


def registry_problems(
    record: IssuedRecord, document: CertifierDocument, sha256: str
) -> list[UserError]:
    """The ways `document` (a file of SHA-256 `sha256`) is not what `record` says is in force."""
    problems: list[UserError] = []
    if (record.candidate_id, record.decision_id) != (document.candidate_id, document.decision_id):
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The registry issued the code {code} for another candidate or decision.",
                ),
                code=record.code,
            )
        )
    elif record.sha256 != sha256:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages", "This file is not the one the registry issued with the code {code}."
                ),
                code=record.code,
            )
        )
    if record.revoked:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("messages", "The document {code} was revoked: {reason}"),
                code=record.code,
                reason=record.revocation_reason,
            )
        )
    if record.superseded:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The decision of the document {code} was corrected since: it is no longer "
                    "in force.",
                ),
                code=record.code,
            )
        )
    return problems


def _record_of(row: IssuedDocument) -> IssuedRecord:
    decision, candidate = row.decision, row.candidate
    return IssuedRecord(
        kind=row.kind,
        code=row.code,
        candidate_id=candidate.id,
        candidate_name=candidate.display_name,
        session_id=candidate.session_id,
        decision_id=decision.id,
        outcome=decision.outcome,
        decided_at=decision.decided_at,
        file_name=row.file_name,
        sha256=row.sha256,
        signer=row.signer,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        revoked=row.revoked,
        revocation_reason=row.revocation_reason,
        superseded=decision.superseded_by is not None,
    )


def unknown_code(code: str) -> RegistryError:
    return RegistryError(
        QT_TRANSLATE_NOOP("messages", "The registry issued no document with the code {code}."),
        code=code,
    )
