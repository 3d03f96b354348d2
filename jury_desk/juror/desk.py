"""What the juror's window shows, read from the workspace as plain values, and its edits.

The window holds no SQL: it asks this facade for snapshots (candidates, dossier,
grid) and sends edits through the `ScoringEditor` it exposes. The snapshots
and a document's content are read in plain SQL (jury_desk/juror/reading), so that
looking (the first usable frame, choosing candidates, reading the dossier) needs no
SQLAlchemy; the edits, on the writer thread, and every other role's work go through
the ORM.
"""

from __future__ import annotations

from datetime import date

from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.reading import candidates, grid, session
from jury_desk.juror.snapshots import (
    CandidateStatus,
    CandidateSummary,
    DocumentSummary,
    GridRowState,
    GridState,
    LevelInfo,
    SessionHeader,
)
from jury_desk.models.enums import EXPECTED_DOSSIER_KINDS, DocumentKind
from jury_desk.rules.deadlines import workspace_kept_until
from jury_desk.rules.scale import Scale
from jury_desk.session.progress import Progress
from jury_desk.store.workspace import Workspace

__all__ = [
    "CandidateStatus",
    "CandidateSummary",
    "DocumentSummary",
    "GridRowState",
    "GridState",
    "JurorDesk",
    "LevelInfo",
    "SessionHeader",
]


class JurorDesk:
    """The juror's view of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.editor = ScoringEditor(workspace)

    def header(self) -> SessionHeader:
        with self.workspace.plain_reading() as sql:
            row, juror = session.the_session(sql), session.me(sql)
            return SessionHeader(
                row.id, row.title, row.certification_title, juror.name, juror.role.value
            )

    def kept_until(self) -> date:
        """When this workspace may be deleted (rules/deadlines.py)."""
        with self.workspace.plain_reading() as sql:
            row = session.the_session(sql)
        return workspace_kept_until(row.ends_on, row.decision_delay_months)

    def progress(self) -> Progress:
        """The session's next step for the person using this workspace."""
        with self.workspace.plain_reading() as sql:
            return candidates.progress(sql)

    def scale(self) -> Scale:
        with self.workspace.plain_reading() as sql:
            return session.scale(sql)

    def competency_titles(self) -> list[tuple[str, str]]:
        """Each competency's code and title, in the referential's order."""
        with self.workspace.plain_reading() as sql:
            return session.competency_titles(sql)

    def candidates(self) -> list[CandidateSummary]:
        with self.workspace.plain_reading() as sql:
            return candidates.candidates(sql)

    def dossier(self, candidate_id: str) -> list[DocumentSummary]:
        with self.workspace.plain_reading() as sql:
            return candidates.dossier(sql, candidate_id)

    def dossier_checklist(self, candidate_id: str) -> dict[DocumentKind, bool]:
        """For each of the six expected dossier items: is it present?"""
        present = {document.kind for document in self.dossier(candidate_id)}
        return {kind: kind in present for kind in EXPECTED_DOSSIER_KINDS}

    def document_content(self, document_id: int) -> bytes:
        # Imported here: a bundle's payload copy is decrypted with the crypto stack,
        # which the first frame does without (ui/shell/startup.py).
        from jury_desk.juror.reading import documents

        with self.workspace.plain_reading() as sql:
            return documents.content(sql, self.workspace.path.parent, document_id)

    def grid(self, candidate_id: str) -> GridState:
        with self.workspace.plain_reading() as sql:
            return grid.grid(sql, candidate_id)
