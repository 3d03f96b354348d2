"""« Exporter ses données (RGPD)… »: everything the registry holds about one person, written as
one ZIP to hand over on an access request, from the candidate's or the juror's page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.kernel.file_names import ascii_words
from jury_desk.ui.organiser.state import OrganiserState


def export_person_data(state: OrganiserState, parent: QWidget, person_id: str, name: str) -> None:
    title = QCoreApplication.translate("PersonExport", "Exporter les données de %1").replace(
        "%1", name
    )
    suggested = Path.home() / f"donnees-{ascii_words(name) or person_id}.zip"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("PersonExport", "Archives ZIP (*.zip)"),
    )
    if not chosen:
        return
    target = Path(chosen)

    def work() -> int:
        from jury_desk.registry.access_export import export_person

        return export_person(state.registry, person_id, target)

    def done(_count: object) -> None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PersonExport",
                "Les données de %1 sont dans « %2 » : à transmettre à la personne seule, "
                "par un moyen sûr.",
            )
            .replace("%1", name)
            .replace("%2", target.name),
        )

    state.run_slow(
        parent,
        title,
        QCoreApplication.translate("PersonExport", "Rassemblement des données…"),
        work,
        done,
    )
