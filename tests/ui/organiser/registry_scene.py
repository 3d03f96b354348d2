"""A session of the organiser's registry for the candidates and schedule pages' tests:
the session, candidates, jurors enrolled as the inbox does, and a second person at the
same registry (to make an edit stale)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.models.enums import ApplicationStatus, DocumentKind, JurorKind
from jury_desk.registry.candidates import NewDocument, add_candidate, set_status
from jury_desk.registry.jurors import JurorProfile, accept_request, read_request
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.factories import FakeClock

__all__ = ["SESSION_ID", "add_shortlisted", "enrol_jurors", "error_shown", "other_person"]

PDF = b"%PDF-1.7 dossier " * 20
DOSSIER_FILES = (
    DocumentKind.USER_INTERVIEWS,
    DocumentKind.MOCKUPS,
    DocumentKind.INVESTMENT_TABLE,
    DocumentKind.DECK,
)


def with_session(registry: Registry) -> None:
    create_session(registry, session_draft())


def add_complete(registry: Registry, birth_name: str, first_names: str, **fields: str) -> str:
    """A candidate whose dossier holds the six items (eligible at intake)."""
    draft = dataclasses.replace(candidate_draft(birth_name, first_names), **fields)
    documents = tuple(
        NewDocument(kind, kind.value, f"{kind.value}.pdf", "application/pdf", PDF)
        for kind in DOSSIER_FILES
    )
    return add_candidate(registry, SESSION_ID, draft, documents)


def add_shortlisted(registry: Registry, birth_name: str, first_names: str, **fields: str) -> str:
    candidate_id = add_complete(registry, birth_name, first_names, **fields)
    set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED)
    return candidate_id


JURORS = (
    ("Claire Présidente", "claire@jury.example.org", JurorKind.PORTFOLIO_MANAGER, "DINUM", ()),
    # Linked to Aidants Connect: they may not assess its agents.
    (
        "Łukasz Membre",
        "lukasz@jury.example.org",
        JurorKind.CERTIFIED_INTRAPRENEUR,
        "Fabrique",
        ("Aidants Connect",),
    ),
    ("Inès Autre", "ines@jury.example.org", JurorKind.CERTIFIED_INTRAPRENEUR, "Atelier", ()),
)


def enrol_jurors(registry: Registry, folder: Path) -> tuple[str, ...]:
    """Three jurors (a portfolio manager, two certified intrapreneurs), each with their own
    keys, accepted from their request files as the inbox does."""
    ids = []
    for name, email, kind, incubator, startups in JURORS:
        path = folder / f"{email}.json"
        path.write_bytes(make_request(create_identity(name, email)).to_json())
        profile = JurorProfile(kind, incubator, startups)
        ids.append(accept_request(registry, read_request(path), profile, codes_matched=True))
    return tuple(ids)


@contextmanager
def other_person(
    home: Path, secrets: PassphraseFileSecretStore, clock: FakeClock, name: str
) -> Iterator[Registry]:
    """The same registry opened by someone else (their name signs their changes)."""
    opened = open_registry(home, default_location(home), secrets, clock, name)
    try:
        yield opened
    finally:
        opened.close()


def error_shown(widget: QWidget) -> str:
    """The text of the error box the window opened under `widget`, then closed."""
    box = widget.window().findChild(QMessageBox, "error_box")
    assert box is not None, "no error shown"
    text = box.text()
    box.setObjectName("seen_error_box")
    box.close()
    box.deleteLater()
    return text
