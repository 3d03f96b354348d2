"""The member co-signs the chair's minutes, in the member's own workspace of the same session.

Before adding anything, the member's copy of jury-desk checks what it is asked to
sign: minutes of this session, signed by its chair, unchanged since, naming this
member, and not yet co-signed. The co-signature is a second incremental signature in
the member's box: the chair's bytes stay exactly as they were signed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.minutes.render import member_box
from jury_desk.minutes.verify import MinutesVerdict, verify_minutes
from jury_desk.models import JurorRole
from jury_desk.signing.as_juror import sign_as_juror
from jury_desk.signing.authority import KnownSession, known_session
from jury_desk.store import journal
from jury_desk.store.queries import me
from jury_desk.store.workspace import Workspace
from jury_desk.trust.identity import JurorIdentity

SIGNING_REASON = "Procès-verbal de délibération contresigné par le membre du jury"


class CosignRefusedError(UserError):
    """These minutes cannot be co-signed here; the message says why."""


def check_before_cosigning(pdf: bytes, workspace: Workspace, home: Path) -> MinutesVerdict:
    """The chair's minutes, verified for this workspace's member; CosignRefusedError if not.

    What the member is shown before confirming: the verdict carries the signed data.
    """
    return _checked(pdf, workspace, known_session(home, workspace))


def _checked(pdf: bytes, workspace: Workspace, session: KnownSession) -> MinutesVerdict:
    with workspace.reading() as db:
        mine = me(db)
        my_id, my_name, my_role = mine.id, mine.name, mine.role
    if my_role is JurorRole.CHAIR:
        raise CosignRefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "You ({name}) chair this jury and sign the minutes first: "
                "the member co-signs them.",
            ),
            name=my_name,
        )
    verdict = verify_minutes(pdf, {session.id: session}, require_cosigned=False)
    if verdict.cosigned:
        raise CosignRefusedError(
            QT_TRANSLATE_NOOP("messages", "These minutes are already co-signed (by {name})."),
            name=verdict.member_name or QT_TRANSLATE_NOOP("messages", "someone"),
        )
    if not verdict.valid or verdict.data is None:
        raise CosignRefusedError(
            QT_TRANSLATE_NOOP("messages", "These minutes cannot be co-signed: {problems}."),
            problems=verdict.refusal(),
        )
    named = verdict.data.member
    if named.id != my_id:
        raise _not_me(named.id, named.name, my_id, my_name)
    return verdict


def _not_me(juror: str, name: str, my_id: str, my_name: str) -> CosignRefusedError:
    """The member the minutes name is another juror than this workspace's: say how."""
    if name == my_name:
        # Two people of the same name, or one person enrolled twice: only the id tells.
        return CosignRefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "These minutes name {name} as the member of the jury, but with the juror id "
                "{juror}; yours is {mine}: the same name, another juror.",
            ),
            name=name,
            juror=juror,
            mine=my_id,
        )
    return CosignRefusedError(
        QT_TRANSLATE_NOOP(
            "messages",
            "These minutes name {name} (juror id {juror}) as the member of the jury, "
            "not you ({mine}).",
        ),
        name=name,
        juror=juror,
        mine=my_id,
    )


def cosign_minutes(
    pdf: bytes, workspace: Workspace, home: Path, identity: JurorIdentity, clock: Clock
) -> bytes:
    """`pdf` with the member's signature added in the member's box, once checked."""
    session = known_session(home, workspace)
    data = _checked(pdf, workspace, session).data
    assert data is not None  # checked: a valid verdict carries its data
    signed_at = clock.now().replace(microsecond=0)
    with workspace.session() as db:
        member = me(db)
        signed = sign_as_juror(
            pdf,
            member,
            identity,
            session.authority,
            reason=SIGNING_REASON,
            signed_at=signed_at,
            stamp_box=member_box(pdf),
        )
        journal.append(
            db,
            clock,
            actor=member.id,
            action="minutes.cosign",
            subject=f"{data.session.id}/r{data.revision}",
            payload={
                "chair_pdf_sha256": hashlib.sha256(pdf).hexdigest(),
                "pdf_sha256": hashlib.sha256(signed).hexdigest(),
            },
        )
    return signed
