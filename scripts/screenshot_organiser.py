"""The organiser's desk on the demo's registry, for docs/guide-organisateur.md: one picture
per tab, taken as the window draws them (see scripts/screenshot_views.py for the rest)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from jury_desk.demo.build import DemoLayout, demo_secret_store
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.kernel.clock import Clock
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext

WINDOW_SIZE = (1280, 800)


def organiser_pictures(
    layout: DemoLayout,
    clock: Clock,
    settings: QSettings,
    scratch: Path,
    save: Callable[[QWidget, str], None],
) -> None:
    home = layout.organiser_home
    secrets = demo_secret_store(home)
    registry = open_registry(home, default_location(home), secrets, clock, "Alice Martin")
    context = WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner())
    state = OrganiserState(context, registry)
    window = OrganiserWindow(state)
    window.resize(*WINDOW_SIZE)
    window.show()
    state.set_session(DEMO_SESSION_ID)
    try:
        save(window, "organiser-session")
        # A new juror's request, dropped in the inbox: the code to read over the phone.
        request = scratch / "demande-enrolement.json"
        newcomer = create_identity("Nadia Ferreira", "nadia.ferreira@jury.example.org")
        request.write_bytes(make_request(newcomer).to_json())
        window.tabs.setCurrentWidget(window.jurors_page)
        window.jurors_page.inbox.add_files([request])
        save(window, "organiser-jurors")
        window.tabs.setCurrentWidget(window.candidates_page)
        page = window.candidates_page
        page.table.setCurrentIndex(page.model.index(0, 0))
        save(window, "organiser-candidates")
        window.tabs.setCurrentWidget(window.schedule_page)
        save(window, "organiser-schedule")
        window.tabs.setCurrentWidget(window.bundles_page)
        bundles = window.bundles_page
        bundles.table.setCurrentIndex(bundles.model.index(0, 0))
        save(window, "organiser-bundles")
        window.tabs.setCurrentWidget(window.results_page)
        save(window, "organiser-results")
    finally:
        window.close()
        registry.close()
