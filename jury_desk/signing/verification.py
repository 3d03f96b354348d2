"""Verifying the signatures of a PDF against the organiser's authority, offline.

Each signature is validated by pyHanko against a context whose only trust root is the
organiser's authority, at the signing time the signature states, with no fetching of
revocation data (jury-desk has none to fetch: the organiser revokes by not enrolling).
On top of pyHanko's verdict, jury-desk's rules for its documents:

- the last signature covers the entire file: nothing was appended after it;
- an earlier signature (the minutes' chair, before the member's co-signature) covers its
  whole revision, is followed directly by the next signature's revision, and what came
  after it only adds signatures (modification level FORM_FILLING or better);
- every signer holds a juror certificate issued by the authority, valid at the signing
  time and allowed to sign (`verify_juror_certificate`);
- every signature leaves out of its byte range its own /Contents value and nothing more
  (contents_gap: pyHanko does not look inside the padding);
- the file carries no active content and no embedded file but its own data
  (active_content), whatever its signatures say.

Difference analysis is never skipped: an update that swaps the embedded JSON leaves the
earlier signature intact, valid and trusted, and only the coverage and modification
level give it away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pikepdf
from cryptography import x509
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    validate_pdf_signature,
)
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.signing import ess_certid, signer_paths
from jury_desk.signing.active_content import refuse_active_content, refuse_active_content_in
from jury_desk.signing.asn1 import pyca_certificate
from jury_desk.signing.attachments import embedded_file
from jury_desk.signing.contents_gap import gap_is_the_signature_alone
from jury_desk.signing.errors import SheetSignatureError
from jury_desk.signing.juror_check import check_juror_certificate
from jury_desk.signing.pdf_reading import PDF_READ_ERRORS, damaged, open_for_reading
from jury_desk.trust.errors import TrustError
from jury_desk.trust.verify import juror_email

__all__ = [
    "SheetSignatureError",
    "SignatureCheck",
    "embedded_file",
    "verify_pdf",
    "verify_single_signature",
]

# What is the same for every file of a batch is computed once (each module says why it
# gives what a fresh computation would): the signer's path to the authority, and the
# match of the signing-certificate attribute.
signer_paths.install()
ess_certid.install()

_SIGNER_KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature"})
_UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class SignatureCheck:
    """What verifying one signature found; `refusal` is None only if it is accepted.

    `refusal` says why the signature is refused, as a message with its fields (which
    the window translates); `problem` is the same in English text (the command line's).

    `signed_revision_bytes` are the exact bytes this signature covers: the document as
    it was once signed, to read the embedded data of that revision and not of a later
    one. Empty when the signature does not cover a whole revision (`problem` says so).
    """

    field_name: str
    signer_certificate: x509.Certificate
    signer_common_name: str
    signer_email: str | None
    signing_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    coverage: str  # a SignatureCoverageLevel name: ENTIRE_FILE, ENTIRE_REVISION, …
    modification_level: str  # a ModificationLevel name: NONE, FORM_FILLING, OTHER, …
    bottom_line: bool
    signed_revision_bytes: bytes
    refusal: UserError | None

    @property
    def accepted(self) -> bool:
        return self.refusal is None

    @property
    def problem(self) -> str | None:
        return None if self.refusal is None else str(self.refusal)


def verify_pdf(
    pdf: bytes,
    *,
    authority: x509.Certificate,
    attachment: str,
    at_least_signatures: int = 1,
    opened: pikepdf.Pdf | None = None,
) -> list[SignatureCheck]:
    """One check per signature of `pdf`, in signing order.

    `attachment` names the one file the document may carry: jury-desk's JSON data.
    SheetSignatureError if `pdf` is not a PDF, is damaged or truncated, carries fewer
    than `at_least_signatures` signatures, or carries active content or another embedded
    file. A signature that fails a rule is still returned, with its `refusal`.
    `opened` is `pdf` already open with pikepdf (`open_with_pikepdf`), if the caller has
    it: its active content is judged there rather than in a second opening.
    """
    if at_least_signatures < 1:
        raise ValueError("at least one signature must be expected")
    reader = open_for_reading(pdf)
    signatures = _embedded_signatures(reader)
    if len(signatures) < at_least_signatures:
        raise _too_few(len(signatures), at_least_signatures)
    checks = []
    for index, signature in enumerate(signatures):
        following = signatures[index + 1] if index + 1 < len(signatures) else None
        checks.append(_check(pdf, signature, authority, following))
    # After the signatures, whose reading says best why a damaged file is refused; before
    # anything is returned: active content is refused whatever the signatures say.
    if opened is None:
        refuse_active_content(pdf, attachment)
    else:
        refuse_active_content_in(opened, attachment)
    return checks


def verify_single_signature(
    pdf: bytes, authority: x509.Certificate, attachment: str, *, opened: pikepdf.Pdf | None = None
) -> SignatureCheck:
    """The check of the one signature `pdf` must carry (a scoring sheet's); `opened` as above."""
    checks = verify_pdf(pdf, authority=authority, attachment=attachment, opened=opened)
    if len(checks) != 1:  # verify_pdf returned at least one
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages", "The document carries {found} signatures where exactly one is expected."
            ),
            found=len(checks),
        )
    return checks[0]


