"""What a batch remembers (signer paths, signing-certificate matches, juror checks) never
changes a verdict: each file gets what a fresh verification would give it, in any order."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pikepdf
import pytest
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.generic_cms import get_signing_cert_attr
from reportlab.pdfgen.canvas import Canvas

from jury_desk.signing import ess_certid, juror_check, signer_paths
from jury_desk.signing.pades import sign_pdf
from jury_desk.signing.verification import SignatureCheck, verify_single_signature
from jury_desk.trust import (
    Authority,
    JurorIdentity,
    TrustError,
    create_authority,
    create_identity,
    issue_juror_certificate,
    make_request,
)
from jury_desk.trust.verify import verify_juror_certificate
from tests.helpers.pdf_forgery import replace_attachment

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NAME = "fiche.json"


@pytest.fixture(autouse=True)
def _fresh_tables() -> Iterator[None]:
    for module in (signer_paths, juror_check):
        module.forget()
    yield
    for module in (signer_paths, juror_check):
        module.forget()


@pytest.fixture(scope="module")
def authority() -> Authority:
    return create_authority("Organisation de test", NOW)


@pytest.fixture(scope="module")
def chair() -> JurorIdentity:
    return create_identity("Claire Dubois-Martin", "claire@example.gouv.fr")


@pytest.fixture(scope="module")
def chair_cert(authority: Authority, chair: JurorIdentity) -> x509.Certificate:
    return _issue(authority, chair, NOW, NOW + timedelta(days=90))


def _issue(
    authority: Authority, identity: JurorIdentity, start: datetime, end: datetime
) -> x509.Certificate:
    return issue_juror_certificate(authority, make_request(identity), start, end)


def _pdf(candidate: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0, invariant=True)
    canvas.drawString(56, 780, f"Fiche de {candidate}")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        data = json.dumps({"candidate": candidate}).encode()
        pdf.attachments[NAME] = pikepdf.AttachedFileSpec(
            pdf, data, filename=NAME, mime_type="application/json"
        )
        out = io.BytesIO()
        pdf.save(out, compress_streams=False)
    return out.getvalue()


def _signed(
    candidate: str,
    identity: JurorIdentity,
    certificate: x509.Certificate,
    issuer: Authority,
    at: datetime,
) -> bytes:
    return sign_pdf(
        _pdf(candidate),
        key=identity.private_key,
        certificate=certificate,
        chain=[issuer.certificate],
        field_name="SignaturePresidente",
        signer_name=identity.name,
        role="présidente du jury",
        reason="Fiche signée",
        location="Paris",
        signed_at=at,
        stamp_box=None,
    )


def _verdict(check: SignatureCheck) -> tuple[object, ...]:
    """Everything a check says, but the bytes it carries."""
    return (
        check.problem,
        check.intact,
        check.valid,
        check.trusted,
        check.coverage,
        check.modification_level,
        check.bottom_line,
        check.signing_time,
    )


def _fresh(pdf: bytes, authority: Authority) -> SignatureCheck:
    signer_paths.forget()
    juror_check.forget()
    return verify_single_signature(pdf, authority.certificate, NAME)


def test_a_good_sheet_does_not_vouch_for_a_tampered_one_or_a_foreign_signer(
    authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    good = _signed("cand-1", chair, chair_cert, authority, NOW + timedelta(hours=2))
    # The same signer: a word of the signed page changed, then the data swapped by an update.
    second = _signed("cand-2", chair, chair_cert, authority, NOW + timedelta(hours=3))
    at = second.index(b"Fiche de cand-2")
    tampered = second[:at] + b"Fiche de cand-3" + second[at + len(b"Fiche de cand-2") :]
    swapped = replace_attachment(second, NAME, json.dumps({"candidate": "x"}).encode())
    # Same name and same juror key, but issued by another authority.
    other = create_authority("Organisation de test", NOW)
    foreign_cert = _issue(other, chair, NOW, NOW + timedelta(days=90))
    foreign = _signed("cand-4", chair, foreign_cert, other, NOW + timedelta(hours=4))

    batch = [good, tampered, swapped, good, foreign, second]
    checks = [verify_single_signature(pdf, authority.certificate, NAME) for pdf in batch]

    assert checks[0].accepted and checks[3].accepted and checks[5].accepted
    assert checks[1].problem is not None and "does not match the document" in checks[1].problem
    assert checks[2].problem is not None and "does not cover the whole file" in checks[2].problem
    assert checks[4].problem is not None
    assert "was not issued by the organiser authority" in checks[4].problem
    assert not checks[4].trusted
    # Each verdict is exactly what a verification with nothing remembered gives.
    for pdf, check in zip(batch, checks, strict=True):
        assert _verdict(check) == _verdict(_fresh(pdf, authority))


def test_a_certificate_good_at_one_signing_time_is_judged_again_at_another(
    authority: Authority, chair: JurorIdentity
) -> None:
    # Valid for one hour: a sheet signed within it, then one signed after it, one before.
    short = _issue(authority, chair, NOW, NOW + timedelta(hours=1))
    within = _signed("cand-1", chair, short, authority, NOW + timedelta(minutes=30))
    after = _signed("cand-2", chair, short, authority, NOW + timedelta(hours=2))
    before = _signed("cand-3", chair, short, authority, NOW - timedelta(hours=1))

    checks = [
        verify_single_signature(pdf, authority.certificate, NAME) for pdf in (within, after, before)
    ]

    assert checks[0].accepted
    assert checks[1].problem is not None and "not at 2026-11-30 10:00 UTC" in checks[1].problem
    assert checks[2].problem is not None and "not at 2026-11-30 07:00 UTC" in checks[2].problem
    for pdf, check in zip((within, after, before), checks, strict=True):
        assert _verdict(check) == _verdict(_fresh(pdf, authority))


def test_a_batch_by_one_signer_validates_the_path_once(
    authority: Authority,
    chair: JurorIdentity,
    chair_cert: x509.Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    original = signer_paths._pyhanko_validate

    async def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0])
        return await original(*args, **kwargs)

    monkeypatch.setattr(signer_paths, "_pyhanko_validate", counted)
    sheets = [
        _signed(f"cand-{n}", chair, chair_cert, authority, NOW + timedelta(hours=n))
        for n in (1, 2, 3)
    ]
    assert all(verify_single_signature(pdf, authority.certificate, NAME).accepted for pdf in sheets)
    assert len(calls) == 1
    # A refusal is never kept: the foreign signer is validated each time it comes.
    other = create_authority("Autre organisation", NOW)
    foreign = _signed(
        "cand-9",
        chair,
        _issue(other, chair, NOW, NOW + timedelta(days=9)),
        other,
        NOW + timedelta(hours=1),
    )
    for _ in range(2):
        assert not verify_single_signature(foreign, authority.certificate, NAME).accepted
    assert len(calls) == 3


def test_the_signing_certificate_match_is_pyhankos(
    authority: Authority, chair: JurorIdentity, chair_cert: x509.Certificate
) -> None:
    member = create_identity("Łukasz Œhlenschläger", "lukasz@example.gouv.fr")
    member_cert = _issue(authority, member, NOW, NOW + timedelta(days=90))
    signatures = [
        PdfFileReader(
            io.BytesIO(_signed("c", who, cert, authority, NOW + timedelta(hours=1)))
        ).embedded_signatures[0]
        for who, cert in ((chair, chair_cert), (member, member_cert))
    ]
    pairs = []
    for signature in signatures:
        attribute = get_signing_cert_attr(signature.signer_info["signed_attrs"])
        assert attribute is not None
        pairs.append(attribute["certs"][0])
    certificates = [signature.signer_cert for signature in signatures]
    # Twice over, so that the second round is answered from what the first remembered.
    for _ in range(2):
        for certificate in certificates:
            for certid in pairs:
                expected = ess_certid._pyhanko_check(certificate, certid)
                assert ess_certid.check_ess_certid(certificate, certid) == expected
    assert ess_certid.check_ess_certid(certificates[0], pairs[0])
    assert not ess_certid.check_ess_certid(certificates[0], pairs[1])


@pytest.mark.parametrize(
    "offset",
    [
        timedelta(seconds=-1),
        timedelta(0),
        timedelta(microseconds=1),
        timedelta(minutes=30),
        timedelta(hours=1),
        timedelta(hours=1, microseconds=1),
        timedelta(days=1),
    ],
)
def test_the_juror_check_after_a_pass_is_the_check_itself(
    authority: Authority, chair: JurorIdentity, offset: timedelta
) -> None:
    short = _issue(authority, chair, NOW, NOW + timedelta(hours=1))
    juror_check.check_juror_certificate(short, authority.certificate, NOW + timedelta(minutes=1))
    at = NOW + offset
    try:
        verify_juror_certificate(short, authority.certificate, at=at)
        expected = None
    except TrustError as error:
        expected = str(error)
    try:
        juror_check.check_juror_certificate(short, authority.certificate, at)
        found = None
    except TrustError as error:
        found = str(error)
    assert found == expected
