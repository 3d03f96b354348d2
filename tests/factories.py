"""Small, explicit test data: a session with 8 competencies, 2 candidates and 2 jurors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.referential import (
    CompetencySpec,
    DecisionRuleSpec,
    InterviewPlanSpec,
    LevelSpec,
    PhaseSpec,
    ReferentialSpec,
)
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec

COMPETENCY_CODES = tuple(f"C{n}" for n in range(1, 9))
# The day the demo session is built for in tests: its interviews on 30 Nov and 1 Dec 2026.
DEMO_DAY = date(2026, 12, 2)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds


def small_referential() -> ReferentialSpec:
    levels = (
        LevelSpec(0, "Insuffisant", False),
        LevelSpec(1, "À consolider", False),
        LevelSpec(2, "Maîtrisé", True),
        LevelSpec(3, "Expert", True),
    )
    competencies = tuple(
        CompetencySpec(
            code=code,
            title=f"Compétence {code}",
            description=f"Description de {code}",
            criteria=("critère a", "critère b"),
            descriptors=tuple(f"{code} niveau {rank}" for rank in range(4)),
        )
        for code in COMPETENCY_CODES
    )
    return ReferentialSpec(levels, competencies)


def small_session_spec(session_id: str = "test-session", version: int = 1) -> SessionSpec:
    start = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    candidates = tuple(
        CandidateSpec(
            id=f"cand-{n}",
            name=name,
            startup=f"Start-up {n}",
            incubator="Incubateur de test",
            phase="Accélération",
            role="Intrapreneur",
            slot_start=start + timedelta(hours=2 * n),
            slot_minutes=60,
            documents=(
                DocumentSpec(
                    DocumentKind.SITE_LINK, "Site", "text/uri-list", b"https://a.example/"
                ),
                DocumentSpec(
                    DocumentKind.PRODUCT_SHEET_LINK, "Fiche", "text/uri-list", b"https://b.example/"
                ),
                DocumentSpec(DocumentKind.DECK, "Deck", "application/pdf", b"%PDF-1.7 test " * n),
            ),
        )
        for n, name in ((1, "Zoë Lefèvre"), (2, "Nguyễn Thị Mai"))
    )
    return SessionSpec(
        id=session_id,
        title="Session de test",
        certification_title="Concevoir un service public numérique au sein de l'État",
        rs_code="RS6247",
        starts_on=date(2026, 11, 30),
        ends_on=date(2026, 12, 1),
        version=version,
        issued_at=datetime(2026, 11, 1, tzinfo=UTC),
        decision_delay_months=2,
        rule=DecisionRuleSpec(),
        plan=InterviewPlanSpec(
            (
                PhaseSpec("pitch", "Pitch", 10),
                PhaseSpec("questions", "Questions", 40),
                PhaseSpec("cloture", "Clôture", 10),
            ),
        ),
        referential=small_referential(),
        candidates=candidates,
        jurors=(
            JurorSpec("chair", "Claire Présidente", "claire@jury.example.org", JurorRole.CHAIR),
            JurorSpec("member", "Łukasz Membre", "lukasz@jury.example.org", JurorRole.MEMBER),
        ),
    )
