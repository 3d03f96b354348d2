"""The organiser's session folder: `session.toml`, the dossier files, the enrolment requests.

    <folder>/
      session.toml          session, levels, competencies, decision rule, plan, jury, candidates
      dossiers/<id>/…       each candidate's dossier files, declared in session.toml
      requests/<id>.json    each juror's enrolment request, declared in session.toml

`scaffold` writes a commented example for the organiser to edit; `load_folder`
checks a folder and reports the first problem, in the file's order, on one
line naming the file and the key path (positions in a list of blocks count
from 1, as a person counts the `[[candidates]]` blocks); `write_folder` writes
a folder from a `SessionSpec` (the demo generator). Limits follow the bundle
manifest's JSON Schema, so a folder that loads also makes a valid manifest.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import stat
import tempfile
import tomllib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from functools import cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Final, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import tomli_w

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.models.enums import DecisionRuleKind, DocumentKind, JurorRole
from jury_desk.rules.referential import (
    CompetencySpec,
    DecisionRuleSpec,
    InterviewPlanSpec,
    LevelSpec,
    PhaseSpec,
    ReferentialSpec,
)
from jury_desk.rules.rs6247 import rs6247_referential
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec

FOLDER_FORMAT_VERSION = 1
SESSION_FILE = "session.toml"
DOSSIERS_DIR = "dossiers"
REQUESTS_DIR = "requests"
README_FILE = "LISEZMOI.txt"
DEFAULT_TIMEZONE = "Europe/Paris"

# The two links of a dossier become documents with these titles (as in the demo).
SITE_LINK_TITLE = "Site de la start-up"
PRODUCT_SHEET_LINK_TITLE = "Fiche produit"
LINK_MEDIA_TYPE = "text/uri-list"

_OPENXML = "application/vnd.openxmlformats-officedocument"
_OPENDOCUMENT = "application/vnd.oasis.opendocument"
MEDIA_TYPES: Final[dict[str, str]] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".xlsx": f"{_OPENXML}.spreadsheetml.sheet",
    ".ods": f"{_OPENDOCUMENT}.spreadsheet",
    ".odp": f"{_OPENDOCUMENT}.presentation",
    ".pptx": f"{_OPENXML}.presentationml.presentation",
    ".docx": f"{_OPENXML}.wordprocessingml.document",
    ".odt": f"{_OPENDOCUMENT}.text",
}
# The first extension listed for a media type is the one written (.jpg, not .jpeg).
_EXTENSION_FOR: Final[dict[str, str]] = {
    media_type: extension for extension, media_type in reversed(MEDIA_TYPES.items())
}

_LINK_KINDS = (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK)
FILE_KINDS: Final[tuple[DocumentKind, ...]] = tuple(
    kind for kind in DocumentKind if kind not in _LINK_KINDS
)

_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
_COMPETENCY_CODE = re.compile(r"[A-Za-z0-9_-]{1,16}")
_PHASE_CODE = re.compile(r"[a-z0-9_-]{1,32}")
_RS_CODE = re.compile(r"RS[0-9]{1,8}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")
_TOML_AT = re.compile(
    r"(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)"
)

# Limits of the bundle manifest's schema (resources/schemas/session-manifest-v1.schema.json).
_TEXT_MAX = 500
_LONG_TEXT_MAX = 10_000
_SHORT_TEXT_MAX = 100
_MINUTES_MAX = 600

_TOP_KEYS = (
    "format",
    "session",
    "levels",
    "competencies",
    "decision_rule",
    "interview_plan",
    "jurors",
    "candidates",
)
_SESSION_KEYS = (
    "id",
    "title",
    "certification_title",
    "rs_code",
    "starts_on",
    "ends_on",
    "version",
    "decision_delay_months",
    "timezone",
)
_LEVEL_KEYS = ("label", "passing")
_COMPETENCY_KEYS = ("code", "title", "description", "criteria", "descriptors")
_RULE_KEYS = ("kind", "minimum_passing")
_PLAN_KEYS = ("warning_marks_minutes", "phases")
_PHASE_KEYS = ("code", "title", "minutes")
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

_E = TypeVar("_E", bound=StrEnum)


class FolderError(UserError):
    """The organiser's folder cannot be used as it is; the message names the file and the key."""


@dataclass(frozen=True)
class FolderDocument:
    kind: DocumentKind
    title: str
    path: Path  # absolute, a regular file inside the folder

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.path.suffix.lower()]


@dataclass(frozen=True)
class FolderCandidate:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime  # aware, UTC
    slot_minutes: int
    site_url: str
    product_sheet_url: str
    documents: tuple[FolderDocument, ...]


@dataclass(frozen=True)
class FolderJuror:
    id: str
    name: str
    email: str
    role: JurorRole
    # None until the juror's request file is in the folder: the bundle build refuses then.
    request: Path | None


@dataclass(frozen=True, kw_only=True)
class OrganiserFolder:
    root: Path
    session_id: str
    title: str
    certification_title: str
    rs_code: str
    starts_on: date
    ends_on: date
    version: int
    decision_delay_months: int
    timezone: str = DEFAULT_TIMEZONE
    rule: DecisionRuleSpec
    plan: InterviewPlanSpec
    referential: ReferentialSpec
    jurors: tuple[FolderJuror, ...]
    candidates: tuple[FolderCandidate, ...]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def session_spec(
        self,
        issued_at: datetime,
        jurors: tuple[JurorSpec, ...],
        candidates: tuple[CandidateSpec, ...] | None = None,
    ) -> SessionSpec:
        """The session; its candidates as given, else with every document read from the folder.

        The bundle builder gives candidates whose documents are only hashed, so that
        large dossiers are streamed rather than held in memory.
        """
        if issued_at.tzinfo is None:
            raise ValueError("issued_at must be an aware datetime")
        return SessionSpec(
            id=self.session_id,
            title=self.title,
            certification_title=self.certification_title,
            rs_code=self.rs_code,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            version=self.version,
            issued_at=issued_at,
            decision_delay_months=self.decision_delay_months,
            rule=self.rule,
            plan=self.plan,
            referential=self.referential,
            candidates=(
                candidates
                if candidates is not None
                else tuple(_candidate_spec(candidate) for candidate in self.candidates)
            ),
            jurors=jurors,
        )


