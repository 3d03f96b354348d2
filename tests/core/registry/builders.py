"""Small registries for the tests: a session with two days of sittings, candidates, jurors."""

from __future__ import annotations

from datetime import date, time

from jury_desk.registry.candidates import CandidateDraft
from jury_desk.registry.sessions import SessionDraft, SittingDraft

SESSION_ID = "rs6247-2027-05"


def session_draft(session_id: str = SESSION_ID) -> SessionDraft:
    return SessionDraft(
        id=session_id,
        title="Session de mai 2027",
        starts_on=date(2027, 5, 18),
        ends_on=date(2027, 5, 19),
        place="Ségur, salle 4012, 20 avenue de Ségur, Paris",
        sittings=(
            SittingDraft(date(2027, 5, 18), time(9, 0), time(12, 30)),
            SittingDraft(date(2027, 5, 18), time(14, 0), time(17, 30)),
            SittingDraft(date(2027, 5, 19), time(9, 0), time(12, 30)),
        ),
    )


def candidate_draft(birth_name: str = "Lefèvre", first_names: str = "Éloïse") -> CandidateDraft:
    return CandidateDraft(
        birth_name=birth_name,
        first_names=first_names,
        birth_year=1988,
        birth_month=3,
        birth_day=14,
        sex="F",
        birth_insee_code="75056",
        email="eloise.lefevre@example.gouv.fr",
        startup="Aidants Connect",
        incubator="DINUM",
        phase="Accélération",
        role="Intrapreneuse",
        site_url="https://aidantsconnect.beta.gouv.fr",
        product_sheet_url="https://beta.gouv.fr/startups/aidantsconnect.html",
    )
