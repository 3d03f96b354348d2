"""`registry cdc export`: the session's declaration to the Caisse des Dépôts, written once
validated against the kit's schema, and each passage in it recorded as generated.

What goes in is what `declaration_lines` says is to declare. A holder the schema cannot
take is listed with what is missing; the file is written without them only when the
organiser says so (`leave_out_listed`). A file written earlier and never marked sent
stops the export until the organiser says whether it was uploaded (mark it sent) or not
(`replace_unsent`: its passages are written again and it is marked replaced), so that
no holder is declared twice by mistake.

The file is written next to its destination first, the registry records it, then it
takes its name (a rename in the same folder): a failure before the record leaves no
file, and the registry never records a file whose bytes were not written.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.declaration.flow import Excluded, Passage, prepare_flow
from jury_desk.kernel.atomic import fsync_directory
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.candidates import draft_of
from jury_desk.registry.declaration_lines import NextStep, declaration_lines
from jury_desk.registry.declaration_settings import declaration_settings
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.intake_import import identity_of
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import (
    Candidate,
    DeclarationFlow,
    DeclaredPassage,
    Placement,
    RegistrySession,
)
from jury_desk.registry.models.declaration import GENERATED, REPLACED
from jury_desk.registry.store import Registry, Writer
from jury_desk.rules.deadlines import interview_day
from jury_desk.trust.authority import Authority

_FLOW_ID_CODE = 20  # the certification code's share of the 50 characters of idFlux


class HoldersLeftOut(RegistryError):
    """Some holders cannot be declared: listed; the file is made only if the organiser agrees."""

    def __init__(self, excluded: tuple[tuple[str, Excluded], ...]) -> None:
        self.excluded = excluded  # (name, why)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "{count} holder(s) cannot be declared as they stand: {holders}. Correct them, "
                "or write the file without them.",
            ),
            count=len(excluded),
            holders=_listed(excluded),
        )


def _listed(excluded: tuple[tuple[str, Excluded], ...]) -> str:
    """« Name: why. Why. ; Name: why. » (each reason in English; the window lists its own)."""
    return "; ".join(
        f"{name}: " + " ".join(str(problem) for problem in why.problems) for name, why in excluded
    )


class UnsentFlowPending(RegistryError):
    """A file written earlier was never marked sent: say first whether it was uploaded."""


@dataclass(frozen=True)
class DeclarationWritten:
    flow_id: str
    path: Path
    holders: tuple[str, ...]  # names, in the file
    left_out: tuple[tuple[str, Excluded], ...]
    schema_name: str
    schema_version: str


def technical_id(certification_code: str, session_id: str, candidate_id: str) -> str:
    """The passage's stable id: the same candidate's certification at the same session
    always has the same one, corrections included (the CDC updates rather than adds)."""
    return f"{certification_code}-{session_id}-{candidate_id}"


@dataclass
class _Pending:
    """The passages to write, with what the registry records of each (by technical id)."""

    passages: list[Passage] = field(default_factory=list)
    keys: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # candidate, decision,
    names: dict[str, str] = field(default_factory=dict)  # identity version; the holder's name


def export_declaration(
    registry: Registry,
    session_id: str,
    destination: Path,
    authority: Authority | None = None,
    *,
    leave_out_listed: bool = False,
    replace_unsent: bool = False,
    validate: bool = True,
) -> DeclarationWritten:
    """Write the session's declaration at `destination`; RegistryError says why not.

    `authority` opens the NIR kept for the holders (only where the schema carries it).
    `validate` is False only for the demo played without a CDC kit: the identities are
    then checked by the rules of schema 1.1.2 alone, and `schema_name` is empty.
    """
    settings = declaration_settings(registry)
    emitter = settings.emitter()
    schema = settings.schema() if validate else None
    moment = registry.clock.now()
    with registry.read() as session:
        must_get(session, RegistrySession, session_id)
        _check_unsent(session, session_id, replace_unsent)
        with_nir = schema is not None and schema.declares_national_id
        pending = _pending(session, session_id, emitter.certification_code, authority, with_nir)
    flow_id = _flow_id(emitter.certification_code, moment)
    prepared = prepare_flow(emitter, pending.passages, flow_id, moment, schema)
    left_out = tuple((pending.names[item.passage.technical_id], item) for item in prepared.excluded)
    if left_out and not leave_out_listed:
        raise HoldersLeftOut(left_out)
    if prepared.content is None:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No holder of session {session} can be declared as they stand: {holders}",
            ),
            session=session_id,
            holders=_listed(left_out),
        )
    flow = DeclarationFlow(
        id=flow_id,
        session_id=session_id,
        file_name=destination.name,
        sha256=hashlib.sha256(prepared.content).hexdigest(),
        schema_version=schema.version[:32] if schema is not None else "",
    )
    record = partial(_record, flow=flow, included=prepared.included, pending=pending,
                     left_out=len(left_out))  # fmt: skip
    _write_recorded(registry, destination, prepared.content, record)
    return DeclarationWritten(
        flow_id=flow_id,
        path=destination,
        holders=tuple(pending.names[passage.technical_id] for passage in prepared.included),
        left_out=left_out,
        schema_name=schema.path.name if schema is not None else "",
        schema_version=schema.version if schema is not None else "",
    )


def _pending(
    session: Session,
    session_id: str,
    certification_code: str,
    authority: Authority | None,
    with_nir: bool,
) -> _Pending:
    """Every decision the lines say is to declare, as the flow's passages."""
    lines = [
        line for line in declaration_lines(session, session_id) if line.step is NextStep.DECLARE
    ]
    if not lines:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Nothing to declare for session {session}: every certified holder is "
                "declared, awaiting the CDC's report or awaiting a correction.",
            ),
            session=session_id,
        )
    pending = _Pending()
    for line in lines:
        candidate = must_get(session, Candidate, line.candidate_id)
        passage_id = technical_id(certification_code, session_id, candidate.id)
        pending.passages.append(
            Passage(
                technical_id=passage_id,
                decided_on=line.decided_on,
                holder=identity_of(draft_of(candidate)),
                examined_on=_interview_day(session, candidate.id),
                nir=_nir(candidate, authority) if with_nir else None,
            )
        )
        pending.keys[passage_id] = (candidate.id, line.decision_id, candidate.version)
        pending.names[passage_id] = line.name
    return pending


