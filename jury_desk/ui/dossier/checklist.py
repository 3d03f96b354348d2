"""The six items a dossier is expected to hold, each marked present or missing.

Shape and words carry the state (✓ « présent », ✗ « manquant »); colour only
repeats it, so that nothing relies on colour alone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from jury_desk.models.enums import EXPECTED_DOSSIER_KINDS, DocumentKind
from jury_desk.ui.dossier.format import kind_label
from jury_desk.ui.theme.palette import active_colours, theme_changes

# As many items a line as the width allows: all six, three (two lines), two, or one.
_COLUMN_CHOICES = (6, 3, 2, 1)
_COLUMN_SPACING = 24


class DossierChecklist(QWidget):
    """Holds one label per expected dossier item (objectName `checklist_<kind>`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossier_checklist")
        self.setAccessibleName(self.tr("Pièces attendues du dossier"))

        self._title = QLabel(self.tr("Pièces du dossier"), self)
        self._title.setObjectName("checklist_title")
        title_font = self._title.font()
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(_COLUMN_SPACING)
        self._grid.setVerticalSpacing(2)
        self._items: dict[DocumentKind, QLabel] = {}
        for kind in EXPECTED_DOSSIER_KINDS:
            item = QLabel(self)
            item.setObjectName(f"checklist_{kind.value}")
            item.setTextFormat(Qt.TextFormat.RichText)
            self._items[kind] = item
        self._columns = 0
        self._arrange(_COLUMN_CHOICES[1])

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)
        self._layout.addWidget(self._title, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(self._grid, 1)
        self._checklist: dict[DocumentKind, bool] = {}
        self.set_checklist({kind: False for kind in EXPECTED_DOSSIER_KINDS})
        theme_changes().changed.connect(self._recolour)

    def set_checklist(self, checklist: dict[DocumentKind, bool]) -> None:
        """Marks each expected item; a kind absent from `checklist` counts as missing."""
        self._checklist = dict(checklist)
        # The theme's success green and error red (each 4.5:1 at least on the window).
        colours = active_colours()
        present_count = 0
        for kind, item in self._items.items():
            present = checklist.get(kind, False)
            present_count += present
            status = self._status_text(kind, present)
            mark = "✓" if present else "✗"
            colour = colours.success if present else colours.error
            item.setText(
                f'<span style="color:{colour}; font-weight:bold">{mark}</span>&nbsp;'
                f"{escape(kind_label(kind))}"
                f'&nbsp;<span style="color:{colour}">({escape(status)})</span>'
            )
            item.setAccessibleName(
                self.tr("{item} : {status}").format(item=kind_label(kind), status=status)
            )
            item.setProperty("present", present)
        self.setAccessibleDescription(
            self.tr("Pièces présentes : {present} sur {expected}").format(
                present=present_count, expected=len(self._items)
            )
        )

    @Slot()
    def _recolour(self) -> None:
        self.set_checklist(self._checklist)

    def is_marked_present(self, kind: DocumentKind) -> bool:
        """What the checklist currently shows for `kind`."""
        return bool(self._items[kind].property("present"))

    def _status_text(self, kind: DocumentKind, present: bool) -> str:
        # The adjective agrees with each item's name, as a French reader expects.
        if kind is DocumentKind.PRODUCT_SHEET_LINK:
            return self.tr("présente") if present else self.tr("manquante")
        if kind is DocumentKind.USER_INTERVIEWS:
            return self.tr("présents") if present else self.tr("manquants")
        if kind is DocumentKind.MOCKUPS:
            return self.tr("présentes") if present else self.tr("manquantes")
        return self.tr("présent") if present else self.tr("manquant")

    def columns(self) -> int:
        """How many items each line holds at the current width."""
        return self._columns

    def minimumSizeHint(self) -> QSize:
        # One item a line at the narrowest: the checklist never forces the window wider.
        hint = super().minimumSizeHint()
        widest = max(item.sizeHint().width() for item in self._items.values())
        width = self._title.sizeHint().width() + self._layout.spacing() + widest
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = event.size().width() - self._title.sizeHint().width() - self._layout.spacing()
        columns = next(
            (c for c in _COLUMN_CHOICES if self._width_for(c) <= room), _COLUMN_CHOICES[-1]
        )
        if columns != self._columns:
            self._arrange(columns)

    def _width_for(self, columns: int) -> int:
        items = list(self._items.values())
        widths = [
            max(item.sizeHint().width() for item in items[column::columns])
            for column in range(columns)
        ]
        return sum(widths) + _COLUMN_SPACING * (columns - 1)

    def _arrange(self, columns: int) -> None:
        for item in self._items.values():
            self._grid.removeWidget(item)
        for column in range(max(self._columns, columns) + 1):
            self._grid.setColumnStretch(column, 0)
        for position, item in enumerate(self._items.values()):
            self._grid.addWidget(item, position // columns, position % columns)
        self._grid.setColumnStretch(columns, 1)
        self._columns = columns
