"""Hostile scoring sheets: unsigned bytes beside the signature, active content, foreign files.

Every sheet here is a real one (rendered from the chair's workspace) signed with the
chair's real key and certificate; the hostile part is added the way an attacker would:
bytes rewritten in place, an incremental update appended after signing, or the PDF
doctored before the juror signed it.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from jury_desk.cli.main import main
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.data import ATTACHMENT_NAME, SheetData
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.render import render_sheet_pdf, signature_box
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import KnownSession, known_session
from jury_desk.signing.pades import sign_pdf
from jury_desk.signing.verification import verify_pdf
from tests.bundle_factory import SECRETS_PASSPHRASE, Juror, Setting, make_setting
from tests.conftest import require_tool
from tests.factories import FakeClock

CLOCK = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))
Doctor = Callable[[pikepdf.Pdf], None]
NOT_WHOLLY_SIGNED = "bytes beside the signature value in /Contents are not signed"


@dataclass(frozen=True)
class Sheets:
    setting: Setting
    data: SheetData
    known: KnownSession

    @property
    def sessions(self) -> dict[str, KnownSession]:
        return {self.known.id: self.known}

    def signed(self, doctor: Doctor | None = None, *, by: str = "chair") -> bytes:
        """The chair's sheet for cand-1, doctored first if asked, signed by `by`."""
        unsigned = render_sheet_pdf(self.data)
        if doctor is not None:
            unsigned = _doctored(unsigned, doctor)
        return self.sign(unsigned, by)

    def sign(self, pdf: bytes, by: str) -> bytes:
        juror: Juror = getattr(self.setting, by)
        certificate: x509.Certificate = self.known.juror_certificates[by]
        return sign_pdf(
            pdf,
            key=juror.identity.private_key,
            certificate=certificate,
            chain=[self.known.authority],
            field_name=f"Signature_{by}",
            signer_name=juror.identity.name,
            role="juré·e",
            reason="test",
            location=None,
            signed_at=CLOCK.now(),
            stamp_box=signature_box(pdf) if by == "chair" else None,
        )


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sheets]:
    setting = make_setting(
        tmp_path_factory.mktemp("hostile"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    setting.chair.open(setting.build("session.jdbundle", CLOCK), CLOCK)
    home = setting.chair.home
    with open_session_workspace(home, setting.spec.id, setting.chair.secrets, CLOCK) as workspace:
        with workspace.reading() as session:
            data = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
        known = known_session(home, workspace)
    yield Sheets(setting, data, known)


def _doctored(pdf: bytes, doctor: Doctor) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        doctor(document)
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _refusal(sheets: Sheets, pdf: bytes) -> str:
    verdict = verify_sheet(pdf, sheets.sessions)
    assert not verdict.valid and verdict.problem is not None
    assert "\n" not in verdict.problem
    return verdict.problem


def test_a_genuine_sheet_verifies(sheets: Sheets) -> None:
    verdict = verify_sheet(sheets.signed(), sheets.sessions)
    assert verdict.valid, verdict.problem


# --- The signature's padding ----------------------------------------------------------------


def _padding_rewritten(pdf: bytes) -> bytes:
    """`pdf` with hex digits written over the zeros that pad its last signature's value."""
    (*_, signature) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    _, before, _, _ = (int(value) for value in signature.byte_range)
    der_end = before + 1 + 2 * len(signature.pkcs7_content.rstrip(b"\0"))
    position = der_end + 16  # well inside the padding, clear of the DER's last byte
    assert pdf[position : position + 8] == b"00000000"
    return pdf[:position] + b"DEADBEEF" + pdf[position + 8 :]


def test_a_rewritten_padding_after_the_signature_is_refused(sheets: Sheets, tmp_path: Path) -> None:
    genuine = sheets.signed()
    forged = _padding_rewritten(genuine)
    assert len(forged) == len(genuine)
    assert NOT_WHOLLY_SIGNED in _refusal(sheets, forged)
    # poppler agrees: the signature itself still checks, the file is not wholly signed.
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    pdfsig = subprocess.run(
        [require_tool("pdfsig"), str(path)], capture_output=True, text=True, check=False
    )
    assert "Not total document signed" in pdfsig.stdout, pdfsig.stdout
    path.write_bytes(genuine)
    pdfsig = subprocess.run(
        [require_tool("pdfsig"), str(path)], capture_output=True, text=True, check=False
    )
    assert "Total document signed" in pdfsig.stdout and "Not total" not in pdfsig.stdout


def test_a_rewritten_padding_of_a_co_signature_is_refused(sheets: Sheets) -> None:
    # As in the minutes: the chair signs, the member signs over it, each is checked.
    cosigned = sheets.sign(sheets.signed(), "member")
    authority = sheets.known.authority
    checks = verify_pdf(
        cosigned, authority=authority, attachment=ATTACHMENT_NAME, at_least_signatures=2
    )
    assert [check.problem for check in checks] == [None, None]
    first, second = verify_pdf(
        _padding_rewritten(cosigned),
        authority=authority,
        attachment=ATTACHMENT_NAME,
        at_least_signatures=2,
    )
    assert first.problem is None  # its value is inside the member's byte range
    assert second.problem is not None and NOT_WHOLLY_SIGNED in second.problem


# --- Active content ------------------------------------------------------------------------


def _open_action(kind: str, **entries: object) -> Doctor:
    def doctor(document: pikepdf.Pdf) -> None:
        action = pikepdf.Dictionary(Type=pikepdf.Name.Action, S=pikepdf.Name(f"/{kind}"))
        for key, value in entries.items():
            action[f"/{key}"] = value
        document.Root.OpenAction = document.make_indirect(action)

    return doctor


def _page_additional_action(document: pikepdf.Pdf) -> None:
    # Written inline, inside the page: no object of its own.
    document.pages[0].obj.AA = pikepdf.Dictionary(
        O=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe"))
    )


def _uri_link(document: pikepdf.Pdf) -> None:
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=pikepdf.Array([0, 0, 50, 50]),
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://a.example/")),
    )
    document.pages[0].obj.Annots = pikepdf.Array([document.make_indirect(link)])


def _document_javascript(document: pikepdf.Pdf) -> None:
    script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    document.Root.Names.JavaScript = pikepdf.Dictionary(
        Names=pikepdf.Array([pikepdf.String("x"), document.make_indirect(script)])
    )


def _rendition_script(document: pikepdf.Pdf) -> None:
    stream = document.make_stream(b"app.alert(1)")
    document.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.Rendition, JS=stream)


