"""The demo chair deliberates: imports the member's sheets, casts votes, decides."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jury_desk.chair.deliberation import Deliberator
from jury_desk.demo.content import DEMO_STARTUPS
from jury_desk.demo.deliberations import DEMO_DECISIONS
from jury_desk.demo.session import demo_candidate_ids
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.sheets.importing import import_sheet
from jury_desk.signing.authority import known_session
from jury_desk.store.workspace import Workspace


def import_sheets(workspace: Workspace, home: Path, files: Iterable[Path], clock: Clock) -> None:
    """The other juror's signed sheets, verified and imported; any refusal stops the demo."""
    known = known_session(home, workspace)
    for path in files:
        outcome = import_sheet(workspace, path.read_bytes(), {known.id: known}, clock)
        if not outcome.accepted:
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "{path}: {kind}: {reason}"),
                path=path,
                kind=outcome.kind.value,
                reason=outcome.reason,
            )


def deliberate(workspace: Workspace, clock: Clock) -> None:
    """Every candidate in schedule order: the casting votes, then the decision and its reasons."""
    deliberator = Deliberator(workspace, clock)
    candidate_ids = demo_candidate_ids()
    for startup in DEMO_STARTUPS:
        candidate_id = candidate_ids[startup.slug]
        decision = DEMO_DECISIONS[startup.slug]
        for vote in decision.votes:
            deliberator.cast_vote(candidate_id, vote.code, vote.level, vote.note)
        deliberator.decide(candidate_id, decision.outcome, decision.reasons)
