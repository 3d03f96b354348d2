"""The demo session's referential, start-ups and dossier documents."""

from __future__ import annotations

import hashlib
import io
import pathlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable

import pytest
from PIL import Image

import jury_desk
from jury_desk.demo.content import DEMO_NOTICE, DEMO_STARTUPS, FICTION_NOTICE, DemoStartup
from jury_desk.demo.documents import (
    MOCKUP_SIZE,
    deck_pdf,
    investment_table_pdf,
    mockup_png,
    user_interviews_pdf,
)
from jury_desk.rules.rs6247 import rs6247_interview_plan, rs6247_referential

PdfBuilder = Callable[[DemoStartup], bytes]
PDF_BUILDERS: dict[str, PdfBuilder] = {
    "deck": deck_pdf,
    "investment_table": investment_table_pdf,
    "user_interviews": user_interviews_pdf,
}
# A page object, not the /Pages tree node: \b fails between "Page" and "s".
PAGE_OBJECT = re.compile(rb"/Type\s*/Page\b")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REPO_ROOT = pathlib.Path(jury_desk.__file__).resolve().parents[1]

startups = pytest.mark.parametrize("startup", DEMO_STARTUPS, ids=lambda s: s.slug)
pdf_builders = pytest.mark.parametrize("builder", PDF_BUILDERS.values(), ids=list(PDF_BUILDERS))


def test_referential_has_eight_competencies_on_a_four_level_scale() -> None:
    referential = rs6247_referential()
    assert [c.code for c in referential.competencies] == [f"C{n}" for n in range(1, 9)]
    assert [level.label for level in referential.levels] == [
        "Insuffisant",
        "À consolider",
        "Maîtrisé",
        "Expert",
    ]
    assert [level.passing for level in referential.levels] == [False, False, True, True]
    for competency in referential.competencies:
        assert len(competency.descriptors) == 4
        assert 3 <= len(competency.criteria) <= 4
        assert competency.description
        assert len(set(competency.descriptors)) == 4


def test_interview_plan_lasts_one_hour_and_warns_at_ten_and_five_minutes() -> None:
    plan = rs6247_interview_plan()
    assert plan.total_minutes == 60
    assert [phase.code for phase in plan.phases] == ["pitch", "questions", "cloture"]
    assert plan.warning_marks_minutes == (10, 5)


def test_six_startups_with_unique_candidates_and_slugs() -> None:
    assert len(DEMO_STARTUPS) == 6
    assert len({s.candidate_name for s in DEMO_STARTUPS}) == 6
    assert len({s.slug for s in DEMO_STARTUPS}) == 6
    assert all(s.slug.isascii() for s in DEMO_STARTUPS)


@startups
def test_startup_is_plainly_fictional(startup: DemoStartup) -> None:
    assert startup.incubator.endswith("(fictif)")
    assert startup.phase == "Accélération"
    assert startup.site_url == f"https://{startup.slug}.example/"
    assert startup.product_sheet_url.startswith("https://fiches.example/")
    assert 5 <= len(startup.interviews) <= 7
    assert len(startup.screens) == 2
    assert 6 <= len(startup.slides) <= 8
    assert 2 <= len(startup.budget) <= 3


@startups
@pdf_builders
def test_pdf_is_deterministic_multipage_and_embeds_its_font(
    startup: DemoStartup, builder: PdfBuilder
) -> None:
    pdf = builder(startup)
    assert pdf == builder(startup)
    assert pdf.startswith(b"%PDF-")
    assert len(PAGE_OBJECT.findall(pdf)) >= 2
    assert b"/FontFile2" in pdf
    assert b"DejaVuSans" in pdf
    assert b"/Helvetica" not in pdf


@startups
def test_deck_has_a_title_page_and_one_page_per_slide(startup: DemoStartup) -> None:
    assert len(PAGE_OBJECT.findall(deck_pdf(startup))) == len(startup.slides) + 1


@startups
@pytest.mark.parametrize("index", [0, 1])
def test_mockup_is_a_deterministic_1200_by_800_png(startup: DemoStartup, index: int) -> None:
    png = mockup_png(startup, index)
    assert png == mockup_png(startup, index)
    assert png.startswith(PNG_SIGNATURE)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == MOCKUP_SIZE == (1200, 800)


def test_mockup_index_out_of_range_is_refused() -> None:
    with pytest.raises(IndexError):
        mockup_png(DEMO_STARTUPS[0], 2)


def test_documents_are_identical_in_a_fresh_interpreter() -> None:
    # Another process, another hash seed: catches output that depends on set order or ids.
    script = (
        "import hashlib\n"
        "from jury_desk.demo.content import DEMO_STARTUPS as S\n"
        "from jury_desk.demo import documents as d\n"
        "s = S[2]\n"
        "for data in (d.deck_pdf(s), d.investment_table_pdf(s), d.user_interviews_pdf(s),\n"
        "             d.mockup_png(s, 0)):\n"
        "    print(hashlib.sha256(data).hexdigest())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO_ROOT)},
    )
    startup = DEMO_STARTUPS[2]
    documents = (
        deck_pdf(startup),
        investment_table_pdf(startup),
        user_interviews_pdf(startup),
        mockup_png(startup, 0),
    )
    assert result.stdout.split() == [hashlib.sha256(data).hexdigest() for data in documents]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
@startups
def test_pdf_text_keeps_names_and_french_characters(startup: DemoStartup) -> None:
    # Extracting text proves the embedded font maps back to the right characters.
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None
    result = subprocess.run(
        [pdftotext, "-enc", "UTF-8", "-", "-"],
        input=deck_pdf(startup),
        capture_output=True,
        check=True,
    )
    text = result.stdout.decode("utf-8")
    assert startup.candidate_name in text
    assert DEMO_NOTICE in text
    assert FICTION_NOTICE in text
