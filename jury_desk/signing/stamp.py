"""The visible stamp of a signature: who signed, in which role and when, in DejaVu Sans.

pyHanko's text stamps default to Courier, which is not embedded (so not PDF/A), and its
TrueType engine needs HarfBuzz (uharfbuzz), which jury-desk does not install. So
ReportLab draws the stamp on a page exactly the size of the signature box, embedding a
DejaVu Sans subset, and pyHanko imports that page as the field's appearance (a form
XObject): what a reader shows is only what was drawn here.
"""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from pyhanko.pdf_utils import content, generic, layout
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jury_desk.pdf.fonts import register_reportlab_fonts

PARIS = ZoneInfo("Europe/Paris")
_PADDING = 5.0
_LARGEST_SIZE = 10.0
_SMALLEST_SIZE = 4.0
_LEADING = 1.25  # line height as a multiple of the font size
_INK = (0.1, 0.15, 0.35)  # dark blue, readable when printed in grey
_XOBJECT_NAME = "/JuryDeskSignatureStamp"


def stamp_text(signer_name: str, role: str, signed_at: datetime) -> str:
    """The sentence the stamp shows, the time as a clock in Paris shows it."""
    local = signed_at.astimezone(PARIS)
    return f"Signé par {signer_name}, {role}, le {local:%d/%m/%Y} à {local:%H:%M} (heure de Paris)"


def stamp_style(text: str, width: int, height: int) -> StaticStampStyle:
    """A pyHanko stamp style whose whole appearance is `text` drawn in a `width`×`height` box."""
    page = draw_stamp_page(text, width, height)
    return StaticStampStyle(
        border_width=0,  # the border is part of the drawn page
        background=_ImportedStampPage(page, _subset_tag(text)),
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=0, right=0, top=0, bottom=0),
        ),
        background_opacity=1.0,
    )


def draw_stamp_page(text: str, width: int, height: int) -> bytes:
    """A one-page PDF of `width`×`height` points: a framed white box with `text` inside.

    The font shrinks until the wrapped text fits; ValueError if even the smallest does not.
    """
    font, _ = register_reportlab_fonts()
    size, lines = _fit(text, font, width - 2 * _PADDING, height - 2 * _PADDING)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=True,  # the same stamp gives the same bytes
        pageCompression=1,
        initialFontName=font,  # no reference to ReportLab's unembedded Helvetica
        initialFontSize=size,
    )
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setStrokeColorRGB(*_INK)
    canvas.setLineWidth(1)
    canvas.rect(0.5, 0.5, width - 1, height - 1, stroke=1, fill=1)
    canvas.setFillColorRGB(*_INK)
    leading = size * _LEADING
    block = leading * (len(lines) - 1) + size
    baseline = (height + block) / 2 - size * 0.8  # centre the block, first baseline below its top
    text_object = canvas.beginText(_PADDING, baseline)
    text_object.setFont(font, size, leading)
    for line in lines:
        text_object.textLine(line)
    canvas.drawText(text_object)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(text: str, font: str, width: float, height: float) -> tuple[float, list[str]]:
    size = _LARGEST_SIZE
    while size >= _SMALLEST_SIZE:
        lines: list[str] = simpleSplit(text, font, size, width)
        fits_across = all(stringWidth(line, font, size) <= width for line in lines)
        if fits_across and size * _LEADING * len(lines) <= height:
            return size, lines
        size -= 0.5
    raise ValueError(f"a signature box of {width:g}×{height:g} points cannot hold {text!r}")


def _subset_tag(text: str) -> str:
    """Six capital letters naming this stamp's font subset.

    ReportLab tags every first subset "AAAAAA", and the signed document, drawn by
    ReportLab too, has its own subset by that name; ISO 32000-1 §9.6.4 wants distinct
    subsets of one file to have distinct tags.
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


class _ImportedStampPage(content.PdfContent):
    """The stamp page, imported into the signed file as a form XObject when pyHanko renders."""

    def __init__(self, page: bytes, subset_tag: str) -> None:
        super().__init__()
        self._page = page
        self._subset_tag = subset_tag

    def render(self) -> bytes:
        writer = self._ensure_writer
        reference = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._page)))
        form = reference.get_object()
        _retag_fonts(form["/Resources"], self._subset_tag)
        self.set_resource(content.ResourceType.XOBJECT, generic.pdf_name(_XOBJECT_NAME), reference)
        left, bottom, right, top = (float(value) for value in form["/BBox"])
        self.box = layout.BoxConstraints(width=abs(right - left), height=abs(top - bottom))
        return _XOBJECT_NAME.encode("ascii") + b" Do"


def _retag_fonts(resources: generic.DictionaryObject, tag: str) -> None:
    # pyHanko's dictionaries resolve indirect references on item access.
    if "/Font" not in resources:
        return
    fonts = resources["/Font"]
    for font_name in list(fonts.keys()):
        font = fonts[font_name]
        base = str(font["/BaseFont"])
        if "+" not in base:
            continue
        renamed = generic.pdf_name(f"/{tag}+{base.split('+', 1)[1]}")
        font["/BaseFont"] = renamed
        if "/FontDescriptor" in font:
            font["/FontDescriptor"]["/FontName"] = renamed
