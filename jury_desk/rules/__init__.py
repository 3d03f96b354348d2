"""The rules of the domain as plain functions over plain values (design.md §6)."""

from jury_desk.rules.consolidation import Consolidation, consolidate, decide
from jury_desk.rules.deadlines import decision_due_date
from jury_desk.rules.scale import Scale
from jury_desk.rules.sheet import GridRow, SheetProblem, sheet_problems

__all__ = [
    "Consolidation",
    "GridRow",
    "Scale",
    "SheetProblem",
    "consolidate",
    "decide",
    "decision_due_date",
    "sheet_problems",
]
