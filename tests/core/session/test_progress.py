"""The next step of a session, as the window's session page says it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from jury_desk.chair.deliberation import Deliberator
from jury_desk.juror.desk import JurorDesk
from jury_desk.models import Outcome, SignedMinutes
from jury_desk.session.progress import Progress, Step
from jury_desk.store.workspace import Workspace
from tests.factories import FakeClock
from tests.helpers.two_jurors import ALL_EXPERT, chair_sheet, member_sheet


def _progress(workspace: Workspace) -> Progress:
    return JurorDesk(workspace).progress()


def _sign_minutes(workspace: Workspace, revision: int, *, cosigned: bool) -> None:
    with workspace.session() as session:
        session.add(
            SignedMinutes(
                session_id="test-session",
                revision=revision,
                file_name=f"pv-r{revision}.pdf",
                signed_at=workspace.clock.now(),
                pdf_sha256="0" * 64,
                pdf=b"%PDF",
                cosigned=cosigned,
            )
        )


def _cosign_latest(workspace: Workspace) -> None:
    with workspace.session() as session:
        latest = session.scalars(
            select(SignedMinutes).order_by(SignedMinutes.revision.desc())
        ).first()
        assert latest is not None
        latest.cosigned = True


def test_the_chair_goes_from_sheets_to_results(workspace: Workspace, clock: FakeClock) -> None:
    assert _progress(workspace) == Progress(Step.SIGN_SHEETS, 2)
    chair_sheet(workspace, "cand-1", ALL_EXPERT)
    assert _progress(workspace) == Progress(Step.SIGN_SHEETS, 1)
    chair_sheet(workspace, "cand-2", ALL_EXPERT)
    assert _progress(workspace) == Progress(Step.IMPORT_SHEETS, 2)
    member_sheet(workspace, "cand-1", ALL_EXPERT)
    member_sheet(workspace, "cand-2", ALL_EXPERT)
    assert _progress(workspace) == Progress(Step.DELIBERATE, 2)

    clock.advance(timedelta(days=1).total_seconds())  # after both interviews
    deliberator = Deliberator(workspace, clock)
    deliberator.decide("cand-1", Outcome.CERTIFIED, "")
    assert _progress(workspace) == Progress(Step.DELIBERATE, 1)
    deliberator.decide("cand-2", Outcome.CERTIFIED, "")
    assert _progress(workspace) == Progress(Step.SIGN_MINUTES)

    clock.advance(60)
    _sign_minutes(workspace, 1, cosigned=False)
    assert _progress(workspace) == Progress(Step.COSIGNATURE, minutes_revision=1)
    _cosign_latest(workspace)
    assert _progress(workspace) == Progress(Step.EXPORT_RESULTS, minutes_revision=1)

    # A decision revised after the minutes were signed: new minutes, before the results.
    clock.advance(60)
    deliberator.decide("cand-2", Outcome.CERTIFIED, "Motifs précisés.", "Motifs complétés.")
    assert _progress(workspace) == Progress(Step.SIGN_MINUTES, minutes_revision=1)


def test_an_absent_candidate_needs_no_sheet(workspace: Workspace, clock: FakeClock) -> None:
    clock.advance(timedelta(days=1).total_seconds())
    Deliberator(workspace, clock).decide("cand-1", Outcome.ABSENT, "Ne s’est pas présenté·e.")
    assert _progress(workspace) == Progress(Step.SIGN_SHEETS, 1)  # cand-2 only
