"""Below the competencies: overall view, conflict of interest, private preparation notes."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.models.enums import Recommendation
from jury_desk.ui.grid.fields import CONFLICT_STATEMENT, OVERALL_COMMENT, PREPARATION_NOTES
from jury_desk.ui.grid.text import DebouncedText, GrowingTextEdit
from jury_desk.ui.grid.widgets import WheelSafeComboBox, make_bold, separator


class OverallSection(QWidget):
    """The juror's overall recommendation and comment, conflict of interest and notes.

    Emits `recommendation_changed(Recommendation or None)`, `recused_changed(bool)`
    and `declared_changed(bool)` when the juror changes them, and
    `text_ready(key, text)` when a text field should be written. Values set
    through `show_*` emit nothing.
    """

    recommendation_changed = Signal(object)
    recused_changed = Signal(bool)
    declared_changed = Signal(bool)
    text_ready = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overall_section")
        self._debounced: dict[str, DebouncedText] = {}

        self.recommendation = WheelSafeComboBox(self)
        self.recommendation.setObjectName("recommendation")
        self.recommendation.setAccessibleName(self.tr("Avis global"))
        self.recommendation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.recommendation.addItem(self.tr("—"), None)
        self.recommendation.setItemData(
            0, self.tr("Aucun avis"), Qt.ItemDataRole.AccessibleTextRole
        )
        self.recommendation.addItem(self.tr("Favorable"), Recommendation.FAVOURABLE)
        self.recommendation.addItem(self.tr("Réservé"), Recommendation.RESERVED)
        self.recommendation.addItem(self.tr("Défavorable"), Recommendation.UNFAVOURABLE)
        self.recommendation.currentIndexChanged.connect(self._recommendation_picked)
        recommendation_label = QLabel(self.tr("Avis global"), self)
        recommendation_label.setBuddy(self.recommendation)

        self.overall_comment = self._text_field(
            OVERALL_COMMENT, self.tr("Commentaire général"), self.tr("Commentaire général")
        )

        self.conflict_declared = QCheckBox(self.tr("Je déclare un conflit d’intérêts"), self)
        self.conflict_declared.setObjectName("conflict_declared")
        self.conflict_declared.setAccessibleName(self.tr("Je déclare un conflit d’intérêts"))
        self.conflict_declared.toggled.connect(self._declared_toggled)
        self.conflict_statement = self._text_field(
            CONFLICT_STATEMENT,
            self.tr("Nature du conflit d’intérêts"),
            self.tr("Nature du conflit d’intérêts (obligatoire pour vous récuser)"),
        )
        self.recused = QCheckBox(self.tr("Je me récuse pour ce candidat"), self)
        self.recused.setObjectName("recused")
        self.recused.setAccessibleName(self.tr("Je me récuse pour ce candidat"))
        self.recused.toggled.connect(self.recused_changed)

        self.notes_toggle = QToolButton(self)
        self.notes_toggle.setObjectName("preparation_notes_toggle")
        self.notes_toggle.setText(self.tr("Notes de préparation (privées)"))
        self.notes_toggle.setAccessibleName(self.tr("Notes de préparation (privées)"))
        self.notes_toggle.setToolTip(self.tr("Vos notes ne figurent pas sur la feuille signée."))
        self.notes_toggle.setCheckable(True)
        self.notes_toggle.setAutoRaise(True)
        self.notes_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notes_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notes_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.notes_toggle.toggled.connect(self._toggle_notes)
        self.preparation_notes = self._text_field(
            PREPARATION_NOTES,
            self.tr("Notes de préparation (privées)"),
            self.tr("Vos notes pour préparer l’entretien : elles restent sur ce poste."),
            min_lines=5,
            max_lines=16,
        )
        self.preparation_notes.setVisible(False)
        self.conflict_statement.setVisible(False)
        self.recused.setVisible(False)

        heading = QLabel(self.tr("Appréciation générale"), self)
        heading.setObjectName("overall_heading")
        make_bold(heading)
        make_bold(self.notes_toggle)

        recommendation_line = QHBoxLayout()
        recommendation_line.addWidget(recommendation_label)
        recommendation_line.addWidget(self.recommendation)
        recommendation_line.addStretch(1)

        overall = _block()
        overall.addWidget(heading)
        overall.addLayout(recommendation_line)
        overall.addWidget(self.overall_comment)
        conflict = _block()
        conflict.addWidget(self.conflict_declared)
        conflict.addWidget(self.conflict_statement)
        conflict.addWidget(self.recused)
        notes = _block()
        notes.addWidget(self.notes_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        notes.addWidget(self.preparation_notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(overall)
        layout.addWidget(separator(self))
        layout.addLayout(conflict)
        layout.addWidget(separator(self))
        layout.addLayout(notes)

    def _text_field(
        self, key: str, name: str, placeholder: str, *, min_lines: int = 3, max_lines: int = 10
    ) -> GrowingTextEdit:
        edit = GrowingTextEdit(min_lines, max_lines, self)
        edit.setObjectName(key)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        self._debounced[key] = DebouncedText(
            edit, lambda text: self.text_ready.emit(key, text), self
        )
        return edit

    # Values shown from the workspace (no signal, no write).

    def show_recommendation(self, value: Recommendation | None) -> None:
        with QSignalBlocker(self.recommendation):
            self.recommendation.setCurrentIndex(max(self.recommendation.findData(value), 0))

    def show_text(self, key: str, text: str) -> None:
        self._debounced[key].set_text(text)
        if key == CONFLICT_STATEMENT and text.strip():
            self.show_declared(True)

    def show_recused(self, recused: bool) -> None:
        with QSignalBlocker(self.recused):
            self.recused.setChecked(recused)
        if recused:
            self.show_declared(True)

    def show_declared(self, declared: bool) -> None:
        with QSignalBlocker(self.conflict_declared):
            self.conflict_declared.setChecked(declared)
        self.conflict_statement.setVisible(declared)
        self.recused.setVisible(declared)

    def set_locked(self, *, frozen: bool) -> None:
        """A signed sheet can be read, not changed; private notes stay editable."""
        self.recommendation.setEnabled(not frozen)
        self.overall_comment.setReadOnly(frozen)
        self.conflict_declared.setEnabled(not frozen)
        self.conflict_statement.setReadOnly(frozen)
        self.recused.setEnabled(not frozen)

    # What the juror entered.

    def text(self, key: str) -> str:
        return self._debounced[key].text()

    def flush(self) -> None:
        for debounce in self._debounced.values():
            debounce.flush()

    @Slot(int)
    def _recommendation_picked(self, _index: int) -> None:
        data = self.recommendation.currentData()
        self.recommendation_changed.emit(Recommendation(data) if data is not None else None)

    @Slot(bool)
    def _declared_toggled(self, declared: bool) -> None:
        self.conflict_statement.setVisible(declared)
        self.recused.setVisible(declared)
        self.declared_changed.emit(declared)

    @Slot(bool)
    def _toggle_notes(self, shown: bool) -> None:
        self.preparation_notes.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.notes_toggle.setArrowType(arrow)


def _block() -> QVBoxLayout:
    """The layout of one block of the section, with the rows' margins."""
    block = QVBoxLayout()
    block.setContentsMargins(12, 10, 12, 10)
    block.setSpacing(6)
    return block
