"""Store errors the user can act on, told apart from bugs.

SQLite reports environment problems (disk full, read-only, locked, wrong key)
as exceptions like any other; `classify` turns those into a clear `UserError`
and leaves everything else to propagate as a bug.
"""

from __future__ import annotations

from pathlib import Path

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


class StoreError(UserError):
    """A workspace cannot be used as it is; the message says why and what to do."""


class WrongKeyError(StoreError):
    pass


class CorruptWorkspaceError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class WorkspaceBusyError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


_READ_ONLY = QT_TRANSLATE_NOOP(
    "messages", "The workspace {path} is read-only: check the folder's permissions."
)

# (fragment of SQLite's message, error class, message template); a template names
# {path}, and {detail} (SQLite's own words) where it says so.
_KNOWN: tuple[tuple[str, type[StoreError], str], ...] = (
    (
        "file is not a database",
        WrongKeyError,
        QT_TRANSLATE_NOOP(
            "messages",
            "Cannot open the workspace {path}: wrong key, or the file is not a jury-desk "
            "workspace.",
        ),
    ),
    (
        "malformed",
        CorruptWorkspaceError,
        QT_TRANSLATE_NOOP(
            "messages", "The workspace {path} is damaged ({detail}); restore it from a backup."
        ),
    ),
    (
        "disk is full",
        DiskFullError,
        QT_TRANSLATE_NOOP(
            "messages",
            "The disk holding {path} is full: free some space; nothing already saved is lost.",
        ),
    ),
    ("readonly", ReadOnlyError, _READ_ONLY),
    ("read-only", ReadOnlyError, _READ_ONLY),
    (
        "database is locked",
        WorkspaceBusyError,
        QT_TRANSLATE_NOOP(
            "messages",
            "The workspace {path} is in use by another program: close it and try again.",
        ),
    ),
    (
        "unable to open database",
        ReadOnlyError,
        QT_TRANSLATE_NOOP(
            "messages",
            "Cannot open the workspace {path}: check that the folder exists and is writable.",
        ),
    ),
)


def classify(exc: BaseException, path: Path) -> StoreError | None:
    """The user-facing error for an environment failure, or None if `exc` is a bug."""
    detail = str(getattr(exc, "orig", None) or exc)
    lowered = detail.lower()
    for fragment, error_class, template in _KNOWN:
        if fragment in lowered:
            if "{detail}" in template:
                return error_class(template, path=path, detail=detail)
            return error_class(template, path=path)
    return None
