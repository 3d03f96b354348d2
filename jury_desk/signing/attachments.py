"""Reading a file attached to a PDF (a PDF/A-3 associated file), from the bytes of one revision.

Given `SignatureCheck.signed_revision_bytes`, this reads the attachment as it was signed,
whatever later updates appended to the file.
"""

from __future__ import annotations

import pikepdf

from jury_desk.signing.pdf_reading import damaged, open_with_pikepdf


def embedded_file(revision_bytes: bytes, name: str) -> bytes | None:
    """The content of the file attached as `name`, or None if there is none by that name.

    Looked up in the EmbeddedFiles name tree (by key, then by file name), then among the
    document's associated files (/AF). SheetSignatureError if the bytes are not a readable PDF.
    """
    with open_with_pikepdf(revision_bytes) as pdf:
        return attached_file(pdf, name)


def attached_file(pdf: pikepdf.Pdf, name: str) -> bytes | None:
    """`embedded_file` in a document already open (`open_with_pikepdf`)."""
    try:
        found = _from_name_tree(pdf, name)
        return found if found is not None else _from_associated_files(pdf, name)
    except pikepdf.PdfError as error:
        raise damaged(error) from None


def _from_name_tree(pdf: pikepdf.Pdf, name: str) -> bytes | None:
    attachments = pdf.attachments
    spec = attachments.get(name)
    if spec is None:
        spec = next((s for s in attachments.values() if s.filename == name), None)
    if spec is None:
        return None
    return bytes(spec.get_file().read_bytes())


def _from_associated_files(pdf: pikepdf.Pdf, name: str) -> bytes | None:
    associated = pdf.Root.get("/AF")
    if not isinstance(associated, pikepdf.Array):
        return None
    for spec in associated:
        if not isinstance(spec, pikepdf.Dictionary):
            continue
        names = {str(spec.get(key, "")) for key in ("/UF", "/F")}
        streams = spec.get("/EF")
        if name in names and isinstance(streams, pikepdf.Dictionary):
            stream = streams.get("/UF", streams.get("/F"))
            if isinstance(stream, pikepdf.Stream):
                return bytes(stream.read_bytes())
    return None