def _candidate_spec(candidate: FolderCandidate) -> CandidateSpec:
    links = (
        _link(DocumentKind.SITE_LINK, SITE_LINK_TITLE, candidate.site_url),
        _link(
            DocumentKind.PRODUCT_SHEET_LINK, PRODUCT_SHEET_LINK_TITLE, candidate.product_sheet_url
        ),
    )
    files = tuple(
        DocumentSpec(document.kind, document.title, document.media_type, _read(document.path))
        for document in candidate.documents
    )
    return CandidateSpec(
        id=candidate.id,
        name=candidate.name,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        slot_start=candidate.slot_start,
        slot_minutes=candidate.slot_minutes,
        documents=links + files,
    )


def _link(kind: DocumentKind, title: str, url: str) -> DocumentSpec:
    return DocumentSpec(kind, title, LINK_MEDIA_TYPE, url.encode("utf-8"))


def _read(path: Path) -> bytes:
    # The folder may have changed since it was loaded: check again, just before reading.
    try:
        if path.is_symlink() or not path.is_file():
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "messages", "{path}: no longer a regular file; check the folder again"
                ),
                path=path,
            )
        return path.read_bytes()
    except OSError as exc:
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{path}: cannot be read ({reason})"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc


# --- Loading ------------------------------------------------------------------------------


def load_folder(folder: Path) -> OrganiserFolder:
    """Read and check an organiser's folder; the first problem raises a one-line FolderError."""
    if not folder.is_dir():
        raise FolderError(QT_TRANSLATE_NOOP("messages", "{folder}: no such folder"), folder=folder)
    root = folder.resolve()
    return _Loader(root, _parse(root / SESSION_FILE)).load()


def _parse(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _error(
            Phrase(QT_TRANSLATE_NOOP("messages", "not found in {folder}"), folder=path.parent)
        ) from None
    except OSError as exc:
        raise _error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({reason})"),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "line {line}: not UTF-8 text; save it as UTF-8"),
                line=line,
            )
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(str(exc)) from None


def _syntax_error(message: str) -> FolderError:
    """tomllib's message (English, as the library gives it) put after where it is in the file."""
    found = _TOML_AT.fullmatch(message)
    if found is None:
        return _error(
            Phrase(QT_TRANSLATE_NOOP("messages", "invalid TOML: {reason}"), reason=message)
        )
    what = found["what"]
    reason = f"{what[:1].lower()}{what[1:]}"
    if found["line"]:
        return _error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "line {line}, column {column}: {reason} (TOML syntax)"
                ),
                line=found["line"],
                column=found["column"],
                reason=reason,
            )
        )
    return _error(
        Phrase(
            QT_TRANSLATE_NOOP("messages", "end of the file: {reason} (TOML syntax)"), reason=reason
        )
    )


def _error(problem: Phrase, where: str = "") -> FolderError:
    """The error naming session.toml, the key path `where` if any, then the problem."""
    if where:
        return FolderError(
            QT_TRANSLATE_NOOP("messages", "{file}: {where}: {problem}"),
            file=SESSION_FILE,
            where=where,
            problem=problem,
        )
    return FolderError(
        QT_TRANSLATE_NOOP("messages", "{file}: {problem}"), file=SESSION_FILE, problem=problem
    )


