"""« Supprimer l’espace de travail… » on the welcome page: a workspace no longer needed goes,
as `workspace delete` does, after a question that says what is lost and what is not."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from jury_desk.ui.flows.host import FlowHost


class WorkspaceDeletion(QObject):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.widget())
        self.host = host

    def delete(self, session_id: str, title: str) -> bool:
        """Ask, then delete; True if the workspace went."""
        from jury_desk.kernel.errors import UserError
        from jury_desk.session.deletion import delete_workspace

        window = self.host.widget()
        heading = self.tr("Supprimer l’espace de travail")
        answer = QMessageBox.question(
            window,
            heading,
            self.tr(
                "Supprimer l’espace de travail de « {title} » ? Les notes, les niveaux et les "
                "grilles qu’il garde seront perdus, avec sa clé ; les documents déjà exportés "
                "et envoyés ne sont pas touchés."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        profile = self.host.context.profile
        try:
            delete_workspace(profile.home, session_id, profile.secrets)
        except UserError as error:
            self.host.show_error(error, heading)
            return False
        return True
