"""What became of a declaration: sent when the organiser says it was uploaded, then accepted
or rejected passage by passage from the CDC's processing report.

A report names the flow it answers: a report of a flow this registry did not write, or
naming a passage that flow does not hold, is refused whole (it belongs elsewhere). A
report imported again changes nothing. Each accepted passage's holder has their social
security number deleted, if one was kept: the CDC has it now.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from jury_desk.declaration.report import read_report
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import NotFoundError, RegistryError
from jury_desk.registry.models import DeclarationFlow
from jury_desk.registry.models.declaration import ACCEPTED, GENERATED, REJECTED, REPLACED, SENT
from jury_desk.registry.nir import forget_nir
from jury_desk.registry.store import Registry, Writer


@dataclass(frozen=True)
class ReportImported:
    flow_id: str
    accepted: int
    rejected: int
    not_mentioned: int  # passages of the flow the report says nothing of: still sent
    already_there: bool = False


@dataclass(frozen=True)
class FlowLine:
    """A declaration file written for the session, and what became of its passages."""

    flow_id: str
    file_name: str
    generated_at: datetime
    generated_by: str
    sent_at: datetime | None
    report_imported_at: datetime | None
    statuses: Counter[str]  # passage status → how many

    @property
    def awaiting_upload(self) -> bool:
        """Written and never marked sent (nor replaced): the organiser has a file to upload."""
        return self.sent_at is None and self.statuses[GENERATED] > 0


def session_flows(registry: Registry, session_id: str) -> list[FlowLine]:
    """The session's declaration files, newest first."""
    with registry.read() as session:
        flows = session.scalars(
            select(DeclarationFlow)
            .where(DeclarationFlow.session_id == session_id)
            .order_by(DeclarationFlow.generated_at.desc(), DeclarationFlow.id.desc())
        ).all()
        return [
            FlowLine(
                flow_id=flow.id,
                file_name=flow.file_name,
                generated_at=flow.generated_at,
                generated_by=flow.generated_by,
                sent_at=flow.sent_at,
                report_imported_at=flow.report_imported_at,
                statuses=Counter(passage.status for passage in flow.passages),
            )
            for flow in flows
        ]


def mark_sent(registry: Registry, flow_id: str) -> int:
    """Record that the file of `flow_id` was uploaded to the CDC; how many passages it holds."""
    with registry.write() as writer:
        flow = _flow(writer, flow_id)
        if flow.sent_at is not None:
            return 0
        passages = [p for p in flow.passages if p.status == GENERATED]
        if not passages:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The declaration {flow} was replaced by a newer file before it was sent: "
                    "send the newer one.",
                ),
                flow=flow_id,
            )
        _send(writer, flow)
        writer.journal("declaration.sent", flow_id, {"passages": len(passages)})
        return len(passages)


def import_report(registry: Registry, path: Path) -> ReportImported:
    """Enter the CDC's processing report at `path`; RegistryError/DeclarationError say why not."""
    report = read_report(path)
    with registry.write() as writer:
        flow = writer.session.get(DeclarationFlow, report.flow_id)
        if flow is None:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} answers the declaration {flow}, which this registry did not write: "
                    "it is the report of another flow.",
                ),
                file=path.name,
                flow=report.flow_id,
            )
        if flow.report_id is not None and flow.report_id == report.treatment_id:
            return ReportImported(flow.id, 0, 0, 0, already_there=True)
        passages = {p.technical_id: p for p in flow.passages if p.status != REPLACED}
        unknown = [
            passage_id
            for passage_id in (*report.accepted, *(r.technical_id for r in report.rejected))
            if passage_id not in passages
        ]
        if unknown:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} names the passage {passage}, which the declaration {flow} does not "
                    "hold: nothing was imported.",
                ),
                file=path.name,
                passage=unknown[0],
                flow=flow.id,
            )
        if flow.sent_at is None:
            _send(writer, flow)  # the CDC answered it: it was uploaded
        for passage_id in report.accepted:
            passage = passages[passage_id]
            passage.status, passage.message, passage.updated_at = ACCEPTED, "", writer.now
            forget_nir(writer, passage.candidate)  # the CDC has it now
        for rejection in report.rejected:
            passage = passages[rejection.technical_id]
            passage.status, passage.message = REJECTED, rejection.message[:4000]
            passage.updated_at = writer.now
        flow.report_id = report.treatment_id[:100] or report.flow_id[:100]
        flow.report_imported_at = writer.now
        answered = len(report.accepted) + len(report.rejected)
        writer.journal(
            "declaration.report",
            flow.id,
            {
                "treatment": report.treatment_id,
                "accepted": len(report.accepted),
                "rejected": len(report.rejected),
            },
        )
        return ReportImported(
            flow.id, len(report.accepted), len(report.rejected), len(passages) - answered
        )


def _flow(writer: Writer, flow_id: str) -> DeclarationFlow:
    flow = writer.session.get(DeclarationFlow, flow_id)
    if flow is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no declaration {flow} in the registry."),
            flow=flow_id,
        )
    return flow


def _send(writer: Writer, flow: DeclarationFlow) -> None:
    flow.sent_at, flow.sent_by = writer.now, writer.actor
    for passage in flow.passages:
        if passage.status == GENERATED:
            passage.status, passage.updated_at = SENT, writer.now