def _record(
    writer: Writer,
    *,
    flow: DeclarationFlow,
    included: tuple[Passage, ...],
    pending: _Pending,
    left_out: int,
) -> None:
    """The file and its passages, generated; earlier unsent files' passages replaced."""
    flow.generated_at, flow.generated_by = writer.now, writer.actor
    writer.session.add(flow)
    _replace_unsent(writer, flow.session_id)
    for passage in included:
        candidate_id, decision_id, version = pending.keys[passage.technical_id]
        writer.session.add(
            DeclaredPassage(
                flow_id=flow.id,
                candidate_id=candidate_id,
                decision_id=decision_id,
                technical_id=passage.technical_id,
                identity_version=version,
                status=GENERATED,
                message="",
                updated_at=writer.now,
            )
        )
    writer.journal(
        "declaration.export",
        flow.id,
        {
            "session": flow.session_id,
            "passages": len(included),
            "left_out": left_out,
            "sha256": flow.sha256,
            "schema_version": flow.schema_version,
        },
    )


def _check_unsent(session: Session, session_id: str, replace_unsent: bool) -> None:
    unsent = session.scalars(
        select(DeclarationFlow)
        .join(DeclaredPassage)
        .where(DeclarationFlow.session_id == session_id, DeclaredPassage.status == GENERATED)
        .distinct()
    ).all()
    if unsent and not replace_unsent:
        flow = unsent[0]
        raise UnsentFlowPending(
            QT_TRANSLATE_NOOP(
                "messages",
                "The declaration {flow} ({file}) was written but never marked sent. If you "
                "uploaded it to the CDC, mark it sent first; if not, write the new file in its "
                "place (its holders are written again).",
            ),
            flow=flow.id,
            file=flow.file_name,
        )


def _replace_unsent(writer: Writer, session_id: str) -> None:
    unsent = writer.session.scalars(
        select(DeclaredPassage)
        .join(DeclarationFlow)
        .where(DeclarationFlow.session_id == session_id, DeclaredPassage.status == GENERATED)
    )
    for passage in unsent:
        passage.status = REPLACED
        passage.updated_at = writer.now


def _interview_day(session: Session, candidate_id: str) -> date | None:
    placement = session.get(Placement, candidate_id)
    return None if placement is None else interview_day(placement.start_utc)


def _nir(candidate: Candidate, authority: Authority | None) -> str | None:
    if candidate.nir_sealed is None:
        return None
    if authority is None:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Social security numbers are kept for this declaration: unlock the "
                "organiser's authority to write it.",
            )
        )
    from jury_desk.registry.nir import open_nir

    return open_nir(authority.age_identity, candidate.nir_sealed)


def _flow_id(certification_code: str, moment: datetime) -> str:
    """Unique per file and readable: RS6247-20261207T181503Z-4821."""
    suffix = int.from_bytes(os.urandom(2), "big")
    return f"{certification_code[:_FLOW_ID_CODE]}-{moment:%Y%m%dT%H%M%S}Z-{suffix:05d}"


def _write_recorded(
    registry: Registry, destination: Path, content: bytes, record: Callable[[Writer], None]
) -> None:
    """The file beside its destination, the registry's record, then the file's name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        with registry.write() as writer:
            record(writer)
        temporary.replace(destination)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "Could not write {file}: {reason}"),
            file=str(destination),
            reason=error.strerror or str(error),
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(destination.parent)
