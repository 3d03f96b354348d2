"""The path of a file inside an attachments source, checked and normalised.

A name from a ZIP is whatever its writer put: « ../../.bashrc », « /etc/x »,
« C:\\x », « a\\..\\b » (a backslash is a separator on Windows only, so the same
name means two things). Each is refused, not repaired. What passes is split into
parts, each in Unicode NFC (macOS writes names decomposed).
"""

from __future__ import annotations

import re
import unicodedata

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import MAX_PATH_CHARACTERS
from jury_desk.intake.one_line import shown
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase

# Files an operating system leaves behind, never an applicant's document.
_JUNK_FOLDERS = frozenset(("__macosx",))
_JUNK_FILES = frozenset((".ds_store", "thumbs.db", "desktop.ini"))
_DRIVE = re.compile(r"[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def checked_parts(name: str, source: object) -> tuple[str, ...]:
    """`name`'s parts in NFC, or IntakeError when it could land outside its folder."""
    reason = _unsafe_reason(name)
    if reason is not None:
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages", "{source} holds an entry with an unsafe name, {name}: {reason}."
            ),
            source=source,
            name=shown(name),
            reason=reason,
        )
    return tuple(unicodedata.normalize("NFC", part) for part in name.split("/"))


def _unsafe_reason(name: str) -> Phrase | None:
    checks = (
        (not name, QT_TRANSLATE_NOOP("messages", "an empty name")),
        (len(name) > MAX_PATH_CHARACTERS, QT_TRANSLATE_NOOP("messages", "a name too long")),
        (name.startswith("/"), QT_TRANSLATE_NOOP("messages", "an absolute path")),
        ("\\" in name, QT_TRANSLATE_NOOP("messages", "a backslash")),
        (_DRIVE.match(name) is not None, QT_TRANSLATE_NOOP("messages", "a drive letter")),
        (_CONTROL.search(name) is not None, QT_TRANSLATE_NOOP("messages", "a control character")),
        (".." in name.split("/"), QT_TRANSLATE_NOOP("messages", "a parent folder (..)")),
        (
            any(part in ("", ".") for part in name.split("/")),
            QT_TRANSLATE_NOOP("messages", "an empty folder name"),
        ),
    )
    return next((Phrase(reason) for failed, reason in checks if failed), None)


def is_junk(parts: tuple[str, ...]) -> bool:
    """Left by macOS or Windows (__MACOSX/, .DS_Store, ._x, Thumbs.db, desktop.ini)."""
    last = parts[-1].casefold()
    return (
        any(part.casefold() in _JUNK_FOLDERS for part in parts)
        or last in _JUNK_FILES
        or last.startswith("._")
    )


class UniqueNames:
    """The paths met so far in a source: two one system would take for one file (case, accents
    composed or not) are refused, as extracting them would keep only one."""

    def __init__(self, source: object) -> None:
        self._source = source
        self._seen: dict[str, str] = {}

    def add(self, path: str) -> None:
        key = unicodedata.normalize("NFC", path).casefold()
        if key in self._seen:
            raise IntakeError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{source} holds two entries that differ only by case or accents: {first} and "
                    "{second}.",
                ),
                source=self._source,
                first=shown(self._seen[key]),
                second=shown(path),
            )
        self._seen[key] = path
