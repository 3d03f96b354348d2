"""The workspace's data: SQLAlchemy 2.0 typed mappings and their own invariants.

This package imports nothing else from jury_desk (an import-linter contract).

Its names are loaded on first use (PEP 562): the window reads its first frame's
data in plain SQL and needs only the vocabularies of `jury_desk.models.enums`,
which would otherwise bring SQLAlchemy's ORM with them (some 40 MiB and a tenth
of a second at every start). `from jury_desk.models import Candidate` loads
every mapped class at once, in `jury_desk.models.mapped`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jury_desk.models.mapped import (
        EXPECTED_DOSSIER_KINDS,
        Assessment,
        AssessmentStatus,
        Base,
        BundlePayload,
        Candidate,
        CertificationSession,
        Competency,
        CompetencyScore,
        ConsolidatedScore,
        DecisionRevision,
        DecisionRuleKind,
        Deliberation,
        DocumentChunk,
        DocumentKind,
        DocumentLocation,
        DossierDocument,
        InterviewEvent,
        InterviewEventKind,
        InterviewPhase,
        JournalEntry,
        Juror,
        JurorRole,
        LevelDescriptor,
        Outcome,
        Recommendation,
        ScaleLevel,
        SignedMinutes,
        SignedSheet,
    )

__all__ = [
    "EXPECTED_DOSSIER_KINDS",
    "Assessment",
    "AssessmentStatus",
    "Base",
    "BundlePayload",
    "Candidate",
    "CertificationSession",
    "Competency",
    "CompetencyScore",
    "ConsolidatedScore",
    "DecisionRevision",
    "DecisionRuleKind",
    "Deliberation",
    "DocumentChunk",
    "DocumentKind",
    "DocumentLocation",
    "DossierDocument",
    "InterviewEvent",
    "InterviewEventKind",
    "InterviewPhase",
    "JournalEntry",
    "Juror",
    "JurorRole",
    "LevelDescriptor",
    "Outcome",
    "Recommendation",
    "ScaleLevel",
    "SignedMinutes",
    "SignedSheet",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from jury_desk.models import mapped

    return getattr(mapped, name)
