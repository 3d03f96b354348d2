"""The certifier's documents: a letter and a certificate rendered, signed by the certifier's
signer, read by poppler and qpdf, verified; a changed code, a juror's key and data out of
its canonical form refused."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from jury_desk.certificates.codec import document_from_json
from jury_desk.certificates.data import (
    CERTIFICATE_ATTACHMENT,
    DEFAULT_RECOURSE,
    DEFAULT_REGISTRATION_TEXT,
    Certificate,
    CertifierDocumentError,
    DecisionLetter,
    DocumentSession,
    DocumentSigner,
    Registration,
    new_code,
    normal_code,
    shown_code,
)
from jury_desk.certificates.export import FIELD_NAME, signed_document
from jury_desk.certificates.render import (
    CERTIFICATE_TITLE,
    _certificate_story,
    _page_texts,
    document_title,
    render_certificate_pdf,
    signer_box,
)
from jury_desk.certificates.verify import verify_certificate_document
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import Outcome
from jury_desk.pdf.document import render_document
from jury_desk.signing.pades import sign_pdf
from jury_desk.trust.authority import Authority, create_authority, issue_juror_certificate
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity
from jury_desk.trust.signer import Signer, create_signer
from tests.bundle_factory import secret_store
from tests.conftest import require_tool

NOW = datetime(2027, 6, 10, 9, 30, tzinfo=UTC)
SESSION = DocumentSession(
    "rs6247-2027-05",
    "Session de mai 2027",
    "Concevoir un service public numérique au sein de l'État",
    "RS6247",
    "Direction interministérielle du numérique (DINUM)",
)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> tuple[Authority, Signer]:
    home = tmp_path_factory.mktemp("organiser")
    folder = organiser_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    authority = create_authority("Organisateur RS6247", NOW - timedelta(days=30))
    signer = create_signer(
        authority,
        "Camille Signataire",
        "camille@numerique.gouv.fr",
        NOW,
        secret_store(home),
        folder,
    )
    return authority, signer


def _certificate(signer: Signer) -> Certificate:
    return Certificate(
        code=new_code(),
        decision_id=7,
        candidate_id="cand-zoe",
        holder_name="Zoë Lefèvre",
        session=SESSION,
        registration=Registration(DEFAULT_REGISTRATION_TEXT, date(2023, 3, 30)),
        decided_at=datetime(2027, 5, 19, 17, 0, tzinfo=UTC),
        issued_at=NOW,
        signer=DocumentSigner(signer.name, signer.email),
    )


def _letter(signer: Signer, certificate_code: str | None) -> DecisionLetter:
    return DecisionLetter(
        code=new_code(),
        decision_id=7,
        candidate_id="cand-zoe",
        candidate_name="Zoë Lefèvre",
        address_lines=("Direction du numérique", "20 avenue de Ségur", "75007 Paris"),
        session=SESSION,
        outcome=Outcome.CERTIFIED,
        decided_at=datetime(2027, 5, 19, 17, 0, tzinfo=UTC),
        reasons="Le jury a relevé la qualité de l'investigation du problème.\n\n"
        "Le déploiement est à consolider.",
        recourse=DEFAULT_RECOURSE,
        issued_at=NOW,
        signer=DocumentSigner(signer.name, signer.email),
        certificate_code=certificate_code,
    )


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_a_letter_and_a_certificate_signed_verify_and_read_well_elsewhere(
    people: tuple[Authority, Signer], tmp_path: Path
) -> None:
    authority, signer = people
    certificate = _certificate(signer)
    letter = _letter(signer, certificate.code)
    for document in (letter, certificate):
        pdf = signed_document(document, signer, NOW)
        verdict = verify_certificate_document(pdf, authority.certificate)
        assert verdict.valid, verdict.problems
        assert verdict.document == document
        assert verdict.signer_name == "Camille Signataire"
        assert verdict.signed_at == NOW
        path = tmp_path / f"{document.code}.pdf"
        path.write_bytes(pdf)
        report = _run(require_tool("pdfsig"), str(path)).stdout
        assert report.count("Signature is Valid.") == 1
        assert f"Signature Field Name: {FIELD_NAME}" in report
        assert "Total document signed" in report
        assert _run(require_tool("qpdf"), "--check", str(path)).returncode == 0
        with pikepdf.open(io.BytesIO(pdf)) as opened:
            assert shown_code(document.code) in str(opened.docinfo["/Title"])


def test_the_same_data_gives_the_same_unsigned_bytes(people: tuple[Authority, Signer]) -> None:
    certificate = _certificate(people[1])
    assert render_certificate_pdf(certificate) == render_certificate_pdf(certificate)


def test_a_certificate_whose_code_was_changed_is_refused(
    people: tuple[Authority, Signer],
) -> None:
    authority, signer = people
    certificate = _certificate(signer)
    pdf = signed_document(certificate, signer, NOW)
    forged = replace(certificate, code=new_code()).to_json()
    # Appended as an update: the signature of the revision before stays intact and valid.
    appended = _with_data_appended(pdf, forged)
    verdict = verify_certificate_document(appended, authority.certificate)
    assert not verdict.valid
    # The old data stays in the file beside the new: refused before the signature is judged.
    assert any("embedded file other than its data" in p for p in verdict.problems)
    # The file rewritten whole: the signature no longer matches.
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        opened.attachments[CERTIFICATE_ATTACHMENT].get_file().obj.write(forged)
        out = io.BytesIO()
        opened.save(out)
    rewritten = verify_certificate_document(out.getvalue(), authority.certificate)
    assert not rewritten.valid and rewritten.problems


def _with_data_appended(pdf: bytes, data: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    streams = writer.root["/Names"]["/EmbeddedFiles"]["/Names"][1]["/EF"]
    replacement = writer.add_object(
        generic.StreamObject(
            {generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile")}, stream_data=data
        )
    )
    for key in list(streams.keys()):
        streams[key] = replacement
    writer.update_container(streams)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_printed_code_other_than_the_datas_is_refused(
    people: tuple[Authority, Signer],
) -> None:
    authority, signer = people
    certificate = _certificate(signer)
    other = new_code()
    # Laid out and signed by the real signer, but the code shown is not the data's.
    unsigned = render_document(
        title=document_title(CERTIFICATE_TITLE, certificate.holder_name, other),
        author=signer.name,
        session=SESSION,
        created=NOW,
        story=lambda: _certificate_story(replace(certificate, code=other)),
        page_texts=_page_texts(CERTIFICATE_TITLE, SESSION, other, certificate.sha256),
        attachment_name=CERTIFICATE_ATTACHMENT,
        data=certificate.to_json(),
        data_description="test",
    )
    pdf = _signed(unsigned, signer, signer.private_key, signer.certificate, signer.name)
    verdict = verify_certificate_document(pdf, authority.certificate)
    assert [p for p in verdict.problems if "code printed on the document" in p]


def test_a_certificate_signed_with_a_jurors_key_is_refused(
    people: tuple[Authority, Signer],
) -> None:
    authority, signer = people
    juror = create_identity("Claire Présidente", "claire@jury.example.org")
    juror_certificate = issue_juror_certificate(
        # The juror's key, certified by the same authority: a valid chain, but not the signer.
        Authority(
            authority.name, authority.certificate, authority.private_key, authority.age_identity
        ),
        make_request(juror),
        NOW - timedelta(days=1),
        NOW + timedelta(days=60),
    )
    certificate = replace(_certificate(signer), signer=DocumentSigner(juror.name, juror.email))
    unsigned = render_certificate_pdf(certificate)
    pdf = _signed(unsigned, signer, juror.private_key, juror_certificate, juror.name)
    verdict = verify_certificate_document(pdf, authority.certificate)
    assert not verdict.valid
    assert any("not issued to sign for the certifier" in p for p in verdict.problems)


def test_the_data_must_be_exactly_canonical_and_codes_read_as_typed() -> None:
    signer = DocumentSigner("Camille Signataire", "camille@numerique.gouv.fr")
    certificate = Certificate(
        "ABCDE23456",
        1,
        "cand-1",
        "Zoë",
        SESSION,
        Registration(DEFAULT_REGISTRATION_TEXT, date(2023, 3, 30)),
        NOW,
        NOW,
        signer,
    )
    assert document_from_json(certificate.to_json()) == certificate
    with pytest.raises(CertifierDocumentError, match="canonical"):
        document_from_json(certificate.to_json().replace(b'"code"', b'"extra": 1,\n  "code"'))
    with pytest.raises(CertifierDocumentError, match="not a verification code"):
        document_from_json(certificate.to_json().replace(b"ABCDE23456", b"ABCDE2345O"))
    assert normal_code(" abcde-23456 ") == "ABCDE23456"
    assert normal_code("ABCDE2345I") is None  # I, O, 0 and 1 are never used
    assert shown_code("ABCDE23456") == "ABCDE-23456"


def _signed(
    unsigned: bytes,
    signer: Signer,
    key: ec.EllipticCurvePrivateKey,
    certificate: x509.Certificate,
    name: str,
) -> bytes:
    return sign_pdf(
        unsigned,
        key=key,
        certificate=certificate,
        chain=list(signer.chain),
        field_name=FIELD_NAME,
        signer_name=name,
        role="pour le certificateur",
        reason="test",
        location=None,
        signed_at=NOW,
        stamp_box=signer_box(unsigned),
    )
