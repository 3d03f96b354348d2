"""The demo session "Session de novembre 2026" as a `SessionSpec`, built deterministically.

Its interviews took place on the two days before the demo's day by the injected
clock: the demo starts where a jury usually is, the candidates heard and
the decisions due, and every decision it takes comes after its interview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from jury_desk.demo.content import DEMO_STARTUPS, DemoStartup
from jury_desk.demo.documents import deck_pdf, investment_table_pdf, mockup_png, user_interviews_pdf
from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.rules.referential import DecisionRuleSpec
from jury_desk.rules.rs6247 import RS6247_TITLE, rs6247_interview_plan, rs6247_referential
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec

DEMO_SESSION_ID = "rs6247-2026-11-demo"
CERTIFICATION_TITLE = RS6247_TITLE

# Two days of interviews, as jurors usually hold them: (day, local start time), the
# day counted back from the demo's day (-2 the day before yesterday, -1 yesterday).
_SLOTS = (
    (-2, time(9, 0)),
    (-2, time(10, 30)),
    (-2, time(14, 0)),
    (-2, time(15, 30)),
    (-1, time(9, 0)),
    (-1, time(10, 30)),
)
# The organiser sent the bundle two weeks before the first interview.
_ISSUED_BEFORE = timedelta(days=14)

DEMO_JURORS = (
    JurorSpec(
        id="juror-chair",
        name="Claire Dubois-Martin",
        email="claire.dubois-martin@jury.example.org",
        role=JurorRole.CHAIR,
    ),
    JurorSpec(
        id="juror-member",
        name="Karim Benhaddou",
        email="karim.benhaddou@jury.example.org",
        role=JurorRole.MEMBER,
    ),
)


def demo_session_spec(today: date) -> SessionSpec:
    """The demo session as seen on `today` (the demo clock's day in Paris)."""
    plan = rs6247_interview_plan()
    candidates = tuple(
        _candidate(index, startup, plan.total_minutes, today)
        for index, startup in enumerate(DEMO_STARTUPS, start=1)
    )
    first_day, last_day = (today + timedelta(days=_SLOTS[i][0]) for i in (0, -1))
    return SessionSpec(
        id=DEMO_SESSION_ID,
        title="Session de novembre 2026 (démonstration)",
        certification_title=CERTIFICATION_TITLE,
        rs_code="RS6247",
        starts_on=first_day,
        ends_on=last_day,
        version=1,
        issued_at=datetime.combine(first_day - _ISSUED_BEFORE, time(9, 0), UTC),
        decision_delay_months=2,
        rule=DecisionRuleSpec(),
        plan=plan,
        referential=rs6247_referential(),
        candidates=candidates,
        jurors=DEMO_JURORS,
    )


def demo_candidate_ids() -> dict[str, str]:
    """Each demo start-up's slug and the id of its candidate, in schedule order."""
    return {
        startup.slug: _candidate_id(index, startup)
        for index, startup in enumerate(DEMO_STARTUPS, start=1)
    }


def _candidate_id(index: int, startup: DemoStartup) -> str:
    return f"c{index:02d}-{startup.slug}"


def _candidate(index: int, startup: DemoStartup, minutes: int, today: date) -> CandidateSpec:
    offset, start = _SLOTS[(index - 1) % len(_SLOTS)]
    day = today + timedelta(days=offset)
    return CandidateSpec(
        id=_candidate_id(index, startup),
        name=startup.candidate_name,
        startup=startup.name,
        incubator=startup.incubator,
        phase="Accélération",
        role=startup.candidate_role,
        slot_start=datetime.combine(day, start, SESSION_TIMEZONE).astimezone(UTC),
        slot_minutes=minutes,
        documents=_dossier(startup),
    )


def _dossier(startup: DemoStartup) -> tuple[DocumentSpec, ...]:
    mockups = tuple(
        DocumentSpec(
            DocumentKind.MOCKUPS,
            f"Maquette {index + 1} : {title}",
            "image/png",
            mockup_png(startup, index),
        )
        for index, (title, _labels) in enumerate(startup.screens)
    )
    return (
        DocumentSpec(
            DocumentKind.SITE_LINK,
            "Site de la start-up",
            "text/uri-list",
            startup.site_url.encode(),
        ),
        DocumentSpec(
            DocumentKind.PRODUCT_SHEET_LINK,
            "Fiche produit",
            "text/uri-list",
            startup.product_sheet_url.encode(),
        ),
        DocumentSpec(
            DocumentKind.USER_INTERVIEWS,
            "Compte rendu des entretiens utilisateurs",
            "application/pdf",
            user_interviews_pdf(startup),
        ),
        *mockups,
        DocumentSpec(
            DocumentKind.INVESTMENT_TABLE,
            "Tableau d’investissement (comité d’investissement)",
            "application/pdf",
            investment_table_pdf(startup),
        ),
        DocumentSpec(
            DocumentKind.DECK, "Support de présentation", "application/pdf", deck_pdf(startup)
        ),
    )
