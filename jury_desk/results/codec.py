"""results.json read back: JSON, its format and version, then its schema."""

from __future__ import annotations

from jury_desk.kernel.json_schema import schema_problem
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.results.data import ResultsDocument
from jury_desk.results.layout import (
    DEFAULT_LIMITS,
    RESULTS_FORMAT,
    RESULTS_VERSION,
    SCHEMA_FILE,
)


def read_results_json(data: bytes) -> tuple[ResultsDocument | None, str]:
    """results.json read and checked against its schema, or why it cannot be (one phrase)."""
    try:
        raw = load_outside_json(data, max_bytes=DEFAULT_LIMITS.max_table_bytes)
    except OutsideJsonError as error:
        return None, str(error)  # "it is not JSON (…)", "it nests deeper than 32 levels"…
    if not isinstance(raw, dict) or raw.get("format") != RESULTS_FORMAT:
        return None, "not a jury-desk results table"
    if raw.get("version") != RESULTS_VERSION:
        return None, (
            f"version {raw.get('version')!r}; this jury-desk reads version {RESULTS_VERSION}: "
            "install a newer jury-desk"
        )
    problem = schema_problem(SCHEMA_FILE, raw)
    if problem is not None:
        return None, f"breaks its schema {problem}"
    return ResultsDocument(raw), ""
