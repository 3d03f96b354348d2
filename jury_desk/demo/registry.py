"""The organiser's side of the demo: a registry holding the demo session as the organiser
planned it — the two jurors enrolled, the six candidates with their dossiers and slots,
one jury — plus two applications that did not make it (one incomplete, one withdrawn)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from pathlib import Path

from jury_desk.bundle.build import BuildResult
from jury_desk.kernel.clock import Clock
from jury_desk.models.enums import ApplicationStatus, DocumentKind, JurorKind, JurorRole
from jury_desk.registry.candidates import CandidateDraft, NewDocument, add_candidate, set_status
from jury_desk.registry.juries import form_jury, place
from jury_desk.registry.jurors import InboxRequest, JurorProfile, accept_request
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import SessionDraft, SittingDraft, create_session
from jury_desk.registry.store import Registry
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.secrets import SecretStore
from jury_desk.session.spec import CandidateSpec, SessionSpec
from jury_desk.trust.enrolment import EnrolmentRequest

DEMO_ORGANISER = "Équipe certification (démonstration)"
# The demo's interviews start at 9:00, 10:30, 14:00 and 15:30: hour-long slots, half-hour breaks.
_SITTINGS = ((time(9, 0), time(12, 0)), (time(14, 0), time(17, 0)))
# The civil identity the Caisse des Dépôts will need, as the organiser copied it at
# intake (fictional): (birth name, first names, sex, year, month, day, INSEE code or abroad).
_IDENTITIES = {
    "Zoë Lefèvre": ("Lefèvre", "Zoë", "F", 1988, 4, 12, "69123", ""),
    "Łukasz Nowak-Bernard": ("Nowak-Bernard", "Łukasz", "M", 1985, 9, 3, "99122", "POLOGNE"),
    "Nguyễn Thị Mai": ("Nguyễn", "Thị Mai", "F", 1991, 1, 27, "75115", ""),
    "Aïssatou Diallo": ("Diallo", "Aïssatou", "F", 1986, 6, 30, "93066", ""),
    "Inès Haddad-Çelik": ("Haddad-Çelik", "Inès", "F", 1990, 11, 8, "13055", ""),
    "Mathéo Rakotomalala": ("Rakotomalala", "Mathéo", "M", 1993, 2, 14, "97411", ""),
}
_PROFILES = {
    JurorRole.CHAIR: JurorProfile(JurorKind.PORTFOLIO_MANAGER, "Incubateur de la DINUM (fictif)"),
    JurorRole.MEMBER: JurorProfile(
        JurorKind.CERTIFIED_INTRAPRENEUR, "Fabrique numérique des Armées (fictif)"
    ),
}


def fill_demo_registry(
    organiser_home: Path,
    secrets: SecretStore,
    spec: SessionSpec,
    requests: Mapping[JurorRole, bytes],
    clock: Clock,
) -> Path:
    """Make the demo organiser's registry; where its file is."""
    location = default_location(organiser_home)
    registry = open_registry(organiser_home, location, secrets, clock, DEMO_ORGANISER, create=True)
    try:
        days = sorted({c.slot_start.astimezone(SESSION_TIMEZONE).date() for c in spec.candidates})
        create_session(
            registry,
            SessionDraft(
                id=spec.id,
                title=spec.title,
                starts_on=spec.starts_on,
                ends_on=spec.ends_on,
                place="Ségur, salle 4012, 20 avenue de Ségur, 75007 Paris (fictif)",
                break_minutes=30,
                sittings=tuple(SittingDraft(day, *hours) for day in days for hours in _SITTINGS),
            ),
        )
        jurors = {
            role: accept_request(
                registry,
                InboxRequest(
                    Path(f"{role.value}.json"), data, EnrolmentRequest.from_json(data, "")
                ),
                _PROFILES[role],
                codes_matched=True,
            )
            for role, data in requests.items()
        }
        # The demo's bundle is built from its folder: the jury and candidates keep its ids, so
        # that the results the jury sends back match them.
        jury_id = form_jury(
            registry,
            spec.id,
            jurors[JurorRole.CHAIR],
            jurors[JurorRole.MEMBER],
            jury_id=spec.id,
        )
        for candidate in spec.candidates:
            candidate_id = add_candidate(
                registry,
                spec.id,
                _draft(candidate),
                _documents(candidate),
                candidate_id=candidate.id,
            )
            place(registry, candidate_id, jury_id, candidate.slot_start)
            set_status(registry, candidate_id, ApplicationStatus.CONVENED, "convocation envoyée")
        _not_retained(registry, spec)
    finally:
        registry.close()
    assert location.file is not None
    return location.file


def _draft(candidate: CandidateSpec) -> CandidateDraft:
    birth_name, first_names, sex, year, month, day, insee, country = _IDENTITIES.get(
        candidate.name, (candidate.name, "", "", None, None, None, "", "")
    )
    link_kinds = (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK)
    links = {
        d.kind: d.content.decode()
        for d in candidate.documents
        if d.kind in link_kinds and d.content is not None
    }
    return CandidateDraft(
        birth_name=birth_name,
        first_names=first_names or birth_name,
        sex=sex,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        birth_insee_code=insee,
        birth_country_code=insee[2:] if insee.startswith("99") else "",
        birth_country=country,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        site_url=links.get(DocumentKind.SITE_LINK, ""),
        product_sheet_url=links.get(DocumentKind.PRODUCT_SHEET_LINK, ""),
        email=f"candidat-{candidate.id}@administration.example",
    )


def _documents(candidate: CandidateSpec) -> tuple[NewDocument, ...]:
    extensions = {"application/pdf": "pdf", "image/png": "png"}
    return tuple(
        NewDocument(
            d.kind,
            d.title,
            f"{index:02d}.{extensions.get(d.media_type, 'bin')}",
            d.media_type,
            d.content,
        )
        for index, d in enumerate(candidate.documents, start=1)
        if d.content is not None
        and d.kind not in (DocumentKind.SITE_LINK, DocumentKind.PRODUCT_SHEET_LINK)
    )


def _not_retained(registry: Registry, spec: SessionSpec) -> None:
    incomplete = CandidateDraft(
        birth_name="Morel",
        first_names="Inès",
        startup="Rendez-vous Préfecture (fictif)",
        incubator="Incubateur de l’Intérieur (fictif)",
        phase="Accélération",
        role="Intrapreneuse",
        email="ines.morel@administration.example",
    )
    add_candidate(registry, spec.id, incomplete)  # no dossier yet: « incomplete »
    withdrawn = add_candidate(
        registry,
        spec.id,
        CandidateDraft(
            birth_name="Lambert",
            first_names="Paul",
            startup="Démarches Culture (fictif)",
            incubator="Atelier numérique de la Culture (fictif)",
            phase="Construction",
            role="Développeur intrapreneur",
        ),
    )
    set_status(registry, withdrawn, ApplicationStatus.WITHDRAWN, "candidature retirée par courriel")


def record_demo_bundle(
    organiser_home: Path, secrets: SecretStore, built: object, clock: Clock
) -> None:
    """The demo's bundle, built from its folder, recorded as issued to its jury."""
    from jury_desk.registry.bundles import record_issued

    assert isinstance(built, BuildResult)
    location = default_location(organiser_home)
    registry = open_registry(organiser_home, location, secrets, clock, DEMO_ORGANISER)
    try:
        spec = built.manifest.spec
        record_issued(registry, spec.id, spec.version, built)
    finally:
        registry.close()
