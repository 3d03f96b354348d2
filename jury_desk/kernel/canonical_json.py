"""jury-desk's two canonical JSON forms. Both feed hashes: their output must never change.

- `document_json`: the data of a signed document (sheet, minutes, results),
  attached to it and hashed on every page: sorted keys, UTF-8 unescaped,
  two-space indent, a final newline, so that a person can read it too.
- `journal_json`: the workspace journal's payloads and the material of its
  hash chain: sorted keys, no spaces, UTF-8 unescaped, on one line.

Sorted keys make the same data always give the same bytes; the two differ in
layout only, and each is named for what it feeds.
"""

from __future__ import annotations

import json
from typing import Any


def document_json(document: Any) -> bytes:
    """Sorted keys, UTF-8 unescaped, two-space indent, final newline."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2)
    return text.encode("utf-8") + b"\n"


def journal_json(data: Any) -> str:
    """Sorted keys, no spaces, UTF-8 unescaped, one line."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
