"""Signing PDFs with jurors' keys and verifying them against the organiser, with real files.

Every PDF is made by the test: two ReportLab pages in DejaVu Sans with a JSON attached
by pikepdf, like a scoring sheet. Forgeries are written the way an attacker would: an
incremental update appended with pyHanko's writer, or bytes changed in place.
"""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID
from PIL import Image
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas

from jury_desk.pdf.fonts import register_reportlab_fonts
from jury_desk.signing.pades import StampBox, sign_pdf
from jury_desk.signing.stamp import stamp_text
from jury_desk.signing.verification import (
    SheetSignatureError,
    SignatureCheck,
    embedded_file,
    verify_pdf,
    verify_single_signature,
)
from jury_desk.trust import (
    Authority,
    JurorIdentity,
    create_authority,
    create_identity,
    issue_juror_certificate,
    make_request,
)
from tests.conftest import require_tool
from tests.helpers.pdf_forgery import replace_attachment, retitle

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
SIGNED_AT = datetime(2026, 11, 30, 10, 5, tzinfo=UTC)  # 11:05 in Paris
JSON_NAME = "fiche.json"
ORIGINAL_JSON = {"schema_version": 1, "candidate": "Léa Nguyễn", "C1": 3, "C2": 4}
FORGED_JSON = {"schema_version": 1, "candidate": "Léa Nguyễn", "C1": 1, "C2": 1}
PAGE_TWO_TEXT = "Recommandation globale : favorable"
STAMP_BOX: StampBox = (1, (56.0, 60.0, 356.0, 120.0))
MEMBER_BOX: StampBox = (1, (56.0, 130.0, 356.0, 190.0))


@pytest.fixture(scope="module")
def authority() -> Authority:
    return create_authority("Organisation de test", NOW)


@pytest.fixture(scope="module")
def chair() -> JurorIdentity:
    return create_identity("Claire Dubois-Martin", "claire.dubois-martin@example.gouv.fr")


@pytest.fixture(scope="module")
def member() -> JurorIdentity:
    return create_identity("Łukasz Œhlenschläger", "lukasz@example.gouv.fr")


@pytest.fixture(scope="module")
def chair_cert(authority: Authority, chair: JurorIdentity) -> x509.Certificate:
    return _issue(authority, chair)


@pytest.fixture(scope="module")
def member_cert(authority: Authority, member: JurorIdentity) -> x509.Certificate:
    return _issue(authority, member)


@pytest.fixture(scope="module")
def sheet() -> bytes:
    return _sheet_pdf()


@pytest.fixture(scope="module")
def signed(
    sheet: bytes, authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> bytes:
    return _sign(sheet, chair, chair_cert, authority)


@pytest.fixture(scope="module")
def cosigned(
    signed: bytes, authority: Authority, member: JurorIdentity, member_cert: x509.Certificate
) -> bytes:
    return _cosign(signed, member, member_cert, authority)


def _cosign(
    pdf: bytes, member: JurorIdentity, member_cert: x509.Certificate, authority: Authority
) -> bytes:
    return _sign(
        pdf,
        member,
        member_cert,
        authority,
        field="SignatureMembre",
        role="membre du jury",
        box=MEMBER_BOX,
    )


def _issue(
    authority: Authority, identity: JurorIdentity, days: int = 90, start: datetime = NOW
) -> x509.Certificate:
    return issue_juror_certificate(
        authority, make_request(identity), start, start + timedelta(days=days)
    )


def _sheet_pdf() -> bytes:
    """Two pages of text in DejaVu Sans, uncompressed so a test can find its words, and a JSON."""
    font, _ = register_reportlab_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=font, pageCompression=0, invariant=True)
    canvas.setFont(font, 14)
    canvas.drawString(56, 780, "Fiche d’évaluation — Léa Nguyễn")
    canvas.showPage()
    canvas.setFont(font, 12)
    canvas.drawString(56, 780, PAGE_TWO_TEXT)
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            xmp["dc:title"] = "Fiche d’évaluation"
            xmp["pdfaid:part"] = "3"
            xmp["pdfaid:conformance"] = "B"
        data = json.dumps(ORIGINAL_JSON, ensure_ascii=False).encode("utf-8")
        pdf.attachments[JSON_NAME] = pikepdf.AttachedFileSpec(
            pdf, data, filename=JSON_NAME, mime_type="application/json"
        )
        out = io.BytesIO()
        pdf.save(out, compress_streams=False)
    return out.getvalue()


