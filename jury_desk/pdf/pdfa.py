"""Turn ReportLab's PDF into a PDF/A-3b carrying the sheet's data as an associated file.

PDF/A-3b needs, beyond embedded fonts (ReportLab embeds the TrueType subsets):
XMP metadata declaring the part and conformance and agreeing with the document
information dictionary, an output intent with an ICC profile, and, for an
attached file, a MIME type, a relationship and a place in the catalog's /AF.
`make_pdfa3b` adds them and writes through `pikepdf.pdfa.save`, which
validates the bytes it wrote: a file that is not PDF/A-3b is never returned.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources

import pikepdf
import pikepdf.pdfa

PDFA_FLAVOUR = "3b"
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
# What jury-desk attaches to its documents: their data as JSON, nothing else (the
# verifiers refuse any other embedded file: signing/active_content.py).
ATTACHMENT_MIME_TYPE = "application/json"


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime_type: str
    description: str


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    creator: str
    language: str  # BCP 47, e.g. "fr-FR"
    created: datetime  # aware; also the modification and metadata date


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile shipped with pikepdf for PDF/A output intents.

    A profile made by LittleCMS (Pillow's ImageCms) stamps the time it was made
    in its header, which would make every rendering differ.
    """
    return resources.files("pikepdf.pdfa").joinpath("data", "sRGB.icc").read_bytes()


def make_pdfa3b(pdf: bytes, info: DocumentInfo, attachment: Attachment) -> bytes:
    """`pdf` as PDF/A-3b with `attachment` associated (/AFRelationship /Data).

    Deterministic: the same input gives the same bytes. Raises
    `pikepdf.pdfa.PdfaError` if the result does not pass pikepdf's validator.
    """
    if info.created.tzinfo is None:
        raise ValueError("DocumentInfo.created must be timezone-aware")
    created = info.created.astimezone(UTC)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        spec = pikepdf.AttachedFileSpec(
            document,
            attachment.data,
            description=attachment.description,
            filename=attachment.name,
            mime_type=attachment.mime_type,
            creation_date=_pdf_date(created),
            mod_date=_pdf_date(created),
            relationship=pikepdf.Name.Data,
        )
        document.attachments[attachment.name] = spec
        for page in document.pages:
            # ReportLab writes an empty /Trans (slide-show transition) on every
            # page; pikepdf's validator does not vouch for it, and a form needs none.
            if pikepdf.Name.Trans in page.obj:
                del page.obj[pikepdf.Name.Trans]
        root = document.Root
        root.AF = pikepdf.Array([spec.obj])
        root.Lang = pikepdf.String(info.language)
        root.OutputIntents = pikepdf.Array([_output_intent(document)])
        _set_metadata(document, info, created)
        output = io.BytesIO()
        # deterministic_id: the trailer /ID comes from the content, not from the clock.
        pikepdf.pdfa.save(document, output, PDFA_FLAVOUR, repair=False, deterministic_id=True)
    return output.getvalue()


def _output_intent(document: pikepdf.Pdf) -> pikepdf.Dictionary:
    profile = pikepdf.Stream(document, srgb_profile())
    profile.N = 3
    return pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(SRGB_IDENTIFIER),
        Info=pikepdf.String(SRGB_IDENTIFIER),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=document.make_indirect(profile),
    )


def _set_metadata(document: pikepdf.Pdf, info: DocumentInfo, created: datetime) -> None:
    """The same facts in the information dictionary and in XMP, as PDF/A requires."""
    producer = str(document.docinfo.get(pikepdf.Name.Producer, "ReportLab"))
    document.docinfo = document.make_indirect(
        pikepdf.Dictionary(
            Title=pikepdf.String(info.title),
            Author=pikepdf.String(info.author),
            Subject=pikepdf.String(info.subject),
            Creator=pikepdf.String(info.creator),
            Producer=pikepdf.String(producer),
            CreationDate=pikepdf.String(_pdf_date(created)),
            ModDate=pikepdf.String(_pdf_date(created)),
        )
    )
    # pikepdf would otherwise name itself as the editor and stamp the current time.
    with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["pdfaid:part"] = "3"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:title"] = info.title
        xmp["dc:creator"] = [info.author]
        xmp["dc:description"] = info.subject
        xmp["dc:language"] = {info.language}
        xmp["xmp:CreatorTool"] = info.creator
        xmp["pdf:Producer"] = producer
        moment = created.isoformat()
        xmp["xmp:CreateDate"] = moment
        xmp["xmp:ModifyDate"] = moment
        xmp["xmp:MetadataDate"] = moment


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
