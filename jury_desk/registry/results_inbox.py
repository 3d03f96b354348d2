"""The organiser's results inbox: each jury's results file decrypted and verified as `results
open` does, matched to the jury and the bundle the registry issued, and its decisions entered.

A file is refused, with its reason, when it does not verify, comes from a jury the registry
does not know or holds a candidate not placed with that jury, names a bundle version never
issued to it, or was exported before the file already imported for that jury (a newer one
supersedes an older one: the decisions it replaces stay, marked superseded). The same file
imported twice is said and ignored.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap, read_outside_file
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import (
    Candidate,
    Decision,
    IssuedBundle,
    Jury,
    Placement,
    ReceivedResults,
    StatusChange,
)
from jury_desk.registry.store import Registry, Writer
from jury_desk.results.data import CandidateResult, ResultsDocument
from jury_desk.results.layout import DEFAULT_LIMITS
from jury_desk.trust.authority import Authority

RESULTS_FILE = FileCap(
    QT_TRANSLATE_NOOP("messages", "a results file"), DEFAULT_LIMITS.max_total_bytes + (1 << 20)
)


class ResultsRefused(RegistryError):
    """A results file the registry does not take; the message says why."""


@dataclass(frozen=True)
class Imported:
    jury_id: str
    jury_label: str
    decisions: int
    superseded: int
    already_there: bool = False


class CorrectionNeedsReason(ResultsRefused):
    """The file changes decisions already recorded: only with the reason of the correction."""


def import_results(
    registry: Registry, path: Path, authority: Authority, correction_reason: str = ""
) -> Imported:
    """Verify the file at `path` and enter its decisions; ResultsRefused says why not.

    A file that changes an outcome already recorded is a correction: the jury deliberated
    again and signed new minutes; it is taken only with `correction_reason`, which the
    new decisions and the journal keep (who, when, why), the first decisions staying.
    """
    from jury_desk.results.verify import open_results

    data = read_outside_file(path, RESULTS_FILE)
    digest = hashlib.sha256(data).hexdigest()
    with registry.read() as session:
        known = session.scalars(select(ReceivedResults).where(ReceivedResults.sha256 == digest))
        earlier = known.first()
        if earlier is not None:
            return Imported(earlier.jury_id, earlier.jury.label, 0, 0, already_there=True)
    # Verified from the very bytes kept: the path could change under us.
    with tempfile.TemporaryDirectory(prefix="jury-desk-results-") as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(data)
        try:
            report = open_results(copy, authority)
        except UserError as error:  # said of the file the organiser chose, not of the copy
            raise _about(error, copy, path) from None
    if not report.valid or report.document is None:
        raise ResultsRefused(
            QT_TRANSLATE_NOOP("messages", "{file} does not verify: {problems}"),
            file=path.name,
            problems="; ".join(report.problems),
        )
    return _enter(registry, report.document, path.name, digest, data, correction_reason.strip())


def _enter(
    registry: Registry,
    document: ResultsDocument,
    file_name: str,
    digest: str,
    data: bytes,
    reason: str,
) -> Imported:
    with registry.write() as writer:
        jury = _jury(writer, document, file_name)
        received = ReceivedResults(
            jury_id=jury.id,
            bundle_version=int(document.raw["session"]["bundle_version"]),
            exported_at=datetime.fromisoformat(document.raw["exported_at"].replace("Z", "+00:00")),
            minutes_sha256=document.raw["minutes"]["sha256"],
            file_name=file_name,
            sha256=digest,
            imported_at=writer.now,
            imported_by=writer.actor,
            content=data,
            # Kept readable beside the encrypted file: the renewal figures' jurors' agreement.
            statistics_json=journal_json(document.raw["statistics"]),
        )
        _check_newer(writer, jury, received, file_name)
        _check_correction(writer, document, file_name, reason)
        writer.session.add(received)
        writer.session.flush()
        superseded = 0
        for result in document.candidates:
            superseded += _decide(writer, jury, received, result, file_name, reason)
        payload: dict[str, object] = {
            "sha256": digest,
            "decisions": len(document.candidates),
            "superseded": superseded,
        }
        if reason:
            payload["correction"] = reason  # why, beside who and when
        writer.journal("results.import", jury.id, payload)
        return Imported(jury.id, jury.label, len(document.candidates), superseded)


def _jury(writer: Writer, document: ResultsDocument, file_name: str) -> Jury:
    jury = writer.session.get(Jury, document.session_id)
    if jury is None:
        raise ResultsRefused(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is the results of {session}, which is no jury of this registry.",
            ),
            file=file_name,
            session=document.session_id,
        )
    version = int(document.raw["session"]["bundle_version"])
    issued = writer.session.scalar(
        select(func.count())
        .select_from(IssuedBundle)
        .where(IssuedBundle.jury_id == jury.id, IssuedBundle.bundle_version == version)
    )
    if not issued:
        raise ResultsRefused(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} comes from version {version} of the bundle of {jury}, which this "
                "registry never issued.",
            ),
            file=file_name,
            version=version,
            jury=jury.label,
        )
    return jury


def _check_newer(writer: Writer, jury: Jury, received: ReceivedResults, file_name: str) -> None:
    latest = writer.session.scalar(
        select(func.max(ReceivedResults.exported_at)).where(ReceivedResults.jury_id == jury.id)
    )
    if latest is not None and received.exported_at <= _aware(latest):
        raise ResultsRefused(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} was exported on {exported}, before the results of {jury} already "
                "imported: the newer ones are kept.",
            ),
            file=file_name,
            exported=received.exported_at.strftime("%Y-%m-%d %H:%M UTC"),
            jury=jury.label,
        )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _check_correction(
    writer: Writer, document: ResultsDocument, file_name: str, reason: str
) -> None:
    changed = []
    for result in document.candidates:
        current = current_decisions(writer, result.id)
        if current and any(d.outcome is not result.outcome for d in current):
            changed.append(result.name)
    if changed and not reason:
        raise CorrectionNeedsReason(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} changes the decisions already recorded for {names}. A correction is "
                "taken only with its reason.",
            ),
            file=file_name,
            names=", ".join(changed),
        )


def _decide(
    writer: Writer,
    jury: Jury,
    received: ReceivedResults,
    result: CandidateResult,
    file_name: str,
    reason: str,
) -> int:
    """Enter one candidate's decision; 1 if it superseded an earlier one."""
    candidate = writer.session.get(Candidate, result.id)
    placement = writer.session.get(Placement, result.id)
    if candidate is None or placement is None or placement.jury_id != jury.id:
        raise ResultsRefused(
            QT_TRANSLATE_NOOP(
                "messages", "{file} decides on {name}, who is not a candidate of {jury}."
            ),
            file=file_name,
            name=result.name,
            jury=jury.label,
        )
    decision = Decision(
        candidate_id=candidate.id,
        received_id=received.id,
        outcome=result.outcome,
        decided_at=datetime.fromisoformat(result.decided_at.replace("Z", "+00:00")),
        reasons=result.reasons,
        validated_json=json.dumps(result.validated),
        levels_json=json.dumps(result.levels, sort_keys=True),
        recorded_at=writer.now,
        recorded_by=writer.actor,
    )
    if any(d.outcome is not result.outcome for d in current_decisions(writer, candidate.id)):
        decision.correction_reason = reason
    writer.session.add(decision)
    writer.session.flush()
    superseded = 0
    for earlier in current_decisions(writer, candidate.id):
        if earlier.id != decision.id:
            earlier.superseded_by = decision.id
            superseded += 1
    if candidate.status is not ApplicationStatus.DECIDED:
        candidate.status = ApplicationStatus.DECIDED
        candidate.history.append(
            StatusChange(
                status=ApplicationStatus.DECIDED, at_utc=writer.now, by=writer.actor, note=""
            )
        )
        writer.touch(candidate)
    return superseded


def current_decisions(writer: Writer, candidate_id: str) -> list[Decision]:
    return list(
        writer.session.scalars(
            select(Decision).where(
                Decision.candidate_id == candidate_id, Decision.superseded_by.is_(None)
            )
        )
    )


def _about(error: UserError, copy: Path, original: Path) -> UserError:
    """`error` with the private copy's path given back as the organiser's file."""
    params = {
        name: original if value in (copy, str(copy)) else value
        for name, value in error.params.items()
    }
    return type(error)(error.template, **params)