def _sign(
    pdf: bytes,
    identity: JurorIdentity,
    certificate: x509.Certificate,
    authority: Authority,
    *,
    field: str = "SignaturePresidente",
    role: str = "présidente du jury",
    box: StampBox | None = STAMP_BOX,
    signed_at: datetime = SIGNED_AT,
    chain: Sequence[x509.Certificate] | None = None,
) -> bytes:
    return sign_pdf(
        pdf,
        key=identity.private_key,
        certificate=certificate,
        chain=[authority.certificate] if chain is None else chain,
        field_name=field,
        signer_name=identity.name,
        role=role,
        reason="Fiche d’évaluation signée",
        location="Paris",
        signed_at=signed_at,
        stamp_box=box,
    )


def _json(revision: bytes) -> Any:
    data = embedded_file(revision, JSON_NAME)
    assert data is not None
    return json.loads(data)


def _replace_attachment(pdf: bytes, data: bytes) -> bytes:
    return replace_attachment(pdf, JSON_NAME, data)


def _hand_made_certificate(
    authority: Authority,
    identity: JurorIdentity,
    *,
    digital_signature: bool = True,
    extensions: Sequence[x509.ExtensionType] = (),
) -> x509.Certificate:
    """A juror certificate built without `issue_juror_certificate`, to break one rule."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, identity.name),
                    x509.NameAttribute(NameOID.EMAIL_ADDRESS, identity.email),
                ]
            )
        )
        .issuer_name(authority.certificate.subject)
        .public_key(identity.private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW)
        .not_valid_after(NOW + timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=digital_signature,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(authority.private_key, hashes.SHA256())


def _self_signed(identity: JurorIdentity) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, identity.name)])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(identity.private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW)
        .not_valid_after(NOW + timedelta(days=90))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(identity.private_key, hashes.SHA256())
    )


def _assert_refused(check: SignatureCheck, *fragments: str) -> None:
    assert check.problem is not None
    assert not check.accepted
    assert "\n" not in check.problem
    for fragment in fragments:
        assert fragment in check.problem


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_tool(tool), *args], capture_output=True, text=True, check=False, timeout=60
    )


# --- The genuine article ---------------------------------------------------------------


def test_a_signed_sheet_is_accepted_with_everything_it_states(
    signed: bytes, sheet: bytes, authority: Authority, chair_cert: x509.Certificate
) -> None:
    check = verify_single_signature(signed, authority.certificate, JSON_NAME)
    assert check.problem is None and check.accepted
    assert check.field_name == "SignaturePresidente"
    assert check.signer_certificate == chair_cert
    assert check.signer_common_name == "Claire Dubois-Martin"
    assert check.signer_email == "claire.dubois-martin@example.gouv.fr"
    assert check.signing_time == SIGNED_AT
    assert check.intact and check.valid and check.trusted and check.bottom_line
    assert (check.coverage, check.modification_level) == ("ENTIRE_FILE", "NONE")
    assert check.signed_revision_bytes == signed
    assert _json(check.signed_revision_bytes) == ORIGINAL_JSON


def test_signing_appends_to_the_document_as_it_was(signed: bytes, sheet: bytes) -> None:
    assert signed.startswith(sheet)
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_signatures
    assert str(signature.sig_object["/SubFilter"]) == "/ETSI.CAdES.detached"
    assert signature.md_algorithm == "sha256"
    assert str(signature.sig_object["/Reason"]) == "Fiche d’évaluation signée"
    assert str(signature.sig_object["/Location"]) == "Paris"
    # PAdES: the time is the dictionary's /M, and the organiser's certificate travels along.
    assert str(signature.sig_object["/M"]).startswith("D:20261130100500")
    embedded = {cert.subject.human_friendly for cert in signature.other_embedded_certs}
    assert any("Organisation de test" in subject for subject in embedded)


def _metadata(pdf: bytes) -> tuple[dict[str, str], bytes]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        info = {str(key): str(value) for key, value in document.docinfo.items()}
        return info, document.Root.Metadata.read_bytes()


def test_signing_leaves_the_document_metadata_as_it_was(
    sheet: bytes, signed: bytes, cosigned: bytes
) -> None:
    # PDF/A wants the Info dictionary and the XMP packet to agree: neither may change.
    info, xmp = _metadata(sheet)
    assert b"pdfaid:part" in xmp or b"pdfaid" in xmp
    assert "pyHanko" not in str(info)
    assert _metadata(signed) == (info, xmp)
    assert _metadata(cosigned) == (info, xmp)


def test_a_signed_sheet_passes_poppler_and_qpdf(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    pdfsig = _run("pdfsig", str(path))
    assert "Signature is Valid." in pdfsig.stdout
    assert "Total document signed" in pdfsig.stdout
    assert "ETSI.CAdES.detached" in pdfsig.stdout
    qpdf = _run("qpdf", "--check", str(path))
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr


def test_every_font_is_embedded_and_none_is_courier(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    result = _run("pdffonts", str(path))
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[2:]
    assert len(rows) == 2  # the sheet's DejaVu subset and the stamp's
    assert all("DejaVuSans" in row for row in rows)
    assert all(re.search(r"\s+yes\s+yes\s+yes\s+", row) for row in rows)  # emb, sub, uni
    assert "Courier" not in result.stdout
    tags = {row.split("+", 1)[0] for row in rows}
    assert len(tags) == 2  # distinct subsets carry distinct tags


def test_the_stamp_is_drawn_where_asked(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    result = _run(
        "pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(path), str(tmp_path / "p")
    )
    assert result.returncode == 0, result.stderr
    (png,) = tmp_path.glob("p*.png")
    _, (left, bottom, right, top) = STAMP_BOX
    with Image.open(png) as image:
        scale = image.height / 842  # A4 page height in points
        inside = image.convert("L").crop(
            (
                round(left * scale) + 3,
                round(image.height - top * scale) + 3,
                round(right * scale) - 3,
                round(image.height - bottom * scale) - 3,
            )
        )
        below = image.convert("L").crop(
            (0, round(image.height - 40 * scale), image.width, image.height)
        )
    dark = sum(1 for value in inside.tobytes() if value < 128)
    assert dark > 50  # text inside the frame
    assert min(below.tobytes()) > 200  # nothing under the box


def test_the_stamp_says_who_as_what_and_when_in_paris() -> None:
    assert stamp_text("Claire Dubois-Martin", "présidente du jury", SIGNED_AT) == (
        "Signé par Claire Dubois-Martin, présidente du jury, le 30/11/2026 à 11:05 (heure de Paris)"
    )
    summer = datetime(2027, 6, 30, 10, 5, tzinfo=UTC)
    assert "le 30/06/2027 à 12:05" in stamp_text("X", "membre du jury", summer)


def test_a_box_too_small_or_off_the_page_is_a_programming_error(
    sheet: bytes, authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    with pytest.raises(ValueError, match="cannot hold"):
        _sign(sheet, chair, chair_cert, authority, box=(0, (56.0, 60.0, 96.0, 70.0)))
    with pytest.raises(ValueError, match="page 2 does not exist"):
        _sign(sheet, chair, chair_cert, authority, box=(2, (56.0, 60.0, 356.0, 120.0)))


def test_an_invisible_signature_is_accepted_too(
    sheet: bytes, authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    signed = _sign(sheet, chair, chair_cert, authority, box=None)
    assert verify_single_signature(signed, authority.certificate, JSON_NAME).accepted


# --- Tampering ---------------------------------------------------------------------------


def test_a_byte_changed_in_the_page_content_is_refused(signed: bytes, authority: Authority) -> None:
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        content = pdf.pages[1].Contents.read_raw_bytes()
    assert b"(Recommandation globale : favorable)" in content and signed.count(content) == 1
    # "favorable" becomes "Favorable", inside the content stream of page 2.
    position = signed.index(content) + content.index(b"favorable")
    tampered = bytearray(signed)
    tampered[position] = ord("F")
    check = verify_single_signature(bytes(tampered), authority.certificate, JSON_NAME)
    assert not check.intact
    _assert_refused(check, "signed content was changed")


def test_a_byte_changed_in_the_signature_value_is_refused(
    signed: bytes, authority: Authority
) -> None:
    (signature,) = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    value_hex = signature.signer_info["signature"].native.hex().encode("ascii")
    position = signed.lower().index(value_hex) + len(value_hex) // 2
    tampered = bytearray(signed)
    tampered[position] = ord("0") if tampered[position] != ord("0") else ord("1")
    check = verify_single_signature(bytes(tampered), authority.certificate, JSON_NAME)
    assert check.intact and not check.valid
    _assert_refused(check, "not a valid signature")


def test_a_damaged_signature_container_is_a_user_error(signed: bytes, authority: Authority) -> None:
    (signature,) = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    _, before_contents, _, _ = signature.byte_range
    tampered = bytearray(signed)
    tampered[before_contents + 1] = ord("f")  # the first hex digit of the CMS container
    with pytest.raises(SheetSignatureError, match="damaged"):
        verify_single_signature(bytes(tampered), authority.certificate, JSON_NAME)


@pytest.mark.parametrize("keep", [0.5, 0.99, -1, -6])
def test_a_truncated_file_is_a_user_error(signed: bytes, authority: Authority, keep: float) -> None:
    cut = int(len(signed) * keep) if keep > 0 else len(signed) + int(keep)
    with pytest.raises(SheetSignatureError, match="truncated") as raised:
        verify_single_signature(signed[:cut], authority.certificate, JSON_NAME)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("data", [b"", b"hello", b"PK\x03\x04 a zip", json.dumps({}).encode()])
def test_a_file_that_is_not_a_pdf_is_a_user_error(data: bytes, authority: Authority) -> None:
    with pytest.raises(SheetSignatureError, match="not a PDF"):
        verify_pdf(data, authority=authority.certificate, attachment=JSON_NAME)


def test_an_unsigned_pdf_is_a_user_error(sheet: bytes, authority: Authority) -> None:
    with pytest.raises(
        SheetSignatureError, match="carries no signature where at least 1 signature is expected"
    ):
        verify_pdf(sheet, authority=authority.certificate, attachment=JSON_NAME)


def test_bytes_flipped_anywhere_outside_the_signature_are_refused(
    signed: bytes, authority: Authority
) -> None:
    # A bounded sweep: whatever byte is hit, the answer is a refusal, never a crash.
    (signature,) = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    _, before_contents, after_contents, _ = signature.byte_range
    positions = [p for p in range(0, len(signed), 97) if not before_contents <= p < after_contents]
    for position in positions:
        tampered = bytearray(signed)
        tampered[position] ^= 0x01
        try:
            check = verify_single_signature(bytes(tampered), authority.certificate, JSON_NAME)
        except SheetSignatureError:
            continue
        assert check.problem is not None, f"a flipped byte at {position} went unnoticed"


def test_an_update_swapping_the_json_is_refused_but_the_signed_json_stays_readable(
    signed: bytes, authority: Authority
) -> None:
    forged = _replace_attachment(signed, json.dumps(FORGED_JSON).encode())
    assert _json(forged) == FORGED_JSON  # what a naive reader would take
    check = verify_single_signature(forged, authority.certificate, JSON_NAME)
    # The trap: the signature itself is still intact, valid and trusted.
    assert check.intact and check.valid and check.trusted
    assert check.coverage == "ENTIRE_REVISION"
    assert check.modification_level == "OTHER"
    _assert_refused(check, "does not cover the whole file")
    assert check.signed_revision_bytes == signed
    assert _json(check.signed_revision_bytes) == ORIGINAL_JSON


# --- Who signed ------------------------------------------------------------------------


def test_a_self_signed_certificate_is_refused(
    sheet: bytes, authority: Authority, chair: JurorIdentity
) -> None:
    certificate = _self_signed(chair)
    signed = _sign(sheet, chair, certificate, authority, chain=[])
    check = verify_single_signature(signed, authority.certificate, JSON_NAME)
    assert check.intact and check.valid and not check.trusted
    _assert_refused(check, "was not issued by the organiser authority")


def test_a_certificate_from_another_authority_is_refused(
    sheet: bytes, authority: Authority, chair: JurorIdentity
) -> None:
    other = create_authority("Organisation de test", NOW)  # same name, another key
    certificate = _issue(other, chair)
    signed = _sign(sheet, chair, certificate, other)
    check = verify_single_signature(signed, authority.certificate, JSON_NAME)
    assert not check.trusted
    _assert_refused(check, "was not issued by the organiser authority")
    assert verify_single_signature(signed, other.certificate, JSON_NAME).accepted


def test_a_certificate_expired_at_the_signing_time_is_refused(
    sheet: bytes, authority: Authority, chair: JurorIdentity
) -> None:
    certificate = issue_juror_certificate(
        authority, make_request(chair), NOW, NOW + timedelta(hours=1)
    )
    signed = _sign(sheet, chair, certificate, authority, signed_at=NOW + timedelta(hours=2))
    check = verify_single_signature(signed, authority.certificate, JSON_NAME)
    assert not check.trusted
    _assert_refused(check, "valid from 2026-11-30 08:00 UTC to 2026-11-30 09:00 UTC")


def test_a_certificate_not_yet_valid_at_the_signing_time_is_refused(
    sheet: bytes, authority: Authority, chair: JurorIdentity
) -> None:
    certificate = _issue(authority, chair, start=NOW + timedelta(days=1))
    check = verify_single_signature(
        _sign(sheet, chair, certificate, authority), authority.certificate, JSON_NAME
    )
    _assert_refused(check, "not at 2026-11-30 10:05 UTC")


def test_a_certificate_without_digital_signature_usage_is_refused(
    sheet: bytes, authority: Authority, chair: JurorIdentity
) -> None:
    certificate = _hand_made_certificate(authority, chair, digital_signature=False)
    check = verify_single_signature(
        _sign(sheet, chair, certificate, authority), authority.certificate, JSON_NAME
    )
    assert check.intact and check.valid and not check.trusted
    _assert_refused(check, "is not allowed to make signatures")


def test_signing_refuses_a_key_that_is_not_the_certificates(
    sheet: bytes, authority: Authority, chair: JurorIdentity, member_cert: x509.Certificate
) -> None:
    with pytest.raises(SheetSignatureError, match="does not match"):
        _sign(sheet, chair, member_cert, authority)


def test_signing_refuses_what_is_not_a_pdf_and_a_taken_field(
    signed: bytes, authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    with pytest.raises(SheetSignatureError, match="not a PDF"):
        _sign(b"not a pdf", chair, chair_cert, authority)
    with pytest.raises(SheetSignatureError, match="damaged or truncated"):
        _sign(signed[: len(signed) // 2], chair, chair_cert, authority)
    with pytest.raises(SheetSignatureError, match="already has a signature field"):
        _sign(signed, chair, chair_cert, authority)


# --- Co-signature (the minutes) ----------------------------------------------------------


def test_a_co_signature_leaves_the_first_signature_valid(
    cosigned: bytes, signed: bytes, authority: Authority, tmp_path: Path
) -> None:
    first, second = verify_pdf(
        cosigned, authority=authority.certificate, attachment=JSON_NAME, at_least_signatures=2
    )
    assert first.problem is None and second.problem is None
    assert (first.field_name, second.field_name) == ("SignaturePresidente", "SignatureMembre")
    assert first.signer_common_name == "Claire Dubois-Martin"
    assert second.signer_common_name == "Łukasz Œhlenschläger"
    assert (first.coverage, first.modification_level) == ("ENTIRE_REVISION", "FORM_FILLING")
    assert (second.coverage, second.modification_level) == ("ENTIRE_FILE", "NONE")
    assert first.signed_revision_bytes == signed
    assert second.signed_revision_bytes == cosigned
    path = tmp_path / "minutes.pdf"
    path.write_bytes(cosigned)
    pdfsig = _run("pdfsig", str(path)).stdout
    assert pdfsig.count("Signature is Valid.") == 2


def test_a_co_signed_file_is_not_a_single_signature(
    cosigned: bytes, signed: bytes, authority: Authority
) -> None:
    with pytest.raises(SheetSignatureError, match="2 signatures where exactly one"):
        verify_single_signature(cosigned, authority.certificate, JSON_NAME)
    with pytest.raises(SheetSignatureError, match="1 signature where at least 2 signatures are"):
        verify_pdf(
            signed, authority=authority.certificate, attachment=JSON_NAME, at_least_signatures=2
        )


def test_a_change_after_the_co_signature_is_refused(
    cosigned: bytes, signed: bytes, authority: Authority
) -> None:
    forged = _replace_attachment(cosigned, json.dumps(FORGED_JSON).encode())
    first, second = verify_pdf(
        forged, authority=authority.certificate, attachment=JSON_NAME, at_least_signatures=2
    )
    _assert_refused(first, "followed by changes other than signatures")
    _assert_refused(second, "does not cover the whole file")
    assert _json(first.signed_revision_bytes) == ORIGINAL_JSON
    assert _json(second.signed_revision_bytes) == ORIGINAL_JSON


def test_a_change_slipped_between_the_two_signatures_is_refused(
    signed: bytes, authority: Authority, member: JurorIdentity, member_cert: x509.Certificate
) -> None:
    retitled = retitle(signed, "Procès-verbal modifié")
    cosigned = _cosign(retitled, member, member_cert, authority)
    first, second = verify_pdf(
        cosigned, authority=authority.certificate, attachment=JSON_NAME, at_least_signatures=2
    )
    _assert_refused(first, "followed by a revision that is not a signature")
    assert second.problem is None  # the member did sign what they saw


# --- Offline ---------------------------------------------------------------------------


def test_signing_and_verification_never_touch_the_network(
    sheet: bytes,
    authority: Authority,
    chair: JurorIdentity,
    cosigned: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A certificate naming a CRL and an OCSP responder: a fetching validator would call them.
    url = "http://revocation.example.gouv.fr/"
    certificate = _hand_made_certificate(
        authority,
        chair,
        extensions=[
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier(url + "ca.crl")], None, None, None
                    )
                ]
            ),
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        x509.oid.AuthorityInformationAccessOID.OCSP,
                        x509.UniformResourceIdentifier(url + "ocsp"),
                    )
                ]
            ),
        ],
    )
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted during verification")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    signed = _sign(sheet, chair, certificate, authority)
    assert verify_single_signature(signed, authority.certificate, JSON_NAME).accepted
    assert all(
        c.accepted
        for c in verify_pdf(cosigned, authority=authority.certificate, attachment=JSON_NAME)
    )
    assert attempts == []


def test_embedded_file_reads_attachments_and_refuses_what_is_not_a_pdf(sheet: bytes) -> None:
    assert _json(sheet) == ORIGINAL_JSON
    assert embedded_file(sheet, "absent.json") is None
    with pytest.raises(SheetSignatureError):
        embedded_file(b"not a pdf at all", JSON_NAME)


def test_a_signing_time_is_whole_seconds_and_needs_a_time_zone(
    sheet: bytes, authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    precise = SIGNED_AT.replace(microsecond=654321)
    check = verify_single_signature(
        _sign(sheet, chair, chair_cert, authority, signed_at=precise),
        authority.certificate,
        JSON_NAME,
    )
    assert check.signing_time == SIGNED_AT
    with pytest.raises(ValueError, match="timezone-aware"):
        _sign(sheet, chair, chair_cert, authority, signed_at=SIGNED_AT.replace(tzinfo=None))
