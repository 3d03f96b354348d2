"""`load_folder`: session.toml's sections in the file's order, into an `OrganiserFolder`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from jury_desk.bundle.folder.layout import SESSION_FILE
from jury_desk.bundle.folder.model import FolderCandidate, FolderError, FolderJuror, OrganiserFolder
from jury_desk.bundle.folder.reading_people import read_candidates, read_jurors
from jury_desk.bundle.folder.reading_referential import (
    read_competencies,
    read_levels,
    read_plan,
    read_rule,
)
from jury_desk.bundle.folder.reading_session import SessionSection, check_format, read_session
from jury_desk.bundle.folder.toml_table import TomlTable, parse_session_file, unknown_key
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.referential import (
    CompetencySpec,
    DecisionRuleSpec,
    InterviewPlanSpec,
    LevelSpec,
    ReferentialSpec,
)

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


def load_folder(folder: Path) -> OrganiserFolder:
    """Read and check an organiser's folder; the first problem raises a one-line FolderError."""
    if not folder.is_dir():
        raise FolderError(QT_TRANSLATE_NOOP("messages", "{folder}: no such folder"), folder=folder)
    root = folder.resolve()
    return _Loader(root, parse_session_file(root / SESSION_FILE)).load()


class _Loader:
    """Reads the sections in the file's order; a section another needs is read when needed."""

    def __init__(self, root: Path, document: dict[str, object]) -> None:
        self._root = root
        self._doc = TomlTable(document, "")

    def load(self) -> OrganiserFolder:
        check_format(self._doc)
        for key in self._doc.data:
            if key not in _TOP_KEYS:
                raise self._doc.error(unknown_key(key, _TOP_KEYS))
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
    def _session(self) -> SessionSection:
        return read_session(self._doc)

    @cached_property
    def _levels(self) -> tuple[LevelSpec, ...]:
        return read_levels(self._doc)

    @cached_property
    def _competencies(self) -> tuple[CompetencySpec, ...]:
        return read_competencies(self._doc, self._levels)

    @cached_property
    def _rule(self) -> DecisionRuleSpec:
        return read_rule(self._doc, lambda: len(self._competencies))

    @cached_property
    def _plan(self) -> InterviewPlanSpec:
        return read_plan(self._doc)

    @cached_property
    def _jurors(self) -> tuple[FolderJuror, ...]:
        return read_jurors(self._doc, self._root)

    @cached_property
    def _candidates(self) -> tuple[FolderCandidate, ...]:
        return read_candidates(self._doc, self._root, self._session, lambda: self._plan)
