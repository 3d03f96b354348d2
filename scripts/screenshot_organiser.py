"""The organiser's desk on the demo's registry, for docs/guide-organisateur.md: one picture
per tab, then the renewal figures and the retention dialogs (Fichier menu), taken as the
window draws them (see scripts/screenshot_views.py for the rest)."""

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
from jury_desk.ui.organiser.figures_dialog import FiguresDialog
from jury_desk.ui.organiser.retention_dialog import RetentionDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext

WINDOW_SIZE = (1280, 800)
# The CDC's schema the tests use (beside the repository); without it, no declaration picture.
CDC_SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared/testdata/cdc-accrochage/cdc-accrochage-1.1.2.xsd"
)


def organiser_pictures(
    _layout: DemoLayout,  # the window's demo; the organiser's is played to its end here
    clock: Clock,
    settings: QSettings,
    scratch: Path,
    save: Callable[[QWidget, str], None],
) -> None:
    # The whole session played to its end (results imported, letters and certificates
    # issued, the laureates' declaration written), so that every tab shows a life.
    from jury_desk.demo.complete import play_complete_demo

    schema = CDC_SCHEMA if CDC_SCHEMA.exists() else None
    layout = play_complete_demo(scratch / "complete", clock, schema).result.layout
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
        # The Fichier menu's dialogs, as its actions open them over the window.
        for dialog, name in (
            (FiguresDialog(state, window), "organiser-figures"),
            (RetentionDialog(state, window), "organiser-retention"),
        ):
            dialog.show()
            save(dialog, name)
            dialog.reject()
        if CDC_SCHEMA.exists():  # the CDC's kit: the application ships none
            window.tabs.setCurrentWidget(window.declaration_page)
            declare_demo_holders(state, scratch)
            save(window, "organiser-declaration")
    finally:
        window.close()
        registry.close()


def declare_demo_holders(state: OrganiserState, scratch: Path) -> None:
    """The Déclaration tab with a life behind it: the file the complete demo wrote,
    deposited and answered by the CDC: one holder rejected with its message, one not in
    the report yet, the others accepted."""
    from sqlalchemy import select

    from jury_desk.registry.declaration_tracking import import_report, mark_sent, session_flows
    from jury_desk.registry.models import DeclaredPassage

    registry = state.registry
    flow_id = session_flows(registry, DEMO_SESSION_ID)[0].flow_id
    mark_sent(registry, flow_id)
    with registry.read() as session:
        rejected, _not_in_the_report, *accepted = session.scalars(
            select(DeclaredPassage.technical_id)
            .where(DeclaredPassage.flow_id == flow_id)
            .order_by(DeclaredPassage.technical_id)
        )
    report = scratch / "rapport-de-traitement.xml"
    report.write_text(
        '<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema"><nomFichier>f.xml</nomFichier>'
        f"<idFlux>{flow_id}</idFlux><idTraitement>T-DEMO</idTraitement>"
        f"<PassagesKO><passage><idTechnique>{rejected}</idTechnique><messageErreur>"
        "Aucun titulaire ne correspond aux critères obligatoires</messageErreur></passage>"
        "</PassagesKO><PassagesOK>"
        + "".join(f"<idTechnique>{passage}</idTechnique>" for passage in accepted)
        + "</PassagesOK></rapport>",
        "utf-8",
    )
    import_report(registry, report)
    state.changed.emit()
