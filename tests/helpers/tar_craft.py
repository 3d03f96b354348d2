"""Tars written as jury-desk's writers write them, for tests that then damage them."""

from __future__ import annotations

import io
import tarfile


def plain_tar(
    members: list[tuple[str, bytes]], pax: dict[str, dict[str, str]] | None = None
) -> tuple[bytearray, dict[str, int]]:
    """A tar of `members` as the writer makes it, and where each member's header block is."""
    buffer = io.BytesIO()
    headers: dict[str, int] = {}
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            info.pax_headers = (pax or {}).get(name, {})
            headers[name] = tar.offset
            tar.addfile(info, io.BytesIO(data))
    return bytearray(buffer.getvalue()), headers
