"""The chair signs the minutes: gather, render, sign in the first box, keep as revision n+1.

Each export is a new revision: the decisions may have changed since the last
one, and a revision sent to the member for co-signature must stay exactly as it
was signed, so no revision is ever replaced by another. Every revision is kept
in the workspace as signed (the co-signed file replaces it once it comes back:
see `importing`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.minutes.data import MinutesData
from jury_desk.minutes.file_name import minutes_file_name
from jury_desk.minutes.gather import minutes_data_from_workspace
from jury_desk.minutes.render import chair_box, render_minutes_pdf
from jury_desk.models import SignedMinutes
from jury_desk.signing.as_juror import sign_as_juror
from jury_desk.signing.authority import issuing_authority
from jury_desk.store import journal
from jury_desk.store.queries import me, the_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.identity import JurorIdentity

SIGNING_REASON = "Procès-verbal de délibération signé par la présidence du jury"


@dataclass(frozen=True)
class MinutesFile:
    """One revision of the minutes as kept in the workspace."""

    revision: int
    file_name: str
    pdf: bytes
    cosigned: bool
    signed_at: datetime  # the chair's signature


def export_minutes(
    workspace: Workspace,
    home: Path,
    identity: JurorIdentity,
    clock: Clock,
    *,
    place: str | None = None,
) -> MinutesFile:
    """Sign the minutes as they stand as the chair, and keep them as the next revision.

    `place`, where the jury met, closes the minutes with « Fait à {place}, le … »; without
    it, « Fait le … ».

    Refused (a UserError) for the member, while a candidate has no decision, or if the
    identity in use is not the chair's certified key.
    """
    authority = issuing_authority(home, workspace)
    signed_at = clock.now().replace(microsecond=0)
    data = minutes_data_from_workspace(workspace, now=signed_at, place=place)
    unsigned = render_minutes_pdf(data)
    with workspace.session() as session:
        chair = me(session)
        pdf = sign_as_juror(
            unsigned,
            chair,
            identity,
            authority,
            reason=SIGNING_REASON,
            signed_at=signed_at,
            stamp_box=chair_box(unsigned),
        )
        last = session.scalar(
            select(func.max(SignedMinutes.revision)).where(
                SignedMinutes.session_id == data.session.id
            )
        )
        _check_still_next(last, data)
        name = minutes_file_name(data.session.id, data.revision)
        pdf_sha256 = hashlib.sha256(pdf).hexdigest()
        session.add(
            SignedMinutes(
                session_id=the_session(session).id,
                revision=data.revision,
                file_name=name,
                signed_at=signed_at,
                pdf_sha256=pdf_sha256,
                pdf=pdf,
                cosigned=False,
            )
        )
        journal.append(
            session,
            clock,
            actor=chair.id,
            action="minutes.sign",
            subject=f"{data.session.id}/r{data.revision}",
            payload={"data_sha256": data.sha256, "pdf_sha256": pdf_sha256},
        )
    return MinutesFile(data.revision, name, pdf, False, signed_at)


def latest_minutes(workspace: Workspace) -> MinutesFile | None:
    """The last revision signed here (co-signed if the member's copy came back), or None."""
    with workspace.reading() as session:
        row = session.scalars(
            select(SignedMinutes).order_by(SignedMinutes.revision.desc()).limit(1)
        ).first()
        if row is None:
            return None
        return MinutesFile(row.revision, row.file_name, row.pdf, row.cosigned, row.signed_at)


def write_minutes(minutes: MinutesFile, destination: Path) -> Path:
    """Write to `destination` (a file, or a folder for the minutes' own name), atomically."""
    path = destination / minutes.file_name if destination.is_dir() else destination
    write_atomically(path, minutes.pdf, mode=0o644)
    return path


def _check_still_next(last: int | None, data: MinutesData) -> None:
    # Another export in this process (a second click while signing) took this number.
    if (last or 0) + 1 != data.revision:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Revision {revision} of the minutes was signed meanwhile: export them again.",
            ),
            revision=data.revision,
        )