def _too_few(found: int, expected: int) -> SheetSignatureError:
    """The document carries `found` signatures, fewer than the `expected` at least."""
    if expected == 1:  # then found is 0
        return SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries no signature where at least 1 signature is expected.",
            )
        )
    if found == 0:
        return SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries no signature "
                "where at least {expected} signatures are expected.",
            ),
            expected=expected,
        )
    if found == 1:
        return SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries 1 signature "
                "where at least {expected} signatures are expected.",
            ),
            expected=expected,
        )
    return SheetSignatureError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The document carries {found} signatures "
            "where at least {expected} signatures are expected.",
        ),
        found=found,
        expected=expected,
    )


def _embedded_signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    try:
        return list(reader.embedded_signatures)
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None


def _check(
    pdf: bytes,
    signature: EmbeddedPdfSignature,
    authority: x509.Certificate,
    following: EmbeddedPdfSignature | None,
) -> SignatureCheck:
    field_name = str(signature.field_name)
    try:
        certificate = pyca_certificate(signature.signer_cert)
        signing_time = signature.self_reported_timestamp
    except PDF_READ_ERRORS as error:  # pyHanko's SignatureValidationError is a ValueError
        raise damaged(error) from None
    if _byte_range_end(signature) > len(pdf):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The PDF file is truncated: the signature “{field}” covers bytes beyond its end.",
            ),
            field=field_name,
        )
    # Every refusal names the signature: "The signature “{field}” of {signer} …".
    label = {
        "field": field_name,
        "signer": _common_name(certificate) or QT_TRANSLATE_NOOP("messages", "an unnamed signer"),
    }
    try:
        status = _validate(signature, authority, signing_time)
    except SignatureValidationError as error:
        refusal = SheetSignatureError(_REFUSED, **label, reason=str(error))
        return _refused(field_name, certificate, signing_time, refusal)
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None
    problem = _problem(label, status, certificate, authority, signing_time, signature, following)
    if problem is None and not gap_is_the_signature_alone(pdf, signature):
        problem = SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signature “{field}” of {signer} does not cover the whole file: "
                "bytes beside the signature value in /Contents are not signed.",
            ),
            **label,
        )
    coverage = status.coverage
    level = status.modification_level
    return SignatureCheck(
        field_name=field_name,
        signer_certificate=certificate,
        signer_common_name=_common_name(certificate),
        signer_email=_email(certificate),
        signing_time=signing_time,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        coverage=coverage.name if coverage is not None else _UNKNOWN,
        modification_level=level.name if level is not None else _UNKNOWN,
        bottom_line=status.bottom_line,
        signed_revision_bytes=_signed_revision_bytes(pdf, signature, coverage),
        refusal=problem,
    )


def _validate(
    signature: EmbeddedPdfSignature,
    authority: x509.Certificate,
    signing_time: datetime | None,
) -> PdfSignatureStatus:
    # B-B has no trusted time: the certificates are judged at the time the signer states,
    # which `verify_juror_certificate` also uses. Without one, now.
    return validate_pdf_signature(
        signature,
        signer_validation_context=signer_paths.AuthorityContext(authority, signing_time),
        key_usage_settings=_SIGNER_KEY_USAGE,
        skip_diff=False,  # never True: the difference analysis is what catches forgeries
    )


_REFUSED = QT_TRANSLATE_NOOP("messages", "The signature “{field}” of {signer} is refused: {reason}")


