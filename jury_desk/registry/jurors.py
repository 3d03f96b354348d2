"""The jurors: the enrolment inbox (requests read, codes compared by phone, then accepted)
and each juror's profile (kind, incubator, linked start-ups: what conflicts are made of)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import read_outside_file
from jury_desk.models.enums import JurorKind
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get, new_id
from jury_desk.registry.models import Juror
from jury_desk.registry.store import Registry
from jury_desk.trust.enrolment import REQUEST_FILE, EnrolmentRequest
from jury_desk.trust.keys import comparison_code_of


@dataclass(frozen=True)
class InboxRequest:
    """A request file as the inbox shows it, before anything is accepted."""

    path: Path
    data: bytes
    request: EnrolmentRequest

    @property
    def comparison_code(self) -> str:
        """The code the juror reads over the phone from their own app."""
        return comparison_code_of(self.request.fingerprint)


@dataclass(frozen=True)
class JurorProfile:
    kind: JurorKind
    incubator: str = ""
    startups: tuple[str, ...] = ()


def read_request(path: Path) -> InboxRequest:
    """A juror's request file, bounded and verified (its CSR binds name, e-mail and keys)."""
    data = read_outside_file(path, REQUEST_FILE)
    return InboxRequest(path, data, EnrolmentRequest.from_json(data, path.name))


def accept_request(
    registry: Registry, inbox: InboxRequest, profile: JurorProfile, *, codes_matched: bool
) -> str:
    """Record the juror (or their new keys) once the organiser has compared the codes.

    Accepting without the comparison would let anyone who can send a file to the
    organiser sit on a jury under someone else's name.
    """
    if not codes_matched:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Compare the code with {name} first (by phone or in person), then accept.",
            ),
            name=inbox.request.name,
        )
    request = inbox.request
    with registry.write() as writer:
        juror = writer.session.scalars(
            select(Juror).where(func.lower(Juror.email) == request.email.casefold())
        ).first()
        action = "juror.keys"
        if juror is None:
            action = "juror.accept"
            juror = Juror(id=new_id("j"), email=request.email)
            writer.session.add(juror)
        juror.name = request.name
        juror.kind = profile.kind
        juror.incubator = profile.incubator.strip()
        juror.startups = profile.startups
        juror.request = inbox.data
        juror.fingerprint = request.fingerprint.replace(" ", "")
        juror.accepted_at = writer.now
        juror.accepted_by = writer.actor
        writer.touch(juror)
        writer.journal(action, juror.id, {"fingerprint": juror.fingerprint})
        return juror.id


def edit_profile(
    registry: Registry, juror_id: str, profile: JurorProfile, seen_version: int
) -> None:
    with registry.write() as writer:
        juror = must_get(writer.session, Juror, juror_id)
        writer.guard(juror, seen_version)
        juror.kind = profile.kind
        juror.incubator = profile.incubator.strip()
        juror.startups = profile.startups
        writer.touch(juror)
        writer.journal("juror.profile", juror_id, {"kind": profile.kind.value})


def list_jurors(registry: Registry) -> list[Juror]:
    with registry.read() as session:
        return list(session.scalars(select(Juror).order_by(Juror.name)))
