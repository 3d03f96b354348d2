"""Reading the [session] table and the format line of session.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from jury_desk.bundle.folder.layout import DEFAULT_TIMEZONE, FOLDER_FORMAT_VERSION
from jury_desk.bundle.folder.limits import (
    IDENTIFIER,
    MAX_BUNDLE_VERSION,
    MAX_DECISION_DELAY_MONTHS,
    RS_CODE,
)
from jury_desk.bundle.folder.toml_table import TomlTable, folder_error, quoted
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.rules.time_zones import is_time_zone_name

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


@dataclass(frozen=True)
class SessionSection:
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


def check_format(doc: TomlTable) -> None:
    # Checked first wherever it stands: the format decides how the rest is read.
    if not doc.has("format"):
        problem = Phrase(
            QT_TRANSLATE_NOOP(
                "messages", "missing key 'format' (the file starts with format = {version})"
            ),
            version=FOLDER_FORMAT_VERSION,
        )
        raise folder_error(problem)
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


def identifier(table: TomlTable, key: str, seen: dict[str, str]) -> str:
    value = table.text(key)
    if not IDENTIFIER.fullmatch(value):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{value} is not a valid id (lowercase letters a-z, digits and '-', "
                    "not starting with '-', at most 63 characters)",
                ),
                value=quoted(value),
            ),
            key,
        )
    if value in seen:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} is already the id of {other}"),
                value=quoted(value),
                other=seen[value],
            ),
            key,
        )
    seen[value] = table.path
    return value


def matching(table: TomlTable, key: str, pattern: re.Pattern[str], expected: str) -> str:
    """`expected`: what the pattern accepts, in words marked for translation."""
    value = table.text(key)
    if not pattern.fullmatch(value):
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP("messages", "{value} is not valid (expected {expected})"),
                value=quoted(value),
                expected=expected,
            ),
            key,
        )
    return value


def read_session(doc: TomlTable) -> SessionSection:
    table = doc.table("session", _SESSION_KEYS)
    session_id = identifier(table, "id", {})
    title = table.text("title")
    certification_title = table.text("certification_title")
    rs_code = matching(
        table,
        "rs_code",
        RS_CODE,
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
    version = table.integer("version", minimum=1, maximum=MAX_BUNDLE_VERSION)
    delay = table.integer("decision_delay_months", minimum=1, maximum=MAX_DECISION_DELAY_MONTHS)
    timezone = table.text("timezone", default=DEFAULT_TIMEZONE, max_length=64)
    return SessionSection(
        session_id,
        title,
        certification_title,
        rs_code,
        starts_on,
        ends_on,
        version,
        delay,
        timezone,
        read_zone(table, timezone),
    )


def read_zone(table: TomlTable, name: str) -> ZoneInfo:
    # The same names a juror's jury-desk accepts in the manifest: no file paths.
    zone = _zone(name) if is_time_zone_name(name) else None
    if zone is None:
        raise table.error(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages",
                    '{value} is not a known time zone (expected a name such as "Europe/Paris")',
                ),
                value=quoted(name),
            ),
            "timezone",
        )
    return zone


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None
