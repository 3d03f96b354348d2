"""The limits of session.toml: read from the bundle manifest's JSON Schema, the one place they live.

A folder that loads must make a manifest that passes the schema, so the
reader takes its lengths, ranges and identifier patterns from there rather
than keeping a copy that could drift.
"""

from __future__ import annotations

import re
from typing import Any

from jury_desk.bundle.manifest import manifest_schema

_SCHEMA = manifest_schema()
_CANDIDATE = ("properties", "candidates", "items", "properties")
_COMPETENCY = ("properties", "referential", "properties", "competencies", "items", "properties")
_PHASE = ("properties", "interview_plan", "properties", "phases", "items", "properties")


def _at(*path: str) -> Any:
    node: Any = _SCHEMA
    for key in path:
        node = node[key]
    return node


def _pattern(*path: str) -> re.Pattern[str]:
    # The schema anchors its patterns (^…$); the reader uses them with fullmatch.
    return re.compile(_at(*path, "pattern"))


TEXT_MAX: int = _at("$defs", "text", "maxLength")
LONG_TEXT_MAX: int = _at(*_COMPETENCY, "description", "maxLength")
SHORT_TEXT_MAX: int = _at(*_CANDIDATE, "phase", "maxLength")
MINUTES_MAX: int = _at(*_PHASE, "minutes", "maximum")
IDENTIFIER = _pattern("$defs", "id")
COMPETENCY_CODE = _pattern(*_COMPETENCY, "code")
PHASE_CODE = _pattern(*_PHASE, "code")
RS_CODE = _pattern("properties", "session", "properties", "rs_code")
MAX_LEVELS: int = _at("properties", "referential", "properties", "levels", "maxItems")
MAX_COMPETENCIES: int = _at("properties", "referential", "properties", "competencies", "maxItems")
MAX_CRITERIA: int = _at(*_COMPETENCY, "criteria", "maxItems")
MAX_DESCRIPTORS: int = _at(*_COMPETENCY, "descriptors", "maxItems")
MAX_PHASES: int = _at("properties", "interview_plan", "properties", "phases", "maxItems")
MAX_JURORS: int = _at("properties", "jurors", "maxItems")
MAX_CANDIDATES: int = _at("properties", "candidates", "maxItems")
# The manifest lists the two links of a dossier as documents too.
MAX_DOSSIER_FILES: int = _at(*_CANDIDATE, "documents", "maxItems") - 2
MAX_BUNDLE_VERSION: int = _at("properties", "session", "properties", "bundle_version", "maximum")
MAX_DECISION_DELAY_MONTHS: int = _at(
    "properties", "session", "properties", "decision_delay_months", "maximum"
)
