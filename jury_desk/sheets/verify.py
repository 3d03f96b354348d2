"""Is this scoring sheet valid: signed, unchanged, by the juror it names, for a known session?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import pikepdf
from cryptography import x509

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, FileCap
from jury_desk.sheets.codec import sheet_from_json
from jury_desk.sheets.data import ATTACHMENT_NAME, SheetData
from jury_desk.signing.attachments import attached_file
from jury_desk.signing.authority import KnownSession, same_certificate
from jury_desk.signing.pdf_reading import open_with_pikepdf
from jury_desk.signing.verification import embedded_file, verify_single_signature

# A signed sheet weighs a few hundred KiB (its fonts embedded); the results file
# holds each at most 64 MiB (results/layout.py).
SHEET_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "a signed scoring sheet"), 32 * MIB)


@dataclass(frozen=True)
class SheetVerdict:
    """What verifying a sheet found; `refusal` is None only if the sheet is valid.

    `refusal` says why the sheet is refused, as a message with its fields (which the
    window translates); `problem` is the same in English text (the command line's).
    """

    data: SheetData | None
    signed_at: datetime | None
    refusal: UserError | None

    @property
    def valid(self) -> bool:
        return self.refusal is None

    @property
    def problem(self) -> str | None:
        return None if self.refusal is None else str(self.refusal)


def verify_sheet(pdf: bytes, sessions: Mapping[str, KnownSession]) -> SheetVerdict:
    """Every check of `sheet verify`; the data comes from the signed revision only."""
    try:
        # Opened once with pikepdf: for the data and for the active content alike.
        with open_with_pikepdf(pdf) as document:
            return _verify_open(pdf, document, sessions)
    except UserError as error:
        return SheetVerdict(None, None, error)


def _verify_open(
    pdf: bytes, document: pikepdf.Pdf, sessions: Mapping[str, KnownSession]
) -> SheetVerdict:
    # The latest revision only tells which session to check against; nothing from it is
    # trusted: the data that counts is read again from the revision the signature covers.
    hint = _data_in(attached_file(document, ATTACHMENT_NAME))
    session = sessions.get(hint.session.id)
    if session is None:
        return SheetVerdict(hint, None, _unknown_session(hint.session.id))
    check = verify_single_signature(pdf, session.authority, ATTACHMENT_NAME, opened=document)
    if check.refusal is not None:
        return SheetVerdict(None, check.signing_time, check.refusal)
    revision = check.signed_revision_bytes
    # Accepted, the one signature covers the entire file: its revision is `pdf` itself,
    # whose data was just read (and reading is a pure function of the bytes).
    data = hint if revision == pdf else _data_in(embedded_file(revision, ATTACHMENT_NAME))
    problem = _domain_problem(data, session, check.signer_certificate, sessions)
    return SheetVerdict(data, check.signing_time, problem)


def _data_in(attached: bytes | None) -> SheetData:
    if attached is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "no {attachment} attached: not a jury-desk scoring sheet"
            ),
            attachment=ATTACHMENT_NAME,
        )
    return sheet_from_json(attached)


def _domain_problem(
    data: SheetData,
    session: KnownSession,
    signer: x509.Certificate,
    sessions: Mapping[str, KnownSession],
) -> UserError | None:
    """What the signed data gets wrong about its session, as a message (not raised), or None."""
    if data.session.id not in sessions:
        return _unknown_session(data.session.id)
    if data.session.id != session.id:
        return UserError(
            QT_TRANSLATE_NOOP(
                "messages", "the signed data names another session than the file shows"
            )
        )
    if session.candidate_ids and data.candidate.id not in session.candidate_ids:
        return UserError(
            QT_TRANSLATE_NOOP("messages", "unknown candidate {candidate} in session {session}"),
            candidate=data.candidate.id,
            session=session.id,
        )
    expected = session.juror_certificates.get(data.juror.id)
    if expected is None:
        return UserError(
            QT_TRANSLATE_NOOP("messages", "{juror} is not a juror of session {session}"),
            juror=data.juror.id,
            session=session.id,
        )
    if not same_certificate(expected, signer):
        return UserError(
            QT_TRANSLATE_NOOP(
                "messages", "signed by someone else than the juror it names ({name})"
            ),
            name=data.juror.name,
        )
    return None


def _unknown_session(session_id: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("messages", "unknown session {session}"), session=session_id)
