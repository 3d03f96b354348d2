"""Reading the jury and the candidates of session.toml, with their dossier and request files."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from jury_desk.bundle.folder.layout import FILE_KINDS, MEDIA_TYPES
from jury_desk.bundle.folder.limits import (
    MAX_CANDIDATES,
    MAX_DOSSIER_FILES,
    MAX_JURORS,
    MINUTES_MAX,
    SHORT_TEXT_MAX,
)
from jury_desk.bundle.folder.model import FolderCandidate, FolderDocument, FolderJuror
from jury_desk.bundle.folder.reading_session import SessionSection, identifier
from jury_desk.bundle.folder.toml_table import TomlTable, quoted
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.referential import (
    InterviewPlanSpec,
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_JUROR_KEYS = ("id", "name", "email", "role", "request")
_CANDIDATE_KEYS = (
    "id",
    "name",
    "startup",
    "incubator",
    "phase",
    "role",
    "slot",
    "slot_minutes",
    "site_url",
    "product_sheet_url",
    "documents",
)


_DOCUMENT_KEYS = ("kind", "title", "file")


def read_jurors(doc: TomlTable, root: Path) -> tuple[FolderJuror, ...]:
    jurors: list[FolderJuror] = []
    seen: dict[str, str] = {}
    chair: str | None = None
    for table in doc.tables("jurors", _JUROR_KEYS, max_items=MAX_JURORS):
        juror_id = identifier(table, "id", seen)
        name = table.text("name")
        email = table.text("email", max_length=320)
        if not _EMAIL.fullmatch(email):
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "{value} is not an email address"),
                    value=quoted(email),
                ),
                "email",
            )
        role = table.choice("role", tuple(JurorRole))
        if role is JurorRole.CHAIR and chair is not None:
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "a second chair: a jury has exactly one ({chair} is)"
                    ),
                    chair=chair,
                ),
                "role",
            )
        if role is JurorRole.CHAIR:
            chair = table.path
        request = _request_file(table, root) if table.has("request") else None
        jurors.append(FolderJuror(juror_id, name, email, role, request))
    if chair is None:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", 'no juror has role = "chair": a jury needs exactly one'
                )
            ),
            "jurors",
        )
    if all(juror.role is JurorRole.CHAIR for juror in jurors):
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", 'no juror has role = "member": a jury needs at least one'
                )
            ),
            "jurors",
        )
    return tuple(jurors)


def read_candidates(
    doc: TomlTable, root: Path, session: SessionSection, plan: Callable[[], InterviewPlanSpec]
) -> tuple[FolderCandidate, ...]:
    candidates: list[FolderCandidate] = []
    seen: dict[str, str] = {}
    for table in doc.tables("candidates", _CANDIDATE_KEYS, max_items=MAX_CANDIDATES):
        candidate_id = identifier(table, "id", seen)
        candidates.append(
            FolderCandidate(
                id=candidate_id,
                name=table.text("name"),
                startup=table.text("startup"),
                incubator=table.text("incubator"),
                phase=table.text("phase", max_length=SHORT_TEXT_MAX),
                role=table.text("role", max_length=SHORT_TEXT_MAX),
                slot_start=_slot(table, session),
                slot_minutes=_slot_minutes(table, plan),
                site_url=_web_address(table, "site_url"),
                product_sheet_url=_web_address(table, "product_sheet_url"),
                documents=_read_documents(table, root),
            )
        )
    if not candidates:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "no candidate: at least one [[candidates]] block is needed"
                )
            )
        )
    return tuple(candidates)


def _slot(table: TomlTable, session: SessionSection) -> datetime:
    """A local date-time is in the session's time zone; one with an offset is taken as is."""
    moment = table.moment("slot")
    if moment.tzinfo is None:
        aware = moment.replace(tzinfo=session.zone)
        if aware.astimezone(UTC).astimezone(session.zone).replace(tzinfo=None) != moment:
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{moment} does not exist in {zone} (the clocks go forward at that time)",
                    ),
                    moment=f"{moment:%Y-%m-%d %H:%M}",
                    zone=session.timezone,
                ),
                "slot",
            )
    else:
        aware = moment
    local = aware.astimezone(session.zone)
    if not session.starts_on <= local.date() <= session.ends_on:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{moment} ({zone}) is outside the session dates ({starts_on} to {ends_on})",
                ),
                moment=f"{local:%Y-%m-%d %H:%M}",
                zone=session.timezone,
                starts_on=session.starts_on,
                ends_on=session.ends_on,
            ),
            "slot",
        )
    return aware.astimezone(UTC)


