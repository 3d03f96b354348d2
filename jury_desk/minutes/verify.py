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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509

from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, FileCap
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.minutes.codec import minutes_from_json
from jury_desk.minutes.data import ATTACHMENT_NAME, MinutesData, MinutesJuror
from jury_desk.models import JurorRole
from jury_desk.signing.authority import KnownSession, same_certificate
from jury_desk.signing.verification import SignatureCheck, embedded_file, verify_pdf

# Signed minutes weigh a few hundred KiB, a page or two per candidate; the results
# file holds them at most 64 MiB (results/layout.py).
MINUTES_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "signed minutes"), 32 * MIB)

NOT_YET_COSIGNED = QT_TRANSLATE_NOOP(
    "messages", "signed by the chair, not yet co-signed by the member"
)
NO_MINUTES_DATA = QT_TRANSLATE_NOOP("messages", "no minutes data")

_NOT_IN_SESSION = {
    JurorRole.CHAIR: QT_TRANSLATE_NOOP(
        "messages", "{name} ({juror}) is not the chair of session {session}"
    ),
    JurorRole.MEMBER: QT_TRANSLATE_NOOP(
        "messages", "{name} ({juror}) is not the member of session {session}"
    ),
}
_NOT_THE_SIGNER = {
    ("first", JurorRole.CHAIR): QT_TRANSLATE_NOOP(
        "messages", "the first signature is not by the chair, {name}"
    ),
    ("first", JurorRole.MEMBER): QT_TRANSLATE_NOOP(
        "messages", "the first signature is not by the member, {name}"
    ),
    ("second", JurorRole.CHAIR): QT_TRANSLATE_NOOP(
        "messages", "the second signature is not by the chair, {name}"
    ),
    ("second", JurorRole.MEMBER): QT_TRANSLATE_NOOP(
        "messages", "the second signature is not by the member, {name}"
    ),
}


@dataclass(frozen=True)
class MinutesVerdict:
    """What verifying minutes found; `valid` only when `findings` is empty.

    Each finding is a problem as a message with its fields, which the window
    translates; `problems` gives them as English text (the command line's).
    `chair_revision` holds the exact bytes the chair signed (empty if unknown): an
    import compares them with the revision kept in the workspace.
    """

    findings: list[UserError]
    cosigned: bool = False
    data: MinutesData | None = None
    chair_name: str | None = None
    member_name: str | None = None
    chair_signed_at: datetime | None = None
    member_signed_at: datetime | None = None
    chair_revision: bytes = field(default=b"", repr=False)

    @property
    def valid(self) -> bool:
        return not self.findings

    @property
    def problems(self) -> list[str]:
        return [str(finding) for finding in self.findings]

    def refusal(self) -> UserError:
        """The problems as one message, separated by "; " ("no minutes data" if none)."""
        return joined(self.findings or [UserError(NO_MINUTES_DATA)])


def verify_minutes(
    pdf: bytes, sessions: Mapping[str, KnownSession], *, require_cosigned: bool
) -> MinutesVerdict:
    """Every check of `minutes verify`; the data comes from the chair's signed revision only."""
    try:
        session = _session_of(pdf, sessions)
        checks = verify_pdf(pdf, authority=session.authority, attachment=ATTACHMENT_NAME)
    except UserError as error:
        return MinutesVerdict([error])
    first = checks[0]
    second = checks[1] if len(checks) > 1 else None
    problems = _signature_problems(checks, require_cosigned=require_cosigned)
    data, refusal = _signed_data(first)
    if refusal is not None:
        problems.append(refusal)
    if data is not None:
        problems += _domain_problems(data, session, first, second)
    return MinutesVerdict(
        findings=problems,
        cosigned=second is not None,
        data=data,
        chair_name=first.signer_common_name or None,
        member_name=(second.signer_common_name or None) if second is not None else None,
        chair_signed_at=first.signing_time,
        member_signed_at=second.signing_time if second is not None else None,
        chair_revision=first.signed_revision_bytes,
    )


def _signature_problems(
    checks: Sequence[SignatureCheck], *, require_cosigned: bool
) -> list[UserError]:
    """The chair's and the member's signatures, and no third."""
    problems = [check.refusal for check in checks[:2] if check.refusal is not None]
    if len(checks) > 2:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{count} signatures where only the chair's and the member's are expected "
                    "(the third is by {signer})",
                ),
                count=len(checks),
                signer=checks[2].signer_common_name
                or QT_TRANSLATE_NOOP("messages", "an unnamed signer"),
            )
        )
    if len(checks) < 2 and require_cosigned:
        problems.append(UserError(NOT_YET_COSIGNED))
    return problems


def _signed_data(first: SignatureCheck) -> tuple[MinutesData | None, UserError | None]:
    """The data of the revision the chair signed, or why it is refused."""
    if not first.signed_revision_bytes:
        return None, None
    try:
        return _data_of(first.signed_revision_bytes), None
    except UserError as error:
        return None, UserError(
            QT_TRANSLATE_NOOP("messages", "the data the chair signed is refused: {reason}"),
            reason=error,
        )


def _session_of(pdf: bytes, sessions: Mapping[str, KnownSession]) -> KnownSession:
    """The known session the file names; nothing else of its latest revision is trusted."""
    attached = embedded_file(pdf, ATTACHMENT_NAME)
    if attached is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "no {attachment} attached: not jury-desk minutes"),
            attachment=ATTACHMENT_NAME,
        )
    session_id = _session_id(attached)
    if session_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "the attached {attachment} names no session"),
            attachment=ATTACHMENT_NAME,
        )
    session = sessions.get(session_id)
    if session is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "minutes of session {session}, which is not known here"),
            session=session_id,
        )
    return session


def _session_id(attached: bytes) -> str | None:
    try:
        document: Any = load_outside_json(attached)
        session_id = document["session"]["id"]
    except (OutsideJsonError, TypeError, KeyError):
        return None
    return session_id if isinstance(session_id, str) else None


def _data_of(revision: bytes) -> MinutesData:
    attached = embedded_file(revision, ATTACHMENT_NAME)
    if attached is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "no {attachment} in the revision the chair signed"),
            attachment=ATTACHMENT_NAME,
        )
    return minutes_from_json(attached)


def _domain_problems(
    data: MinutesData,
    session: KnownSession,
    first: SignatureCheck,
    second: SignatureCheck | None,
) -> list[UserError]:
    problems = []
    if data.session.id != session.id:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages", "the signed data names another session than the file shows"
                )
            )
        )
    unknown = [c.id for c in data.candidates if c.id not in session.candidate_ids]
    if session.candidate_ids and unknown:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("messages", "unknown candidates in session {session}: {ids}"),
                session=session.id,
                ids=", ".join(unknown),
            )
        )
    problems += _signer_problems("first", data.chair, session, first.signer_certificate)
    if second is not None:
        problems += _signer_problems("second", data.member, session, second.signer_certificate)
    return problems


def _signer_problems(
    which: str, juror: MinutesJuror, session: KnownSession, signer: x509.Certificate
) -> list[UserError]:
    """The `which` signature must be the juror's the minutes name, in the role they name."""
    if session.juror_roles.get(juror.id) is not juror.role:
        not_in_session = _NOT_IN_SESSION[juror.role]
        return [UserError(not_in_session, name=juror.name, juror=juror.id, session=session.id)]
    expected = session.juror_certificates.get(juror.id)
    if expected is None or not same_certificate(expected, signer):
        not_the_signer = _NOT_THE_SIGNER[which, juror.role]
        return [UserError(not_the_signer, name=juror.name)]
    return []
