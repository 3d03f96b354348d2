"""A jury's bundle built from the registry: no TOML to edit, the same builder and checks as
`bundle build DIR`, and every issue recorded (a re-issue is a newer version of the same
session, which the jurors' app already takes as an update).

The registry's files are laid out in a private temporary folder for the builder, and
removed as soon as the bundle is written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jury_desk.bundle.build import BuildResult, build_bundle_from
from jury_desk.bundle.container import Progress
from jury_desk.bundle.folder.layout import MEDIA_TYPES
from jury_desk.bundle.folder.model import (
    FolderCandidate,
    FolderDocument,
    FolderJuror,
    OrganiserFolder,
)
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import (
    Candidate,
    IssuedBundle,
    Juror,
    Jury,
    Placement,
    RegistrySession,
)
from jury_desk.registry.store import Registry
from jury_desk.rules.referential import DecisionRuleSpec
from jury_desk.rules.rs6247 import (
    RS6247_CODE,
    RS6247_TITLE,
    rs6247_interview_plan,
    rs6247_referential,
)
from jury_desk.trust.authority import Authority


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    role: JurorRole


@dataclass(frozen=True)
class BundleCandidate:
    name: str
    start: datetime
    documents: int


@dataclass(frozen=True)
class BundleSummary:
    """Who receives what, shown before the bundle is made."""

    jury_id: str
    jury_label: str
    version: int  # the version this bundle will carry
    recipients: tuple[Recipient, ...]
    candidates: tuple[BundleCandidate, ...]
    # Why it cannot be made yet (a juror not enrolled, no candidate placed…), in words.
    blockers: tuple[RegistryError, ...]


@dataclass(frozen=True)
class JuryRow:
    id: str
    label: str
    chair: str
    member: str
    placed: int
    last_version: int | None
    last_issued_at: datetime | None
    timezone: str


def jury_rows(registry: Registry, session_id: str) -> list[JuryRow]:
    """The session's juries with who sits, how many are placed, and the last bundle issued."""
    if not session_id:
        return []
    with registry.read() as session:
        meeting = session.get(RegistrySession, session_id)
        if meeting is None:
            return []
        issued: dict[str, IssuedBundle] = {}
        ids = [jury.id for jury in meeting.juries]
        for bundle in session.scalars(
            select(IssuedBundle)
            .where(IssuedBundle.jury_id.in_(ids))
            .order_by(IssuedBundle.bundle_version)
        ):
            issued[bundle.jury_id] = bundle  # the last version wins
        return [
            JuryRow(
                jury.id,
                jury.label,
                jury.chair.name,
                jury.member.name,
                len(jury.placements),
                issued[jury.id].bundle_version if jury.id in issued else None,
                issued[jury.id].issued_at if jury.id in issued else None,
                meeting.timezone,
            )
            for jury in meeting.juries
        ]


def bundle_summary(registry: Registry, jury_id: str) -> BundleSummary:
    with registry.read() as session:
        jury = must_get(session, Jury, jury_id)
        recipients = tuple(
            Recipient(juror.name, juror.email, role) for juror, role in _jurors(jury)
        )
        candidates = tuple(
            BundleCandidate(p.candidate.display_name, p.start_utc, len(p.candidate.documents))
            for p in jury.placements
        )
        return BundleSummary(
            jury.id,
            jury.label,
            _next_version(session, jury.id),
            recipients,
            candidates,
            _blockers(jury),
        )


