"""Every mapped class of the workspace, loaded together.

SQLAlchemy resolves relationships by class name ("Candidate") in one registry,
so the classes are imported as a whole: `jury_desk.models` hands out its names
from here, and the store loads this module before its first ORM session.
"""

from jury_desk.models.assessment import Assessment, CompetencyScore
from jury_desk.models.base import Base
from jury_desk.models.candidate import (
    BundlePayload,
    Candidate,
    DocumentChunk,
    DocumentLocation,
    DossierDocument,
)
from jury_desk.models.deliberation import ConsolidatedScore, DecisionRevision, Deliberation
from jury_desk.models.enums import (
    EXPECTED_DOSSIER_KINDS,
    AssessmentStatus,
    DecisionRuleKind,
    DocumentKind,
    InterviewEventKind,
    JurorRole,
    Outcome,
    Recommendation,
)
from jury_desk.models.interview import InterviewEvent
from jury_desk.models.journal import JournalEntry
from jury_desk.models.juror import Juror
from jury_desk.models.referential import Competency, InterviewPhase, LevelDescriptor, ScaleLevel
from jury_desk.models.session import CertificationSession
from jury_desk.models.signed_minutes import SignedMinutes
from jury_desk.models.signed_sheet import SignedSheet

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
