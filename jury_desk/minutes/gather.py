"""The minutes' data from the chair's workspace: every candidate's decision, the statistics."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from jury_desk.chair.deliberation import NotChairError
from jury_desk.chair.statistics import SessionStatistics, session_statistics
from jury_desk.kernel.document_values import certifier_name, nfc, rounded_rate, whole_utc
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.minutes.data import (
    RULED_OUTCOMES,
    MinutesCandidate,
    MinutesCompetencyStatistics,
    MinutesData,
    MinutesJuror,
    MinutesLevel,
    MinutesNotReadyError,
    MinutesSession,
    MinutesStatistics,
    place_of,
    validated_competencies,
)
from jury_desk.models import (
    Candidate,
    CertificationSession,
    Juror,
    JurorRole,
    Outcome,
    SignedMinutes,
)
from jury_desk.rules.consolidation import decide
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.rules.document_checks import PrintedLevel
from jury_desk.rules.scale import Scale
from jury_desk.store.queries import me, scale_of, the_session
from jury_desk.store.workspace import Workspace

# Rates and kappas are printed to the tenth of a percent or the hundredth: four


def minutes_data_from_workspace(
    workspace: Workspace, *, now: datetime | None = None, place: str | None = None
) -> MinutesData:
    """The next revision of the minutes, from the chair's workspace, prepared `now`.

    `now` defaults to the workspace's clock. `place`, where the jury met, is the
    chair's to give (the session does not record one); blank or None leaves it out.
    NotChairError for the member; MinutesNotReadyError, naming the candidates, while a
    candidate has no decision or a decision the consolidated levels no longer give.
    """
    statistics = session_statistics(workspace)
    with workspace.reading() as session:
        chair = me(session)
        if chair.role is not JurorRole.CHAIR:
            raise NotChairError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Only the chair draws up the minutes; {name} is a member of this jury.",
                ),
                name=chair.name,
            )
        row = the_session(session)
        candidates = sorted(row.candidates, key=lambda c: (c.slot_start, c.id))
        undecided = [c.name for c in candidates if _decision_of(c) is None]
        if undecided:
            raise MinutesNotReadyError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The minutes need a decision for every candidate; none yet for {names}.",
                ),
                names=", ".join(undecided),
            )
        scale = scale_of(session)
        stale = [c.name for c in candidates if not _levels_give_the_decision(scale, row, c)]
        if stale:
            raise MinutesNotReadyError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The consolidated levels no longer give the decision recorded for "
                    "{names}: decide again.",
                ),
                names=", ".join(stale),
            )
        last = session.scalar(
            select(func.max(SignedMinutes.revision)).where(SignedMinutes.session_id == row.id)
        )
        listed = tuple(_minutes_candidate(row, c) for c in candidates)
        decided = max(c.decided_at for c in listed)
        return MinutesData(
            revision=(last or 0) + 1,
            prepared_at=whole_utc(now or workspace.clock.now()),
            session=MinutesSession(
                id=row.id,
                title=nfc(row.title),
                certification_title=nfc(row.certification_title),
                rs_code=row.rs_code,
                starts_on=row.starts_on,
                ends_on=row.ends_on,
                certifier=certifier_name(row.organiser_name),
            ),
            decision_rule=row.decision_rule,
            minimum_passing=row.minimum_passing,
            jury=(_juror_of(chair), _juror_of(_the_member(row))),
            deliberated_on=decided.astimezone(SESSION_TIMEZONE).date(),
            scale=tuple(PrintedLevel(lv.rank, nfc(lv.label), lv.passing) for lv in row.levels),
            candidates=listed,
            statistics=_statistics(statistics),
            place=place_of(place),
        )


def _decision_of(candidate: Candidate) -> Outcome | None:
    deliberation = candidate.deliberation
    return None if deliberation is None else deliberation.outcome


def _stored_levels(row: CertificationSession, candidate: Candidate) -> list[int | None]:
    return [level for level, _ in _stored(row, candidate)]


def _stored(row: CertificationSession, candidate: Candidate) -> list[tuple[int | None, str]]:
    """Each competency's consolidated level and casting note, in the session's order."""
    deliberation = candidate.deliberation
    scores = {s.competency_id: s for s in (deliberation.scores if deliberation else [])}
    stored = []
    for competency in row.competencies:
        score = scores.get(competency.id)
        stored.append((None, "") if score is None else (score.level_rank, score.casting_note))
    return stored


def _levels_give_the_decision(
    scale: Scale, row: CertificationSession, candidate: Candidate
) -> bool:
    # A casting vote changed after the decision must not print a level that contradicts it.
    outcome = _decision_of(candidate)
    if outcome not in RULED_OUTCOMES:
        return True
    given = decide(scale, _stored_levels(row, candidate), row.decision_rule, row.minimum_passing)
    return given is outcome


def _minutes_candidate(row: CertificationSession, candidate: Candidate) -> MinutesCandidate:
    deliberation = candidate.deliberation
    assert deliberation is not None and deliberation.outcome is not None  # checked above
    assert deliberation.decided_at is not None  # the table's check: an outcome has a time
    by_rank = {level.rank: level for level in row.levels}
    levels = []
    for competency, (rank, note) in zip(row.competencies, _stored(row, candidate), strict=True):
        level = by_rank.get(rank) if rank is not None else None
        levels.append(
            MinutesLevel(
                code=competency.code,
                title=nfc(competency.title),
                level=rank if level is not None else None,
                level_label=nfc(level.label) if level is not None else None,
                passing=level.passing if level is not None else None,
                casting_note=nfc(note) if level is not None else "",
            )
        )
    outcome = deliberation.outcome
    return MinutesCandidate(
        id=candidate.id,
        name=nfc(candidate.name),
        slot_start=whole_utc(candidate.slot_start),
        outcome=outcome,
        decided_at=whole_utc(deliberation.decided_at),
        decision_revision=deliberation.revision,
        reasons=nfc(deliberation.reasons),
        levels=tuple(levels),
        validated=validated_competencies(outcome, tuple(levels)),
    )


def _juror_of(juror: Juror) -> MinutesJuror:
    return MinutesJuror(juror.id, nfc(juror.name), juror.email, juror.role)


def _the_member(row: CertificationSession) -> Juror:
    members = [juror for juror in row.jurors if juror.role is JurorRole.MEMBER]
    if len(members) != 1:
        raise MinutesNotReadyError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The minutes are signed by the chair and one member; this session has "
                "{count} members.",
            ),
            count=len(members),
        )
    return members[0]


def _statistics(statistics: SessionStatistics) -> MinutesStatistics:
    ranks = statistics.scale_ranks
    return MinutesStatistics(
        candidates=statistics.candidates,
        outcome_counts=dict(statistics.outcome_counts),
        pass_rate=rounded_rate(statistics.pass_rate),
        pairs=statistics.pairs,
        agreement_rate=rounded_rate(statistics.agreement_rate),
        weighted_kappa=rounded_rate(statistics.weighted_kappa),
        competencies=tuple(
            MinutesCompetencyStatistics(
                code=c.code,
                title=nfc(c.title),
                level_counts=tuple(c.level_counts[rank] for rank in ranks),
                pairs=c.pairs,
                agreements=c.agreements,
                agreement_rate=rounded_rate(c.agreement_rate),
                weighted_kappa=rounded_rate(c.weighted_kappa),
            )
            for c in statistics.competencies
        ),
    )
