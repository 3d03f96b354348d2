"""The scoring sheet's page furniture: geometry, running header, footer and signature area.

The footer says "Page x sur y", so pages are drawn once the total is known:
the canvas keeps each finished page and decorates them all when the document
is saved. The signature area (one box or more, at the height of `SIGNATURE_BOX`) sits
at a fixed place on the last page; the story ends with `SignatureRoom`, which
guarantees nothing is printed there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jury_desk.pdf.fonts import register_reportlab_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 18 * mm
TOP_MARGIN = 20 * mm
BOTTOM_MARGIN = 24 * mm  # the footer lives below
# Platypus frames pad their content by 6 points: the text, the header, the
# footer and the signature box all line up on the padded edges.
_FRAME_PADDING = 6.0
TEXT_LEFT = LEFT_MARGIN + _FRAME_PADDING
TEXT_RIGHT = PAGE_WIDTH - RIGHT_MARGIN - _FRAME_PADDING
TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT

# The box the signer's visible signature fills, in PDF points, on the last page:
# 60 mm × 25 mm (170 × 71 points), right-aligned with the text, above the footer.
# Whole points, so the convention reads the same in code, in docs/sheet-format.md
# and in a PDF inspector.
SIGNATURE_BOX: tuple[float, float, float, float] = (368.0, 84.0, 538.0, 155.0)
# From the bottom of the text frame to above the box's label: kept free of text.
_SIGNATURE_ROOM = SIGNATURE_BOX[3] + 8 * mm - BOTTOM_MARGIN + 6 * mm

# A running header or footer line too long for its room is set smaller, down to this.
_SMALLEST_LINE_SIZE = 6.0

INK = colors.HexColor("#161616")
GREY = colors.HexColor("#5E5E5E")
RULE = colors.HexColor("#C8C8D8")
BLUE = colors.HexColor("#000091")
TINT = colors.HexColor("#F2F2F9")


@dataclass(frozen=True)
class SignatureSlot:
    """An empty framed box on the last page, under its label, that one signer fills."""

    label: str
    box: tuple[float, float, float, float]  # PDF points, whole


@dataclass(frozen=True)
class PageTexts:
    """What every page repeats (plain text, already typeset)."""

    running_header: str  # pages 2 and after
    sheet_line: str  # e.g. "Grille de Zoë Lefèvre · Claire Présidente (présidence) · version 1"
    digest_line: str  # "SHA-256 des données : …"
    signature_slots: tuple[SignatureSlot, ...]  # each at the same height as SIGNATURE_BOX
    signature_lines: tuple[str, ...] = ()  # left of the first box, wrapped to fit


class SheetCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    """A canvas that draws header, footer and signature area once the page count is known."""

    def __init__(self, *args: Any, texts: PageTexts, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._texts = texts
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        regular, bold = register_reportlab_fonts()
        texts = self._texts
        self.saveState()
        if number > 1:
            self.setFillColor(GREY)
            self._draw_line(texts.running_header, PAGE_HEIGHT - 12 * mm, regular, 8, TEXT_WIDTH)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(TEXT_LEFT, PAGE_HEIGHT - 14 * mm, TEXT_RIGHT, PAGE_HEIGHT - 14 * mm)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(TEXT_LEFT, 19 * mm, TEXT_RIGHT, 19 * mm)
        self.setFillColor(INK)
        page = f"Page {number} sur {total}"
        self.setFont(bold, 8)
        self.drawRightString(TEXT_RIGHT, 14.5 * mm, page)
        width = TEXT_WIDTH - stringWidth(page, bold, 8) - 6 * mm
        self._draw_line(texts.sheet_line, 14.5 * mm, regular, 8, width)
        self.setFillColor(GREY)
        self.setFont(regular, 7)
        self.drawString(TEXT_LEFT, 10.5 * mm, texts.digest_line)
        if number == total:
            self._draw_signature_area(regular, bold)
        self.restoreState()

    def _draw_line(self, text: str, y: float, font: str, size: float, width: float) -> None:
        """One line at the text's left edge, set smaller rather than cut where it is long."""
        size = _fitting_size(text, font, size, width)
        self.setFont(font, size)
        self.drawString(TEXT_LEFT, y, _fitted(text, font, size, width))

    def _draw_signature_area(self, regular: str, bold: str) -> None:
        for slot in self._texts.signature_slots:
            x1, y1, x2, y2 = slot.box
            self.setFillColor(BLUE)
            self.setFont(bold, 9)
            self.drawString(x1, y2 + 2.5 * mm, _fitted(slot.label, bold, 9, x2 - x1))
            self.setStrokeColor(BLUE)
            self.setLineWidth(0.8)
            self.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=0)
        self.setFillColor(INK)
        self.setFont(regular, 8.5)
        y = SIGNATURE_BOX[3] - 3 * mm
        for line in self._texts.signature_lines:
            self.drawString(TEXT_LEFT, y, line)
            y -= 11


def signature_lines(text_lines: list[str]) -> tuple[str, ...]:
    """Wrap the sentences shown beside the signature box to the room left of it."""
    regular, _bold = register_reportlab_fonts()
    width = SIGNATURE_BOX[0] - TEXT_LEFT - 8 * mm
    wrapped: list[str] = []
    for line in text_lines:
        wrapped += simpleSplit(line, regular, 8.5, width)
    # The box is 71 points high: at 11 points a line, six lines fit beside it.
    return tuple(wrapped[:6])


class SignatureRoom(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """Takes the rest of the last page's frame, on a new page if too little is left.

    Nothing follows it, so the area where `SheetCanvas` draws the signature box
    is always free of text.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = max(avail_height, _SIGNATURE_ROOM)
        return avail_width, self.height

    def draw(self) -> None:
        """The signature area is drawn by the canvas, at its fixed place."""


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """The size, down to `_SMALLEST_LINE_SIZE`, at which `text` fits in `width`."""
    while size > _SMALLEST_LINE_SIZE and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _fitted(text: str, font: str, size: float, width: float) -> str:
    # A running header or footer is one line; the full text is in the body. Only
    # a line still too long at the smallest size is cut (names of hundreds of letters).
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
