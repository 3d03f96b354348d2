"""The results file on disk: a tar streamed through age, written atomically, read with caps.

Writing: the tar is produced in a thread and encrypted as it comes
(pyrage.encrypt_io) into a temporary file that replaces the output only once
complete. Reading: the age header is checked before pyrage sees it; the tar
is parsed as a stream, each member's name, type and size checked on its header
before its bytes are read; nothing counts until age has authenticated the file
to its last byte.
"""

from __future__ import annotations

import io
import tarfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from jury_desk.crypto.age_stream import decrypting, encrypt_to_file
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.pipes import produced_stream
from jury_desk.kernel.strict_tar import TAR_READ_ERRORS, StrictTarInfo, TarFormError
from jury_desk.results.layout import (
    DEFAULT_LIMITS,
    FIXED_MEMBERS,
    MINUTES_PDF,
    SHEETS_DIR,
    ResultsLimits,
    is_sheet_file_name,
)


class ResultsFileError(UserError):
    """The results file cannot be read: not ours, not for this key, damaged, or over a cap."""


def write_results_file(
    output: Path, members: Sequence[tuple[str, bytes]], recipient: str, mtime: int
) -> None:
    """Encrypt a tar of `members` (name, bytes), in order, to `recipient`, atomically."""

    def produce(sink: BinaryIO) -> None:
        with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size, info.mtime, info.mode = len(data), mtime, 0o644
                tar.addfile(info, io.BytesIO(data))

    with produced_stream(produce) as stream:
        encrypt_to_file(stream, output, [recipient])


def read_results_file(
    path: Path, identity: str, limits: ResultsLimits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """Every member by name, once age has authenticated the whole file for `identity`."""
    if not path.is_file():
        raise ResultsFileError(QT_TRANSLATE_NOOP("messages", "There is no file {path}."), path=path)
    members: dict[str, bytes] = {}
    keys: set[str] = set()  # names as compared: NFC, ignoring case
    total = 0
    # decrypting() refuses, before pyrage runs, any file that is not age v1 to X25519 keys.
    with decrypting(path, [identity]) as plaintext:
        try:
            # Only ustar and pax headers (StrictTarInfo): base-256 numbers, sparse files and
            # GNU long names are refused on their header.
            with tarfile.open(fileobj=plaintext, mode="r|", tarinfo=StrictTarInfo) as tar:
                for info in tar:
                    _check_member(info, keys, limits)
                    _check_order(info.name, next(reversed(members), None))
                    total += info.size
                    if total > limits.max_total_bytes:
                        raise ResultsFileError(
                            QT_TRANSLATE_NOOP(
                                "messages", "{path}: its files weigh more than {limit} bytes."
                            ),
                            path=path,
                            limit=limits.max_total_bytes,
                        )
                    stream = tar.extractfile(info)
                    assert stream is not None  # a regular file, checked above
                    members[info.name] = stream.read()
        except TarFormError as error:
            raise ResultsFileError(
                QT_TRANSLATE_NOOP("messages", "Refused: in the results file, {reason}."),
                reason=error,
            ) from None
        except TAR_READ_ERRORS as error:
            raise ResultsFileError(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is damaged: its archive cannot be read ({reason})."
                ),
                path=path,
                reason=str(error),
            ) from None
    return members


def _check_member(info: tarfile.TarInfo, keys: set[str], limits: ResultsLimits) -> None:
    name = info.name
    folder, _, file_name = name.partition("/")
    if name not in FIXED_MEMBERS and not (folder == SHEETS_DIR and is_sheet_file_name(file_name)):
        raise ResultsFileError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: the results file holds an unexpected member {name!r}."
            ),
            name=name,
        )
    if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
        raise ResultsFileError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: {name!r} in the results file is not a plain file."
            ),
            name=name,
        )
    key = unicodedata.normalize("NFC", name).casefold()
    if key in keys:
        raise ResultsFileError(
            QT_TRANSLATE_NOOP("messages", "Refused: {name!r} appears twice in the results file."),
            name=name,
        )
    keys.add(key)
    if len(keys) > limits.max_members:
        raise ResultsFileError(
            QT_TRANSLATE_NOOP("messages", "Refused: the results file holds over {limit} files."),
            limit=limits.max_members,
        )
    is_pdf = name == MINUTES_PDF or folder == SHEETS_DIR
    cap = limits.max_pdf_bytes if is_pdf else limits.max_table_bytes
    if info.size > cap:
        raise ResultsFileError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: {name} in the results file is over {limit} bytes."
            ),
            name=name,
            limit=cap,
        )


def _order(name: str) -> int:
    """Where a member comes: results.json, results.csv, minutes.pdf, then the sheets."""
    return FIXED_MEMBERS.index(name) if name in FIXED_MEMBERS else len(FIXED_MEMBERS)


def _check_order(name: str, previous: str | None) -> None:
    # Whether each one is there is results open's to say, not the archive's.
    if previous is not None and _order(name) < _order(previous):
        raise ResultsFileError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: in the results file, {name} should come before {previous}."
            ),
            name=name,
            previous=previous,
        )
