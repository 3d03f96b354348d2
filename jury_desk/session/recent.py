"""The sessions opened lately in a data folder, for the welcome page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.kernel.paths import workspace_path, workspaces_dir

_FILE = "recent-sessions.json"
_KEEP = 10
_MAX_BYTES = 1024 * 1024  # ten entries of an id, a title and a time


@dataclass(frozen=True)
class RecentSession:
    session_id: str
    title: str
    opened_at: datetime
    # When its workspace may be deleted (rules.deadlines.workspace_kept_until); None: unknown.
    keep_until: date | None = None


def read_recent(home: Path) -> list[RecentSession]:
    """The sessions of this data folder, last opened first: every workspace in it is listed,
    however it was made (the window, the command line, a copied folder)."""
    listed = [s for s in _read_list(home) if workspace_path(home, s.session_id).exists()]
    known = {s.session_id for s in listed}
    # A workspace the list does not know: its id (its title is inside, encrypted) and the
    # time its file last changed.
    unlisted = [
        RecentSession(path.parent.name, path.parent.name, _modified(path))
        for path in workspaces_dir(home).glob("*/workspace.db")
        if path.parent.name not in known
    ]
    return sorted([*listed, *unlisted], key=lambda s: s.opened_at, reverse=True)


def _read_list(home: Path) -> list[RecentSession]:
    try:
        # A plain file of the data folder: read within bounds, so a damaged one is only lost.
        entries = load_outside_json((home / _FILE).read_bytes(), max_bytes=_MAX_BYTES)
        return [
            RecentSession(
                e["session_id"],
                e["title"],
                datetime.fromisoformat(e["opened_at"]),
                date.fromisoformat(e["keep_until"]) if e.get("keep_until") else None,
            )
            for e in entries
        ]
    except (OSError, OutsideJsonError, ValueError, KeyError, TypeError):
        return []  # a lost list of recent sessions costs nothing: start a new one


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def remember_recent(
    home: Path, session_id: str, title: str, when: datetime, keep_until: date | None = None
) -> None:
    """The session first on the welcome page's list; its keep-until date kept if not given."""
    earlier = {s.session_id: s for s in _read_list(home)}
    known = earlier.get(session_id)
    keep = keep_until or (known.keep_until if known is not None else None)
    others = [s for s in earlier.values() if s.session_id != session_id]
    _write(home, [RecentSession(session_id, title, when, keep), *others][:_KEEP])


def forget_recent(home: Path, session_id: str) -> None:
    """The session off the welcome page's list (its workspace was deleted)."""
    _write(home, [s for s in _read_list(home) if s.session_id != session_id])


def _write(home: Path, sessions: list[RecentSession]) -> None:
    data = [
        {
            "session_id": s.session_id,
            "title": s.title,
            "opened_at": s.opened_at.isoformat(),
            **({"keep_until": s.keep_until.isoformat()} if s.keep_until else {}),
        }
        for s in sessions
    ]
    write_atomically(home / _FILE, json.dumps(data, ensure_ascii=False, indent=1).encode())
