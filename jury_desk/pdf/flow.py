"""What every signed document jury-desk prints shares: paragraph styles, free text, the build.

The scoring sheet and the minutes are both A4 pages in DejaVu Sans, built by
Platypus on `SheetCanvas` (running header, footer « Page x sur y », signature
boxes on the last page). `build_pdf` lays out a story that way; the same story
always gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from jury_desk.pdf.fonts import register_reportlab_fonts
from jury_desk.pdf.nbsp import narrow_no_break_spaces
from jury_desk.pdf.page import (
    BLUE,
    BOTTOM_MARGIN,
    GREY,
    INK,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    RULE,
    TOP_MARGIN,
    PageTexts,
    SheetCanvas,
)
from jury_desk.pdf.pdfa import DocumentInfo
from jury_desk.pdf.wording import drawable, markup, paragraphs

# Where an e-mail address or an identifier may end a line: after « @ » or a dot.
_ADDRESS_BREAK = re.compile(r"(?<=[@.])")
_SMALLEST_ADDRESS_SIZE = 6.5

# (page index from 0, (left, bottom, right, top) in PDF points): where a stamp goes.
PlacedBox = tuple[int, tuple[float, float, float, float]]


class SignatureBoxError(ValueError):
    """The PDF given to find a signature box is not a document laid out by jury-desk."""


def build_pdf(story: Callable[[], list[Any]], info: DocumentInfo, texts: PageTexts) -> bytes:
    """The story laid out on A4 pages with jury-desk's page furniture (not yet PDF/A).

    `story` is called inside `narrow_no_break_spaces()`: a Paragraph splits its
    words when it is made, so it must be made there too.
    """
    regular, _bold = register_reportlab_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=info.creator,
        lang=info.language,
        # Invariant: no time stamp or random id, so the same data gives the same bytes.
        invariant=1,
        # The initial font is ours, so that no unembedded Helvetica is referenced.
        initialFontName=regular,
    )
    with narrow_no_break_spaces():
        doc.build(story(), canvasmaker=functools.partial(SheetCanvas, texts=texts))
    return buffer.getvalue()


def last_page_box(pdf: bytes, box: tuple[float, float, float, float]) -> PlacedBox:
    """`box` on the last page of `pdf`, checked to be an A4 portrait page."""
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            count = len(document.pages)
            media = [float(v) for v in document.pages[-1].mediabox]
    except pikepdf.PdfError as exc:
        raise SignatureBoxError(f"not a readable PDF: {exc}") from None
    if count == 0 or [round(v) for v in media] != [0, 0, round(PAGE_WIDTH), round(PAGE_HEIGHT)]:
        raise SignatureBoxError("the last page is not an A4 portrait page")
    return count - 1, box


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_reportlab_fonts()
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=4
    )
    return {
        "body": body,
        "kicker": ParagraphStyle("kicker", body, fontSize=8.5, leading=11, textColor=GREY),
        "title": ParagraphStyle(
            "title", body, fontName=bold, fontSize=20, leading=25, textColor=BLUE, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=12, leading=16, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=bold,
            fontSize=12,
            leading=16,
            textColor=BLUE,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", body, fontName=bold, fontSize=10.5, leading=14, spaceBefore=8, keepWithNext=1
        ),
        "label": ParagraphStyle("label", body, fontSize=8, leading=10.5, textColor=GREY),
        "cell": ParagraphStyle("cell", body, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=bold, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", body, spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle(
            "head", body, fontName=bold, fontSize=8.5, leading=11, textColor=INK, spaceAfter=0
        ),
        "head_right": ParagraphStyle(
            "head_right",
            body,
            fontName=bold,
            fontSize=8.5,
            leading=11,
            textColor=INK,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "competency": ParagraphStyle(
            "competency", body, fontName=bold, fontSize=10.5, leading=14, spaceAfter=0
        ),
        "level": ParagraphStyle(
            "level", body, fontName=bold, fontSize=10.5, leading=14, alignment=TA_RIGHT
        ),
        "descriptor": ParagraphStyle(
            "descriptor", body, fontSize=8.5, leading=12, textColor=GREY, spaceBefore=4
        ),
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=12, textColor=GREY),
        "empty": ParagraphStyle("empty", body, textColor=GREY),
    }


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    # A table sets its own font (Helvetica by default) even around Paragraph
    # cells; naming ours keeps every font of the file embedded.
    regular, _bold = register_reportlab_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def ruled_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    padding: float = 3,
    head_rule: float = 1,
    row_rule: float = 0.4,
) -> Table:
    """A table whose first row is a heading repeated on each page, rows ruled below.

    The first column is flush with the text's left edge.
    """
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), head_rule, BLUE),
                ("LINEBELOW", (0, 1), (-1, -1), row_rule, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def para(text: str, style: str) -> Paragraph:
    """One paragraph of plain text (escaped and typeset)."""
    return Paragraph(markup(text), styles()[style])


def free_text(text: str, empty: str) -> list[Any]:
    """A person's text as paragraphs that flow across pages, or `empty` in grey."""
    blocks = paragraphs(text)
    if not blocks:
        return [para(empty, "empty")]
    return [Paragraph(block, styles()["body"]) for block in blocks]


def address(text: str, style: str, width: float) -> Paragraph:
    """An e-mail address or an identifier that never has a word cut in it.

    ReportLab breaks lines at spaces only, and cuts a word wider than the
    column anywhere (« claire.dubois-martin@jury.exam » / « ple.org »). Here
    the lines are made beforehand: an address too long for one line is broken
    after its « @ », then, only if a part is still too long, after a dot; the
    text is set smaller where one piece alone is wider than `width`. No
    typography is applied: an address is printed as it is.
    """
    base = styles()[style]
    text = text.strip()
    pieces = [piece for piece in _ADDRESS_BREAK.split(text) if piece]
    size = base.fontSize
    while size > _SMALLEST_ADDRESS_SIZE and any(
        stringWidth(piece, base.fontName, size) > width for piece in pieces
    ):
        size -= 0.5

    def fits(line: str) -> bool:
        return bool(stringWidth(line, base.fontName, size) <= width)

    local, at, domain = text.rpartition("@")
    parts = [text] if fits(text) or not at else [local + at, domain]
    lines = [line for part in parts for line in _packed(part, fits)]
    fitted = ParagraphStyle(f"{base.name}_address", base, fontSize=size, leading=base.leading)
    return Paragraph("<br/>".join(escape(drawable(line)) for line in lines), fitted)


def _packed(part: str, fits: Callable[[str], bool]) -> list[str]:
    """`part` on as few lines as `fits` allows, broken only after a dot (or an « @ »)."""
    lines: list[str] = []
    for piece in (piece for piece in _ADDRESS_BREAK.split(part) if piece):
        if lines and fits(lines[-1] + piece):
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines
