"""The organiser's side of the complete demo, once the chair has sent the results: the file
imported into the registry, a signer named for the certifier, every decision letter
and laureate's certificate issued, signed, in a folder per candidate, and the laureates
declared to the Caisse des Dépôts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from jury_desk.demo.declaration import DemoDeclaration, declare_holders
from jury_desk.demo.registry import DEMO_ORGANISER
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.issue_settings import issue_settings, save_issue_settings
from jury_desk.registry.issued_documents import IssuedLetters, issue_letters
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.signer_change import designate_certifier_signer
from jury_desk.secrets import SecretStore
from jury_desk.trust.authority import Authority

DEMO_SIGNER = ("Camille Martin (fictive)", "camille.martin@certification.example")
# Fictional, as the whole demo: a real certifier gives France compétences' decision date.
DEMO_REGISTRATION = date(2023, 3, 29)
DEMO_REGISTRATION_TEXT = (
    "Décision d'enregistrement du directeur général de France compétences (fictive, démonstration)"
)


@dataclass(frozen=True)
class OrganiserSide:
    letters: IssuedLetters
    declaration: DemoDeclaration


def play_organiser_side(
    organiser_home: Path,
    secrets: SecretStore,
    authority: Authority,
    results: Path,
    letters: Path,
    clock: Clock,
    cdc_schema: Path | None = None,
) -> OrganiserSide:
    registry = open_registry(
        organiser_home, default_location(organiser_home), secrets, clock, DEMO_ORGANISER
    )
    try:
        import_results(registry, results, authority)
        signer = designate_certifier_signer(
            registry, authority, *DEMO_SIGNER, secrets, organiser_dir(organiser_home)
        )
        settings = replace(
            issue_settings(registry),
            recourse_confirmed=True,  # the default wording, read and confirmed for the demo
            registration_text=DEMO_REGISTRATION_TEXT,
            registration_date=DEMO_REGISTRATION,
        )
        settings = save_issue_settings(registry, settings)
        issued = issue_letters(registry, DEMO_SESSION_ID, signer, letters, settings)
        declaration = declare_holders(registry, letters.parent, cdc_schema)
        return OrganiserSide(issued, declaration)
    finally:
        registry.close()