class _Table:
    """One TOML table being read: knows its key path for messages, refuses unknown keys."""

    def __init__(
        self, data: dict[str, object], path: str, accepted: Sequence[str] | None = None
    ) -> None:
        self.data = data
        self.path = path
        if accepted is not None:
            # Unknown keys first: a misspelt key would otherwise be reported as missing.
            for key in data:
                if key not in accepted:
                    raise self.error(_unknown_key(key, accepted))

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, problem: Phrase, key: str | None = None) -> FolderError:
        return _error(problem, self.path if key is None else self.where(key))

    def wrong(self, key: str, expected: str | Phrase, value: object) -> FolderError:
        """`expected`: words marked for translation, or a phrase."""
        return self.error(_expected(expected, value), key)

    def has(self, key: str) -> bool:
        return key in self.data

    def value(self, key: str, default: object = None) -> object:
        if key in self.data:
            return self.data[key]
        if default is None:
            raise self.error(Phrase(QT_TRANSLATE_NOOP("messages", "missing key '{key}'"), key=key))
        return default

    def text(self, key: str, default: str | None = None, max_length: int = _TEXT_MAX) -> str:
        value = self.value(key, default)
        if not isinstance(value, str):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "text in quotes"), value)
        problem = _text_problem(value, max_length)
        if problem:
            raise self.error(problem, key)
        return value

    def integer(
        self, key: str, minimum: int, maximum: int | None = None, default: int | None = None
    ) -> int:
        value = self.value(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "a whole number"), value)
        if maximum is None and value < minimum:
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "{value} is out of range (expected at least {minimum})"
                    ),
                    value=value,
                    minimum=minimum,
                ),
                key,
            )
        if maximum is not None and not minimum <= value <= maximum:
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "{value} is out of range (expected {minimum} to {maximum})"
                    ),
                    value=value,
                    minimum=minimum,
                    maximum=maximum,
                ),
                key,
            )
        return value

    def boolean(self, key: str) -> bool:
        value = self.value(key)
        if not isinstance(value, bool):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "true or false"), value)
        return value

    def day(self, key: str) -> date:
        value = self.value(key)
        if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        if isinstance(value, str):
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "{value} is not a date (expected YYYY-MM-DD)"),
                    value=_quote(value),
                ),
                key,
            )
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "a date such as 2027-05-18"), value)
        return value

    def moment(self, key: str) -> datetime:
        value = self.value(key)
        if isinstance(value, str) and _DATE_TIME_TEXT.fullmatch(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        if isinstance(value, str):
            problem = Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "{value} is not a date and time (expected YYYY-MM-DD HH:MM)"
                ),
                value=_quote(value),
            )
            raise self.error(problem, key)
        if not isinstance(value, datetime):
            raise self.wrong(
                key,
                QT_TRANSLATE_NOOP("messages", "a date and time such as 2027-05-18T09:00:00"),
                value,
            )
        return value

    def items(self, key: str, max_items: int, default: list[object] | None = None) -> list[object]:
        value = self.value(key, default)
        if not isinstance(value, list):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "a list in brackets [ ]"), value)
        if len(value) > max_items:
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "{count} items, at most {limit} are accepted"),
                    count=len(value),
                    limit=max_items,
                ),
                key,
            )
        return value

    def texts(self, key: str, max_items: int, max_length: int) -> tuple[str, ...]:
        result: list[str] = []
        for position, value in enumerate(self.items(key, max_items), start=1):
            where = f"{key}[{position}]"
            if not isinstance(value, str):
                raise self.wrong(where, QT_TRANSLATE_NOOP("messages", "text in quotes"), value)
            problem = _text_problem(value, max_length)
            if problem:
                raise self.error(problem, where)
            result.append(value)
        return tuple(result)

    def choice(self, key: str, choices: Sequence[_E], hints: dict[str, str] | None = None) -> _E:
        """`hints`: for a refused value, a message marked for translation, its field {value}."""
        value = self.value(key)
        for choice in choices:
            if value == choice.value:
                return choice
        if isinstance(value, str) and hints and value in hints:
            hint = hints[value]
            raise self.error(Phrase(hint, value=_quote(value)), key)
        expected = ", ".join(f'"{choice.value}"' for choice in choices)
        if isinstance(value, str):
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "{value} is not accepted (expected one of: {choices})"
                    ),
                    value=_quote(value),
                    choices=expected,
                ),
                key,
            )
        raise self.wrong(
            key, Phrase(QT_TRANSLATE_NOOP("messages", "one of {choices}"), choices=expected), value
        )

    def table(self, key: str, accepted: Sequence[str]) -> _Table:
        if key not in self.data:
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "missing table [{table}]"), table=self.where(key)
                )
            )
        value = self.data[key]
        if not isinstance(value, dict):
            raise self.wrong(
                key,
                Phrase(QT_TRANSLATE_NOOP("messages", "a table [{table}]"), table=self.where(key)),
                value,
            )
        return _Table(value, self.where(key), accepted)

    def tables(
        self, key: str, accepted: Sequence[str], max_items: int, required: bool = True
    ) -> Iterator[_Table]:
        """Each block of `[[key]]`, checked one by one so that problems come in file order."""
        if key not in self.data and not required:
            return
        header = _header(self.where(key))
        if key not in self.data:
            raise self.error(
                Phrase(QT_TRANSLATE_NOOP("messages", "missing [[{header}]] blocks"), header=header)
            )
        value = self.data[key]
        if isinstance(value, dict):
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "write [[{header}]] with two brackets: it is a list"
                    ),
                    header=header,
                ),
                key,
            )
        if not isinstance(value, list):
            raise self.wrong(
                key,
                Phrase(QT_TRANSLATE_NOOP("messages", "[[{header}]] blocks"), header=header),
                value,
            )
        if len(value) > max_items:
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "{count} blocks, at most {limit} are accepted"),
                    count=len(value),
                    limit=max_items,
                ),
                key,
            )
        for position, item in enumerate(value, start=1):
            where = f"{self.where(key)}[{position}]"
            if not isinstance(item, dict):
                raise _error(_expected(QT_TRANSLATE_NOOP("messages", "a table"), item), where)
            yield _Table(item, where, accepted)


def _header(where: str) -> str:
    """The TOML header of a key path: candidates[2].documents is [[candidates.documents]]."""
    return re.sub(r"\[\d+\]", "", where)


def _text_problem(value: str, max_length: int) -> Phrase | None:
    if not value.strip():
        return Phrase(QT_TRANSLATE_NOOP("messages", "must not be empty"))
    if len(value) > max_length:
        return Phrase(
            QT_TRANSLATE_NOOP("messages", "{count} characters, at most {limit} are accepted"),
            count=len(value),
            limit=max_length,
        )
    return None


def _unknown_key(key: str, accepted: Sequence[str]) -> Phrase:
    close = difflib.get_close_matches(key, accepted, n=1)
    if close:
        return Phrase(
            QT_TRANSLATE_NOOP("messages", "unknown key '{key}' (did you mean '{close}'?)"),
            key=key,
            close=close[0],
        )
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "unknown key '{key}' (accepted keys: {accepted})"),
        key=key,
        accepted=", ".join(accepted),
    )


def _expected(expected: str | Phrase, value: object) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "expected {expected}, got {value}"),
        expected=expected,
        value=_describe(value),
    )


def _quote(text: str) -> str:
    shown = text if len(text) <= 60 else text[:59] + "…"
    return json.dumps(shown, ensure_ascii=False)  # quotes it and escapes line breaks