def _xfa_form(document: pikepdf.Pdf) -> None:
    # An XFA form's XML carries its own scripts, which Acrobat runs.
    xfa = document.make_stream(b"<xdp:xdp><script>app.alert(1)</script></xdp:xdp>")
    document.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=xfa)


@pytest.mark.parametrize(
    ("doctor", "expected"),
    [
        (_open_action("JavaScript", JS=pikepdf.String("app.alert(1)")), "type JavaScript"),
        (_open_action("SubmitForm", F=pikepdf.String("https://a.example/")), "type SubmitForm"),
        (_open_action("ImportData", F=pikepdf.String("data.fdf")), "type ImportData"),
        (_open_action("GoToR", F=pikepdf.String("other.pdf")), "type GoToR"),
        (_page_additional_action, "type Launch"),
        (_uri_link, "type URI"),
        (_document_javascript, "type JavaScript"),
        (_rendition_script, "type Rendition"),
        (_xfa_form, "carries JavaScript"),
    ],
    ids=[
        "open-action-javascript",
        "submit-form",
        "import-data",
        "go-to-remote",
        "page-open-launch",
        "uri-link",
        "document-javascript",
        "rendition-script",
        "xfa-form",
    ],
)
def test_active_content_signed_with_the_sheet_is_refused(
    sheets: Sheets, doctor: Doctor, expected: str
) -> None:
    # Doctored before signing: the signature is the juror's own and covers the whole file.
    problem = _refusal(sheets, sheets.signed(doctor))
    assert expected in problem and "jury-desk refuses active content" in problem, problem


