"""The name signed minutes are written and kept under.

Apart from export.py so that importing co-signed minutes, which names them too, loads no
PDF renderer.
"""

from __future__ import annotations


def minutes_file_name(session_id: str, revision: int, *, cosigned: bool = False) -> str:
    return f"proces-verbal-{session_id}-r{revision}{'-cosigne' if cosigned else ''}.pdf"