def _describe(value: object) -> str | Phrase:
    """A TOML value in words (marked for translation), or as TOML writes it (true, false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return Phrase(QT_TRANSLATE_NOOP("messages", "text {text}"), text=_quote(value))
    if isinstance(value, int | float):
        return Phrase(QT_TRANSLATE_NOOP("messages", "the number {number}"), number=value)
    if isinstance(value, datetime):
        return Phrase(
            QT_TRANSLATE_NOOP("messages", "the date and time {moment}"), moment=value.isoformat()
        )
    if isinstance(value, date):
        return Phrase(QT_TRANSLATE_NOOP("messages", "the date {day}"), day=value.isoformat())
    if isinstance(value, time):
        return Phrase(QT_TRANSLATE_NOOP("messages", "the time {time}"), time=value.isoformat())
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("messages", "a list")
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("messages", "a table")
    return type(value).__name__


@dataclass(frozen=True)
class _Session:
    id: str
    title: str
    certification_title: str
    rs_code: str
    starts_on: date
    ends_on: date
    version: int
    decision_delay_months: int
    timezone: str
    zone: ZoneInfo


class _Loader:
    """Reads the sections in the file's order; a section another needs is read when needed."""

    def __init__(self, root: Path, document: dict[str, object]) -> None:
        self._root = root
        self._doc = _Table(document, "")

    def load(self) -> OrganiserFolder:
        _check_format(self._doc)
        for key in self._doc.data:
            if key not in _TOP_KEYS:
                raise self._doc.error(_unknown_key(key, _TOP_KEYS))
            self._section(key)
        session = self._session
        return OrganiserFolder(
            root=self._root,
            session_id=session.id,
            title=session.title,
            certification_title=session.certification_title,
            rs_code=session.rs_code,
            starts_on=session.starts_on,
            ends_on=session.ends_on,
            version=session.version,
            decision_delay_months=session.decision_delay_months,
            timezone=session.timezone,
            rule=self._rule,
            plan=self._plan,
            referential=ReferentialSpec(self._levels, self._competencies),
            jurors=self._jurors,
            candidates=self._candidates,
        )

    def _section(self, key: str) -> object:
        sections: dict[str, Callable[[], object]] = {
            "format": lambda: None,
            "session": lambda: self._session,
            "levels": lambda: self._levels,
            "competencies": lambda: self._competencies,
            "decision_rule": lambda: self._rule,
            "interview_plan": lambda: self._plan,
            "jurors": lambda: self._jurors,
            "candidates": lambda: self._candidates,
        }
        return sections[key]()

    @cached_property
    def _session(self) -> _Session:
        return _read_session(self._doc)

    @cached_property
    def _levels(self) -> tuple[LevelSpec, ...]:
        return _read_levels(self._doc)

    @cached_property
    def _competencies(self) -> tuple[CompetencySpec, ...]:
        return _read_competencies(self._doc, self._levels)

    @cached_property
    def _rule(self) -> DecisionRuleSpec:
        return _read_rule(self._doc, lambda: len(self._competencies))

    @cached_property
    def _plan(self) -> InterviewPlanSpec:
        return _read_plan(self._doc)

    @cached_property
    def _jurors(self) -> tuple[FolderJuror, ...]:
        return _read_jurors(self._doc, self._root)

    @cached_property
    def _candidates(self) -> tuple[FolderCandidate, ...]:
        return _read_candidates(self._doc, self._root, self._session, lambda: self._plan)


def _check_format(doc: _Table) -> None:
    # Checked first wherever it stands: the format decides how the rest is read.
    if not doc.has("format"):
        problem = Phrase(
            QT_TRANSLATE_NOOP(
                "messages", "missing key 'format' (the file starts with format = {version})"
            ),
            version=FOLDER_FORMAT_VERSION,
        )
        raise _error(problem)
    version = doc.value("format")
    if isinstance(version, bool) or not isinstance(version, int):
        raise doc.wrong("format", QT_TRANSLATE_NOOP("messages", "a whole number"), version)
    if version != FOLDER_FORMAT_VERSION:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{version} is not supported: this version of jury-desk reads "
                    "format = {supported}",
                ),
                version=version,
                supported=FOLDER_FORMAT_VERSION,
            ),
            "format",
        )


def _identifier(table: _Table, key: str, seen: dict[str, str]) -> str:
    value = table.text(key)
    if not _IDENTIFIER.fullmatch(value):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{value} is not a valid id (lowercase letters a-z, digits and '-', "
                    "not starting with '-', at most 63 characters)",
                ),
                value=_quote(value),
            ),
            key,
        )
    if value in seen:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} is already the id of {other}"),
                value=_quote(value),
                other=seen[value],
            ),
            key,
        )
    seen[value] = table.path
    return value


def _matching(table: _Table, key: str, pattern: re.Pattern[str], expected: str) -> str:
    """`expected`: what the pattern accepts, in words marked for translation."""
    value = table.text(key)
    if not pattern.fullmatch(value):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} is not valid (expected {expected})"),
                value=_quote(value),
                expected=expected,
            ),
            key,
        )
    return value


def _read_session(doc: _Table) -> _Session:
    table = doc.table("session", _SESSION_KEYS)
    session_id = _identifier(table, "id", {})
    title = table.text("title")
    certification_title = table.text("certification_title")
    rs_code = _matching(
        table,
        "rs_code",
        _RS_CODE,
        QT_TRANSLATE_NOOP("messages", 'the code of the certification, e.g. "RS6247"'),
    )
    starts_on = table.day("starts_on")
    ends_on = table.day("ends_on")
    if ends_on < starts_on:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{day} is before starts_on ({starts_on})"),
                day=ends_on,
                starts_on=starts_on,
            ),
            "ends_on",
        )
    version = table.integer("version", minimum=1)
    delay = table.integer("decision_delay_months", minimum=1, maximum=24)
    timezone = table.text("timezone", default=DEFAULT_TIMEZONE, max_length=64)
    return _Session(
        session_id,
        title,
        certification_title,
        rs_code,
        starts_on,
        ends_on,
        version,
        delay,
        timezone,
        _zone(table, timezone),
    )


def _zone(table: _Table, name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    '{value} is not a known time zone (expected a name such as "Europe/Paris")',
                ),
                value=_quote(name),
            ),
            "timezone",
        ) from None


def _read_levels(doc: _Table) -> tuple[LevelSpec, ...]:
    levels: list[LevelSpec] = []
    for table in doc.tables("levels", _LEVEL_KEYS, max_items=10):
        label = table.text("label")
        passing = table.boolean("passing")
        for other in levels:
            if other.label == label:
                raise table.error(
                    Phrase(
                        QT_TRANSLATE_NOOP("messages", "{value} is already levels[{position}]"),
                        value=_quote(label),
                        position=other.rank + 1,
                    ),
                    "label",
                )
        if levels and levels[-1].passing and not passing:
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{value} does not pass but comes after the passing level "
                        "{other}: list levels from the lowest to the highest, "
                        "passing ones last",
                    ),
                    value=_quote(label),
                    other=_quote(levels[-1].label),
                ),
                "passing",
            )
        levels.append(LevelSpec(rank=len(levels), label=label, passing=passing))
    if len(levels) < 2:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{count} level(s): a scale needs at least 2"),
                count=len(levels),
            ),
            "levels",
        )
    if not levels[-1].passing:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "no level passes: set passing = true on the highest level(s)"
                )
            ),
            "levels",
        )
    return tuple(levels)


