"""The convocation letter: a PDF/A-3b in French that qpdf and pdftotext read."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pikepdf
import pytest

from jury_desk.convocations.data import DEFAULT_TO_PREPARE, CandidateConvocation
from jury_desk.convocations.letter import render_convocation
from tests.conftest import require_tool
from tests.core.convocations.samples import ROOM, VIDEO_LINK


def _check_with_qpdf(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "convocation.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [require_tool("qpdf"), "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _text(pdf: bytes) -> str:
    """The letter's text as pdftotext reads it, spaces and apostrophes made plain."""
    result = subprocess.run(
        [require_tool("pdftotext"), "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    text = result.stdout.decode("utf-8").replace("’", "'")
    return re.sub(r"[ \u00a0\u202f]+", " ", text)


def _pages(pdf: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def test_the_letter_says_when_how_long_who_and_what_to_prepare(
    convocation: CandidateConvocation, tmp_path: Path
) -> None:
    pdf = render_convocation(convocation)
    _check_with_qpdf(pdf, tmp_path)
    text = _text(pdf)
    for expected in (
        "République française",
        "Direction interministérielle du numérique (DINUM)",
        "RS6247",
        "Convocation à l'entretien avec le jury",
        "Éloïse N'Diaye",
        "eloise.ndiaye@interieur.gouv.fr",
        "20 avril 2027",
        # Given in UTC at 7 h: said in Paris summer time.
        "mardi 18 mai 2027 à 9 h 00, heure de Paris",
        "1 heure",
        "En visioconférence",
        "Jury A : Camille Martin et Louis Dupont",
        "certification@beta.gouv.fr",
        "courrier non signé",
    ):
        assert expected in text, expected
    flat = re.sub(r"\s+", " ", text)
    for item in DEFAULT_TO_PREPARE:
        assert item in flat, item
    assert _pages(pdf) == 1


def test_the_video_link_is_text_to_copy_and_never_a_clickable_link(
    convocation: CandidateConvocation,
) -> None:
    pdf = render_convocation(convocation)
    # Broken over lines only at its separators: the characters are all there, in order.
    assert VIDEO_LINK in re.sub(r"\s+", "", _text(pdf))
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            assert pikepdf.Name.Annots not in page.obj
        assert pikepdf.Name.AcroForm not in document.Root  # nothing to sign or fill


def test_a_link_longer_than_a_line_without_separators_is_cut_not_lost(
    convocation: CandidateConvocation,
) -> None:
    link = "https://visio.example.org/" + "A1b2C3d4" * 20
    interview = dataclasses.replace(convocation.interview, place=link)
    pdf = render_convocation(dataclasses.replace(convocation, interview=interview))
    assert link in re.sub(r"\s+", "", _text(pdf))


def test_an_interview_in_a_room_in_winter(convocation: CandidateConvocation) -> None:
    interview = dataclasses.replace(
        convocation.interview,
        start=datetime(2027, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/Paris")),
        minutes=90,
        place=ROOM,
    )
    text = _text(render_convocation(dataclasses.replace(convocation, interview=interview)))
    assert "mercredi 1 décembre 2027 à 14 h 00, heure de Paris" in text
    assert "1 h 30" in text
    assert "En présentiel" in text
    assert "Lieu" in text and "Lien de connexion" not in text
    assert "Salle Gaspard-Monge, 20 avenue de Ségur, 75007 Paris" in re.sub(r"\s+", " ", text)


def test_a_pdfa_3b_carrying_its_data(convocation: CandidateConvocation) -> None:
    pdf = render_convocation(convocation)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        meta = document.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
        data = json.loads(document.attachments["convocation.json"].get_file().read_bytes())
    assert data["interview"]["start"] == "2027-05-18T09:00:00+02:00"
    assert data["candidate"] == {
        "id": "cand-001",
        "name": "Éloïse N'Diaye",
        "email": "eloise.ndiaye@interieur.gouv.fr",
    }
    assert data["to_prepare"] == list(DEFAULT_TO_PREPARE)


def test_the_same_convocation_gives_the_same_bytes(convocation: CandidateConvocation) -> None:
    assert render_convocation(convocation) == render_convocation(convocation)
    other = dataclasses.replace(convocation, candidate_email="eloise@example.org")
    assert render_convocation(other) != render_convocation(convocation)


def test_a_long_list_flows_onto_a_second_page(
    convocation: CandidateConvocation, tmp_path: Path
) -> None:
    items = tuple(f"document numéro {number} à apporter" for number in range(1, 41))
    pdf = render_convocation(dataclasses.replace(convocation, to_prepare=items))
    _check_with_qpdf(pdf, tmp_path)
    assert _pages(pdf) == 2
    text = _text(pdf)
    assert "Page 2 sur 2" in text
    assert "document numéro 40 à apporter" in text
    assert "certification@beta.gouv.fr" in text


def test_an_unknown_certifier_is_not_made_up(convocation: CandidateConvocation) -> None:
    text = _text(render_convocation(dataclasses.replace(convocation, certifier=None)))
    assert "République française" in text
    assert "DINUM" not in text


@pytest.mark.parametrize("zone", ["Indian/Reunion"])
def test_overseas_the_letter_gives_paris_time_too(
    convocation: CandidateConvocation, zone: str
) -> None:
    interview = dataclasses.replace(convocation.interview, zone=zone, place=ROOM)
    text = _text(render_convocation(dataclasses.replace(convocation, interview=interview)))
    flat = re.sub(r"\s+", " ", text)
    assert "11 h 00, heure de La Réunion (soit 9 h 00, heure de Paris)" in flat
