"""Is this letter or certificate valid: signed by the certifier's signer, unchanged since?

The rules, on top of what `verify_pdf` checks for every signature (intact, valid,
trusted by the organiser's authority, a certificate valid at the signing time, the
whole file covered, no active content, no other attached file):

- exactly one signature, by a certificate the authority issued to the certifier's
  signer (a juror's certificate from the same authority is refused);
- the attached data is a letter's or a certificate's, in its canonical form, naming
  the person who signed;
- the code printed on the document (in its title, which the layout draws from the
  same data) is the code of the data.

The registry's side (the code known, the document not revoked, its decision not
superseded) is `registry.issued_documents.check_issued`, for whoever can reach it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pikepdf
from cryptography import x509

from jury_desk.certificates.codec import document_from_json
from jury_desk.certificates.data import (
    CERTIFICATE_ATTACHMENT,
    LETTER_ATTACHMENT,
    Certificate,
    CertifierDocument,
)
from jury_desk.certificates.render import CERTIFICATE_TITLE, LETTER_TITLE, document_title
from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, FileCap
from jury_desk.signing.attachments import attached_file, embedded_file
from jury_desk.signing.pdf_reading import open_with_pikepdf
from jury_desk.signing.verification import SignatureCheck, verify_single_signature
from jury_desk.trust.errors import TrustError
from jury_desk.trust.signer import check_signer_certificate

# A letter or certificate weighs some 100 KiB (the embedded fonts).
CERTIFIER_DOCUMENT_FILE = FileCap(
    QT_TRANSLATE_NOOP("messages", "signed letter or certificate"), 16 * MIB
)
NO_DATA = QT_TRANSLATE_NOOP("messages", "The document carries no letter or certificate data.")


@dataclass(frozen=True)
class CertifierVerdict:
    """What verifying a letter or certificate found; `valid` only when `findings` is empty.

    `problems` gives the findings as English text (the command line's).
    """

    findings: list[UserError]
    document: CertifierDocument | None = None
    signer_name: str | None = None
    signed_at: datetime | None = None
    signer_certificate: x509.Certificate | None = field(default=None, repr=False)

    @property
    def valid(self) -> bool:
        return not self.findings

    @property
    def problems(self) -> list[str]:
        return [str(finding) for finding in self.findings]

    def refusal(self) -> UserError:
        """The problems as one message, separated by "; "."""
        return joined(self.findings or [UserError(NO_DATA)])


def verify_certificate_document(pdf: bytes, authority: x509.Certificate) -> CertifierVerdict:
    """Every check of `certificate verify` that needs no registry."""
    try:
        with open_with_pikepdf(pdf) as opened:
            attachment = _attachment_name(opened)
            check = verify_single_signature(pdf, authority, attachment, opened=opened)
    except UserError as error:
        return CertifierVerdict([error])
    findings: list[UserError] = []
    if check.refusal is not None:
        findings.append(check.refusal)
    try:
        check_signer_certificate(check.signer_certificate, authority)
    except TrustError as error:
        findings.append(error)
    document = None
    if check.signed_revision_bytes:
        try:
            document = _signed_data(check, attachment)
        except UserError as error:
            findings.append(error)
    if document is not None:
        findings += _domain_problems(document, check)
    return CertifierVerdict(
        findings,
        document,
        check.signer_common_name or None,
        check.signing_time,
        check.signer_certificate,
    )


def _attachment_name(opened: pikepdf.Pdf) -> str:
    for name in (CERTIFICATE_ATTACHMENT, LETTER_ATTACHMENT):
        if attached_file(opened, name) is not None:
            return name
    raise UserError(NO_DATA)


def _signed_data(check: SignatureCheck, attachment: str) -> CertifierDocument:
    data = embedded_file(check.signed_revision_bytes, attachment)
    if data is None:
        raise UserError(NO_DATA)
    document = document_from_json(data)
    expected = CERTIFICATE_ATTACHMENT if isinstance(document, Certificate) else LETTER_ATTACHMENT
    if expected != attachment:
        raise UserError(NO_DATA)
    return document


def _domain_problems(document: CertifierDocument, check: SignatureCheck) -> list[UserError]:
    problems: list[UserError] = []
    if document.signer.name != check.signer_common_name:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The document's data names {named} as its signer, but {signer} signed it.",
                ),
                named=document.signer.name,
                signer=check.signer_common_name,
            )
        )
    if isinstance(document, Certificate):
        expected = document_title(CERTIFICATE_TITLE, document.holder_name, document.code)
    else:
        expected = document_title(LETTER_TITLE, document.candidate_name, document.code)
    if _printed_title(check.signed_revision_bytes) != expected:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The code printed on the document is not the code of its data ({code}).",
                ),
                code=document.code,
            )
        )
    return problems


def _printed_title(revision: bytes) -> str | None:
    with open_with_pikepdf(revision) as opened:
        title = opened.docinfo.get("/Title")
        return None if title is None else str(title)
