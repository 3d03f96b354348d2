"""Juries and schedule in the registry: forming juries, placing candidates, and the rules of
`rules.schedule` checked on every change (a change that breaks one is refused, saying
which) and proposed for the whole session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import checked_id, must_get
from jury_desk.registry.models import Candidate, Juror, Jury, Placement, RegistrySession
from jury_desk.registry.store import Registry, Writer
from jury_desk.rules.schedule import model as schedule
from jury_desk.rules.schedule.check import check_plan, jury_composition
from jury_desk.rules.schedule.problems import Problem
from jury_desk.rules.schedule.propose import Proposal, propose

# The candidates the schedule is about: chosen for an interview, or past it.
SCHEDULED_STATES = (
    ApplicationStatus.SHORTLISTED,
    ApplicationStatus.CONVENED,
    ApplicationStatus.INTERVIEWED,
    ApplicationStatus.DECIDED,
)


def form_jury(
    registry: Registry,
    session_id: str,
    chair_id: str,
    member_id: str,
    jury_id: str | None = None,
) -> str:
    """A new jury of the session, refused if its composition breaks the certification's rule.

    Its id (also its bundle's session id) is made here unless given: a jury whose bundle
    was built from a folder keeps that bundle's session id.
    """
    _two_people(chair_id, member_id)
    checked_id(jury_id)
    with registry.write() as writer:
        meeting = must_get(writer.session, RegistrySession, session_id)
        chair = must_get(writer.session, Juror, chair_id)
        member = must_get(writer.session, Juror, member_id)
        number = len(meeting.juries) + 1
        while writer.session.get(Jury, f"{session_id}-jury-{number}") is not None:
            number += 1
        jury = Jury(
            id=jury_id or f"{session_id}-jury-{number}",
            session_id=session_id,
            label=f"Jury {number}",
            chair_id=chair.id,
            member_id=member.id,
        )
        _refuse(jury_composition(_jury(jury), {j.id: _juror(j) for j in (chair, member)}))
        writer.touch(jury)
        writer.session.add(jury)
        writer.journal("jury.form", jury.id, {"chair": chair_id, "member": member_id})
        return jury.id


def recompose_jury(
    registry: Registry, jury_id: str, chair_id: str, member_id: str, seen_version: int
) -> None:
    _two_people(chair_id, member_id)
    with registry.write() as writer:
        jury = must_get(writer.session, Jury, jury_id)
        writer.guard(jury, seen_version)
        # Both read before either is set: a swap must not be flushed half made.
        chair = must_get(writer.session, Juror, chair_id)
        member = must_get(writer.session, Juror, member_id)
        jury.chair, jury.member = chair, member
        writer.touch(jury)
        _refuse_new_problems(writer, jury.session_id, jury_id)
        writer.journal("jury.recompose", jury_id, {"chair": chair_id, "member": member_id})


def place(
    registry: Registry,
    candidate_id: str,
    jury_id: str,
    start: datetime,
    seen_version: int | None = None,
) -> None:
    """Place (or move) a candidate's interview; refused if it breaks a rule of the schedule."""
    with registry.write() as writer:
        candidate = must_get(writer.session, Candidate, candidate_id)
        jury = must_get(writer.session, Jury, jury_id)
        if jury.session_id != candidate.session_id:
            raise RegistryError(
                QT_TRANSLATE_NOOP("messages", "{jury} is not a jury of {candidate}'s session."),
                jury=jury.label,
                candidate=candidate.display_name,
            )
        placement = writer.session.get(Placement, candidate_id)
        if placement is None:
            placement = Placement(candidate_id=candidate_id)
            writer.session.add(placement)
        else:
            writer.guard(placement, seen_version)
        placement.jury_id = jury_id
        placement.start_utc = start
        writer.touch(placement)
        if candidate.status in (ApplicationStatus.ELIGIBLE, ApplicationStatus.APPLIED):
            _shortlist(writer, candidate)
        _refuse_new_problems(writer, candidate.session_id, candidate_id)
        writer.journal(
            "schedule.place", candidate_id, {"jury": jury_id, "start": start.isoformat()}
        )


def unplace(registry: Registry, candidate_id: str) -> None:
    with registry.write() as writer:
        placement = writer.session.get(Placement, candidate_id)
        if placement is not None:
            writer.session.delete(placement)
            writer.journal("schedule.unplace", candidate_id, {})


def schedule_problems(registry: Registry, session_id: str) -> tuple[Problem, ...]:
    with registry.read() as session:
        return check_plan(plan_of(session, session_id))


def propose_schedule(registry: Registry, session_id: str) -> Proposal:
    """A proposal keeping every placement already made; nothing is saved until applied."""
    with registry.read() as session:
        plan = plan_of(session, session_id)
        return propose(plan, keep=plan.placements)


def apply_proposal(registry: Registry, session_id: str, proposal: Proposal) -> int:
    """Save the proposal's new placements (the organiser may edit them after); how many."""
    added = 0
    with registry.write() as writer:
        for proposed in proposal.placements:
            if writer.session.get(Placement, proposed.candidate_id) is not None:
                continue
            placement = Placement(
                candidate_id=proposed.candidate_id,
                jury_id=proposed.jury_id,
                start_utc=proposed.start,
            )
            writer.touch(placement)
            writer.session.add(placement)
            added += 1
        _refuse_new_problems(writer, session_id, None)
        writer.journal("schedule.propose", session_id, {"placed": added})
    return added


def plan_of(session: Session, session_id: str) -> schedule.Plan:
    """The session as the schedule's rules see it: grid, jurors of its juries, candidates."""
    meeting = must_get(session, RegistrySession, session_id)
    grid = schedule.Grid(
        tuple(schedule.Sitting(s.day, s.start, s.finish) for s in meeting.sittings),
        slot_minutes=meeting.slot_minutes,
        break_minutes=meeting.break_minutes,
        zone=meeting.timezone,
    )
    jurors = {juror.id: juror for jury in meeting.juries for juror in (jury.chair, jury.member)}
    placed = {p.candidate_id: p for jury in meeting.juries for p in jury.placements}
    candidates = session.scalars(
        select(Candidate)
        .where(Candidate.session_id == session_id)
        .order_by(Candidate.birth_name, Candidate.id)
    )
    return schedule.Plan(
        grid,
        tuple(_juror(juror) for juror in sorted(jurors.values(), key=lambda j: j.id)),
        tuple(
            schedule.CandidateProfile(c.id, c.display_name, c.incubator, c.startup)
            for c in candidates
            if c.status in SCHEDULED_STATES or c.id in placed
        ),
        tuple(_jury(jury) for jury in meeting.juries),
        tuple(
            schedule.Placement(p.candidate_id, p.jury_id, p.start_utc)
            for p in sorted(placed.values(), key=lambda p: (p.start_utc, p.candidate_id))
        ),
    )


def _two_people(chair_id: str, member_id: str) -> None:
    if chair_id == member_id:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages", "A jury is two different people: choose another member than the chair."
            )
        )


def _refuse_new_problems(writer: Writer, session_id: str, about: str | None) -> None:
    writer.session.flush()
    writer.session.expire_all()  # the relationships again, as the flush left them
    problems = check_plan(plan_of(writer.session, session_id))
    relevant = [p for p in problems if about is None or about in p.subjects]
    _refuse(tuple(relevant))


def _refuse(problems: tuple[Problem, ...]) -> None:
    if problems:
        first = problems[0]
        raise RegistryError(first.template, **dict(first.params))


def _shortlist(writer: Writer, candidate: Candidate) -> None:
    from jury_desk.registry.models import StatusChange

    candidate.status = ApplicationStatus.SHORTLISTED
    candidate.history.append(
        StatusChange(status=candidate.status, at_utc=writer.now, by=writer.actor, note="")
    )
    writer.touch(candidate)


def _juror(juror: Juror) -> schedule.JurorProfile:
    return schedule.JurorProfile(
        juror.id, juror.name, juror.kind, juror.incubator, frozenset(juror.startups)
    )


def _jury(jury: Jury) -> schedule.Jury:
    return schedule.Jury(jury.id, jury.label, jury.chair_id, jury.member_id)
