"""The fields of a grid by key, and how each is written through the desk's editor.

A key names one value of one candidate's grid: "level:C2", "comment:C2",
"recommendation", "overall_comment", "conflict_statement", "recused",
"preparation_notes". Undo commands and the panel speak in these keys.
"""

from __future__ import annotations

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.editing import Saved
from jury_desk.models.enums import Recommendation

FieldValue = str | int | bool | None

RECOMMENDATION = "recommendation"
OVERALL_COMMENT = "overall_comment"
CONFLICT_STATEMENT = "conflict_statement"
RECUSED = "recused"
PREPARATION_NOTES = "preparation_notes"
OVERALL_TEXT_KEYS = (OVERALL_COMMENT, CONFLICT_STATEMENT, PREPARATION_NOTES)


def level_key(code: str) -> str:
    return f"level:{code}"


def comment_key(code: str) -> str:
    return f"comment:{code}"


def split_key(key: str) -> tuple[str, str]:
    """("level", "C2") for "level:C2"; (key, "") for the fields of the whole grid."""
    kind, _, code = key.partition(":")
    return kind, code


def is_text_key(key: str) -> bool:
    """Text fields are written after a pause in typing, and their edits merge on undo."""
    return key.startswith("comment:") or key in OVERALL_TEXT_KEYS


def write_field(desk: JurorDesk, candidate_id: str, key: str, value: FieldValue) -> Saved:
    """Write one field; raises the editor's `UserError` when the workspace refuses it."""
    editor = desk.editor
    kind, code = split_key(key)
    if kind == "level":
        return editor.set_level(candidate_id, code, as_level(value))
    if kind == "comment":
        return editor.set_comment(candidate_id, code, as_text(value))
    if key == PREPARATION_NOTES:
        return editor.set_preparation_notes(candidate_id, as_text(value))
    # The editor writes these in pairs: the other value is the one the workspace holds now.
    stored = desk.grid(candidate_id)
    if key == RECOMMENDATION:
        return editor.set_overall(candidate_id, as_recommendation(value), stored.overall_comment)
    if key == OVERALL_COMMENT:
        return editor.set_overall(candidate_id, stored.recommendation, as_text(value))
    if key == CONFLICT_STATEMENT:
        return editor.declare_conflict(candidate_id, as_text(value), stored.recused)
    if key == RECUSED:
        return editor.declare_conflict(candidate_id, stored.conflict_statement, bool(value))
    raise ValueError(f"the grid has no field {key!r}")


def as_text(value: FieldValue) -> str:
    return value if isinstance(value, str) else ""


def as_level(value: FieldValue) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_recommendation(value: FieldValue) -> Recommendation | None:
    return Recommendation(value) if isinstance(value, str) else None