def _slot_minutes(table: TomlTable, plan: Callable[[], InterviewPlanSpec]) -> int:
    # By default a slot lasts as long as the interview plan.
    if not table.has("slot_minutes"):
        return plan().total_minutes
    return table.integer("slot_minutes", minimum=1, maximum=MINUTES_MAX)


def _web_address(table: TomlTable, key: str) -> str:
    url = table.text(key, max_length=2000)
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or any(character.isspace() for character in url)
    ):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "{value} is not a web address (expected https://… or http://…)"
                ),
                value=quoted(url),
            ),
            key,
        )
    return url


def _read_documents(candidate: TomlTable, root: Path) -> tuple[FolderDocument, ...]:
    documents: list[FolderDocument] = []
    seen: dict[tuple[int, int], str] = {}
    hints = {
        DocumentKind.SITE_LINK.value: QT_TRANSLATE_NOOP(
            "messages", "{value} comes from the candidate's site_url, not from a document"
        ),
        DocumentKind.PRODUCT_SHEET_LINK.value: QT_TRANSLATE_NOOP(
            "messages", "{value} comes from the candidate's product_sheet_url, not from a document"
        ),
    }
    blocks = candidate.tables(
        "documents", _DOCUMENT_KEYS, max_items=MAX_DOSSIER_FILES, required=False
    )
    for position, table in enumerate(blocks, start=1):
        kind = table.choice("kind", FILE_KINDS, hints)
        title = table.text("title")
        path, identity = _dossier_file(table, root)
        if identity in seen:
            raise table.error(
                Phrase(QT_TRANSLATE_NOOP("messages", "same file as {other}"), other=seen[identity]),
                "file",
            )
        seen[identity] = f"documents[{position}]"
        documents.append(FolderDocument(kind, title, path))
    return tuple(documents)


def _dossier_file(table: TomlTable, root: Path) -> tuple[Path, tuple[int, int]]:
    """An existing, non-empty regular file inside the folder, with an accepted extension."""
    path = inside(table, "file", root)
    shown = quoted(table.text("file"))
    if path.suffix.lower() not in MEDIA_TYPES:
        accepted = ", ".join(MEDIA_TYPES)
        if path.suffix:
            refused = Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", '{value}: "{suffix}" files are not accepted (accepted: {accepted})'
                ),
                value=shown,
                suffix=path.suffix,
                accepted=accepted,
            )
        else:
            refused = Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{value}: a file without extension is not accepted (accepted: {accepted})",
                ),
                value=shown,
                accepted=accepted,
            )
        raise table.error(refused, "file")
    try:
        status = path.lstat()
    except FileNotFoundError:
        raise table.error(
            Phrase(QT_TRANSLATE_NOOP("messages", "{value} does not exist"), value=shown), "file"
        ) from None
    except OSError as exc:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} cannot be read ({reason})"),
                value=shown,
                reason=exc.strerror or str(exc),
            ),
            "file",
        ) from None
    if not stat.S_ISREG(status.st_mode):
        raise table.error(not_regular(shown), "file")
    if status.st_size == 0:
        raise table.error(
            Phrase(QT_TRANSLATE_NOOP("messages", "{value} is empty"), value=shown), "file"
        )
    return path, (status.st_dev, status.st_ino)


def _request_file(table: TomlTable, root: Path) -> Path | None:
    """The request's path; None while the file has not arrived (the bundle build refuses then)."""
    path = inside(table, "request", root)
    if not path.exists():
        return None
    if not path.is_file():
        raise table.error(not_regular(quoted(table.text("request"))), "request")
    return path


def not_regular(shown: str) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("messages", "{value} is not a regular file"), value=shown)


def inside(table: TomlTable, key: str, root: Path) -> Path:
    """A relative path that stays inside the folder, without any symbolic link on the way."""
    text = table.text(key, max_length=1000)
    shown = quoted(text)
    if "\\" in text:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", '{value}: separate folders with "/", not "\\"'),
                value=shown,
            ),
            key,
        )
    relative = PurePosixPath(text)
    if relative.is_absolute() or PureWindowsPath(text).drive:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{value} is an absolute path: give it from the session folder, "
                    'e.g. "dossiers/…"',
                ),
                value=shown,
            ),
            key,
        )
    if ".." in relative.parts:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", '{value} must not contain "..": files stay inside the folder'
                ),
                value=shown,
            ),
            key,
        )
    path = root
    for part in relative.parts:
        path = path / part
        if path.is_symlink():
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{value}: {link} is a symbolic link (not accepted: "
                        "copy the file into the session folder)",
                    ),
                    value=shown,
                    link=path.relative_to(root).as_posix(),
                ),
                key,
            )
    if not path.resolve().is_relative_to(root):  # belt and braces: junctions, mount tricks
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} leads outside the session folder"),
                value=shown,
            ),
            key,
        )
    return path
