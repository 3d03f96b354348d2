"""The compact reference block of one competency: description, criteria, level descriptors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from jury_desk.juror.desk import GridRowState
from jury_desk.ui.grid.format import escaped, fill


class DescriptorsBlock(QLabel):
    """Shows what the jury assesses for one competency and what each level means.

    Passing levels say "(acquis)" in words, not only by colour.
    """

    def __init__(self, row: GridRowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"descriptors_text_{row.code}")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setMargin(8)
        self.setText(self._html(row))

    def _html(self, row: GridRowState) -> str:
        criteria_title = escaped(self.tr("Critères d’évaluation"))
        levels_title = escaped(self.tr("Niveaux"))
        passing_template = self.tr("%1 (acquis)")
        parts = []
        if row.description:
            parts.append(f"<p style='margin:0 0 6px 0'>{escaped(row.description)}</p>")
        if row.criteria:
            items = "".join(f"<li>{escaped(c)}</li>" for c in row.criteria)
            parts.append(f"<p style='margin:0'><b>{criteria_title}</b></p>")
            parts.append(f"<ul style='margin:2px 0 6px 0; -qt-list-indent:1'>{items}</ul>")
        levels = []
        for level in row.levels:
            name = escaped(level.label)
            if level.passing:
                name = f"<b>{escaped(fill(passing_template, level.label))}</b>"
            levels.append(f"<li>{name} — {escaped(level.descriptor)}</li>")
        parts.append(f"<p style='margin:0'><b>{levels_title}</b></p>")
        parts.append(f"<ul style='margin:2px 0 0 0; -qt-list-indent:1'>{''.join(levels)}</ul>")
        return "".join(parts)
