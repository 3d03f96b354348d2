"""Conflicts of interest: a juror of the candidate's own incubator, or linked to their start-up."""

from __future__ import annotations

import unicodedata
from functools import cache

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.schedule.model import CandidateProfile, JurorProfile
from jury_desk.rules.schedule.problems import Problem, ProblemKind


@cache
def comparable(name: str) -> str:
    """`name` as compared: no accents, no case, spaces collapsed ("  Beta.Gouv " is "beta.gouv")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def conflicts(juror: JurorProfile, candidate: CandidateProfile) -> tuple[Problem, ...]:
    """Why `juror` may not assess `candidate`, one problem per reason; none if they may."""
    found: list[Problem] = []
    subjects = (juror.id, candidate.id)
    incubator = comparable(candidate.incubator)
    if incubator and incubator == comparable(juror.incubator):
        found.append(
            Problem(
                ProblemKind.CONFLICT_OF_INTEREST,
                QT_TRANSLATE_NOOP(
                    "messages", "{juror} works at the incubator {incubator}, like {candidate}"
                ),
                {
                    "juror": juror.name,
                    "incubator": candidate.incubator.strip(),
                    "candidate": candidate.name,
                },
                subjects,
            )
        )
    startup = comparable(candidate.startup)
    if startup and startup in {comparable(name) for name in juror.startups}:
        found.append(
            Problem(
                ProblemKind.CONFLICT_OF_INTEREST,
                QT_TRANSLATE_NOOP(
                    "messages", "{juror} is linked to the start-up {startup} of {candidate}"
                ),
                {
                    "juror": juror.name,
                    "startup": candidate.startup.strip(),
                    "candidate": candidate.name,
                },
                subjects,
            )
        )
    return tuple(found)