def _problem(
    label: dict[str, str],
    status: PdfSignatureStatus,
    certificate: x509.Certificate,
    authority: x509.Certificate,
    signing_time: datetime | None,
    signature: EmbeddedPdfSignature,
    following: EmbeddedPdfSignature | None,
) -> SheetSignatureError | None:
    """The first rule `status` breaks, as a sentence naming the signature (`label`), or None."""

    def refused(template: str, **fields: object) -> SheetSignatureError:
        return SheetSignatureError(template, **label, **fields)

    if not status.intact:
        return refused(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signature “{field}” of {signer} does not match the document: "
                "the signed content was changed.",
            )
        )
    if not status.valid:
        return refused(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signature “{field}” of {signer} is not a valid signature of the signer's key.",
            )
        )
    if signing_time is None:
        return refused(
            QT_TRANSLATE_NOOP(
                "messages", "The signature “{field}” of {signer} states no signing time."
            )
        )
    try:
        check_juror_certificate(certificate, authority, signing_time)
    except TrustError as error:
        return refused(_REFUSED, reason=error)
    if not status.trusted:
        return refused(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signature “{field}” of {signer} does not lead to the organiser authority "
                "({reason}).",
            ),
            reason=_trust_reason(status),
        )
    coverage = status.coverage
    level = status.modification_level
    level_name = level.name if level is not None else _UNKNOWN
    if following is None:
        if coverage != SignatureCoverageLevel.ENTIRE_FILE:
            return refused(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The signature “{field}” of {signer} does not cover the whole file: "
                    "something was added after it (modification level {level}).",
                ),
                level=level_name,
            )
    else:
        if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
            return refused(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The signature “{field}” of {signer} does not cover a whole revision "
                    "of the document.",
                )
            )
        if following.signed_revision != signature.signed_revision + 1:
            return refused(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The signature “{field}” of {signer} is followed by a revision "
                    "that is not a signature.",
                )
            )
        if level is None or level.value > ModificationLevel.FORM_FILLING.value:
            return refused(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The signature “{field}” of {signer} is followed by changes other than "
                    "signatures (modification level {level}).",
                ),
                level=level_name,
            )
    if not status.bottom_line:
        return refused(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signature “{field}” of {signer} is not accepted by the validator ({summary}).",
            ),
            summary=status.summary(),
        )
    return None


def _trust_reason(status: PdfSignatureStatus) -> str:
    indication = status.trust_problem_indic
    if indication is not None:
        return str(indication.standard_name)  # an ETSI sub-indication: NO_CERTIFICATE_CHAIN_FOUND…
    return QT_TRANSLATE_NOOP("messages", "no path to the authority")


def _byte_range_end(signature: EmbeddedPdfSignature) -> int:
    try:
        return max(int(start) + int(length) for start, length in _pairs(signature.byte_range))
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None


def _pairs(byte_range: list[int]) -> list[tuple[int, int]]:
    values = list(byte_range)
    if len(values) % 2 or not values:
        raise ValueError("the signature's /ByteRange is not a list of offset and length pairs")
    return list(zip(values[::2], values[1::2], strict=True))


def _signed_revision_bytes(
    pdf: bytes, signature: EmbeddedPdfSignature, coverage: SignatureCoverageLevel | None
) -> bytes:
    # The byte range is [0, before the /Contents hex, after it, to the end of the signed
    # revision]: with a whole revision covered, its end is where that revision's %%EOF ends.
    if coverage is None or coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return b""
    _, _, start, length = (int(value) for value in signature.byte_range)
    return pdf[: start + length]


def _refused(
    field_name: str,
    certificate: x509.Certificate,
    signing_time: datetime | None,
    refusal: SheetSignatureError,
) -> SignatureCheck:
    return SignatureCheck(
        field_name=field_name,
        signer_certificate=certificate,
        signer_common_name=_common_name(certificate),
        signer_email=_email(certificate),
        signing_time=signing_time,
        intact=False,
        valid=False,
        trusted=False,
        coverage=_UNKNOWN,
        modification_level=_UNKNOWN,
        bottom_line=False,
        signed_revision_bytes=b"",
        refusal=refusal,
    )


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def _email(certificate: x509.Certificate) -> str | None:
    from_alternative_names = juror_email(certificate)
    if from_alternative_names is not None:
        return from_alternative_names
    names = certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)
    return str(names[0].value) if names else None
