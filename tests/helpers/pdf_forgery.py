"""Forged PDFs, made the way an attacker would: an incremental update appended to signed bytes."""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def replace_attachment(pdf: bytes, name: str, data: bytes) -> bytes:
    """An incremental update that swaps the stream of the file attached as `name`."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    index = [str(item) for item in names].index(name)
    streams = names[index + 1]["/EF"]
    # Typed as jury-desk types its own (application/json), as a careful forger would.
    forged = writer.add_object(
        generic.StreamObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile"),
                generic.pdf_name("/Subtype"): generic.pdf_name("/application/json"),
            },
            stream_data=data,
        )
    )
    for key in ("/F", "/UF"):
        if key in streams:
            streams[generic.pdf_name(key)] = forged
    writer.update_container(streams)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def retitle(pdf: bytes, title: str) -> bytes:
    """An incremental update that only changes the document's title."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = writer.set_info(generic.DictionaryObject())
    info.get_object()[generic.pdf_name("/Title")] = generic.TextStringObject(title)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
