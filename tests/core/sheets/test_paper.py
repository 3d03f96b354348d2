"""The scoring sheet reads as paper a ministry files: words, not identifiers.

The institutional header (« République française », the certifier, the
registration in France compétences' Répertoire spécifique), e-mail addresses
never cut inside a word, a footer in words, file names a clerk can read, and
the time per competency only where the clock gave some.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest

from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.kernel.file_names import ascii_words
from jury_desk.models import Candidate
from jury_desk.pdf.flow import address
from jury_desk.pdf.header import registration_sentence
from jury_desk.sheets.codec import sheet_from_json, sheet_schema
from jury_desk.sheets.data import SheetData
from jury_desk.sheets.file_name import sheet_file_name
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.render import render_sheet_pdf
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock

CERTIFIER = "Direction interministérielle du numérique"
EMAIL = "claire.dubois-martin@jury.example.org"


def _sheet(workspace: Workspace, candidate_id: str = "cand-1") -> SheetData:
    with workspace.reading() as session:
        return sheet_data_from_workspace(session, candidate_id, now=workspace.clock.now())


def _name_certifier(workspace: Workspace, name: str | None) -> None:
    with workspace.session() as session:
        the_session(session).organiser_name = name


def _text(tmp_path: Path, sheet: SheetData) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_sheet_pdf(sheet))
    command = [require_tool("pdftotext"), str(path), "-"]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def _words(text: str) -> str:
    return " ".join(text.split())


def _score(workspace: Workspace, candidate_id: str = "cand-1") -> None:
    editor = ScoringEditor(workspace)
    for code in COMPETENCY_CODES:
        editor.set_level(candidate_id, code, 2)
        editor.set_comment(candidate_id, code, f"Commentaire {code}.")


# --- The header ----------------------------------------------------------------


def test_the_header_names_the_republic_the_certifier_and_the_registration(
    workspace: Workspace, tmp_path: Path
) -> None:
    _name_certifier(workspace, f"  {CERTIFIER}\n")
    sheet = _sheet(workspace)
    assert sheet.session.certifier == CERTIFIER

    text = _words(_text(tmp_path, sheet))

    registration = (
        "Certification enregistrée au Répertoire spécifique de France compétences "
        "sous le numéro RS6247"
    )
    assert text.startswith(f"République française {CERTIFIER} {registration}")
    assert "Marianne" not in text


def test_the_registration_is_the_sessions_code_never_a_fixed_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    sheet = _sheet(workspace)
    other = replace(sheet, session=replace(sheet.session, rs_code="RS1234"))

    text = _words(_text(tmp_path, other))

    assert registration_sentence("RS1234") in text
    assert "RS6247" not in text


def test_an_unknown_certifier_leaves_the_republic_alone(
    workspace: Workspace, tmp_path: Path
) -> None:
    for unknown in (None, "   "):
        _name_certifier(workspace, unknown)
        sheet = _sheet(workspace)
        assert sheet.session.certifier is None
        assert b"certifier" not in sheet.to_json()

        text = _words(_text(tmp_path, sheet))

        # Nothing between the State and the registration: no name made up.
        assert text.startswith(f"République française {registration_sentence('RS6247')}")


def test_the_certifier_is_in_the_signed_json_and_older_sheets_still_read(
    workspace: Workspace,
) -> None:
    _name_certifier(workspace, CERTIFIER)
    sheet = _sheet(workspace)
    document = json.loads(sheet.to_json())
    jsonschema.Draft202012Validator(sheet_schema()).validate(document)
    assert document["session"]["certifier"] == CERTIFIER
    assert sheet_from_json(sheet.to_json()) == sheet

    # A sheet made before the certifier was printed: no key, the same bytes back.
    del document["session"]["certifier"]
    older = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    read = sheet_from_json(older.encode())
    assert read.session.certifier is None
    assert read.to_json() == older.encode()


# --- Words, not identifiers ------------------------------------------------------


def test_the_footer_says_who_and_which_version_in_words(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = _text(tmp_path, _sheet(workspace))
    footers = [line for line in text.splitlines() if line.startswith("Grille de ")]

    assert footers
    assert set(footers) == {"Grille de Zoë Lefèvre · Claire Présidente (présidence) · version 1"}
    for identifier in ("test-session", "cand-1", "/chair", "juror-", "…"):
        assert identifier not in text


def test_the_candidate_is_labelled_candidat_e(workspace: Workspace, tmp_path: Path) -> None:
    lines = _text(tmp_path, _sheet(workspace)).splitlines()

    assert "Candidat·e" in lines
    assert "Candidat" not in lines


def test_an_e_mail_address_is_never_cut_inside_a_word(workspace: Workspace, tmp_path: Path) -> None:
    sheet = _sheet(workspace)
    sheet = replace(sheet, juror=replace(sheet.juror, email=EMAIL))

    lines = [line.strip() for line in _text(tmp_path, sheet).splitlines()]

    # Too long for its column on one line: broken after the « @ », nowhere else.
    assert lines.index("claire.dubois-martin@") + 1 == lines.index("jury.example.org")
    assert not [line for line in lines if "jury.exam" in line and "example.org" not in line]


@pytest.mark.parametrize(
    ("width", "lines", "size"),
    [
        (400, [EMAIL], 9.5),
        (150, ["claire.dubois-martin@", "jury.example.org"], 9.5),
        (90, ["claire.dubois-", "martin@", "jury.example.org"], None),
        (40, None, None),
    ],
)
def test_an_address_breaks_after_the_at_then_after_a_dot_or_gets_smaller(
    width: float, lines: list[str] | None, size: float | None
) -> None:
    paragraph = address(EMAIL, "cell", width)
    made = paragraph.text.split("<br/>")

    assert "".join(made) == EMAIL
    # Every line ends at « @ » or a dot, or ends the address.
    assert all(line.endswith(("@", ".")) for line in made[:-1])
    if lines is not None and size is not None:
        assert (made, paragraph.style.fontSize) == (lines, size)
    if width == 40:
        assert paragraph.style.fontSize < 9.5  # smaller rather than cut


# --- File names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Aïssatou Diallo", "Aissatou-Diallo"),
        ("Łukasz Nowak-Bernard", "Lukasz-Nowak-Bernard"),
        ("Nguyễn Thị Mai", "Nguyen-Thi-Mai"),
        ("Inès Haddad-Çelik", "Ines-Haddad-Celik"),
        ("Œdipe O'Brien / Æsa: «test»?", "OEdipe-O-Brien-AEsa-test"),
        ("王芳", ""),
    ],
)
def test_names_fold_to_ascii_words_safe_on_windows(name: str, words: str) -> None:
    folded = ascii_words(name)
    assert folded == words
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in folded)


def test_the_proposed_file_name_is_the_candidate_the_role_and_the_version(
    workspace: Workspace,
) -> None:
    sheet = _sheet(workspace)
    with workspace.reading() as session:
        assert sheet_file_name(session, sheet) == "grille-Zoe-Lefevre-presidence-v1.pdf"
        member = replace(sheet, juror=replace(sheet.juror, role=sheet.juror.role.MEMBER))
        assert sheet_file_name(session, member) == "grille-Zoe-Lefevre-membre-v1.pdf"
        assert sheet_file_name(session, replace(sheet, version=3)).endswith("-presidence-v3.pdf")


def test_namesakes_are_told_apart_by_their_slot_then_by_rank(workspace: Workspace) -> None:
    with workspace.session() as session:
        # The same words once folded, case aside: the same name on Windows.
        session.get_one(Candidate, "cand-2").name = "ZOE Lefevre"
    first, second = _sheet(workspace, "cand-1"), _sheet(workspace, "cand-2")
    with workspace.reading() as session:
        names = {sheet_file_name(session, sheet) for sheet in (first, second)}
    assert names == {
        "grille-Zoe-Lefevre-2026-11-30-11h00-presidence-v1.pdf",
        "grille-ZOE-Lefevre-2026-11-30-13h00-presidence-v1.pdf",
    }

    with workspace.session() as session:
        cand_1 = session.get_one(Candidate, "cand-1")
        session.get_one(Candidate, "cand-2").slot_start = cand_1.slot_start
    with workspace.reading() as session:
        names = {sheet_file_name(session, sheet) for sheet in (first, second)}
    assert names == {
        "grille-Zoe-Lefevre-2026-11-30-11h00-1-presidence-v1.pdf",
        "grille-ZOE-Lefevre-2026-11-30-11h00-2-presidence-v1.pdf",
    }


# --- Times per competency ----------------------------------------------------------


def test_an_untimed_interview_shows_no_time_column_and_no_zero(
    workspace: Workspace, tmp_path: Path
) -> None:
    _score(workspace)
    sheet = _sheet(workspace)
    assert sheet.interview is None

    text = _words(_text(tmp_path, sheet))

    assert "Entretien non chronométré." in text
    assert "Compétence Niveau Résultat C1" in text  # no « Temps » heading
    assert "Temps" not in text
    assert " 0 s" not in text


def test_a_timed_interview_shows_a_dash_for_a_competency_never_discussed(
    workspace: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    _score(workspace)
    interview = InterviewClock(workspace, "cand-1", clock, run_id="run-a")
    interview.start()
    interview.focus("C3")
    clock.advance(int(timedelta(minutes=7).total_seconds()))
    interview.stop()
    sheet = _sheet(workspace)
    assert [c.seconds_discussed for c in sheet.competencies][:3] == [0, 0, 420]

    text = _words(_text(tmp_path, sheet))

    assert "Compétence Niveau Résultat Temps" in text
    assert "Maîtrisé Validant — C2" in text  # C1's time: a dash
    assert "Maîtrisé Validant 7 min 00 s C4" in text  # C3's
    assert text.count("Temps d’échange pendant l’entretien") == 1
    assert "Temps d’échange pendant l’entretien : 7 min 00 s" in text
    assert "9 h 00 9 h 07 7 min 00 s aucune Heures de Paris" in text  # no pause: « aucune »
    assert " 0 s" not in text
