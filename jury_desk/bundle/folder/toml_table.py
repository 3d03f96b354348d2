"""Reading session.toml: parsed with tomllib, then read table by table with one-line errors.

Every problem names session.toml, the key path as a person counts it
(candidates[2].documents[1].file: the second [[candidates]] block), and what is
wrong, in words the window translates. A JSON Schema validator would say where
in JSON terms and in English only; the limits themselves come from the
manifest's JSON Schema (limits.py), so a folder that loads makes a valid
manifest.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from jury_desk.bundle.folder.layout import SESSION_FILE
from jury_desk.bundle.folder.limits import TEXT_MAX
from jury_desk.bundle.folder.model import FolderError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase

_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")
_TOML_AT = re.compile(
    r"(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)"
)


Choice = TypeVar("Choice", bound=StrEnum)


def parse_session_file(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise folder_error(
            Phrase(QT_TRANSLATE_NOOP("messages", "not found in {folder}"), folder=path.parent)
        ) from None
    except OSError as exc:
        raise folder_error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "cannot be read ({reason})"),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise folder_error(
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
        return folder_error(
            Phrase(QT_TRANSLATE_NOOP("messages", "invalid TOML: {reason}"), reason=message)
        )
    what = found["what"]
    reason = f"{what[:1].lower()}{what[1:]}"
    if found["line"]:
        return folder_error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "line {line}, column {column}: {reason} (TOML syntax)"
                ),
                line=found["line"],
                column=found["column"],
                reason=reason,
            )
        )
    return folder_error(
        Phrase(
            QT_TRANSLATE_NOOP("messages", "end of the file: {reason} (TOML syntax)"), reason=reason
        )
    )


def folder_error(problem: Phrase, where: str = "") -> FolderError:
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


class TomlTable:
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
                    raise self.error(unknown_key(key, accepted))

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, problem: Phrase, key: str | None = None) -> FolderError:
        return folder_error(problem, self.path if key is None else self.where(key))

    def wrong(self, key: str, expected: str | Phrase, value: object) -> FolderError:
        """`expected`: words marked for translation, or a phrase."""
        return self.error(expected_phrase(expected, value), key)

    def has(self, key: str) -> bool:
        return key in self.data

    def value(self, key: str, default: object = None) -> object:
        if key in self.data:
            return self.data[key]
        if default is None:
            raise self.error(Phrase(QT_TRANSLATE_NOOP("messages", "missing key '{key}'"), key=key))
        return default

    def text(self, key: str, default: str | None = None, max_length: int = TEXT_MAX) -> str:
        value = self.value(key, default)
        if not isinstance(value, str):
            raise self.wrong(key, QT_TRANSLATE_NOOP("messages", "text in quotes"), value)
        problem = text_problem(value, max_length)
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
                    value=quoted(value),
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
                value=quoted(value),
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
            problem = text_problem(value, max_length)
            if problem:
                raise self.error(problem, where)
            result.append(value)
        return tuple(result)

    def choice(
        self, key: str, choices: Sequence[Choice], hints: dict[str, str] | None = None
    ) -> Choice:
        """`hints`: for a refused value, a message marked for translation, its field {value}."""
        value = self.value(key)
        for choice in choices:
            if value == choice.value:
                return choice
        if isinstance(value, str) and hints and value in hints:
            hint = hints[value]
            raise self.error(Phrase(hint, value=quoted(value)), key)
        expected = ", ".join(f'"{choice.value}"' for choice in choices)
        if isinstance(value, str):
            raise self.error(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages", "{value} is not accepted (expected one of: {choices})"
                    ),
                    value=quoted(value),
                    choices=expected,
                ),
                key,
            )
        raise self.wrong(
            key, Phrase(QT_TRANSLATE_NOOP("messages", "one of {choices}"), choices=expected), value
        )

    def table(self, key: str, accepted: Sequence[str]) -> TomlTable:
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
        return TomlTable(value, self.where(key), accepted)

    def tables(
        self, key: str, accepted: Sequence[str], max_items: int, required: bool = True
    ) -> Iterator[TomlTable]:
        """Each block of `[[key]]`, checked one by one so that problems come in file order."""
        if key not in self.data and not required:
            return
        header = block_header(self.where(key))
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
                raise folder_error(
                    expected_phrase(QT_TRANSLATE_NOOP("messages", "a table"), item), where
                )
            yield TomlTable(item, where, accepted)


def block_header(where: str) -> str:
    """The TOML header of a key path: candidates[2].documents is [[candidates.documents]]."""
    return re.sub(r"\[\d+\]", "", where)


def text_problem(value: str, max_length: int) -> Phrase | None:
    if not value.strip():
        return Phrase(QT_TRANSLATE_NOOP("messages", "must not be empty"))
    if len(value) > max_length:
        return Phrase(
            QT_TRANSLATE_NOOP("messages", "{count} characters, at most {limit} are accepted"),
            count=len(value),
            limit=max_length,
        )
    return None


def unknown_key(key: str, accepted: Sequence[str]) -> Phrase:
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


def expected_phrase(expected: str | Phrase, value: object) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "expected {expected}, got {value}"),
        expected=expected,
        value=_describe(value),
    )


def quoted(text: str) -> str:
    shown = text if len(text) <= 60 else text[:59] + "…"
    return json.dumps(shown, ensure_ascii=False)  # quotes it and escapes line breaks


def _describe(value: object) -> str | Phrase:
    """A TOML value in words (marked for translation), or as TOML writes it (true, false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return Phrase(QT_TRANSLATE_NOOP("messages", "text {text}"), text=quoted(value))
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
