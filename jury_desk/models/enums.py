"""Closed vocabularies of the domain, stored by their string values."""

from enum import StrEnum


class DocumentKind(StrEnum):
    """The six items a dossier is expected to hold (design.md §1), plus anything else."""

    SITE_LINK = "site_link"
    PRODUCT_SHEET_LINK = "product_sheet_link"
    USER_INTERVIEWS = "user_interviews"
    MOCKUPS = "mockups"
    INVESTMENT_TABLE = "investment_table"
    DECK = "deck"
    OTHER = "other"


EXPECTED_DOSSIER_KINDS: tuple[DocumentKind, ...] = tuple(
    kind for kind in DocumentKind if kind is not DocumentKind.OTHER
)


class JurorRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class Recommendation(StrEnum):
    """A juror's overall view of the candidate, before deliberation."""

    FAVOURABLE = "favourable"
    RESERVED = "reserved"
    UNFAVOURABLE = "unfavourable"


class Outcome(StrEnum):
    CERTIFIED = "certified"
    NOT_CERTIFIED = "not_certified"
    ABSENT = "absent"
    POSTPONED = "postponed"


class InterviewEventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT_PHASE = "next_phase"
    FOCUS = "focus"
    STOP = "stop"
    GAP = "gap"


class DecisionRuleKind(StrEnum):
    """How consolidated levels become an outcome."""

    ALL_PASSING = "all_passing"
    MINIMUM_PASSING = "minimum_passing"


class JurorKind(StrEnum):
    """The two kinds of juror the certification asks for: one of each in every jury."""

    PORTFOLIO_MANAGER = "portfolio_manager"
    CERTIFIED_INTRAPRENEUR = "certified_intrapreneur"


class ApplicationStatus(StrEnum):
    """Where an application stands in the organiser's registry, in the order it moves."""

    APPLIED = "applied"
    INCOMPLETE = "incomplete"
    ELIGIBLE = "eligible"
    SHORTLISTED = "shortlisted"
    CONVENED = "convened"
    INTERVIEWED = "interviewed"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"