def test_javascript_appended_after_signing_is_refused_as_such(sheets: Sheets) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(sheets.signed()))
    action = generic.DictionaryObject(
        {
            generic.pdf_name("/S"): generic.pdf_name("/JavaScript"),
            generic.pdf_name("/JS"): generic.pdf_string("app.launchURL('https://a.example/')"),
        }
    )
    writer.root[generic.pdf_name("/OpenAction")] = writer.add_object(action)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    problem = _refusal(sheets, out.getvalue())
    assert "action of type JavaScript" in problem and "refuses active content" in problem


# --- Embedded files -------------------------------------------------------------------------


def _attached_executable(document: pikepdf.Pdf) -> None:
    document.attachments["notes.exe"] = pikepdf.AttachedFileSpec(
        document, b"MZ\x90\x00", filename="notes.exe", mime_type="application/x-msdownload"
    )


def _file_attachment_annotation(document: pikepdf.Pdf) -> None:
    spec = pikepdf.AttachedFileSpec(document, b"MZ\x90\x00", filename="notes.exe")
    annotation = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.FileAttachment,
        Rect=pikepdf.Array([0, 0, 20, 20]),
        FS=spec.obj,
    )
    document.pages[0].obj.Annots = pikepdf.Array([document.make_indirect(annotation)])


def _own_attachment_retyped(document: pikepdf.Pdf) -> None:
    stream = document.attachments[ATTACHMENT_NAME].obj.EF.F
    stream.Subtype = pikepdf.Name("/application/x-msdownload")


@pytest.mark.parametrize(
    ("doctor", "expected"),
    [
        (_attached_executable, f"an embedded file other than its data {ATTACHMENT_NAME}"),
        (_file_attachment_annotation, "annotation of type FileAttachment"),
        (_own_attachment_retyped, f"an embedded file other than its data {ATTACHMENT_NAME}"),
    ],
    ids=["embedded-executable", "file-attachment-annotation", "own-data-retyped"],
)
def test_a_file_other_than_the_sheets_data_is_refused(
    sheets: Sheets, doctor: Doctor, expected: str
) -> None:
    problem = _refusal(sheets, sheets.signed(doctor))
    assert expected in problem and "jury-desk refuses" in problem, problem


# --- The command line -----------------------------------------------------------------------


def test_the_command_line_says_why_in_one_line(
    sheets: Sheets, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "secrets.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    genuine, hostile = tmp_path / "genuine.pdf", tmp_path / "hostile.pdf"
    genuine.write_bytes(sheets.signed())
    hostile.write_bytes(sheets.signed(_open_action("Launch", F=pikepdf.String("calc.exe"))))
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(_padding_rewritten(sheets.signed()))
    before = sorted(tmp_path.iterdir())
    args = ["--home", str(sheets.setting.chair.home), "--secrets-passphrase-file", str(passphrase)]
    code = main([*args, "sheet", "verify", str(genuine), str(hostile), str(padded)], clock=CLOCK)
    captured = capsys.readouterr()
    assert code == 1
    lines = (captured.out + captured.err).splitlines()
    # Each reason in one line (where the verdict and its reason go is the command's affair).
    assert len([line for line in lines if "action of type Launch" in line]) == 1, lines
    assert len([line for line in lines if NOT_WHOLLY_SIGNED in line]) == 1, lines
    assert any("genuine.pdf" in line and line.endswith(", VALID") for line in lines), lines
    assert sorted(tmp_path.iterdir()) == before  # nothing written
