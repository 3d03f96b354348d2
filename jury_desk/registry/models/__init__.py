"""The registry's tables: one metadata of their own, apart from a juror's workspace."""

from jury_desk.registry.models.base import RegistryBase
from jury_desk.registry.models.candidate import Candidate, CandidateDocument, StatusChange
from jury_desk.registry.models.declaration import DeclarationFlow, DeclaredPassage
from jury_desk.registry.models.documents import IssuedDocument
from jury_desk.registry.models.issued import IssuedBundle
from jury_desk.registry.models.journal import RegistryJournalEntry
from jury_desk.registry.models.juror import Juror
from jury_desk.registry.models.jury import Jury, Placement
from jury_desk.registry.models.results import Decision, ReceivedResults
from jury_desk.registry.models.session import RegistrySession, Sitting
from jury_desk.registry.models.setting import Setting

__all__ = [
    "Candidate",
    "CandidateDocument",
    "Decision",
    "DeclarationFlow",
    "DeclaredPassage",
    "IssuedBundle",
    "IssuedDocument",
    "Juror",
    "Jury",
    "Placement",
    "ReceivedResults",
    "RegistryBase",
    "RegistryJournalEntry",
    "RegistrySession",
    "Setting",
    "Sitting",
    "StatusChange",
]
