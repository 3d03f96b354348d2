"""A candidate's social security number (NIR), kept sealed for the declaration to the CDC.

The organiser chooses whether the registry keeps NIRs (declaration_settings.keep_nir).
A kept number is sealed to the organiser's age recipient, a public key: typing it in
(the window, the command line, an intake) needs no secret, and only the organiser's
age identity opens it, to write the CDC's file. It is never shown whole, never
journaled (the journal says "set", "cleared" or "deleted", never digits), and deleted
once the CDC accepted the passage (`forget_nir`) or when the retention schedule deletes
the person's data.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.crypto.age_stream import decrypt_small_with_identities, encrypt_small_to_recipients
from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Candidate
from jury_desk.registry.store import Registry, Writer
from jury_desk.rules.nir import NIR_LENGTH, cdc_nir, nir_problems

ACCEPTED_BY_THE_CDC = "accepted by the CDC"  # the journal's reason for `forget_nir`


def seal_nir(recipient: str, nir: str) -> bytes:
    """The 13-character `nir` encrypted to the age `recipient` (age1…)."""
    return encrypt_small_to_recipients(nir.encode("ascii"), [recipient])


def open_nir(identity: str, sealed: bytes) -> str:
    """The 13 characters `seal_nir` sealed, opened with the organiser's age identity."""
    text = decrypt_small_with_identities(sealed, [identity]).decode("ascii", "replace")
    if len(text) != NIR_LENGTH:
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "A sealed social security number is damaged.")
        )
    return text


def checked_nir(typed: str) -> str:
    """The 13 characters the CDC receives; RegistryError with every problem otherwise."""
    problems = nir_problems(typed)
    if problems:
        every = joined([UserError(p.template, **dict(p.params)) for p in problems])
        raise RegistryError(every.template, **every.params)
    return cdc_nir(typed)


def require_kept(registry: Registry) -> None:
    """Refuse, unless the organiser chose to keep NIRs for the declaration."""
    # Here, not at the top: the settings bring the CDC's schema reader (lxml), which the
    # candidates' pages and the access export otherwise never need.
    from jury_desk.registry.declaration_settings import declaration_settings

    if not declaration_settings(registry).keep_nir:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The registry does not keep social security numbers: choose to keep them in "
                "the declaration's settings first.",
            )
        )


def seal_typed_nir(registry: Registry, typed: str, recipient: str) -> bytes:
    """`typed` checked and sealed to `recipient`, if the registry keeps NIRs (for a new
    candidate's `add_candidate(nir_sealed=…)`); RegistryError otherwise."""
    require_kept(registry)
    return seal_nir(recipient, checked_nir(typed))


def set_nir(
    registry: Registry,
    candidate_id: str,
    typed: str | None,
    recipient: str,
    seen_version: int | None,
) -> None:
    """Keep the candidate's number `typed`, sealed to `recipient`; None deletes the kept one.

    Deleting is always allowed (the settings may have stopped keeping NIRs since);
    keeping one needs the settings to say so and a number the rules accept.
    """
    sealed = None if typed is None else seal_typed_nir(registry, typed, recipient)
    with registry.write() as writer:
        candidate = must_get(writer.session, Candidate, candidate_id)
        writer.guard(candidate, seen_version)
        candidate.nir_sealed = sealed
        writer.touch(candidate)
        writer.journal("candidate.nir", candidate_id, {"nir": "set" if sealed else "cleared"})


def forget_nir(writer: Writer, candidate: Candidate) -> bool:
    """Delete the candidate's number within `writer`'s write, as the CDC accepted the passage
    (its report's import calls this); whether there was one."""
    if not has_nir(writer.session, candidate.id):
        return False
    candidate.nir_sealed = None
    writer.touch(candidate)
    writer.journal("candidate.nir.deleted", candidate.id, {"reason": ACCEPTED_BY_THE_CDC})
    return True


def has_nir(session: Session, candidate_id: str) -> bool:
    """Whether a number is kept for the candidate, asked of the database: the sealed bytes
    are not loaded."""
    kept = session.scalar(
        select(Candidate.nir_sealed.is_not(None)).where(Candidate.id == candidate_id)
    )
    return bool(kept)


def nir_kept_for(registry: Registry, candidate_id: str) -> bool:
    """`has_nir` in a read of its own (the window asks it for the candidate it shows)."""
    with registry.read() as session:
        return has_nir(session, candidate_id)


def sealed_nir(session: Session, candidate_id: str) -> bytes | None:
    """The sealed bytes kept for the candidate, for the declaration to open with `open_nir`."""
    return session.scalar(select(Candidate.nir_sealed).where(Candidate.id == candidate_id))
