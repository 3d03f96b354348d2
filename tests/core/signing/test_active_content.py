"""Active content is found however its names are written in the file."""

from __future__ import annotations

import io

import pikepdf
import pytest

from jury_desk.signing.active_content import refuse_active_content
from jury_desk.signing.errors import SheetSignatureError


def _with_open_action(**action: pikepdf.Object) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.OpenAction = pikepdf.Dictionary(**action)
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    return out.getvalue()


def test_a_plain_document_passes() -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    refuse_active_content(out.getvalue(), "scoring-sheet.json")


def test_an_action_named_with_escapes_is_refused() -> None:
    # /J#61vaScript is /JavaScript: two bytes longer, taken from the padding of the
    # same object's string, so that every offset of the cross-reference still holds.
    written = _with_open_action(S=pikepdf.Name("/JavaScript"), Pad=pikepdf.String("xx"))
    escaped = written.replace(b"/JavaScript", b"/J#61vaScript").replace(b"(xx)", b"()")
    assert len(escaped) == len(written)
    with pytest.raises(SheetSignatureError, match="action of type JavaScript"):
        refuse_active_content(escaped, "scoring-sheet.json")


def test_a_script_key_named_with_escapes_is_refused() -> None:
    written = _with_open_action(S=pikepdf.Name("/GoTo"), JS=pikepdf.String("app.alert(1)xx"))
    escaped = written.replace(b"/JS ", b"/J#53 ").replace(b"xx)", b")")
    assert len(escaped) == len(written)
    with pytest.raises(SheetSignatureError, match="JavaScript"):
        refuse_active_content(escaped, "scoring-sheet.json")
