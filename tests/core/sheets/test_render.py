"""The scoring sheet: its data from a real workspace, its JSON, and its PDF/A-3b rendering."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pikepdf
import pikepdf.pdfa
import pytest
from PIL import Image
from reportlab.platypus import paragraph

from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.kernel.errors import UserError
from jury_desk.models import JurorRole, Recommendation
from jury_desk.pdf.wording import duration, french
from jury_desk.session.importer import import_session
from jury_desk.sheets.codec import sheet_from_json, sheet_schema
from jury_desk.sheets.data import ATTACHMENT_NAME, SCHEMA_VERSION, SheetData, SheetFormatError
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.render import render_sheet_pdf, signature_box
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock, small_session_spec

NOTES = "NOTES-PRIVÉES-7f3a : ne jamais imprimer"
COMMENT = (
    "Très bonne « investigation » : l'équipe a interrogé 30 usagers ; le cœur du problème "
    "est identifié ! Pourquoi pas davantage de tests ? Voir https://exemple.fr/?q=1."
)
TITLES = tuple(f"Compétence {code}" for code in COMPETENCY_CODES)


@pytest.fixture
def member_workspace(tmp_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    """The same small session, opened by the member, Łukasz Membre."""
    ws = Workspace.create(tmp_path / "member" / "workspace.db", new_workspace_key(), clock)
    import_session(ws, small_session_spec(), "member")
    yield ws
    ws.close()


def _fill(workspace: Workspace, candidate_id: str, comment: str = COMMENT) -> None:
    editor = ScoringEditor(workspace)
    for index, code in enumerate(COMPETENCY_CODES):
        editor.set_level(candidate_id, code, index % 4)
        editor.set_comment(candidate_id, code, f"{comment} ({code})")
    editor.set_overall(
        candidate_id, Recommendation.RESERVED, "Dossier solide.\n\nÀ revoir : budget."
    )
    editor.set_preparation_notes(candidate_id, NOTES)


def _sheet(workspace: Workspace, candidate_id: str, juror_id: str | None = None) -> SheetData:
    with workspace.reading() as session:
        return sheet_data_from_workspace(session, candidate_id, juror_id, now=workspace.clock.now())


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def _pdf_file(tmp_path: Path, pdf: bytes, name: str = "sheet.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _pdf_text(tmp_path: Path, pdf: bytes) -> str:
    return _run(require_tool("pdftotext"), str(_pdf_file(tmp_path, pdf)), "-")


def _words(text: str) -> str:
    # pdftotext writes every kind of space as a plain one, and lines end where
    # the layout broke them: compare words only.
    return " ".join(text.split())


def _page_count(pdf: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


# --- The data ---------------------------------------------------------------------


def test_sheet_data_holds_the_grid_and_identities(workspace: Workspace) -> None:
    _fill(workspace, "cand-1")
    sheet = _sheet(workspace, "cand-1")

    assert sheet.sheet_id == "test-session/cand-1/chair"
    assert sheet.version == 1
    assert sheet.session.rs_code == "RS6247"
    assert sheet.candidate.name == "Zoë Lefèvre"
    assert (sheet.juror.name, sheet.juror.role) == ("Claire Présidente", JurorRole.CHAIR)
    assert [level.label for level in sheet.scale] == [
        "Insuffisant",
        "À consolider",
        "Maîtrisé",
        "Expert",
    ]
    assert [c.code for c in sheet.competencies] == list(COMPETENCY_CODES)
    c2 = sheet.competencies[1]
    assert (c2.level, c2.level_label, c2.passing) == (1, "À consolider", False)
    assert c2.descriptor == "C2 niveau 1"
    assert c2.comment == f"{COMMENT} (C2)"
    assert sheet.recommendation is Recommendation.RESERVED
    assert sheet.interview is None
    assert sheet.prepared_at == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_not_scored_is_null_not_the_lowest_level(workspace: Workspace) -> None:
    ScoringEditor(workspace).set_level("cand-1", "C1", 0)
    sheet = _sheet(workspace, "cand-1")
    assert (sheet.competencies[0].level, sheet.competencies[0].level_label) == (0, "Insuffisant")
    c2 = sheet.competencies[1]
    assert (c2.level, c2.level_label, c2.descriptor, c2.passing) == (None, None, None, None)


def test_interview_record_gives_times_and_seconds_per_competency(
    workspace: Workspace, clock: FakeClock
) -> None:
    interview = InterviewClock(workspace, "cand-1", clock, run_id="run-a")
    interview.start()
    interview.focus("C2")
    clock.advance(725)
    interview.pause()
    clock.advance(120)
    interview.resume()
    clock.advance(60)
    interview.stop()

    sheet = _sheet(workspace, "cand-1")

    assert sheet.interview is not None
    assert sheet.interview.date == date(2026, 11, 30)
    assert sheet.interview.started_at == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert sheet.interview.ended_at == datetime(2026, 11, 30, 8, 15, 5, tzinfo=UTC)
    assert (sheet.interview.duration_s, sheet.interview.paused_s) == (785, 120)
    assert sheet.competencies[1].seconds_discussed == 785


def test_another_jurors_sheet_needs_their_assessment(workspace: Workspace) -> None:
    with workspace.reading() as session, pytest.raises(UserError, match="member"):
        sheet_data_from_workspace(session, "cand-1", "member", now=workspace.clock.now())


# --- The JSON ---------------------------------------------------------------------


def test_json_is_canonical_valid_and_round_trips(workspace: Workspace) -> None:
    _fill(workspace, "cand-2")
    sheet = _sheet(workspace, "cand-2")
    data = sheet.to_json()

    document = json.loads(data)
    jsonschema.Draft202012Validator(sheet_schema()).validate(document)
    assert document["format"] == "jury-desk-scoring-sheet"
    assert document["schema_version"] == SCHEMA_VERSION == 1
    canonical = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert data == canonical.encode()
    assert "Nguyễn Thị Mai".encode() in data  # written as is, never \u-escaped
    assert sheet.sha256 == hashlib.sha256(data).hexdigest()
    assert sheet_from_json(data) == sheet
    assert sheet_from_json(data).to_json() == data


def _edit(document: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split("/")
    node: Any = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is KeyError:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ("recommendation", "excellent", "recommendation"),
        ("competencies/2/level", -1, "competencies/2/level"),
        ("competencies/2/level", 9, "competencies/2/level"),
        ("competencies/2/level_label", "Génial", "competencies/2"),
        ("competencies/2/passing", None, "competencies/2"),
        ("juror/role", "president", "juror/role"),
        ("juror/email", "pas une adresse", "juror/email"),
        ("prepared_at", "2026-11-30 08:00", "prepared_at"),
        ("prepared_at", "2026-02-30T08:00:00Z", "prepared_at"),
        ("sheet_id", "test-session/cand-2/member", "sheet_id"),
        ("candidate/id", "Cand 2", "candidate/id"),
        ("overall_comment", KeyError, "(top)"),
        ("conflict_of_interest/recused", True, "conflict_of_interest/declared"),
        ("session/extra", "x", "session"),
    ],
)
def test_edited_json_is_refused_naming_the_place(
    workspace: Workspace, path: str, value: Any, where: str
) -> None:
    _fill(workspace, "cand-2")
    document = json.loads(_sheet(workspace, "cand-2").to_json())
    _edit(document, path, value)

    with pytest.raises(SheetFormatError) as caught:
        sheet_from_json(json.dumps(document, ensure_ascii=False).encode())

    message = str(caught.value)
    assert "\n" not in message
    assert f" at {where}" in message


def test_unknown_schema_version_and_garbage_are_refused(workspace: Workspace) -> None:
    document = json.loads(_sheet(workspace, "cand-1").to_json())
    document["schema_version"] = 2
    with pytest.raises(SheetFormatError, match="newer jury-desk"):
        sheet_from_json(json.dumps(document).encode())
    with pytest.raises(SheetFormatError, match="not JSON"):
        sheet_from_json(b"%PDF-1.7")


def test_preparation_notes_are_never_in_the_sheet(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, "cand-1")
    sheet = _sheet(workspace, "cand-1")
    pdf = render_sheet_pdf(sheet)

    assert b"NOTES-PRIV" not in sheet.to_json()
    assert "NOTES-PRIV" not in _pdf_text(tmp_path, pdf)
    assert b"NOTES-PRIV" not in pdf


# --- The PDF ----------------------------------------------------------------------


def test_pdf_text_shows_identities_competencies_comments_and_digest(
    member_workspace: Workspace, tmp_path: Path
) -> None:
    _fill(member_workspace, "cand-2")
    sheet = _sheet(member_workspace, "cand-2")
    assert sheet.sheet_id == "test-session/cand-2/member"

    text = _words(_pdf_text(tmp_path, render_sheet_pdf(sheet)))

    for expected in (
        "Nguyễn Thị Mai",
        "Łukasz Membre",
        "Membre du jury",
        "RS6247",
        "« Concevoir un service public numérique au sein de l’État »",
        "Entretien non chronométré.",
        "C2 · Compétence C2",
        _words(french(f"{COMMENT} (C2)")),
        "Avis : Réservé",
        "Aucun conflit d’intérêts déclaré.",
        f"SHA-256 des données : {sheet.sha256}",
        "Grille de Nguyễn Thị Mai · Łukasz Membre (membre) · version 1",
        "Page 1 sur",
        "Signature",
    ):
        assert _words(expected) in text
    for title in TITLES:
        assert text.count(title) == 2  # summary table and detailed block
    # Typography: apostrophes become ’, spaces before : ; ! ? become narrow no-break ones.
    assert "l’équipe" in text and "cœur" in text and "l'équipe" not in text


def test_pdf_shows_interview_times_in_paris_and_the_conflict(
    workspace: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    _fill(workspace, "cand-1")
    interview = InterviewClock(workspace, "cand-1", clock, run_id="run-a")
    interview.start()
    interview.focus("C3")
    clock.advance(725)
    interview.stop()
    ScoringEditor(workspace).declare_conflict(
        "cand-1", "J’ai encadré la candidate en 2024 ; je me récuse.", recused=True
    )

    text = _words(_pdf_text(tmp_path, render_sheet_pdf(_sheet(workspace, "cand-1"))))

    assert "Zoë Lefèvre" in text and "Claire Présidente" in text
    assert "30 novembre 2026 9 h 00 9 h 12 12 min 05 s" in text
    assert "Temps d’échange pendant l’entretien : 12 min 05 s" in text
    assert "Conflit d’intérêts déclaré : J’ai encadré la candidate en 2024 ; je me récuse." in text
    assert "Récusation : oui." in text


def test_characters_the_font_lacks_are_replaced_in_the_pdf_only(
    workspace: Workspace, tmp_path: Path
) -> None:
    # An empty box (.notdef) would break PDF/A; the JSON keeps what was typed.
    comment = "Bravo 👍 pour 漢字\r\net\x07 la suite"
    ScoringEditor(workspace).set_comment("cand-1", "C1", comment)
    sheet = _sheet(workspace, "cand-1")
    pdf = render_sheet_pdf(sheet)

    assert pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b").passed
    assert sheet.competencies[0].comment == comment
    assert "Bravo � pour �� et la suite" in _words(_pdf_text(tmp_path, pdf))


def test_attachment_is_the_sheet_json(workspace: Workspace) -> None:
    _fill(workspace, "cand-1")
    sheet = _sheet(workspace, "cand-1")
    pdf = render_sheet_pdf(sheet)

    with pikepdf.open(io.BytesIO(pdf)) as document:
        spec = document.attachments[ATTACHMENT_NAME]
        attached = spec.get_file()
        assert attached.read_bytes() == sheet.to_json()
        assert attached.mime_type == "application/json"
        assert spec.obj.AFRelationship == pikepdf.Name.Data
        assert [str(item.F) for item in document.Root.AF] == [ATTACHMENT_NAME]


def test_pdf_is_pdfa3b_and_pikepdf_validator_passes(workspace: Workspace) -> None:
    _fill(workspace, "cand-2")
    sheet = _sheet(workspace, "cand-2")
    pdf = render_sheet_pdf(sheet)

    report = pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b")
    assert report.passed, report
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert pikepdf.pdfa.check(document, "3b").passed
        metadata = document.open_metadata()
        assert metadata.pdfa_status == "3B"
        assert metadata["pdfaid:part"] == "3"
        assert metadata["pdfaid:conformance"] == "B"
        assert metadata["dc:title"] == "Grille d’évaluation — Nguyễn Thị Mai — Claire Présidente"
        assert metadata["dc:creator"] == ["Claire Présidente"]
        assert metadata["dc:language"] == {"fr-FR"}
        assert str(document.Root.Lang) == "fr-FR"
        assert str(document.docinfo.Author) == "Claire Présidente"
        (intent,) = document.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile


def test_qpdf_check_passes(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, "cand-1")
    path = _pdf_file(tmp_path, render_sheet_pdf(_sheet(workspace, "cand-1")))
    result = subprocess.run(
        [require_tool("qpdf"), "--check", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_every_font_is_embedded(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace, "cand-2")
    path = _pdf_file(tmp_path, render_sheet_pdf(_sheet(workspace, "cand-2")))
    lines = _run(require_tool("pdffonts"), str(path)).splitlines()
    header = lines[0]
    rows = lines[2:]
    assert rows
    emb = header.index("emb")
    for row in rows:
        assert row[emb : emb + 3] == "yes", row
        assert "DejaVuSans" in row


def test_rendering_is_deterministic(workspace: Workspace) -> None:
    _fill(workspace, "cand-1")
    sheet = _sheet(workspace, "cand-1")
    assert render_sheet_pdf(sheet) == render_sheet_pdf(sheet)


def test_a_very_long_comment_flows_over_pages_and_nothing_is_clipped(
    workspace: Workspace, tmp_path: Path
) -> None:
    _fill(workspace, "cand-1")
    short_pages = _page_count(render_sheet_pdf(_sheet(workspace, "cand-1")))
    words = [f"mot{n:04d}" for n in range(2500)]
    comment = " ".join(words) + " dernière-phrase-du-commentaire."
    assert len(comment) >= 20_000
    ScoringEditor(workspace).set_comment("cand-1", "C4", comment)

    pdf = render_sheet_pdf(_sheet(workspace, "cand-1"))

    pages = _page_count(pdf)
    assert pages >= short_pages + 2
    out = tmp_path / "png"
    out.mkdir()
    _run(
        require_tool("pdftoppm"), "-png", "-r", "40", str(_pdf_file(tmp_path, pdf)), str(out / "p")
    )
    assert len(list(out.glob("*.png"))) == pages
    text = _pdf_text(tmp_path, pdf)
    # Every word, in order: nothing was cut at the end of a line or of a page.
    assert re.findall(r"mot\d{4}", text) == words
    assert "dernière-phrase-du-commentaire." in text
    assert "Compétence C8" in text


def test_narrow_no_break_spaces_never_start_a_line(workspace: Workspace, tmp_path: Path) -> None:
    ScoringEditor(workspace).set_comment(
        "cand-1", "C1", " ".join(["Très bien ! Vraiment ; « oui » : net ?"] * 60)
    )
    text = _pdf_text(tmp_path, render_sheet_pdf(_sheet(workspace, "cand-1")))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert not [line for line in lines if line[0] in "!?;:»"]
    assert not [line for line in lines if line.endswith("«")]


def test_reportlab_breaks_lines_as_before_once_the_sheet_is_laid_out(
    workspace: Workspace,
) -> None:
    # Other documents (the demo dossiers) must not depend on whether a sheet was made.
    before = paragraph.split
    render_sheet_pdf(_sheet(workspace, "cand-1"))
    assert paragraph.split is before


def test_signature_box_is_on_the_last_page_and_nothing_is_ever_printed_in_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    _fill(workspace, "cand-1")
    editor = ScoringEditor(workspace)
    # The conflict statement is the last long text before the signature area:
    # grown by about three full lines (40 points) at a time, its end sweeps down
    # a whole page, and some steps would end it at the box's height without the
    # room the layout keeps free (checked: they do when that room is removed).
    for lines in range(1, 60, 3):
        editor.declare_conflict("cand-1", " ".join(["déclaration"] * (9 * lines)), recused=False)
        pdf = render_sheet_pdf(_sheet(workspace, "cand-1"))

        page, (x1, y1, x2, y2) = signature_box(pdf)

        assert page == _page_count(pdf) - 1
        assert (x2 - x1, y2 - y1) == pytest.approx((170, 71), abs=1)  # 60 mm × 25 mm
        assert 0 < x1 < x2 < 595 and 0 < y1 < y2 < 842
        # At 72 dpi one pixel is one point (the image's y axis points down).
        prefix = tmp_path / "last"
        number = str(page + 1)
        _run(
            require_tool("pdftoppm"), "-png", "-r", "72", "-f", number, "-l", number,
            "-singlefile", str(_pdf_file(tmp_path, pdf)), str(prefix),
        )  # fmt: skip
        image = Image.open(f"{prefix}.png").convert("L")
        height = image.height
        inside = image.crop((int(x1) + 3, height - int(y2) + 3, int(x2) - 3, height - int(y1) - 3))
        darkest, _lightest = inside.getextrema()
        assert isinstance(darkest, int)
        assert darkest >= 250, f"text inside the signature box with {lines} lines"


def test_signature_box_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(ValueError, match="not a readable PDF"):
        signature_box(b"not a pdf")


# --- French wording ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0\u00a0s"), (5, "5\u00a0s"), (725, "12\u00a0min\u00a005\u00a0s"),
     (3725, "1\u00a0h\u00a002\u00a0min\u00a005\u00a0s")],
)  # fmt: skip
def test_durations_read_the_french_way(seconds: int, text: str) -> None:
    assert duration(seconds) == text


def test_french_typography_spaces_and_apostrophes() -> None:
    assert french("l'État « ici » : oui ; non ! quoi ?") == (
        "l’État «\u202fici\u202f»\u202f: oui\u202f; non\u202f! quoi\u202f?"
    )
    assert french("«déjà»") == "«\u202fdéjà\u202f»"
    assert french("https://a.example/?q=1") == "https://a.example/?q=1"
