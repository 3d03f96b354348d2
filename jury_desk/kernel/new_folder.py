"""Writing files that came from outside into a new folder, whole, and nowhere else.

The target is refused if it is a link, anything but a folder, or a folder with something
in it: nothing already there is ever written through or over. The files are written into
a fresh private folder made beside the target (so on the same file system), each created
there as a new regular file that follows no link (O_CREAT | O_EXCL | O_NOFOLLOW) and
flushed to disk; the folder is then renamed onto the target, so the target holds every
file or none. A rename onto a link, a file or a folder that is not empty fails: a target
that changed meanwhile is refused, not followed.

File names come from the outside file: each must be one plain name (no separator, not
`.` or `..`), in at most one subfolder the writing makes itself.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from jury_desk.kernel.atomic import fsync_directory
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

# A new file, never an existing one or what a link points to; binary on Windows.
_CREATE_NEW = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where the folder is ours alone
    | getattr(os, "O_BINARY", 0)
)
_SEPARATORS = frozenset({"/", "\\", "\0", ":"})


class FolderTargetError(UserError):
    """The folder to write into is refused or cannot be written; nothing was written."""


def check_new_folder(target: Path) -> None:
    """Refuse, before any work, a target that is a link, not a folder, or not empty."""
    try:
        status = target.lstat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise FolderTargetError(
                QT_TRANSLATE_NOOP(
                    "messages", "Refused: there is no folder {parent} to make {path} in."
                ),
                parent=target.parent,
                path=target,
            ) from None
        return
    except OSError as error:
        raise _cannot(target, error) from None
    if stat.S_ISLNK(status.st_mode):
        raise FolderTargetError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: {path} is a link; give a new folder or an empty one."
            ),
            path=target,
        )
    if not stat.S_ISDIR(status.st_mode):
        raise FolderTargetError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: {path} is not a folder; give a new folder or an empty one."
            ),
            path=target,
        )
    try:
        with os.scandir(target) as entries:
            empty = next(entries, None) is None
    except OSError as error:
        raise _cannot(target, error) from None
    if not empty:
        raise FolderTargetError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Refused: the folder {path} is not empty; give a new folder or an empty one.",
            ),
            path=target,
        )


def write_new_folder(target: Path, files: Mapping[str, bytes], mode: int = 0o644) -> list[Path]:
    """Write `files` ("name" or "folder/name": bytes) as the folder `target`; their paths.

    FolderTargetError if the target is refused (`check_new_folder`) or cannot be written,
    or if a name is not plain; then nothing is left behind.
    """
    # Absolute, so that "." or "out/.." still names a folder with a parent to work in;
    # not resolve(), which would follow a link standing for the target.
    target = Path(os.path.abspath(target))  # noqa: PTH100
    check_new_folder(target)
    names = {name: _plain_parts(name) for name in files}
    try:
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        )
    except OSError as error:
        raise _cannot(target, error) from None
    try:
        for name, data in files.items():
            _write_new_file(staging, names[name], data, mode)
        fsync_directory(staging)
        if os.name != "posix" and target.is_dir() and not target.is_symlink():
            # Windows renames onto nothing that exists; POSIX replaces an empty folder
            # in one step and fails on a folder that is no longer empty.
            target.rmdir()
        staging.rename(target)  # fails onto a link, a file or a folder with anything in it
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _cannot(target, error) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_directory(target.parent)
    return [target.joinpath(*names[name]) for name in files]


def _plain_parts(name: str) -> tuple[str, ...]:
    parts = tuple(name.split("/"))
    plain = all(part not in ("", ".", "..") and not (_SEPARATORS & set(part)) for part in parts)
    if len(parts) > 2 or not plain:
        raise FolderTargetError(
            QT_TRANSLATE_NOOP("messages", "Refused: {name!r} is not a plain file name."),
            name=name,
        )
    return parts


def _write_new_file(staging: Path, parts: tuple[str, ...], data: bytes, mode: int) -> None:
    *folders, name = parts
    folder = staging.joinpath(*folders)
    if folders and not folder.is_dir():
        folder.mkdir(mode=0o755)  # fails on anything already there, a link included
    with os.fdopen(os.open(folder / name, _CREATE_NEW, mode), "wb") as handle:
        if hasattr(os, "fchmod"):  # the mode itself, whatever the umask; absent on Windows
            os.fchmod(handle.fileno(), mode)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if folders:
        fsync_directory(folder)


def _cannot(path: Path, error: OSError) -> FolderTargetError:
    return FolderTargetError(
        QT_TRANSLATE_NOOP("messages", "Cannot write into {path}: {reason}."),
        path=path,
        reason=error.strerror or type(error).__name__,
    )
