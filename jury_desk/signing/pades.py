"""Signing a PDF with a juror's key: a PAdES baseline B-B signature, bytes in, bytes out.

The signature is an incremental update: the bytes before it stay exactly as they were,
so a file signed once can be signed again (the minutes' co-signature) and the first
signature stays valid. Everything happens offline: no timestamp authority, no
revocation fetching. The signing time is the caller's clock, written in the signature
dictionary's /M (PAdES forbids the CMS signing-time attribute, so pyHanko leaves it out).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.constants import ESIC_EXTENSION_1
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import BaseStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.signing.asn1 import asn1_certificate, asn1_certificates, asn1_private_key
from jury_desk.signing.errors import SheetSignatureError
from jury_desk.signing.pdf_reading import PDF_READ_ERRORS, open_for_update, signature_field_names
from jury_desk.signing.stamp import stamp_style, stamp_text
from jury_desk.trust.keys import fingerprint

# Where a stamp goes: (page index from 0, (left, bottom, right, top) in PDF points).
StampBox = tuple[int, tuple[float, float, float, float]]

DIGEST_ALGORITHM = "sha256"
_SIGNING_ERRORS: tuple[type[Exception], ...] = (SigningError, *PDF_READ_ERRORS)


def sign_pdf(
    pdf: bytes,
    *,
    key: ec.EllipticCurvePrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    field_name: str,
    signer_name: str,
    role: str,
    reason: str,
    location: str | None,
    signed_at: datetime,
    stamp_box: StampBox | None,
) -> bytes:
    """`pdf` with one more signature, in a new field `field_name`, appended as an update.

    `chain` is embedded beside `certificate` (the organiser's authority, so that any
    reader can build the path). With `stamp_box`, the field is visible there and says in
    French who signed, as what and when; without, the signature is invisible.
    SheetSignatureError if `pdf` cannot be signed (not a PDF, damaged, field name taken).
    """
    if signed_at.tzinfo is None:
        raise ValueError("a timezone-aware datetime is required")
    # PDF dates hold whole seconds: the stamp and /M must say the same time.
    signed_at = signed_at.astimezone(UTC).replace(microsecond=0)
    _check_key_matches(key, certificate)
    _check_field_name(field_name)
    writer = open_for_update(pdf)
    if field_name in signature_field_names(writer):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP("messages", "The document already has a signature field “{field}”."),
            field=field_name,
        )
    field_spec, style = _field(writer, field_name, stamp_box, signer_name, role, signed_at)
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]  # pyHanko: no annotation
    registry.register_multiple(asn1_certificates(chain))
    signer = signers.SimpleSigner(
        signing_cert=asn1_certificate(certificate),
        signing_key=asn1_private_key(key),
        cert_registry=registry,  # embedded beside the signer's certificate
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm=DIGEST_ALGORITHM,
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name,
        reason=reason,
        location=location,
    )
    pdf_signer = _ClockedPdfSigner(
        metadata, signer, signed_at=signed_at, stamp_style=style, new_field_spec=field_spec
    )
    try:
        output = pdf_signer.sign_pdf(writer)
    except _SIGNING_ERRORS as error:
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP("messages", "The document cannot be signed: {reason}"),
            reason=str(error),
        ) from None
    return bytes(output.getvalue())


class _ClockedPdfSigner(signers.PdfSigner):
    """A PdfSigner that takes its signing time from jury-desk's clock, not the system's."""

    def __init__(
        self,
        signature_meta: signers.PdfSignatureMetadata,
        signer: signers.Signer,
        *,
        signed_at: datetime,
        stamp_style: BaseStampStyle | None,
        new_field_spec: fields.SigFieldSpec,
    ) -> None:
        super().__init__(
            signature_meta, signer, stamp_style=stamp_style, new_field_spec=new_field_spec
        )
        self._signed_at = signed_at

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        # pyHanko reads the clock in the session's constructor; /M and the stamp use this.
        session.system_time = self._signed_at
        return session

    def register_extensions(self, pdf_out: BasePdfFileWriter, *, md_algorithm: str) -> None:
        # pyHanko would also declare ISO 32002 (ECDSA in PDF) and with it PDF 2.0, which a
        # PDF/A-3 document, built on PDF 1.7, must not claim. PAdES' own ESIC extension to
        # PDF 1.7 is what readers of PAdES signatures look for.
        pdf_out.ensure_output_version(version=(1, 7))  # type: ignore[no-untyped-call]  # pyHanko
        pdf_out.register_extension(ESIC_EXTENSION_1)


def _field(
    writer: IncrementalPdfFileWriter,
    field_name: str,
    stamp_box: StampBox | None,
    signer_name: str,
    role: str,
    signed_at: datetime,
) -> tuple[fields.SigFieldSpec, BaseStampStyle | None]:
    if stamp_box is None:
        return fields.SigFieldSpec(field_name), None
    page, (left, bottom, right, top) = stamp_box
    page_count = int(writer.root["/Pages"]["/Count"])
    if not 0 <= page < page_count:
        raise ValueError(f"page {page} does not exist in a document of {page_count} pages")
    # pyHanko takes whole points; the text is drawn for the rounded box.
    box = (round(left), round(bottom), round(right), round(top))
    width, height = box[2] - box[0], box[3] - box[1]
    if width <= 0 or height <= 0:
        raise ValueError(f"the signature box {stamp_box!r} is empty")
    style = stamp_style(stamp_text(signer_name, role, signed_at), width, height)
    return fields.SigFieldSpec(field_name, on_page=page, box=box), style


def _check_key_matches(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> None:
    if fingerprint(key.public_key()) != fingerprint(certificate.public_key()):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages", "The signing key does not match the signer's certificate."
            )
        )


def _check_field_name(field_name: str) -> None:
    # PDF joins nested field names with dots; pyHanko refuses them in a new field.
    if not field_name or "." in field_name or not field_name.isprintable():
        raise ValueError(f"{field_name!r} cannot name a signature field")
