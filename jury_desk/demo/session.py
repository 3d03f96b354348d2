"""The demo session "Session de novembre 2026" as a `SessionSpec`, built deterministically."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from jury_desk.demo.content import DEMO_STARTUPS, DemoStartup
from jury_desk.demo.documents import deck_pdf, investment_table_pdf, mockup_png, user_interviews_pdf
from jury_desk.demo.referential import demo_interview_plan, demo_referential
from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.spec import (
    CandidateSpec,
    DecisionRuleSpec,
    DocumentSpec,
    JurorSpec,
    SessionSpec,
)

DEMO_SESSION_ID = "rs6247-2026-11-demo"
CERTIFICATION_TITLE = "Concevoir un service public numérique au sein de l'État"

# Two days of interviews, as jurors usually hold them: (day, local start time).
_SLOTS = (
    (date(2026, 11, 30), time(9, 0)),
    (date(2026, 11, 30), time(10, 30)),
    (date(2026, 11, 30), time(14, 0)),
    (date(2026, 11, 30), time(15, 30)),
    (date(2026, 12, 1), time(9, 0)),
    (date(2026, 12, 1), time(10, 30)),
)

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


def demo_session_spec() -> SessionSpec:
    plan = demo_interview_plan()
    candidates = tuple(
        _candidate(index, startup, plan.total_minutes)
        for index, startup in enumerate(DEMO_STARTUPS, start=1)
    )
    return SessionSpec(
        id=DEMO_SESSION_ID,
        title="Session de novembre 2026 (démonstration)",
        certification_title=CERTIFICATION_TITLE,
        rs_code="RS6247",
        starts_on=_SLOTS[0][0],
        ends_on=_SLOTS[-1][0],
        version=1,
        issued_at=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
        decision_delay_months=2,
        rule=DecisionRuleSpec(),
        plan=plan,
        referential=demo_referential(),
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


def _candidate(index: int, startup: DemoStartup, minutes: int) -> CandidateSpec:
    day, start = _SLOTS[(index - 1) % len(_SLOTS)]
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
