"""The dossier documents of a demo start-up: deck, investment table, interviews, mock-ups.

Every function returns the same bytes on every run (ReportLab's invariant
mode, no image metadata), so a demo bundle has stable SHA-256 digests. Text
is set in the shipped DejaVu Sans, embedded in each PDF.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image, ImageColor, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jury_desk.demo.content import DEMO_NOTICE, FICTION_NOTICE, DemoStartup, french_spacing
from jury_desk.pdf.fonts import font_path, register_reportlab_fonts

SESSION_TITLE = "Session de novembre 2026"

# A 16:9 slide, in points.
_DECK_SIZE = (960.0, 540.0)
_INK = colors.HexColor("#161616")
_GREY = colors.HexColor("#666666")
_LIGHT = colors.HexColor("#EEEEEE")

MOCKUP_SIZE = (1200, 800)


def euros(amount: int) -> str:
    """« 180 000 € », with the no-break spaces of French typography."""
    return f"{amount:,}".replace(",", "\u202f") + "\u00a0€"


# --- Pitch deck -----------------------------------------------------------------


def deck_pdf(startup: DemoStartup) -> bytes:
    """A landscape pitch deck: a title slide, then one slide per `startup.slides` item."""
    regular, bold = register_reportlab_fonts()
    buffer = io.BytesIO()
    # The initial font is ours, so that no unembedded Helvetica is referenced.
    canvas = Canvas(buffer, pagesize=_DECK_SIZE, invariant=1, lang="fr-FR", initialFontName=regular)
    _set_metadata(canvas, startup, "Support de présentation")
    total = len(startup.slides) + 1
    _draw_title_slide(canvas, startup, (regular, bold))
    _draw_deck_footer(canvas, startup, 1, total, regular)
    canvas.showPage()
    for number, slide in enumerate(startup.slides, start=2):
        _draw_slide(canvas, startup, slide.title, slide.bullets, (regular, bold))
        _draw_deck_footer(canvas, startup, number, total, regular)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _set_metadata(canvas: Any, startup: DemoStartup, what: str) -> None:
    canvas.setTitle(f"{startup.name} — {what}")
    canvas.setAuthor(startup.candidate_name)
    canvas.setSubject(DEMO_NOTICE)
    canvas.setCreator("jury-desk, session de démonstration")


def _draw_title_slide(canvas: Any, startup: DemoStartup, fonts: tuple[str, str]) -> None:
    regular, bold = fonts
    width, height = _DECK_SIZE
    canvas.setFillColor(colors.HexColor(startup.accent))
    canvas.rect(0, height - 300, width, 300, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(bold, 48)
    canvas.drawString(60, height - 130, startup.name)
    _draw_wrapped(canvas, startup.tagline, (60, height - 180), width - 120, (regular, 22, 28))
    canvas.setFillColor(_INK)
    lines = (
        (bold, f"{startup.candidate_name}, {startup.candidate_role.lower()}"),
        (regular, startup.incubator),
        (regular, french_spacing(f"Phase : {startup.phase} · {SESSION_TITLE}")),
    )
    y = height - 350
    for font, text in lines:
        canvas.setFont(font, 18)
        canvas.drawString(60, y, text)
        y -= 30
    canvas.setFillColor(_GREY)
    canvas.setFont(regular, 14)
    canvas.drawString(60, y - 10, FICTION_NOTICE)


def _draw_slide(
    canvas: Any,
    startup: DemoStartup,
    title: str,
    bullets: Iterable[str],
    fonts: tuple[str, str],
) -> None:
    regular, bold = fonts
    width, height = _DECK_SIZE
    accent = colors.HexColor(startup.accent)
    canvas.setFillColor(accent)
    canvas.rect(0, height - 96, width, 96, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(bold, 32)
    canvas.drawString(60, height - 62, title)
    canvas.setFont(regular, 12)
    canvas.drawRightString(width - 40, height - 58, startup.name)
    y = height - 170
    for bullet in bullets:
        canvas.setFillColor(accent)
        canvas.rect(60, y - 1, 13, 13, stroke=0, fill=1)
        canvas.setFillColor(_INK)
        y = _draw_wrapped(canvas, bullet, (94, y), width - 160, (regular, 26, 34)) - 26


def _draw_wrapped(
    canvas: Any,
    text: str,
    origin: tuple[float, float],
    max_width: float,
    font: tuple[str, float, float],
) -> float:
    """Draw `text` wrapped to `max_width`; return the baseline a next line would take."""
    name, size, leading = font
    x, y = origin
    canvas.setFont(name, size)
    for line in simpleSplit(text, name, size, max_width):
        canvas.drawString(x, y, line)
        y -= leading
    return y


def _draw_deck_footer(
    canvas: Any, startup: DemoStartup, number: int, total: int, regular: str
) -> None:
    width, _height = _DECK_SIZE
    canvas.setStrokeColor(_LIGHT)
    canvas.setLineWidth(1)
    canvas.line(40, 42, width - 40, 42)
    canvas.setFillColor(_GREY)
    canvas.setFont(regular, 11)
    canvas.drawString(40, 24, startup.name)
    canvas.drawCentredString(width / 2, 24, DEMO_NOTICE)
    canvas.drawRightString(width - 40, 24, f"{number} / {total}")


# --- A4 reports (investment table, user interviews) ------------------------------


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_reportlab_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15, textColor=_INK)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=bold, fontSize=22, leading=28),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=13, leading=18, textColor=_GREY),
        "h2": ParagraphStyle(
            "h2", body, fontName=bold, fontSize=14, leading=20, spaceBefore=14, spaceAfter=6
        ),
        "question": ParagraphStyle("question", body, fontName=bold, spaceBefore=8),
        "cell": ParagraphStyle("cell", body, fontSize=9.5, leading=12.5),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=bold, fontSize=9.5, leading=12.5),
        "amount": ParagraphStyle("amount", body, fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        "amount_bold": ParagraphStyle(
            "amount_bold", body, fontName=bold, fontSize=9.5, leading=12.5, alignment=TA_RIGHT
        ),
        "notice": ParagraphStyle("notice", body, fontSize=9, textColor=_GREY, spaceBefore=12),
    }


def _para(text: str, style: str) -> Paragraph:
    # Paragraph reads XML markup: escape &, < and > from the data.
    return Paragraph(escape(text), _styles()[style])


def _bullets(items: Iterable[str], accent: str) -> ListFlowable:
    return ListFlowable(
        [ListItem(_para(item, "body"), spaceAfter=4) for item in items],
        bulletType="bullet",
        start="■",
        bulletFontName=register_reportlab_fonts()[0],
        bulletFontSize=7,
        bulletColor=colors.HexColor(accent),
        leftIndent=14,
    )


def _header(startup: DemoStartup, title: str, subtitle: str) -> list[Any]:
    return [
        _para(title, "title"),
        _para(subtitle, "subtitle"),
        Spacer(1, 4 * mm),
        _para(
            french_spacing(
                f"Start-up : {startup.name} · Phase : {startup.phase} · "
                f"{startup.candidate_role} : {startup.candidate_name}"
            ),
            "body",
        ),
        _para(french_spacing(f"Incubateur : {startup.incubator}"), "body"),
        Spacer(1, 4 * mm),
    ]


def _report_pdf(startup: DemoStartup, what: str, story: list[Any]) -> bytes:
    """Lay `story` out on A4 pages carrying the demo header and footer."""
    regular, _bold = register_reportlab_fonts()
    accent = colors.HexColor(startup.accent)

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(accent)
        canvas.rect(0, height - 10 * mm, width, 10 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(regular, 9)
        canvas.drawString(20 * mm, height - 6.5 * mm, f"{startup.name} — {what}")
        canvas.setFillColor(_GREY)
        canvas.drawString(20 * mm, 10 * mm, DEMO_NOTICE)
        canvas.drawRightString(width - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=f"{startup.name} — {what}",
        author=startup.candidate_name,
        subject=DEMO_NOTICE,
        creator="jury-desk, session de démonstration",
        lang="fr-FR",
        invariant=1,
        initialFontName=regular,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


# --- Investment table -----------------------------------------------------------


def investment_table_pdf(startup: DemoStartup) -> bytes:
    """The investment table shown to the investment committee, with its hypotheses."""
    years = f"{startup.budget[0].year}–{startup.budget[-1].year}"
    story = _header(
        startup,
        "Tableau d’investissement",
        f"Présenté au comité d’investissement · Besoins {years}",
    )
    story += [_investment_table(startup), PageBreak()]
    story += [_para("Hypothèses et notes", "h2"), _bullets(startup.budget_notes, startup.accent)]
    story += [_para("Synthèse par année", "h2"), _summary_table(startup)]
    story += [_para(FICTION_NOTICE, "notice")]
    return _report_pdf(startup, "Tableau d’investissement", story)


def _investment_table(startup: DemoStartup) -> Table:
    rows: list[list[Any]] = [
        [
            _para("Année", "cell_bold"),
            _para("Poste", "cell_bold"),
            _para("Montant", "amount_bold"),
            _para("Commentaire", "cell_bold"),
        ]
    ]
    total_rows: list[int] = []
    for year in startup.budget:
        for line in year.lines:
            rows.append(
                [
                    _para(str(year.year), "cell"),
                    _para(line.item, "cell"),
                    _para(euros(line.amount_eur), "amount"),
                    _para(line.comment, "cell"),
                ]
            )
        total_rows.append(len(rows))
        rows.append(_total_row(f"Total {year.year}", year.total_eur))
    grand_total = f"Total {startup.budget[0].year}–{startup.budget[-1].year}"
    rows.append(_total_row(grand_total, startup.budget_total_eur))
    table = Table(rows, colWidths=[18 * mm, 52 * mm, 30 * mm, 70 * mm], repeatRows=1)
    table.setStyle(_table_style(startup.accent, total_rows, len(rows) - 1, span_totals=True))
    return table


def _total_row(label: str, amount: int) -> list[Any]:
    return [_para(label, "cell_bold"), "", _para(euros(amount), "amount_bold"), ""]


def _table_style(
    accent: str, subtotal_rows: list[int], grand_total_row: int, *, span_totals: bool = False
) -> TableStyle:
    """Ruled rows; with `span_totals`, total labels spread over the first two columns."""
    tint = colors.HexColor(accent)
    commands: list[tuple[Any, ...]] = [
        # Empty cells are strings set in the table's font: keep it embedded.
        ("FONTNAME", (0, 0), (-1, -1), register_reportlab_fonts()[0]),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, tint),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#CCCCCC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, grand_total_row), (-1, grand_total_row), _LIGHT),
    ]
    for row in subtotal_rows:
        commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F6F6F6")))
    if span_totals:
        commands += [("SPAN", (0, row), (1, row)) for row in [*subtotal_rows, grand_total_row]]
    return TableStyle(commands)


def _summary_table(startup: DemoStartup) -> Table:
    total = startup.budget_total_eur
    rows: list[list[Any]] = [
        [
            _para("Année", "cell_bold"),
            _para("Montant", "amount_bold"),
            _para("Part du total", "amount_bold"),
        ]
    ]
    for year in startup.budget:
        share = french_spacing(f"{round(100 * year.total_eur / total)} %")
        rows.append(
            [
                _para(str(year.year), "cell"),
                _para(euros(year.total_eur), "amount"),
                _para(share, "amount"),
            ]
        )
    rows.append(
        [_para("Total", "cell_bold"), _para(euros(total), "amount_bold"), _para("", "cell")]
    )
    table = Table(rows, colWidths=[30 * mm, 40 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(_table_style(startup.accent, [], len(rows) - 1))
    return table


# --- User interviews ------------------------------------------------------------


def user_interviews_pdf(startup: DemoStartup) -> bytes:
    """The report of user interviews: method, questions, answers per question, conclusions."""
    story = _header(
        startup,
        "Compte rendu des entretiens utilisateurs",
        f"{startup.interviewees} entretiens menés {startup.interview_period}",
    )
    story += [_para("Le problème étudié", "h2"), _para(startup.problem, "body")]
    story += [_para("Méthode", "h2"), _para(_method(startup), "body")]
    story += [_para("Questions posées", "h2"), _numbered(i.question for i in startup.interviews)]
    story.append(PageBreak())
    story.append(_para("Synthèse des réponses, question par question", "h2"))
    for number, item in enumerate(startup.interviews, start=1):
        story.append(
            KeepTogether(
                [_para(f"Q{number}. {item.question}", "question"), _para(item.summary, "body")]
            )
        )
    story += [_para("Conclusions", "h2"), _bullets(startup.interview_conclusions, startup.accent)]
    story += [_para(FICTION_NOTICE, "notice")]
    return _report_pdf(startup, "Entretiens utilisateurs", story)


def _method(startup: DemoStartup) -> str:
    return french_spacing(
        f"{startup.interviewees} entretiens semi-directifs ont été menés "
        f"{startup.interview_period}, en présentiel ou en visioconférence, auprès des "
        f"usagers suivants : {startup.users[0].lower()}{startup.users[1:]} Chaque entretien "
        "a duré de 45 minutes à une heure et a été conduit par deux membres de l’équipe : "
        "l’un pose les questions, l’autre prend des notes. Les propos ont été anonymisés, "
        "puis regroupés par question lors d’un atelier de synthèse."
    )


def _numbered(items: Iterable[str]) -> ListFlowable:
    return ListFlowable(
        [ListItem(_para(item, "body"), spaceAfter=3) for item in items],
        bulletType="1",
        bulletFormat="%s.",
        bulletFontName=register_reportlab_fonts()[0],
        bulletFontSize=10.5,
        leftIndent=18,
    )


# --- Mock-ups ---------------------------------------------------------------------


def mockup_png(startup: DemoStartup, index: int) -> bytes:
    """A 1200×800 PNG mock-up of `startup.screens[index]` (index from 0)."""
    if not 0 <= index < len(startup.screens):
        raise IndexError(f"{startup.slug} has {len(startup.screens)} screens, not {index + 1}")
    screen = startup.screens[index]
    accent = ImageColor.getrgb(startup.accent)
    image = Image.new("RGB", MOCKUP_SIZE, "#F6F6F6")
    draw = ImageDraw.Draw(image)
    _draw_mockup_header(draw, startup.name, accent)
    draw.text((60, 118), f"Accueil  ›  {screen.title}", fill="#666666", font=_font(18))
    draw.text((60, 150), screen.title, fill="#161616", font=_font(36, bold=True))
    draw.rounded_rectangle((40, 220, 1160, 730), radius=10, fill="white", outline="#DDDDDD")
    for position, field in enumerate(screen.fields):
        column, row = position % 2, position // 2
        _draw_field(draw, (80 + column * 540, 256 + row * 118), field.label, field.value, accent)
    _draw_button(draw, (1120, 690), "Continuer", accent)
    footer = f"{startup.site_url} · {DEMO_NOTICE}"
    draw.text((60, 752), footer, fill="#666666", font=_font(16))
    buffer = io.BytesIO()
    # No pnginfo and no optimisation pass: the bytes depend only on the pixels.
    image.save(buffer, format="PNG", compress_level=9)
    return buffer.getvalue()


@functools.cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    # The basic layout gives the same pixels whether or not libraqm is installed.
    return ImageFont.truetype(str(font_path(bold)), size, layout_engine=ImageFont.Layout.BASIC)


def _draw_mockup_header(draw: ImageDraw.ImageDraw, name: str, accent: tuple[int, ...]) -> None:
    width, _height = MOCKUP_SIZE
    draw.rectangle((0, 0, width, 88), fill=accent)
    draw.text((60, 22), name, fill="white", font=_font(34, bold=True))
    notice_font = _font(16)
    draw.text(
        (width - 60 - draw.textlength(DEMO_NOTICE, font=notice_font), 36),
        DEMO_NOTICE,
        fill="white",
        font=notice_font,
    )


def _draw_field(
    draw: ImageDraw.ImageDraw,
    origin: tuple[int, int],
    label: str,
    value: str,
    accent: tuple[int, ...],
) -> None:
    x, y = origin
    box_width = 500
    draw.text((x, y), label, fill="#3A3A3A", font=_font(19, bold=True))
    draw.rectangle((x, y + 32, x + box_width, y + 82), fill="#EEEEEE")
    draw.rectangle((x, y + 80, x + box_width, y + 82), fill=accent)
    value_font = _font(20)
    draw.text(
        (x + 14, y + 44),
        _fit(draw, value, value_font, box_width - 28),
        fill="#161616",
        font=value_font,
    )


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """`text`, cut with an ellipsis if it would overflow `width` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_button(
    draw: ImageDraw.ImageDraw, bottom_right: tuple[int, int], label: str, accent: tuple[int, ...]
) -> None:
    font = _font(20, bold=True)
    right, bottom = bottom_right
    left = right - int(draw.textlength(label, font=font)) - 56
    draw.rounded_rectangle((left, bottom - 52, right, bottom), radius=6, fill=accent)
    draw.text((left + 28, bottom - 40), label, fill="white", font=font)
