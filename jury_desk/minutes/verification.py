"""Are these minutes valid: signed by the chair, co-signed by the member, unchanged since?

The rules, on top of what `verify_pdf` checks for every signature (intact, valid,
trusted by the session's authority, a juror certificate valid at the signing time):

- the first signature is the chair's of that session and still covers its own revision;
- the second, if present (or required), is the member's and covers the whole file;
- nothing but the second signature came between the two revisions (pyHanko's
  difference analysis, never skipped: an appended update that swaps minutes.json
  leaves the chair's signature intact and only the analysis tells);
- no third signature;
- the data is the minutes.json of the revision the chair signed, valid against the schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509

from jury_desk.errors import UserError
from jury_desk.minutes.data import ATTACHMENT_NAME, MinutesData, MinutesJuror
from jury_desk.models import JurorRole
from jury_desk.sheets.check import KnownSession, same_certificate
from jury_desk.sheets.verification import SignatureCheck, embedded_file, verify_pdf

NOT_YET_COSIGNED = "signed by the chair, not yet co-signed by the member"


@dataclass(frozen=True)
class MinutesVerdict:
    """What verifying minutes found; `valid` only when `problems` is empty.

    `chair_revision` holds the exact bytes the chair signed (empty if unknown): an
    import compares them with the revision kept in the workspace.
    """

    problems: list[str]
    cosigned: bool = False
    data: MinutesData | None = None
    chair_name: str | None = None
    member_name: str | None = None
    chair_signed_at: datetime | None = None
    member_signed_at: datetime | None = None
    chair_revision: bytes = field(default=b"", repr=False)

    @property
    def valid(self) -> bool:
        return not self.problems


def verify_minutes(
    pdf: bytes, sessions: Mapping[str, KnownSession], *, require_cosigned: bool
) -> MinutesVerdict:
    """Every check of `minutes verify`; the data comes from the chair's signed revision only."""
    try:
        session = _session_of(pdf, sessions)
        checks = verify_pdf(pdf, authority=session.authority)
    except UserError as error:
        return MinutesVerdict([str(error)])
    first = checks[0]
    second = checks[1] if len(checks) > 1 else None
    problems = [check.problem for check in checks[:2] if check.problem is not None]
    if len(checks) > 2:
        problems.append(
            f"{len(checks)} signatures where only the chair's and the member's are expected "
            f"(the third is by {checks[2].signer_common_name or 'an unnamed signer'})"
        )
    if second is None and require_cosigned:
        problems.append(NOT_YET_COSIGNED)
    data: MinutesData | None = None
    if first.signed_revision_bytes:
        try:
            data = _data_of(first.signed_revision_bytes)
        except UserError as error:
            problems.append(f"the data the chair signed is refused: {error}")
    if data is not None:
        problems += _domain_problems(data, session, first, second)
    return MinutesVerdict(
        problems=problems,
        cosigned=second is not None,
        data=data,
        chair_name=first.signer_common_name or None,
        member_name=(second.signer_common_name or None) if second is not None else None,
        chair_signed_at=first.signing_time,
        member_signed_at=second.signing_time if second is not None else None,
        chair_revision=first.signed_revision_bytes,
    )


def _session_of(pdf: bytes, sessions: Mapping[str, KnownSession]) -> KnownSession:
    """The known session the file names; nothing else of its latest revision is trusted."""
    attached = embedded_file(pdf, ATTACHMENT_NAME)
    if attached is None:
        raise UserError(f"no {ATTACHMENT_NAME} attached: not jury-desk minutes")
    session_id = _session_id(attached)
    if session_id is None:
        raise UserError(f"the attached {ATTACHMENT_NAME} names no session")
    session = sessions.get(session_id)
    if session is None:
        raise UserError(f"minutes of session {session_id}, which is not known here")
    return session


def _session_id(attached: bytes) -> str | None:
    try:
        document: Any = json.loads(attached.decode("utf-8"))
        session_id = document["session"]["id"]
    except (UnicodeDecodeError, ValueError, TypeError, KeyError):
        return None
    return session_id if isinstance(session_id, str) else None


def _data_of(revision: bytes) -> MinutesData:
    attached = embedded_file(revision, ATTACHMENT_NAME)
    if attached is None:
        raise UserError(f"no {ATTACHMENT_NAME} in the revision the chair signed")
    return MinutesData.from_json(attached)


def _domain_problems(
    data: MinutesData,
    session: KnownSession,
    first: SignatureCheck,
    second: SignatureCheck | None,
) -> list[str]:
    problems = []
    if data.session.id != session.id:
        problems.append("the signed data names another session than the file shows")
    unknown = [c.id for c in data.candidates if c.id not in session.candidate_ids]
    if session.candidate_ids and unknown:
        problems.append(f"unknown candidates in session {session.id}: {', '.join(unknown)}")
    problems += _signer_problems("first", data.chair, session, first.signer_certificate)
    if second is not None:
        problems += _signer_problems("second", data.member, session, second.signer_certificate)
    return problems


def _signer_problems(
    which: str, juror: MinutesJuror, session: KnownSession, signer: x509.Certificate
) -> list[str]:
    """The `which` signature must be the juror's the minutes name, in the role they name."""
    role = "chair" if juror.role is JurorRole.CHAIR else "member"
    if session.juror_roles.get(juror.id) is not juror.role:
        return [f"{juror.name} ({juror.id}) is not the {role} of session {session.id}"]
    expected = session.juror_certificates.get(juror.id)
    if expected is None or not same_certificate(expected, signer):
        return [f"the {which} signature is not by the {role}, {juror.name}"]
    return []
