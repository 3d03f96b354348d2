"""Quitting while an interview's clock runs is asked: the interview goes on without the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.store.workspace import Workspace


def may_quit_during_interview(parent: QWidget, workspace: Workspace | None, clock: Clock) -> bool:
    """True when nothing runs, or the juror chose to quit anyway."""
    if workspace is None:
        return True
    from jury_desk.juror.interview.elsewhere import interviews_under_way
    from jury_desk.juror.interview.state import ClockStatus

    try:
        running = [
            interview
            for interview in interviews_under_way(workspace, clock)
            if interview.status is ClockStatus.RUNNING
        ]
    except UserError:
        return True  # nothing can be read: nothing to protect here
    if not running:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Entretien en cours"),
        QCoreApplication.translate(
            "MainWindow", "L’entretien de {name} est en cours. Quitter jury-desk quand même ?"
        ).format(name=running[0].name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("quit_during_interview")
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Le chronomètre continue de compter ; le temps passé sans jury-desk sera noté "
            "comme une interruption, sans être attribué à une compétence.",
        )
    )
    quit_button = box.addButton(
        QCoreApplication.translate("MainWindow", "&Quitter"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button.setObjectName("quit_anyway")
    stay = box.addButton(
        QCoreApplication.translate("MainWindow", "&Rester"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is quit_button
