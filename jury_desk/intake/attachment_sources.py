"""The files of an attachments source, a folder or a ZIP, read with the same guards and caps.

A folder is walked without following a single link: a link could point at the
organiser's home, or loop. Only regular files are read, each through the
kernel's guard; the counts and sizes are those of a ZIP (limits.ATTACHMENTS_CAPS).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import ATTACHMENTS_CAPS, ZipCaps
from jury_desk.intake.one_line import shown
from jury_desk.intake.relative_paths import UniqueNames, checked_parts, is_junk
from jury_desk.intake.zip_reading import ZipEntry, read_zip
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import (
    FileCap,
    read_outside_file,
    require_regular_file,
    size_in_words,
)

_ATTACHMENT_CAP = FileCap(
    QT_TRANSLATE_NOOP("messages", "a candidate's attachment"), ATTACHMENTS_CAPS.max_file_bytes
)


def source_files(source: Path, caps: ZipCaps = ATTACHMENTS_CAPS) -> tuple[ZipEntry, ...]:
    """The regular files of the folder or .zip `source`, junk left out; else IntakeError."""
    try:
        is_folder = stat.S_ISDIR(source.stat().st_mode)  # the source itself is the user's choice
    except OSError as exc:
        raise _unreadable(source, exc) from None
    if is_folder:
        return _FolderWalk(source, caps).files()
    if source.suffix.casefold() != ".zip":
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} is neither a folder nor a ZIP archive."),
            source=shown(source.name),
        )
    require_regular_file(source)
    try:
        with source.open("rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                require_regular_file(source)  # swapped since: says what it is now
            return read_zip(file, shown(source.name), caps)
    except OSError as exc:
        raise _unreadable(source, exc) from None


class _FolderWalk:
    """One walk of a folder: the files read so far, their total, the names met."""

    def __init__(self, root: Path, caps: ZipCaps) -> None:
        self._root = root
        self._source = shown(root.name)  # as messages name it
        self._caps = caps
        self._names = UniqueNames(self._source)
        self._entries = 0
        self._total = 0
        self._files: list[ZipEntry] = []

    def files(self) -> tuple[ZipEntry, ...]:
        self._walk(self._root, ())
        return tuple(self._files)

    def _walk(self, folder: Path, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda child: child.name)
        except OSError as exc:
            raise _unreadable(folder, exc) from None
        for child in children:
            self._entries += 1
            if self._entries > self._caps.max_entries:
                raise IntakeError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{source} holds more than {limit} files and folders."
                    ),
                    source=self._source,
                    limit=self._caps.max_entries,
                )
            self._visit(child, parts)

    def _visit(self, child: os.DirEntry[str], parts: tuple[str, ...]) -> None:
        path = "/".join((*parts, child.name))
        child_parts = checked_parts(path, self._source)
        self._names.add("/".join(child_parts))
        if child.is_symlink():
            raise IntakeError(
                QT_TRANSLATE_NOOP("messages", "{source} holds a link, {name}: links are refused."),
                source=self._source,
                name=shown(path),
            )
        if child.is_dir(follow_symlinks=False):
            self._walk(Path(child.path), (*parts, child.name))
        elif not child.is_file(follow_symlinks=False):
            raise IntakeError(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} holds {name}, which is not an ordinary file."
                ),
                source=self._source,
                name=shown(path),
            )
        elif not is_junk(child_parts):
            self._read(Path(child.path), "/".join(child_parts))

    def _read(self, path: Path, relative: str) -> None:
        data = read_outside_file(path, FileCap(_ATTACHMENT_CAP.what, self._caps.max_file_bytes))
        self._total += len(data)
        if self._total > self._caps.max_total_bytes:
            raise IntakeError(
                QT_TRANSLATE_NOOP("messages", "{source} holds more than the {cap} allowed in all."),
                source=self._source,
                cap=size_in_words(self._caps.max_total_bytes),
            )
        self._files.append(ZipEntry(relative, data))


def _unreadable(path: Path, exc: OSError) -> IntakeError:
    return IntakeError(
        QT_TRANSLATE_NOOP("messages", "Cannot read {source} ({reason})."),
        source=shown(path.name),
        reason=exc.strerror or type(exc).__name__,
    )
