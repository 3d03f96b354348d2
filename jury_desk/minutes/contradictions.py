"""What the minutes say against the member's own signed sheets, before the member co-signs.

The member co-signs a document drawn up by the chair. Where it contradicts
what the member signed (a candidate the member assessed said absent or
postponed, or missing; a level said agreed that is not the member's), the
member must see it before signing. A casting vote is not a contradiction: the
chair decided between the two levels, and the minutes say why.
"""

from __future__ import annotations

from sqlalchemy import select

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.minutes.data import MinutesCandidate, MinutesData
from jury_desk.models import Assessment, Candidate, Outcome, SignedSheet
from jury_desk.store.workspace import Workspace

# The levels of my last signed sheet of a candidate, by competency code.
MyLevels = dict[str, int | None]


def contradictions_with_my_sheets(minutes: MinutesData, workspace: Workspace) -> list[Phrase]:
    """Each point where the minutes contradict a sheet I signed, in schedule order."""
    mine, names = _my_signed_levels(workspace)
    listed = {candidate.id: candidate for candidate in minutes.candidates}
    labels = {level.rank: level.label for level in minutes.scale}
    found: list[Phrase] = []
    for candidate_id, levels in mine.items():
        candidate = listed.get(candidate_id)
        if candidate is None:
            found.append(
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name}: you signed a sheet, but these minutes do not name them.",
                    ),
                    name=names[candidate_id],
                )
            )
        else:
            found += _against(candidate, levels, labels)
    return found


# An outcome that needs no sheet, said against the sheet the member signed.
_SHEET_AGAINST = {
    Outcome.ABSENT: QT_TRANSLATE_NOOP(
        "messages", "{name}: the minutes say absent, but you signed a sheet."
    ),
    Outcome.POSTPONED: QT_TRANSLATE_NOOP(
        "messages", "{name}: the minutes say postponed, but you signed a sheet."
    ),
}


def _against(candidate: MinutesCandidate, mine: MyLevels, labels: dict[int, str]) -> list[Phrase]:
    unruled = _SHEET_AGAINST.get(candidate.outcome)
    if unruled is not None:
        return [Phrase(unruled, name=candidate.name)]
    return [
        Phrase(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name}, {code}: the minutes retain « {retained} » without a casting vote, "
                "your signed sheet says « {mine} ».",
            ),
            name=candidate.name,
            code=level.code,
            retained=level.level_label or "",
            mine=labels.get(own, str(own)),
        )
        for level in candidate.levels
        if (own := mine.get(level.code)) is not None
        and level.level is not None
        and level.level != own
        and not level.casting_note
    ]


def _my_signed_levels(workspace: Workspace) -> tuple[dict[str, MyLevels], dict[str, str]]:
    """My last signed sheet of each candidate: its levels; and the candidates' names."""
    with workspace.reading() as session:
        rows = session.execute(
            select(Assessment, Candidate)
            .join(SignedSheet, SignedSheet.assessment_id == Assessment.id)
            .join(Candidate, Candidate.id == Assessment.candidate_id)
            .order_by(Candidate.slot_start, Candidate.id, Assessment.version)
        )
        levels: dict[str, MyLevels] = {}
        names: dict[str, str] = {}
        for assessment, candidate in rows:
            if not assessment.juror.is_me or assessment.recused:
                continue
            # Later versions come last: the last one stands.
            levels[candidate.id] = {s.competency.code: s.level_rank for s in assessment.scores}
            names[candidate.id] = candidate.name
        return levels, names
