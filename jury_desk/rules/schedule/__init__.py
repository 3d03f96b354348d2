"""Juries and schedule: the hard rules of a session's plan and a proposal that meets them."""

from jury_desk.rules.schedule.check import check_plan
from jury_desk.rules.schedule.conflicts import conflicts
from jury_desk.rules.schedule.model import (
    CandidateProfile,
    Grid,
    JurorProfile,
    Jury,
    Placement,
    Plan,
    Sitting,
)
from jury_desk.rules.schedule.problems import Problem, ProblemKind
from jury_desk.rules.schedule.propose import Proposal, propose

__all__ = [
    "CandidateProfile",
    "Grid",
    "JurorProfile",
    "Jury",
    "Placement",
    "Plan",
    "Problem",
    "ProblemKind",
    "Proposal",
    "Sitting",
    "check_plan",
    "conflicts",
    "propose",
]
