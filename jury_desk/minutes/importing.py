"""The chair brings back the minutes the member co-signed, and keeps them.

The file must verify with both signatures, and the revision the chair signed in it
must be, byte for byte, a revision of the minutes exported from this workspace: the
member can add a signature, nothing else.

It is kept in place of that revision's chair-signed file, flagged co-signed. Nothing is
lost: the chair-signed file is the exact beginning of the co-signed one (checked here),
and the workspace keeps one file per revision (`SignedMinutes` is unique per session
and revision), the one worth sending on. The journal records both hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap
from jury_desk.minutes.data import ATTACHMENT_NAME
from jury_desk.minutes.file_name import minutes_file_name
from jury_desk.minutes.verify import MINUTES_FILE, verify_minutes
from jury_desk.models import SignedMinutes
from jury_desk.sheets.verify import SHEET_FILE
from jury_desk.signing.authority import KnownSession
from jury_desk.signing.verification import embedded_file
from jury_desk.store import journal
from jury_desk.store.queries import me, the_session
from jury_desk.store.workspace import Workspace

# What the chair imports is told apart only once read: either cap holds.
SHEET_OR_MINUTES_FILE = FileCap(
    QT_TRANSLATE_NOOP("messages", "a signed sheet or co-signed minutes"),
    max(SHEET_FILE.max_bytes, MINUTES_FILE.max_bytes),
)


class MinutesImportKind(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    # Another co-signed copy of the same revision is already kept; it stays.
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass(frozen=True)
class MinutesImportOutcome:
    """What became of one minutes file; `reason` explains every kind but a plain import.

    `reason_message` is the reason as a message with its fields (which the window
    translates); `reason` is its English text (the command line's).
    """

    kind: MinutesImportKind
    revision: int | None = None
    reason_message: UserError | None = None

    @property
    def reason(self) -> str | None:
        return None if self.reason_message is None else str(self.reason_message)

    @property
    def accepted(self) -> bool:
        """The co-signed minutes are now in the workspace (just imported, or already there)."""
        return self.kind in (MinutesImportKind.IMPORTED, MinutesImportKind.UNCHANGED)


def is_minutes_pdf(pdf: bytes) -> bool:
    """The file carries `minutes.json`: minutes, not a scoring sheet (nor anything else)."""
    try:
        return embedded_file(pdf, ATTACHMENT_NAME) is not None
    except UserError:
        return False  # not a readable PDF: whoever imports it says why


def import_minutes(
    workspace: Workspace, pdf: bytes, sessions: Mapping[str, KnownSession], clock: Clock
) -> MinutesImportOutcome:
    """Verify co-signed minutes and keep them as the co-signed copy of their revision."""
    verdict = verify_minutes(pdf, sessions, require_cosigned=True)
    data = verdict.data
    revision = data.revision if data is not None else None
    if data is None or not verdict.valid:
        return MinutesImportOutcome(MinutesImportKind.REFUSED, revision, verdict.refusal())
    chair_revision = verdict.chair_revision
    with workspace.session() as session:
        row = the_session(session)
        if data.session.id != row.id:
            return _refused(
                revision,
                UserError(
                    QT_TRANSLATE_NOOP("messages", "minutes of session {session}, this is {this}"),
                    session=data.session.id,
                    this=row.id,
                ),
            )
        stored = session.scalars(
            select(SignedMinutes).where(
                SignedMinutes.session_id == row.id, SignedMinutes.revision == data.revision
            )
        ).first()
        if stored is None:
            return _refused(
                revision,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "messages", "revision {revision} of the minutes was not signed here"
                    ),
                    revision=revision,
                ),
            )
        not_ours = UserError(
            QT_TRANSLATE_NOOP(
                "messages", "the chair's revision in it is not revision {revision} as signed here"
            ),
            revision=revision,
        )
        if stored.cosigned:
            if stored.pdf == pdf:
                return MinutesImportOutcome(
                    MinutesImportKind.UNCHANGED,
                    revision,
                    UserError(QT_TRANSLATE_NOOP("messages", "already in")),
                )
            if not stored.pdf.startswith(chair_revision):
                return _refused(revision, not_ours)
            return MinutesImportOutcome(
                MinutesImportKind.CONFLICT,
                revision,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "another co-signed copy of this revision is already kept and stays",
                    )
                ),
            )
        if stored.pdf != chair_revision:
            return _refused(revision, not_ours)
        pdf_sha256 = hashlib.sha256(pdf).hexdigest()
        journal.append(
            session,
            clock,
            actor=me(session).id,
            action="minutes.import",
            subject=f"{row.id}/r{data.revision}",
            payload={
                "chair_pdf_sha256": stored.pdf_sha256,
                "pdf_sha256": pdf_sha256,
                "member": data.member.id,
            },
        )
        stored.pdf = pdf
        stored.pdf_sha256 = pdf_sha256
        stored.cosigned = True
        stored.file_name = minutes_file_name(row.id, data.revision, cosigned=True)
        latest = session.scalar(
            select(func.max(SignedMinutes.revision)).where(SignedMinutes.session_id == row.id)
        )
    newer = (
        UserError(
            QT_TRANSLATE_NOOP("messages", "revision {latest} is newer: have it co-signed too"),
            latest=latest,
        )
        if latest is not None and latest > data.revision
        else None
    )
    return MinutesImportOutcome(MinutesImportKind.IMPORTED, revision, newer)


def _refused(revision: int | None, reason: UserError) -> MinutesImportOutcome:
    return MinutesImportOutcome(MinutesImportKind.REFUSED, revision, reason)