def _read_competencies(doc: _Table, levels: tuple[LevelSpec, ...]) -> tuple[CompetencySpec, ...]:
    competencies: list[CompetencySpec] = []
    seen: dict[str, str] = {}
    for table in doc.tables("competencies", _COMPETENCY_KEYS, max_items=50):
        code = _matching(
            table,
            "code",
            _COMPETENCY_CODE,
            QT_TRANSLATE_NOOP("messages", 'letters, digits, "-" or "_", e.g. "C1"'),
        )
        if code in seen:
            raise table.error(_already_code(code, seen[code]), "code")
        seen[code] = table.path
        title = table.text("title")
        description = table.text("description", max_length=_LONG_TEXT_MAX)
        criteria = table.texts("criteria", max_items=50, max_length=_TEXT_MAX)
        if not criteria:
            raise table.error(
                Phrase(QT_TRANSLATE_NOOP("messages", "list at least one criterion")), "criteria"
            )
        descriptors = table.texts("descriptors", max_items=10, max_length=_LONG_TEXT_MAX)
        if len(descriptors) != len(levels):
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{count} descriptor(s) for {levels} levels: write one per "
                        "level, from the lowest ({lowest}) to the highest ({highest})",
                    ),
                    count=len(descriptors),
                    levels=len(levels),
                    lowest=_quote(levels[0].label),
                    highest=_quote(levels[-1].label),
                ),
                "descriptors",
            )
        competencies.append(CompetencySpec(code, title, description, criteria, descriptors))
    if not competencies:
        raise doc.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "no competency: at least one [[competencies]] block is needed"
                )
            )
        )
    return tuple(competencies)


def _read_rule(doc: _Table, competency_count: Callable[[], int]) -> DecisionRuleSpec:
    if not doc.has("decision_rule"):
        return DecisionRuleSpec()
    table = doc.table("decision_rule", _RULE_KEYS)
    kind = table.choice("kind", tuple(DecisionRuleKind))
    if kind is DecisionRuleKind.ALL_PASSING:
        if table.has("minimum_passing"):
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'only with kind = "minimum_passing" (here kind = "all_passing"): remove it',
                    )
                ),
                "minimum_passing",
            )
        return DecisionRuleSpec(kind)
    count = competency_count()
    if not table.has("minimum_passing"):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "missing key 'minimum_passing' (how many competencies must pass, 1 to {count})",
                ),
                count=count,
            )
        )
    minimum = table.integer("minimum_passing", minimum=1, maximum=count)
    return DecisionRuleSpec(kind, minimum)


def _read_plan(doc: _Table) -> InterviewPlanSpec:
    table = doc.table("interview_plan", _PLAN_KEYS)
    marks = _integers(table, "warning_marks_minutes", default=[10, 5])
    phases = _read_phases(table)
    total = sum(phase.minutes for phase in phases)
    for position, mark in enumerate(marks):
        if not 0 < mark < total:
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{mark} is not between 1 and {last} (minutes left in a {total}-minute "
                        "interview)",
                    ),
                    mark=mark,
                    last=total - 1,
                    total=total,
                ),
                "warning_marks_minutes",
            )
        if mark in marks[:position]:
            raise table.error(
                Phrase(QT_TRANSLATE_NOOP("messages", "{mark} is listed twice"), mark=mark),
                "warning_marks_minutes",
            )
    return InterviewPlanSpec(phases, marks)


def _integers(table: _Table, key: str, default: list[object]) -> tuple[int, ...]:
    result: list[int] = []
    for position, value in enumerate(table.items(key, 10, default), start=1):
        if isinstance(value, bool) or not isinstance(value, int):
            raise table.wrong(
                f"{key}[{position}]", QT_TRANSLATE_NOOP("messages", "a whole number"), value
            )
        result.append(value)
    return tuple(result)


def _read_phases(plan: _Table) -> tuple[PhaseSpec, ...]:
    phases: list[PhaseSpec] = []
    seen: dict[str, str] = {}
    for table in plan.tables("phases", _PHASE_KEYS, max_items=20):
        code = _matching(
            table,
            "code",
            _PHASE_CODE,
            QT_TRANSLATE_NOOP("messages", 'lowercase letters, digits, "-" or "_"'),
        )
        if code in seen:
            raise table.error(_already_code(code, seen[code]), "code")
        seen[code] = table.path
        title = table.text("title")
        minutes = table.integer("minutes", minimum=1, maximum=_MINUTES_MAX)
        phases.append(PhaseSpec(code, title, minutes))
    if not phases:
        raise plan.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "no phase: at least one [[interview_plan.phases]] block is needed"
                )
            )
        )
    return tuple(phases)


def _already_code(code: str, other: str) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "{value} is already the code of {other}"),
        value=_quote(code),
        other=other,
    )


def _read_jurors(doc: _Table, root: Path) -> tuple[FolderJuror, ...]:
    jurors: list[FolderJuror] = []
    seen: dict[str, str] = {}
    chair: str | None = None
    for table in doc.tables("jurors", _JUROR_KEYS, max_items=20):
        juror_id = _identifier(table, "id", seen)
        name = table.text("name")
        email = table.text("email", max_length=320)
        if not _EMAIL.fullmatch(email):
            raise table.error(
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "{value} is not an email address"),
                    value=_quote(email),
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


