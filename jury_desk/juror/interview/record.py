"""The interview record kept with the STOP event, for the scoring sheet: plain JSON values."""

from __future__ import annotations

from typing import Any

from jury_desk.juror.interview.replay import Span, Timeline

RECORD_VERSION = 1


def interview_record(timeline: Timeline) -> dict[str, Any]:
    """Start, end, duration, pauses, gaps and time per phase and competency, in whole seconds.

    Seconds are rounded for printing; the exact figures can always be replayed
    from the events.
    """
    state = timeline.state
    return {
        "version": RECORD_VERSION,
        "started_at": state.started_at.isoformat() if state.started_at else None,
        "ended_at": state.ended_at.isoformat() if state.ended_at else None,
        "planned_s": state.planned_s,
        "duration_s": round(state.elapsed_s),
        "overrun_s": round(state.overrun_s),
        "paused_s": round(state.paused_s),
        "pauses": [_span(span) for span in timeline.pauses],
        "gaps_s": round(state.gaps_s),
        "gaps": [_span(span) for span in timeline.gaps],
        "phases": [
            {
                "code": phase.code,
                "title": phase.title,
                "planned_s": phase.planned_s,
                "spent_s": round(phase.spent_s),
            }
            for phase in state.phases
        ],
        "competency_seconds": {
            code: round(seconds) for code, seconds in state.competency_seconds.items()
        },
    }


def _span(span: Span) -> dict[str, Any]:
    return {"at": span.at.isoformat(), "seconds": round(span.seconds)}