def issue_bundle(
    registry: Registry,
    jury_id: str,
    output: Path,
    authority: Authority,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the jury's bundle into `output` and record it in the registry."""
    now = registry.clock.now()
    with registry.read() as session:
        jury = must_get(session, Jury, jury_id)
        blockers = _blockers(jury)
        if blockers:
            raise blockers[0]
        version = _next_version(session, jury_id)
        staging = Path(tempfile.mkdtemp(prefix="jury-desk-bundle-"))
        try:
            source = _lay_out(session, jury, version, staging)
            result = build_bundle_from(source, output, authority, now, passphrase, progress)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    record_issued(registry, jury_id, version, result)
    return result


def record_issued(registry: Registry, jury_id: str, version: int, result: BuildResult) -> None:
    """Record a bundle issued to the jury (also one built from a folder for that jury)."""
    digest = hashlib.sha256()
    with result.path.open("rb") as handle:
        for piece in iter(lambda: handle.read(1 << 20), b""):
            digest.update(piece)
    spec = result.manifest.spec
    summary = {
        "jurors": [juror.id for juror in spec.jurors],
        "candidates": [candidate.id for candidate in spec.candidates],
    }
    with registry.write() as writer:
        writer.session.add(
            IssuedBundle(
                jury_id=jury_id,
                bundle_version=version,
                issued_at=writer.now,
                issued_by=writer.actor,
                file_name=result.path.name,
                sha256=digest.hexdigest(),
                size=result.path.stat().st_size,
                summary=json.dumps(summary),
            )
        )
        jury = must_get(writer.session, Jury, jury_id)
        # By e-mail: a bundle built from a folder names its jurors with the folder's ids.
        sitting = {j.email.casefold(): j for j in (jury.chair, jury.member)}
        for juror_spec in spec.jurors:
            juror = sitting.get(juror_spec.email.casefold())
            if juror_spec.certificate_pem is None or juror is None:
                continue
            expiry = x509.load_pem_x509_certificate(juror_spec.certificate_pem.encode())
            juror.certificate_expires_on = expiry.not_valid_after_utc.date()
        writer.journal("bundle.issue", jury_id, {"version": version, **summary})


def _next_version(session: Session, jury_id: str) -> int:
    issued = session.scalar(
        select(func.max(IssuedBundle.bundle_version)).where(IssuedBundle.jury_id == jury_id)
    )
    return (issued or 0) + 1


def _jurors(jury: Jury) -> tuple[tuple[Juror, JurorRole], ...]:
    return ((jury.chair, JurorRole.CHAIR), (jury.member, JurorRole.MEMBER))


def _blockers(jury: Jury) -> tuple[RegistryError, ...]:
    problems: list[RegistryError] = []
    for juror, _role in _jurors(jury):
        if juror.request is None:
            problems.append(
                RegistryError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is not enrolled yet: accept their request in the enrolment "
                        "inbox first.",
                    ),
                    name=juror.name,
                )
            )
    if not jury.placements:
        problems.append(
            RegistryError(
                QT_TRANSLATE_NOOP("messages", "No candidate is placed with {jury} yet."),
                jury=jury.label,
            )
        )
    return tuple(problems)


def _lay_out(session: Session, jury: Jury, version: int, root: Path) -> OrganiserFolder:
    """The organiser's folder the builder expects, from the registry's rows and files."""
    meeting = jury.session
    jurors = []
    for juror, role in _jurors(jury):
        assert juror.request is not None
        request = root / "requests" / f"{juror.id}.json"
        request.parent.mkdir(exist_ok=True)
        request.write_bytes(juror.request)
        jurors.append(FolderJuror(juror.id, juror.name, juror.email, role, request))
    candidates = tuple(_candidate(p, meeting.slot_minutes, root) for p in jury.placements)
    return OrganiserFolder(
        root=root,
        session_id=jury.id,
        title=f"{meeting.title} — {jury.label}",
        certification_title=RS6247_TITLE,
        rs_code=RS6247_CODE,
        starts_on=meeting.starts_on,
        ends_on=meeting.ends_on,
        version=version,
        decision_delay_months=meeting.decision_delay_months,
        timezone=meeting.timezone,
        rule=DecisionRuleSpec(),
        plan=rs6247_interview_plan(),
        referential=rs6247_referential(),
        jurors=tuple(jurors),
        candidates=candidates,
    )


def _candidate(placement: Placement, slot_minutes: int, root: Path) -> FolderCandidate:
    candidate: Candidate = placement.candidate
    folder = root / "dossiers" / candidate.id
    folder.mkdir(parents=True)
    documents = []
    for position, document in enumerate(candidate.documents, start=1):
        suffix = Path(document.file_name).suffix.lower()
        if document.kind in (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK):
            continue  # links travel as the candidate's URLs
        if suffix not in MEDIA_TYPES:
            suffix = ".pdf" if document.media_type == "application/pdf" else suffix
        path = folder / f"{position:02d}{suffix}"
        path.write_bytes(document.content)
        documents.append(FolderDocument(document.kind, document.title, path))
    return FolderCandidate(
        id=candidate.id,
        name=candidate.display_name,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        slot_start=placement.start_utc,
        slot_minutes=slot_minutes,
        site_url=candidate.site_url,
        product_sheet_url=candidate.product_sheet_url,
        documents=tuple(documents),
    )


__all__ = ["BundleSummary", "bundle_summary", "issue_bundle"]