def _read_candidates(
    doc: _Table, root: Path, session: _Session, plan: Callable[[], InterviewPlanSpec]
) -> tuple[FolderCandidate, ...]:
    candidates: list[FolderCandidate] = []
    seen: dict[str, str] = {}
    for table in doc.tables("candidates", _CANDIDATE_KEYS, max_items=500):
        candidate_id = _identifier(table, "id", seen)
        candidates.append(
            FolderCandidate(
                id=candidate_id,
                name=table.text("name"),
                startup=table.text("startup"),
                incubator=table.text("incubator"),
                phase=table.text("phase", max_length=_SHORT_TEXT_MAX),
                role=table.text("role", max_length=_SHORT_TEXT_MAX),
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


def _slot(table: _Table, session: _Session) -> datetime:
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


def _slot_minutes(table: _Table, plan: Callable[[], InterviewPlanSpec]) -> int:
    # By default a slot lasts as long as the interview plan.
    if not table.has("slot_minutes"):
        return plan().total_minutes
    return table.integer("slot_minutes", minimum=1, maximum=_MINUTES_MAX)


def _web_address(table: _Table, key: str) -> str:
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
                value=_quote(url),
            ),
            key,
        )
    return url


def _read_documents(candidate: _Table, root: Path) -> tuple[FolderDocument, ...]:
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
    blocks = candidate.tables("documents", _DOCUMENT_KEYS, max_items=198, required=False)
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


def _dossier_file(table: _Table, root: Path) -> tuple[Path, tuple[int, int]]:
    """An existing, non-empty regular file inside the folder, with an accepted extension."""
    path = _inside(table, "file", root)
    shown = _quote(table.text("file"))
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
        raise table.error(_not_regular(shown), "file")
    if status.st_size == 0:
        raise table.error(
            Phrase(QT_TRANSLATE_NOOP("messages", "{value} is empty"), value=shown), "file"
        )
    return path, (status.st_dev, status.st_ino)


def _request_file(table: _Table, root: Path) -> Path | None:
    """The request's path; None while the file has not arrived (the bundle build refuses then)."""
    path = _inside(table, "request", root)
    if not path.exists():
        return None
    if not path.is_file():
        raise table.error(_not_regular(_quote(table.text("request"))), "request")
    return path


def _not_regular(shown: str) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("messages", "{value} is not a regular file"), value=shown)


def _inside(table: _Table, key: str, root: Path) -> Path:
    """A relative path that stays inside the folder, without any symbolic link on the way."""
    text = table.text(key, max_length=1000)
    shown = _quote(text)
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


# --- Writing ------------------------------------------------------------------------------


def scaffold(folder: Path) -> None:
    """Create `folder`: a commented example `session.toml`, empty `dossiers/` and `requests/`."""
    _create_folder(folder, _fill_scaffold)


def _fill_scaffold(root: Path) -> None:
    (root / SESSION_FILE).write_text(_scaffold_text(), encoding="utf-8")
    _write_readmes(root)


def write_folder(
    folder: Path, spec: SessionSpec, requests: dict[str, bytes], timezone: str = DEFAULT_TIMEZONE
) -> None:
    """Write `spec` as an organiser's folder that `load_folder` reads back to the same session.

    `requests` maps juror ids to their enrolment request bytes; a juror without
    one gets no `request` key. Link documents become `site_url` and
    `product_sheet_url`; every other document becomes a file under `dossiers/`.
    """
    zone = ZoneInfo(timezone)
    unknown = sorted(set(requests) - {juror.id for juror in spec.jurors})
    if unknown:
        raise ValueError(f"requests for jurors not in the session: {', '.join(unknown)}")
    files = {f"{REQUESTS_DIR}/{juror_id}.json": data for juror_id, data in requests.items()}
    document = _document(spec, timezone, zone, files)
    text = _GENERATED_HEADER + tomli_w.dumps(document)

    def fill(root: Path) -> None:
        (root / SESSION_FILE).write_text(text, encoding="utf-8")
        _write_readmes(root)
        for relative, data in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    _create_folder(folder, fill)


def _document(
    spec: SessionSpec, timezone: str, zone: ZoneInfo, files: dict[str, bytes]
) -> dict[str, object]:
    rule: dict[str, object] = {"kind": spec.rule.kind.value}
    if spec.rule.minimum_passing is not None:
        rule["minimum_passing"] = spec.rule.minimum_passing
    return {
        "format": FOLDER_FORMAT_VERSION,
        "session": {
            "id": spec.id,
            "title": spec.title,
            "certification_title": spec.certification_title,
            "rs_code": spec.rs_code,
            "starts_on": spec.starts_on,
            "ends_on": spec.ends_on,
            "version": spec.version,
            "decision_delay_months": spec.decision_delay_months,
            "timezone": timezone,
        },
        "levels": [
            {"label": level.label, "passing": level.passing} for level in spec.referential.levels
        ],
        "competencies": [_competency_table(c) for c in spec.referential.competencies],
        "decision_rule": rule,
        "interview_plan": {
            "warning_marks_minutes": list(spec.plan.warning_marks_minutes),
            "phases": [
                {"code": phase.code, "title": phase.title, "minutes": phase.minutes}
                for phase in spec.plan.phases
            ],
        },
        "jurors": [_juror_table(juror, files) for juror in spec.jurors],
        "candidates": [_candidate_table(c, zone, files) for c in spec.candidates],
    }


def _competency_table(competency: CompetencySpec) -> dict[str, object]:
    return {
        "code": competency.code,
        "title": competency.title,
        "description": competency.description,
        "criteria": list(competency.criteria),
        "descriptors": list(competency.descriptors),
    }


def _juror_table(juror: JurorSpec, files: dict[str, bytes]) -> dict[str, object]:
    table: dict[str, object] = {
        "id": juror.id,
        "name": juror.name,
        "email": juror.email,
        "role": juror.role.value,
    }
    request = f"{REQUESTS_DIR}/{juror.id}.json"
    if request in files:
        table["request"] = request
    return table


