"""« Importer le rapport de traitement… » on the Déclaration tab: the CDC's processing report
chosen, entered in the registry behind the busy notice, and what it said in words:
passages accepted and rejected, or the report already imported. A report the registry
refuses (another flow's, a passage it does not hold) is said in an error box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from jury_desk.registry.declaration_tracking import ReportImported, import_report
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.save_folder import remembered_folder

REPORTS_FOLDER_SETTING = "organiser/declaration_reports_folder"


def choose_report(parent: QWidget, state: OrganiserState, on_said: Callable[[str], None]) -> None:
    """Ask for the report's file, then import it; `on_said` gets what it changed."""
    stored = state.context.settings
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate(
            "DeclarationReport", "Importer le rapport de traitement de la CDC"
        ),
        str(remembered_folder(stored, REPORTS_FOLDER_SETTING)),
        QCoreApplication.translate(
            "DeclarationReport", "Rapports de traitement (*.xml);;Tous les fichiers (*)"
        ),
    )
    if chosen:
        stored.setValue(REPORTS_FOLDER_SETTING, str(Path(chosen).parent))
        import_report_file(parent, state, Path(chosen), on_said)


def import_report_file(
    parent: QWidget, state: OrganiserState, path: Path, on_said: Callable[[str], None]
) -> None:
    registry = state.registry
    state.run_slow(
        parent,
        QCoreApplication.translate("DeclarationReport", "Importer le rapport de traitement"),
        QCoreApplication.translate(
            "DeclarationReport", "Lecture du rapport de traitement de la CDC…"
        ),
        lambda: import_report(registry, path),
        lambda imported: on_said(report_words(path.name, imported)),
    )


def report_words(name: str, imported: ReportImported) -> str:
    if imported.already_there:
        return QCoreApplication.translate(
            "DeclarationReport", "« {file} » : ce rapport était déjà importé ({flow})."
        ).format(file=name, flow=imported.flow_id)
    text = QCoreApplication.translate(
        "DeclarationReport",
        "Rapport « {file} » importé ({flow}) : {accepted} passage(s) accepté(s), "
        "{rejected} rejeté(s).",
    ).format(
        file=name,
        flow=imported.flow_id,
        accepted=imported.accepted,
        rejected=imported.rejected,
    )
    if imported.not_mentioned:
        text += " " + QCoreApplication.translate(
            "DeclarationReport",
            "{n} passage(s) du fichier n’y figurent pas : toujours en attente du rapport.",
        ).format(n=imported.not_mentioned)
    if imported.rejected:
        text += " " + QCoreApplication.translate(
            "DeclarationReport",
            "Le message de la CDC dit quoi corriger dans la fiche de chaque candidat rejeté.",
        )
    return text
