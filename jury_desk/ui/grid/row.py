"""One competency of the grid: its title, descriptors, level, comment and time discussed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.juror.desk import GridRowState
from jury_desk.ui.grid.descriptors import DescriptorsBlock
from jury_desk.ui.grid.format import fill, minutes_and_seconds
from jury_desk.ui.grid.text import DebouncedText, GrowingTextEdit
from jury_desk.ui.grid.widgets import WheelSafeComboBox, make_bold, make_muted
from jury_desk.ui.theme.palette import set_themed_style

# The required comment is marked in the theme's warning orange, always with words.
_BAR_WIDTH = 4


class CompetencyRow(QWidget):
    """The scoring controls of one competency.

    Emits `level_changed(code, level or None)` when the juror picks a level,
    `comment_ready(code, text)` when the comment should be written (after a
    pause in typing or on leaving the box), and `focus_entered(code)` when one
    of its controls gets the focus. Values set through `show_*` emit nothing.
    """

    level_changed = Signal(str, object)
    comment_ready = Signal(str, str)
    focus_entered = Signal(str)

    def __init__(self, state: GridRowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = state.code
        self.setObjectName(f"row_{state.code}")
        self._passing = {level.rank: level.passing for level in state.levels}
        self._recused = False
        subject = fill(self.tr("%1 %2"), state.code, state.title)

        title = QLabel(fill(self.tr("%1 · %2"), state.code, state.title), self)
        title.setObjectName(f"title_{state.code}")
        make_bold(title)
        title.setWordWrap(True)
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.descriptors_button = QToolButton(self)
        self.descriptors_button.setObjectName(f"descriptors_{state.code}")
        self.descriptors_button.setText(self.tr("Descripteurs"))
        self.descriptors_button.setAccessibleName(fill(self.tr("Descripteurs — %1"), subject))
        self.descriptors_button.setToolTip(self.tr("Afficher les critères et les descripteurs"))
        self.descriptors_button.setCheckable(True)
        self.descriptors_button.setAutoRaise(True)
        self.descriptors_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.descriptors_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.descriptors_button.setArrowType(Qt.ArrowType.RightArrow)
        self.descriptors_button.toggled.connect(self._toggle_descriptors)

        self.descriptors = DescriptorsBlock(state, self)
        self.descriptors.setVisible(False)

        self.level = WheelSafeComboBox(self)
        self.level.setObjectName(f"level_{state.code}")
        self.level.setAccessibleName(fill(self.tr("Niveau — %1"), subject))
        self.level.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.level.addItem(self.tr("Non noté"), None)
        for level in state.levels:
            self.level.addItem(level.label, level.rank)
        self.level.setSizeAdjustPolicy(WheelSafeComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.currentIndexChanged.connect(self._level_picked)
        level_label = QLabel(self.tr("Niveau"), self)
        level_label.setBuddy(self.level)
        # On Linux, Qt names a combo box by its current text; screen readers find
        # what it is through its buddy label: that label carries the full name.
        level_label.setAccessibleName(self.level.accessibleName())

        self.time = QLabel(self)
        self.time.setObjectName(f"time_{state.code}")
        make_muted(self.time)
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.comment = GrowingTextEdit(3, 10, self)
        self.comment.setObjectName(f"comment_{state.code}")
        self.comment.setAccessibleName(fill(self.tr("Commentaire — %1"), subject))
        self.comment.setPlaceholderText(self.tr("Commentaire"))
        self.comment.textChanged.connect(self._update_required)
        self._comment_text = DebouncedText(self.comment, self._comment_ready, self)

        self._required_bar = QFrame(self)
        self._required_bar.setObjectName(f"comment_required_bar_{state.code}")
        self._required_bar.setFixedWidth(_BAR_WIDTH)
        set_themed_style(
            self._required_bar, lambda c: f"background-color: {c.warning}; border: none;"
        )
        keep_space = self._required_bar.sizePolicy()
        keep_space.setRetainSizeWhenHidden(True)
        self._required_bar.setSizePolicy(keep_space)

        self.required = QLabel(self.tr("Commentaire obligatoire (niveau non acquis)"), self)
        self.required.setObjectName(f"comment_required_{state.code}")
        set_themed_style(self.required, lambda c: f"color: {c.warning}; font-weight: 600;")
        self.required.setWordWrap(True)

        # The required bar sits in the row's left margin, so every box stays aligned.
        text_margins = (_BAR_WIDTH, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(*text_margins)
        header.addWidget(title, 1)
        header.addWidget(self.descriptors_button, 0, Qt.AlignmentFlag.AlignTop)

        level_line = QHBoxLayout()
        level_line.setContentsMargins(*text_margins)
        level_line.addWidget(level_label)
        level_line.addWidget(self.level)
        level_line.addStretch(1)
        level_line.addWidget(self.time)

        comment_line = QHBoxLayout()
        comment_line.setContentsMargins(0, 0, 0, 0)
        comment_line.setSpacing(0)
        comment_line.addWidget(self._required_bar)
        comment_line.addWidget(self.comment, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12 - _BAR_WIDTH, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(_indented(self.descriptors))
        layout.addLayout(level_line)
        layout.addLayout(comment_line)
        layout.addLayout(_indented(self.required))

        for widget in (self.descriptors_button, self.level, self.comment):
            widget.installEventFilter(self)
        self.show_state(state)

    # Values shown from the workspace (no signal, no write).

    def show_state(self, state: GridRowState) -> None:
        self.show_level(state.level)
        self.show_comment(state.comment)
        self.set_seconds(state.seconds_discussed)

    def show_level(self, level: int | None) -> None:
        with QSignalBlocker(self.level):
            self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self._update_required()

    def show_comment(self, text: str) -> None:
        self._comment_text.set_text(text)
        self._update_required()

    def set_seconds(self, seconds: int) -> None:
        """The time the jury spent on this competency so far."""
        minutes, rest = minutes_and_seconds(seconds)
        self.time.setText(fill(self.tr("Temps : %1 min %2 s"), minutes, rest))

    def set_locked(self, *, recused: bool, frozen: bool) -> None:
        """Recused: the controls are disabled. Frozen (signed): they can be read, not changed."""
        self._recused = recused
        self.level.setEnabled(not recused and not frozen)
        self.comment.setEnabled(not recused)
        self.comment.setReadOnly(frozen)
        self._update_required()

    # What the juror entered.

    def current_level(self) -> int | None:
        data = self.level.currentData()
        return data if isinstance(data, int) else None

    def comment_text(self) -> str:
        return self._comment_text.text()

    def flush(self) -> None:
        """Hand over the comment now if it changed."""
        self._comment_text.flush()

    def focus_level(self) -> None:
        self.level.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focus_entered.emit(self.code)
        return False

    @Slot(bool)
    def _toggle_descriptors(self, shown: bool) -> None:
        self.descriptors.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.descriptors_button.setArrowType(arrow)

    @Slot(int)
    def _level_picked(self, _index: int) -> None:
        self._update_required()
        self.level_changed.emit(self.code, self.current_level())

    def _comment_ready(self, text: str) -> None:
        self.comment_ready.emit(self.code, text)

    @Slot()
    def _update_required(self) -> None:
        level = self.current_level()
        needed = (
            not self._recused
            and level is not None
            and not self._passing.get(level, True)
            and not self.comment.toPlainText().strip()
        )
        self.required.setVisible(needed)
        self._required_bar.setVisible(needed)
        self.comment.setAccessibleDescription(self.required.text() if needed else "")


def _indented(widget: QWidget) -> QHBoxLayout:
    """A line holding `widget`, aligned with the boxes right of the required bar."""
    line = QHBoxLayout()
    line.setContentsMargins(_BAR_WIDTH, 0, 0, 0)
    line.addWidget(widget)
    return line