def _candidate_table(
    candidate: CandidateSpec, zone: ZoneInfo, files: dict[str, bytes]
) -> dict[str, object]:
    documents: list[dict[str, object]] = []
    dossier = [document for document in candidate.documents if document.kind not in _LINK_KINDS]
    for number, document in enumerate(dossier, start=1):
        relative = f"{DOSSIERS_DIR}/{candidate.id}/{_file_name(number, document)}"
        files[relative] = _content(candidate, document)
        documents.append({"kind": document.kind.value, "title": document.title, "file": relative})
    return {
        "id": candidate.id,
        "name": candidate.name,
        "startup": candidate.startup,
        "incubator": candidate.incubator,
        "phase": candidate.phase,
        "role": candidate.role,
        "slot": _local_slot(candidate.slot_start, zone),
        "slot_minutes": candidate.slot_minutes,
        "site_url": _url_of(candidate, DocumentKind.SITE_LINK),
        "product_sheet_url": _url_of(candidate, DocumentKind.PRODUCT_SHEET_LINK),
        "documents": documents,
    }


def _file_name(number: int, document: DocumentSpec) -> str:
    extension = _EXTENSION_FOR.get(document.media_type)
    if extension is None:
        raise ValueError(f"{document.title}: no file extension for {document.media_type}")
    return f"{number:02d}-{_slug(document.title)}{extension}"


def _content(candidate: CandidateSpec, document: DocumentSpec) -> bytes:
    if document.content is None:
        raise ValueError(f"{candidate.id}: {document.title}: no content to write")
    return document.content


def _url_of(candidate: CandidateSpec, kind: DocumentKind) -> str:
    links = [document for document in candidate.documents if document.kind is kind]
    if len(links) != 1 or links[0].content is None:
        raise ValueError(f"{candidate.id}: needs exactly one {kind.value} document with content")
    return links[0].content.decode("utf-8").strip()


def _local_slot(moment: datetime, zone: ZoneInfo) -> datetime:
    """Local time in the session's zone, or with its offset when that time happens twice."""
    local = moment.astimezone(zone)
    naive = local.replace(tzinfo=None, fold=0)  # as a local time-of-day reads back
    if naive.replace(tzinfo=zone).astimezone(UTC) == moment.astimezone(UTC):
        return naive
    return local  # the second 02:30 of an autumn night: the offset tells which one


def _slug(title: str) -> str:
    # Accents dropped; anything else, apostrophes included, separates words.
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", letters.lower()).strip("-")
    return slug[:40].rstrip("-") or "document"


def _write_readmes(root: Path) -> None:
    for name, text in ((DOSSIERS_DIR, _DOSSIERS_README), (REQUESTS_DIR, _REQUESTS_README)):
        (root / name).mkdir(exist_ok=True)
        text = text.replace("@EXTENSIONS@", ", ".join(MEDIA_TYPES))
        (root / name / README_FILE).write_text(text, encoding="utf-8")


