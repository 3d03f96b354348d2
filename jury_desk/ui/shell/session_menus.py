"""The Aller and Niveau menus say the open session's competencies and levels by name.

Built with numbers (the shortcuts Alt+1…8 and Ctrl+0…3 do not change); a session
gives them their words, so a juror reads « Ctrl+2 · Maîtrisé », not « Niveau 2 ».
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from jury_desk.juror.desk import JurorDesk


def name_session_menus(
    competency_actions: Sequence[QAction], level_actions: Sequence[QAction], desk: JurorDesk
) -> None:
    """Each action named after the session's competency or level; unused ones hidden."""
    competencies = desk.competency_titles()
    for index, action in enumerate(competency_actions):
        if index < len(competencies):
            code, title = competencies[index]
            action.setText(
                QCoreApplication.translate("SessionMenus", "{code} · {title}").format(
                    code=code, title=title
                )
            )
        action.setVisible(index < len(competencies))
    labels = desk.scale().labels
    for rank, action in enumerate(level_actions):
        if rank < len(labels):
            action.setText(
                QCoreApplication.translate(
                    "SessionMenus", "{n} · {label} pour la compétence en cours"
                ).format(n=rank, label=labels[rank])
            )
        action.setVisible(rank < len(labels))


def number_session_menus(
    competency_actions: Sequence[QAction], level_actions: Sequence[QAction]
) -> None:
    """No session open: the menus' generic names (they are disabled then)."""
    for index, action in enumerate(competency_actions):
        action.setText(
            QCoreApplication.translate("SessionMenus", "Compétence {n}").format(n=index + 1)
        )
        action.setVisible(True)
    for rank, action in enumerate(level_actions):
        action.setText(
            QCoreApplication.translate(
                "SessionMenus", "Niveau {n} pour la compétence en cours"
            ).format(n=rank)
        )
        action.setVisible(True)
