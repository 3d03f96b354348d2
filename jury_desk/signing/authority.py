"""Which trusted authority issued a session's juror certificates, and what a verifier knows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import JurorRole
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.authority import load_authority_certificate
from jury_desk.trust.succession import previous_certificates
from jury_desk.trust.trusted import TrustedAuthorities


def issuing_authority(home: Path, workspace: Workspace) -> x509.Certificate:
    """The trusted authority that issued this session's juror certificates.

    Looked for among the authorities trusted in `home`, then the organiser's own
    authority if `home` is also the organiser's data folder.
    """
    with workspace.reading() as session:
        pems = [j.certificate_pem for j in the_session(session).jurors if j.certificate_pem]
    if not pems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "This session has no juror certificates: open its bundle again."
            )
        )
    issued = x509.load_pem_x509_certificate(pems[0].encode())
    candidates = TrustedAuthorities(home).list()
    if (organiser_dir(home) / "authority.pem").exists():
        candidates.append(load_authority_certificate(organiser_dir(home)))
        # What the organiser's authority issued before its renewals.
        candidates += previous_certificates(organiser_dir(home))
    for authority in candidates:
        try:
            issued.verify_directly_issued_by(authority)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return authority
    raise UserError(
        QT_TRANSLATE_NOOP(
            "messages", "The authority that issued this session's certificates is not trusted here."
        )
    )


def known_session(home: Path, workspace: Workspace) -> KnownSession:
    """What verifying a signed document of this workspace's session needs, from the workspace."""
    authority = issuing_authority(home, workspace)
    with workspace.reading() as session:
        row = the_session(session)
        return KnownSession(
            id=row.id,
            authority=authority,
            juror_certificates={
                juror.id: x509.load_pem_x509_certificate(juror.certificate_pem.encode())
                for juror in row.jurors
                if juror.certificate_pem
            },
            candidate_ids=frozenset(candidate.id for candidate in row.candidates),
            juror_roles={juror.id: juror.role for juror in row.jurors},
        )


@dataclass(frozen=True)
class KnownSession:
    """What a verifier knows of a session: its authority, jurors' certificates, candidates.

    `juror_roles` (juror id to role) is what the minutes need: who may sign first.
    """

    id: str
    authority: x509.Certificate
    juror_certificates: Mapping[str, x509.Certificate]
    candidate_ids: frozenset[str] = field(default_factory=frozenset)
    juror_roles: Mapping[str, JurorRole] = field(default_factory=dict)


def same_certificate(one: x509.Certificate, other: x509.Certificate) -> bool:
    return _der(one) == _der(other)


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)
