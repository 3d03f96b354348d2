"""Reading the referential of session.toml: levels, competencies, decision rule, interview plan."""

from __future__ import annotations

from collections.abc import Callable

from jury_desk.bundle.folder.limits import (
    COMPETENCY_CODE,
    LONG_TEXT_MAX,
    MAX_COMPETENCIES,
    MAX_CRITERIA,
    MAX_DESCRIPTORS,
    MAX_LEVELS,
    MAX_PHASES,
    MINUTES_MAX,
    PHASE_CODE,
    TEXT_MAX,
)
from jury_desk.bundle.folder.reading_session import matching
from jury_desk.bundle.folder.toml_table import TomlTable, quoted
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.models.enums import DecisionRuleKind
from jury_desk.rules.referential import (
    CompetencySpec,
    DecisionRuleSpec,
    InterviewPlanSpec,
    LevelSpec,
    PhaseSpec,
)

_LEVEL_KEYS = ("label", "passing")
_COMPETENCY_KEYS = ("code", "title", "description", "criteria", "descriptors")
_RULE_KEYS = ("kind", "minimum_passing")
_PLAN_KEYS = ("warning_marks_minutes", "phases")
_PHASE_KEYS = ("code", "title", "minutes")


def read_levels(doc: TomlTable) -> tuple[LevelSpec, ...]:
    levels: list[LevelSpec] = []
    for table in doc.tables("levels", _LEVEL_KEYS, max_items=MAX_LEVELS):
        label = table.text("label")
        passing = table.boolean("passing")
        for other in levels:
            if other.label == label:
                raise table.error(
                    Phrase(
                        QT_TRANSLATE_NOOP("messages", "{value} is already levels[{position}]"),
                        value=quoted(label),
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
                    value=quoted(label),
                    other=quoted(levels[-1].label),
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


def read_competencies(doc: TomlTable, levels: tuple[LevelSpec, ...]) -> tuple[CompetencySpec, ...]:
    competencies: list[CompetencySpec] = []
    seen: dict[str, str] = {}
    for table in doc.tables("competencies", _COMPETENCY_KEYS, max_items=MAX_COMPETENCIES):
        code = matching(
            table,
            "code",
            COMPETENCY_CODE,
            QT_TRANSLATE_NOOP("messages", 'letters, digits, "-" or "_", e.g. "C1"'),
        )
        if code in seen:
            raise table.error(already_code(code, seen[code]), "code")
        seen[code] = table.path
        title = table.text("title")
        description = table.text("description", max_length=LONG_TEXT_MAX)
        criteria = table.texts("criteria", max_items=MAX_CRITERIA, max_length=TEXT_MAX)
        if not criteria:
            raise table.error(
                Phrase(QT_TRANSLATE_NOOP("messages", "list at least one criterion")), "criteria"
            )
        descriptors = table.texts(
            "descriptors", max_items=MAX_DESCRIPTORS, max_length=LONG_TEXT_MAX
        )
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
                    lowest=quoted(levels[0].label),
                    highest=quoted(levels[-1].label),
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


def read_rule(doc: TomlTable, competency_count: Callable[[], int]) -> DecisionRuleSpec:
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


def read_plan(doc: TomlTable) -> InterviewPlanSpec:
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


def _integers(table: TomlTable, key: str, default: list[object]) -> tuple[int, ...]:
    result: list[int] = []
    for position, value in enumerate(table.items(key, 10, default), start=1):
        if isinstance(value, bool) or not isinstance(value, int):
            raise table.wrong(
                f"{key}[{position}]", QT_TRANSLATE_NOOP("messages", "a whole number"), value
            )
        result.append(value)
    return tuple(result)


def _read_phases(plan: TomlTable) -> tuple[PhaseSpec, ...]:
    phases: list[PhaseSpec] = []
    seen: dict[str, str] = {}
    for table in plan.tables("phases", _PHASE_KEYS, max_items=MAX_PHASES):
        code = matching(
            table,
            "code",
            PHASE_CODE,
            QT_TRANSLATE_NOOP("messages", 'lowercase letters, digits, "-" or "_"'),
        )
        if code in seen:
            raise table.error(already_code(code, seen[code]), "code")
        seen[code] = table.path
        title = table.text("title")
        minutes = table.integer("minutes", minimum=1, maximum=MINUTES_MAX)
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


def already_code(code: str, other: str) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "{value} is already the code of {other}"),
        value=quoted(code),
        other=other,
    )