def _create_folder(folder: Path, fill: Callable[[Path], None]) -> None:
    """Fill a staging folder, then move it into place: never a half-written session folder."""
    target = folder.absolute()
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: exists and is not a folder"), folder=folder
        )
    if target.is_dir() and any(target.iterdir()):
        raise FolderError(
            QT_TRANSLATE_NOOP(
                "messages", "{folder}: the folder is not empty; choose a new or an empty folder"
            ),
            folder=folder,
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: cannot be created ({reason})"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        fill(staging)
        if target.is_dir():
            target.rmdir()
        staging.rename(target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: cannot be written ({reason})"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _toml_text(value: str) -> str:
    # tomli_w knows TOML's escaping rules; keep only the value of a one-key document.
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def _scaffold_competencies() -> str:
    referential = rs6247_referential()
    blocks = []
    for competency in referential.competencies:
        lines = [
            "[[competencies]]",
            f"code = {_toml_text(competency.code)}",
            f"title = {_toml_text(competency.title)}",
            f"description = {_toml_text(competency.description)}",
            "criteria = [",
            *(f"    {_toml_text(criterion)}," for criterion in competency.criteria),
            "]",
            "descriptors = [",
        ]
        for level, descriptor in zip(referential.levels, competency.descriptors, strict=True):
            lines += [f"    # {level.label}", f"    {_toml_text(descriptor)},"]
        blocks.append("\n".join([*lines, "]"]))
    return "\n\n".join(blocks)


def _scaffold_text() -> str:
    return (
        _SCAFFOLD_TEMPLATE.replace("@COMPETENCIES@", _scaffold_competencies())
        .replace("@EXTENSIONS@", ", ".join(MEDIA_TYPES))
        .replace("@FORMAT@", str(FOLDER_FORMAT_VERSION))
    )


_GENERATED_HEADER = (
    "# Généré par jury-desk à partir d'une session existante ; il se modifie comme tout "
    "session.toml.\n\n"
)

_DOSSIERS_README = """\
Pièces des dossiers des candidats.

Déposez ici un sous-dossier par candidat, nommé par son identifiant
(par exemple dossiers/c01-exemple/), contenant les pièces de son dossier :
compte rendu des entretiens utilisateurs, maquettes ou captures d'écran,
tableau d'investissement, support de présentation.

Chaque pièce doit être déclarée dans session.toml, dans un bloc
[[candidates.documents]] (clé file = "dossiers/c01-exemple/…").
Les liens vers le site et la fiche produit se déclarent dans le bloc
[[candidates]] (site_url, product_sheet_url) : pas de fichier pour eux.

Formats acceptés : @EXTENSIONS@.
Pas de raccourci ni de lien symbolique : copiez les fichiers eux-mêmes.
"""

_REQUESTS_README = """\
Demandes d'inscription des jurés.

Chaque juré crée sa clé dans jury-desk et vous envoie sa demande
d'inscription (un fichier .json). Déposez-la ici, par exemple
requests/camille-durand.json, et indiquez son chemin dans session.toml,
dans le bloc [[jurors]] du juré (clé request).

Tant qu'une demande manque, le dossier de session se vérifie, mais le
paquet de session ne peut pas être construit.
"""

_SCAFFOLD_TEMPLATE = """\
# Session de la certification RS6247
# « Concevoir un service public numérique au sein de l'État »
#
# Ce fichier décrit une session : ses dates, l'échelle de niveaux, les
# compétences évaluées, la règle de décision, le déroulé de l'entretien, le
# jury et les candidats. Modifiez cet exemple, déposez les pièces des dossiers
# dans « dossiers/ » et les demandes d'inscription des jurés dans
# « requests/ », puis construisez le paquet de session chiffré.
#
# Syntaxe (TOML, https://toml.io/fr/) :
#   - le texte s'écrit entre guillemets : title = "Session de mai 2027" ;
#   - les dates et heures s'écrivent sans guillemets : 2027-05-18, 2027-05-18T09:00:00 ;
#   - les listes s'écrivent entre crochets : [10, 5] ;
#   - une ligne qui commence par # est un commentaire.
# Les noms de clés (à gauche du signe =) sont en anglais et ne se traduisent
# pas : jury-desk signale toute clé inconnue ou manquante.

# Version du format de ce fichier : ne pas modifier.
format = @FORMAT@


# --- Session ---------------------------------------------------------------
[session]
# Identifiant : lettres minuscules sans accent, chiffres et tirets.
id = "rs6247-2027-05"
title = "Session de mai 2027"
certification_title = "Concevoir un service public numérique au sein de l'État"
rs_code = "RS6247"
# Premier et dernier jours d'entretiens (AAAA-MM-JJ).
starts_on = 2027-05-18
ends_on = 2027-05-19
# Version du paquet : augmentez-la de 1 chaque fois que vous réémettez la
# session (les jurés remplacent alors l'ancienne version par la nouvelle).
version = 1
# Délai de la réponse au candidat après son entretien, en mois.
decision_delay_months = 2
# Fuseau horaire des créneaux (nom de la base IANA des fuseaux horaires).
timezone = "Europe/Paris"


# --- Échelle de niveaux ----------------------------------------------------
# Du niveau le plus bas au plus haut. passing = true : le niveau valide la
# compétence. Les niveaux qui valident sont toujours les plus hauts.
[[levels]]
label = "Insuffisant"
passing = false

[[levels]]
label = "À consolider"
passing = false

[[levels]]
label = "Maîtrisé"
passing = true

[[levels]]
label = "Expert"
passing = true


# --- Compétences -------------------------------------------------------------
# Un bloc [[competencies]] par compétence évaluée : un code court, un
# intitulé, une description, les critères d'évaluation et un descripteur par
# niveau de l'échelle, dans le même ordre que les niveaux (du plus bas au plus
# haut).

@COMPETENCIES@


# --- Règle de décision -------------------------------------------------------
# kind = "all_passing" : le candidat est certifié si toutes les compétences
# atteignent un niveau qui valide (règle de la certification).
# Autre règle possible, certifié si au moins N compétences sont validées :
#   kind = "minimum_passing"
#   minimum_passing = 7
[decision_rule]
kind = "all_passing"


# --- Déroulé de l'entretien --------------------------------------------------
[interview_plan]
# Minutes restantes auxquelles le chronomètre avertit le jury.
warning_marks_minutes = [10, 5]

# Les phases de l'entretien, dans l'ordre, en minutes.
[[interview_plan.phases]]
code = "pitch"
title = "Pitch du candidat"
minutes = 10

[[interview_plan.phases]]
code = "questions"
title = "Questions sur les compétences"
minutes = 40

[[interview_plan.phases]]
code = "cloture"
title = "Questions du candidat et clôture"
minutes = 10


# --- Jury ----------------------------------------------------------------------
# Exactement un président (role = "chair") et au moins un membre
# (role = "member"). request : la demande d'inscription que le juré vous
# envoie depuis jury-desk, à déposer dans « requests/ ». Tant qu'elle n'est
# pas arrivée, le dossier se vérifie, mais le paquet ne peut pas être
# construit.
[[jurors]]
id = "camille-durand"
name = "Camille Durand"
email = "camille.durand@administration.example"
role = "chair"
request = "requests/camille-durand.json"

[[jurors]]
id = "thomas-leroy"
name = "Thomas Leroy"
email = "thomas.leroy@administration.example"
role = "member"
request = "requests/thomas-leroy.json"


# --- Candidats -------------------------------------------------------------------
# Un bloc [[candidates]] par candidat, suivi des blocs [[candidates.documents]]
# des pièces de son dossier. Identifiant : comme celui de la session, unique.
[[candidates]]
id = "c01-exemple"
name = "Alexandra Martin"
startup = "Démarche Facile"
incubator = "Incubateur des services numériques (exemple)"
phase = "Accélération"
role = "Intrapreneuse"
# Début de l'entretien, à l'heure locale du fuseau de la session ; il doit
# tomber entre starts_on et ends_on.
slot = 2027-05-18T09:00:00
# Durée du créneau en minutes (si la clé est absente : la durée du déroulé).
slot_minutes = 60
# Liens du dossier : le site de la start-up et sa fiche produit.
site_url = "https://demarche-facile.example/"
product_sheet_url = "https://fiches.example/startups/demarche-facile"

# Pièces du dossier : chemin depuis ce dossier de session, de préférence dans
# « dossiers/<identifiant du candidat>/ ». kind est l'un de :
#   user_interviews   compte rendu des entretiens utilisateurs et questions posées
#   mockups           maquettes ou captures d'écran du produit
#   investment_table  tableau d'investissement présenté au comité d'investissement
#   deck              support de présentation
#   other             toute autre pièce
# Formats acceptés : @EXTENSIONS@
[[candidates.documents]]
kind = "user_interviews"
title = "Compte rendu des entretiens utilisateurs"
file = "dossiers/c01-exemple/entretiens-utilisateurs.pdf"

[[candidates.documents]]
kind = "mockups"
title = "Maquette : page d'accueil"
file = "dossiers/c01-exemple/maquette-accueil.png"

[[candidates.documents]]
kind = "investment_table"
title = "Tableau d'investissement (comité d'investissement)"
file = "dossiers/c01-exemple/tableau-investissement.xlsx"

[[candidates.documents]]
kind = "deck"
title = "Support de présentation"
file = "dossiers/c01-exemple/support-presentation.pdf"
"""
