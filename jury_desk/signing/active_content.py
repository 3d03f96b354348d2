"""Refusing a signed PDF that could act when opened: scripts, programs, files inside it.

jury-desk's documents are forms to read and sign: nothing in them runs, reaches out or
carries a file, except the JSON data jury-desk attaches itself. A PDF handed to jury-desk
to verify (a sheet, the minutes, the documents of a results file) is refused if any
object its cross-reference lists, referenced or not, is or holds:

- an action that runs a script, starts a program, sends or fetches data, opens another
  or an embedded file, or plays media (`_ACTIONS`), wherever it hangs: /OpenAction, /AA,
  a link, an outline item, a /Next chain, the document's /JavaScript names;
- JavaScript in any other place: a /JS entry, an XFA form (whose XML carries scripts);
- an annotation that carries a file or media (`_ANNOTATIONS`): /FileAttachment above all;
- an embedded file other than jury-desk's own data: a file specification whose embedded
  file is named otherwise, or an embedded file stream whose MIME type is not
  application/json (docs/sheet-format.md, docs/minutes-format.md).

The signature does not make such content harmless: a juror could sign a sheet doctored
before signing, and the organiser opens every document of a results file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import TypeGuard

import pikepdf

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.pdf.pdfa import ATTACHMENT_MIME_TYPE
from jury_desk.signing.errors import SheetSignatureError
from jury_desk.signing.pdf_reading import check_looks_like_pdf, damaged

# Action types (the /S of an action dictionary) that do more than move within the document.
_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToR",
        "/GoToE",
        "/URI",
        "/Rendition",
        "/RichMediaExecute",
        "/Sound",
        "/Movie",
    }
)
# Annotation subtypes that embed a file or media (3D and rich media can carry scripts too).
_ANNOTATIONS = frozenset({"/FileAttachment", "/RichMedia", "/3D", "/Screen", "/Movie", "/Sound"})
# Any name `_judge` may refuse for, as a prefix: the rest of the walk is spared objects
# without one. /EF and /EmbeddedFile mark embedded files, jury-desk's own included.
_WATCHED = re.compile(
    b"|".join(
        re.escape(name.encode("ascii"))
        for name in sorted(_ACTIONS | _ANNOTATIONS | {"/JS", "/XFA", "/EF", "/EmbeddedFile"})
    )
)
_MIME_TYPE = f"/{ATTACHMENT_MIME_TYPE}"  # a PDF name: /application#2Fjson, read back decoded


def refuse_active_content(pdf: bytes, attachment: str) -> None:
    """SheetSignatureError, in one line naming what and where, if `pdf` holds active content.

    `attachment` is the name of the one file jury-desk itself attaches (its JSON data).
    """
    check_looks_like_pdf(pdf)
    try:
        # No recovery: the objects judged are those of the file as written.
        with pikepdf.open(io.BytesIO(pdf), attempt_recovery=False) as document:
            refuse_active_content_in(document, attachment)
    except (pikepdf.PdfError, RecursionError) as error:
        raise damaged(error) from None


def refuse_active_content_in(document: pikepdf.Pdf, attachment: str) -> None:
    """`refuse_active_content` on a document already open (`open_with_pikepdf`)."""
    try:
        for number, dictionary in _dictionaries(document):
            _judge(dictionary, number, attachment)
    except (pikepdf.PdfError, RecursionError) as error:
        raise damaged(error) from None


def _dictionaries(document: pikepdf.Pdf) -> Iterator[tuple[int, pikepdf.Object]]:
    """Every dictionary of the document (a stream's too), with its indirect object's number.

    Indirect objects are listed once each by `document.objects`; the direct dictionaries
    and arrays nested in them (an /OpenAction written inline) are walked here, with a
    stack rather than recursion: a hostile file may nest them deeply.
    """
    for top in document.objects:
        if not isinstance(top, pikepdf.Dictionary | pikepdf.Array | pikepdf.Stream):
            continue  # a number, a string, a free entry (None): nothing to act
        if not _may_act(top):
            continue
        number = top.objgen[0]
        stack: list[pikepdf.Object] = [top]
        while stack:
            item = stack.pop()
            if isinstance(item, pikepdf.Stream):
                item = item.stream_dict
            children: list[object]
            if isinstance(item, pikepdf.Dictionary):
                yield number, item
                children = list(item.values())
            elif isinstance(item, pikepdf.Array):
                children = list(item)
            else:
                continue
            # Numbers and names come back as Python values; an indirect child is an
            # object of its own in `document.objects`.
            stack += [child for child in children if _direct_container(child)]


def _may_act(top: pikepdf.Object) -> bool:
    """False if no name `_judge` refuses for appears in the object's own text.

    Walking an object from Python costs about ten times writing it out in C++ (fonts'
    width arrays above all), and most objects hold none of these names. Its text has
    its direct dictionaries and arrays, its indirect ones as references (objects of
    their own), and each name in QPDF's normal form, escaped only where it must be: a
    name written /J#61vaScript in the file is /JavaScript here, as `_judge` sees it.
    """
    dictionary = top.stream_dict if isinstance(top, pikepdf.Stream) else top
    return _WATCHED.search(dictionary.unparse(resolved=True)) is not None


def _direct_container(value: object) -> TypeGuard[pikepdf.Object]:
    return isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect


def _judge(dictionary: pikepdf.Object, number: int, attachment: str) -> None:
    kind = _name(dictionary.get("/S"))
    if kind in _ACTIONS and _name(dictionary.get("/Type")) in (None, "/Action"):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries an action of type {kind} (object {number}): "
                "jury-desk refuses active content.",
            ),
            kind=kind.removeprefix("/"),
            number=number,
        )
    if "/JS" in dictionary or "/XFA" in dictionary:
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries JavaScript (object {number}): "
                "jury-desk refuses active content.",
            ),
            number=number,
        )
    subtype = _name(dictionary.get("/Subtype"))
    if subtype in _ANNOTATIONS and _name(dictionary.get("/Type")) in (None, "/Annot"):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries an annotation of type {kind} (object {number}): "
                "jury-desk refuses active content and embedded files.",
            ),
            kind=subtype.removeprefix("/"),
            number=number,
        )
    if not _own_attachment(dictionary, attachment):
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The document carries an embedded file other than its data {attachment} "
                "(object {number}): jury-desk refuses embedded files.",
            ),
            attachment=attachment,
            number=number,
        )


def _own_attachment(dictionary: pikepdf.Object, attachment: str) -> bool:
    """False for an embedded file, or a file specification embedding one, not jury-desk's own."""
    if _name(dictionary.get("/Type")) == "/EmbeddedFile":
        return _name(dictionary.get("/Subtype")) == _MIME_TYPE
    streams = dictionary.get("/EF")
    if streams is None:
        return True
    names = {str(dictionary[key]) for key in ("/F", "/UF") if key in dictionary}
    if names != {attachment} or not isinstance(streams, pikepdf.Dictionary):
        return False
    return all(
        isinstance(stream, pikepdf.Stream)
        and _name(stream.stream_dict.get("/Subtype")) == _MIME_TYPE
        for stream in streams.values()
    )


def _name(value: pikepdf.Object | None) -> str | None:
    return str(value) if isinstance(value, pikepdf.Name) else None
