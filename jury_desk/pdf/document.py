"""What every signed document jury-desk prints shares before its own content: the preamble.

The PDF's metadata (title, author, subject naming the certification and the
session, creator, language, date) and its attached JSON data, then the build
and the PDF/A-3b conversion. The sheet and the minutes (and the organiser's
documents to come) call `render_document` with their own story and pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

import jury_desk
from jury_desk.pdf.flow import build_pdf
from jury_desk.pdf.page import PageTexts
from jury_desk.pdf.pdfa import ATTACHMENT_MIME_TYPE, Attachment, DocumentInfo, make_pdfa3b
from jury_desk.pdf.wording import french

LANGUAGE = "fr-FR"


class NamedSession(Protocol):
    """The names of a certification session as a signed document prints them."""

    @property
    def title(self) -> str: ...

    @property
    def certification_title(self) -> str: ...

    @property
    def rs_code(self) -> str: ...


def render_document(
    *,
    title: str,
    author: str,
    session: NamedSession,
    created: datetime,
    story: Callable[[], list[Any]],
    page_texts: PageTexts,
    attachment_name: str,
    data: bytes,
    data_description: str,
) -> bytes:
    """The unsigned document: PDF/A-3b, with `data` attached as `attachment_name`."""
    info = DocumentInfo(
        title=title,
        author=author,
        subject=french(
            f"Certification {session.rs_code} « {session.certification_title} » — {session.title}"
        ),
        creator=f"jury-desk {jury_desk.__version__}",
        language=LANGUAGE,
        created=created,
    )
    attachment = Attachment(
        name=attachment_name,
        data=data,
        mime_type=ATTACHMENT_MIME_TYPE,
        description=data_description,
    )
    return make_pdfa3b(build_pdf(story, info, page_texts), info, attachment)
