"""The juror's scoring grid for one candidate, written to the workspace as it is edited."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jury_desk.juror.desk import GridRowState, GridState, JurorDesk
from jury_desk.juror.editing import Saved
from jury_desk.kernel.errors import UserError
from jury_desk.models.enums import Recommendation
from jury_desk.ui.grid.fields import (
    CONFLICT_STATEMENT,
    OVERALL_COMMENT,
    OVERALL_TEXT_KEYS,
    PREPARATION_NOTES,
    RECOMMENDATION,
    RECUSED,
    FieldValue,
    as_level,
    as_recommendation,
    as_text,
    comment_key,
    is_text_key,
    level_key,
    split_key,
    write_field,
)
from jury_desk.ui.grid.format import fill
from jury_desk.ui.grid.overall import OverallSection
from jury_desk.ui.grid.pending import FieldWrite, PendingWrites
from jury_desk.ui.grid.row import CompetencyRow
from jury_desk.ui.grid.undo import FieldCommand
from jury_desk.ui.grid.widgets import separator
from jury_desk.ui.shell.background import SynchronousRunner, Writes
from jury_desk.ui.shell.error_text import one_line
from jury_desk.ui.theme.colours import Colours
from jury_desk.ui.theme.palette import set_themed_style

_BANNER_STYLE = (
    "QLabel#{name} {{ background-color: {background}; color: {text};"
    " border-left: 4px solid {accent}; padding: 8px 10px; }}"
)


def _recusal_style(c: Colours) -> str:
    return _BANNER_STYLE.format(
        name="recusal_banner", background=c.warning_background, text=c.text, accent=c.warning
    )


def _signed_frame_style(c: Colours) -> str:
    return (
        f"QFrame#signed_banner_frame {{ background-color: {c.info_background};"
        f" border-left: 4px solid {c.info}; }}"
    )


class GridPanel(QWidget):
    """The 8 competency rows of one candidate, then the overall view, conflict and notes.

    Every change is written at once (levels, choices) or after a short pause in
    typing (text), through `writes` (in the window, a worker thread: the disk
    never holds the keyboard), and each written change is an undoable command on
    the window's `undo_stack`. Emits `saved(iso_time)` once a write is committed
    and `store_error(message)` when a write failed; a level or a choice then
    shows again what the workspace holds, typed text stays in its box and is
    written again at the next change or focus change. Anything that reads the
    workspace after the juror's edits calls `flush()` first.

    A signed sheet shows a banner with two buttons: they emit
    `new_version_requested(candidate_id)` and `export_again_requested(candidate_id)`.
    """

    saved = Signal(str)
    store_error = Signal(str)
    new_version_requested = Signal(str)
    export_again_requested = Signal(str)

    def __init__(
        self,
        desk: JurorDesk,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grid_panel")
        self._desk = desk
        self._undo = undo_stack
        self._applying = False
        self._pending = PendingWrites(
            writes or SynchronousRunner(), self._written, self._not_written
        )
        self._candidate: str | None = None
        self._frozen = False
        # The values of the candidate shown, by field key: what the workspace holds once
        # the writes handed over are done (shown already, taken back if one is refused).
        self._committed: dict[str, FieldValue] = {}
        self._rows: dict[str, CompetencyRow] = {}
        self._last_row: CompetencyRow | None = None

        self._signed_banner = self._signed_banner_with_actions()
        self._recusal_banner = self._banner(
            "recusal_banner",
            self.tr("Vous vous êtes récusé(e) : la grille est désactivée pour ce candidat."),
        )
        set_themed_style(self._recusal_banner, _recusal_style)

        self._empty = QLabel(self.tr("Choisissez un candidat pour afficher sa grille."), self)
        self._empty.setObjectName("grid_empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        content = QWidget(self)
        content.setObjectName("grid_content")
        self._rows_widget = QWidget(content)
        self.overall = OverallSection(content)
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.setSpacing(0)
        self._content_layout.addWidget(self._rows_widget)
        self._content_layout.addWidget(separator(content))
        self._content_layout.addWidget(self.overall)
        self._content_layout.addStretch(1)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("grid_scroll")
        self._scroll.setAccessibleName(self.tr("Grille d’évaluation"))
        # Not a tab stop of its own: it scrolls to whichever control gets the focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._signed_banner)
        layout.addWidget(self._recusal_banner)
        layout.addWidget(self._pages, 1)

        self.overall.recommendation_changed.connect(self._recommendation_changed)
        self.overall.text_ready.connect(self._text_ready)
        self.overall.recused_changed.connect(self._recused_changed)
        self.overall.declared_changed.connect(self._declared_changed)
        self.show_candidate(None)

    # The window's calls.

    @property
    def candidate_id(self) -> str | None:
        return self._candidate

    def rows(self) -> list[CompetencyRow]:
        return list(self._rows.values())

    def show_candidate(self, candidate_id: str | None) -> None:
        """Show a candidate's grid (None: no candidate), writing any pending text first."""
        self.flush()
        self._candidate = None
        self._committed = {}
        self._last_row = None
        grid = None
        if candidate_id is not None:
            try:
                grid = self._desk.grid(candidate_id)
            except UserError as error:
                self.store_error.emit(one_line(error))
        if grid is None:
            self._frozen = False
            self._signed_banner.setVisible(False)
            self._recusal_banner.setVisible(False)
            self._pages.setCurrentWidget(self._empty)
            return
        self._candidate = candidate_id
        self._load(grid)
        self._pages.setCurrentWidget(self._scroll)
        self._scroll.verticalScrollBar().setValue(0)

    def flush(self) -> None:
        """Write now any text typed and not yet written, and wait until every change is
        committed or refused (before a switch, a close, or anything reading the workspace)."""
        self._hand_over_typed_text()
        self._pending.drain()

    def _hand_over_typed_text(self) -> None:
        if self._candidate is None:
            return
        for row in self._rows.values():
            row.flush()
        self.overall.flush()

    def focus_competency(self, index: int) -> None:
        """Put the focus on the level selector of row `index` (0 to 7) and scroll to it."""
        rows = self.rows()
        if self._candidate is None or not 0 <= index < len(rows):
            return
        row = rows[index]
        self._scroll.ensureWidgetVisible(row, 0, 0)
        row.focus_level()
        self._last_row = row

    def set_level_of_focused_row(self, level: int | None) -> None:
        """Set the level of the row that has (or last had) the focus; None clears it."""
        row = self._last_row
        if self._candidate is None or row is None or not row.level.isEnabled():
            return
        if level is not None and row.level.findData(level) < 0:
            return  # not a level of this scale
        row.show_level(level)
        self._commit(level_key(row.code), level)

    def set_seconds(self, code: str, seconds: int) -> None:
        """Show the time discussed so far for one competency."""
        row = self._rows.get(code)
        if row is not None:
            row.set_seconds(seconds)

    # The FieldStore the undo commands write through.

    def apply(self, candidate_id: str, key: str, value: FieldValue) -> bool:
        self._applying = True  # inside the stack's undo or redo: the stack is not touched
        try:
            self._pending.drain()  # an undo or a redo comes after every edit made before it
            saved = write_field(self._desk, candidate_id, key, value)
        except UserError as error:
            self.store_error.emit(one_line(error))
            return False
        finally:
            self._applying = False
        if candidate_id == self._candidate:
            self._committed[key] = value
            self._show(key, value)
        self.saved.emit(saved.at.isoformat())
        return True

    def pending_text(self, candidate_id: str, key: str) -> str | None:
        if candidate_id != self._candidate or not is_text_key(key):
            return None
        typed = self._typed(key)
        return typed if typed != self._committed.get(key) else None

    # Inside.

    def _load(self, grid: GridState) -> None:
        self._ensure_rows(grid.rows)
        self._frozen = grid.frozen
        committed: dict[str, FieldValue] = {
            RECOMMENDATION: grid.recommendation,
            OVERALL_COMMENT: grid.overall_comment,
            CONFLICT_STATEMENT: grid.conflict_statement,
            RECUSED: grid.recused,
            PREPARATION_NOTES: grid.preparation_notes,
        }
        for state in grid.rows:
            self._rows[state.code].show_state(state)
            committed[level_key(state.code)] = state.level
            committed[comment_key(state.code)] = state.comment
        self._committed = committed
        self.overall.show_declared(grid.conflict_declared)
        self.overall.show_recommendation(grid.recommendation)
        self.overall.show_recused(grid.recused)
        for key in OVERALL_TEXT_KEYS:
            self.overall.show_text(key, as_text(committed[key]))
        self._update_locks()

    def _ensure_rows(self, states: tuple[GridRowState, ...]) -> None:
        if tuple(self._rows) == tuple(state.code for state in states):
            return
        old = self._rows_widget
        self._rows_widget = QWidget(old.parentWidget())
        layout = QVBoxLayout(self._rows_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._rows = {}
        for number, state in enumerate(states):
            if number:
                layout.addWidget(separator(self._rows_widget))
            row = CompetencyRow(state, self._rows_widget)
            row.level_changed.connect(self._level_changed)
            row.comment_ready.connect(self._comment_ready)
            row.focus_entered.connect(self._row_focused)
            layout.addWidget(row)
            self._rows[state.code] = row
        self._content_layout.replaceWidget(old, self._rows_widget)
        old.deleteLater()
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab follows reading order: the signed banner's buttons (when shown), each row top
        to bottom, then the overall section."""
        chain: list[QWidget] = []
        for row in self._rows.values():
            chain += [row.descriptors_button, row.level, row.comment]
        overall = self.overall
        chain += [
            overall.recommendation,
            overall.overall_comment,
            overall.conflict_declared,
            overall.conflict_statement,
            overall.recused,
            overall.notes_toggle,
            overall.preparation_notes,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if chain:
            self._chain_banner_before(chain[0])

    def _chain_banner_before(self, first_row: QWidget) -> None:
        """Put the signed banner's buttons just before the first row, wherever that row is
        in the window's tab chain (after the clock's buttons, in the juror's window)."""
        before = first_row.previousInFocusChain()
        while (
            before is not None
            and before is not first_row
            and before.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            before = before.previousInFocusChain()
        if before is not None:
            QWidget.setTabOrder(before, self.new_version_button)
        QWidget.setTabOrder(self.new_version_button, self.export_again_button)
        QWidget.setTabOrder(self.export_again_button, first_row)

    def _update_locks(self) -> None:
        recused = bool(self._committed.get(RECUSED))
        for row in self._rows.values():
            row.set_locked(recused=recused, frozen=self._frozen)
        self.overall.set_locked(frozen=self._frozen)
        self._signed_banner.setVisible(self._frozen)
        self._recusal_banner.setVisible(recused)

    def _commit(self, key: str, value: FieldValue) -> None:
        """Write a change the juror made, then make it undoable."""
        candidate_id = self._candidate
        if candidate_id is None:
            return
        old = self._committed.get(key)
        if value == old:
            return
        if not is_text_key(key):
            # Typed text first, so that undo steps keep the order of the edits.
            self._hand_over_typed_text()
        self._committed[key] = value
        self._show(key, value)  # the locks follow a recusal at once
        mergeable = is_text_key(key)
        command = FieldCommand(
            self, candidate_id, key, old, value, self._describe(key), mergeable=mergeable
        )
        self._undo.push(command)
        # A text step merged into the one before it is deleted by the stack: not kept.
        kept = command if self._undo.command(self._undo.index() - 1) is command else None
        write = FieldWrite(candidate_id, key, old, value, kept)
        desk = self._desk
        self._pending.submit(write, lambda: write_field(desk, candidate_id, key, value))

    def _written(self, _write: FieldWrite, saved: Saved) -> None:
        self.saved.emit(saved.at.isoformat())

    def _not_written(self, write: FieldWrite, error: BaseException, superseded: bool) -> None:
        """A change was refused: say why, drop its undo step, show what the workspace holds
        (typed text stays in its box, written again at the next occasion)."""
        if not isinstance(error, UserError):
            raise error  # a bug, not the disk: shown as one, never as « not saved »
        self.store_error.emit(one_line(error))
        command = write.command
        if command is not None:
            command.refuse()
            top = self._undo.command(self._undo.index() - 1)
            if not self._applying and top is command:
                self._undo.undo()  # drops the refused step without running it
        if superseded or write.candidate_id != self._candidate:
            return  # a later change of that field is on its way: it will be shown or said
        self._committed[write.key] = write.old
        if not is_text_key(write.key):
            self._show(write.key, write.old)
        self._keep_declaration_shown()

    def _show(self, key: str, value: FieldValue) -> None:
        kind, code = split_key(key)
        if kind == "level":
            self._rows[code].show_level(as_level(value))
        elif kind == "comment":
            self._rows[code].show_comment(as_text(value))
        elif key == RECOMMENDATION:
            self.overall.show_recommendation(as_recommendation(value))
        elif key == RECUSED:
            self.overall.show_recused(bool(value))
            self._update_locks()
        else:
            self.overall.show_text(key, as_text(value))

    def _typed(self, key: str) -> str:
        kind, code = split_key(key)
        if kind == "comment":
            return self._rows[code].comment_text()
        return self.overall.text(key)

    def _describe(self, key: str) -> str:
        kind, code = split_key(key)
        if kind == "level":
            return fill(self.tr("Niveau de %1"), code)
        if kind == "comment":
            return fill(self.tr("Commentaire de %1"), code)
        return {
            RECOMMENDATION: self.tr("Avis global"),
            OVERALL_COMMENT: self.tr("Commentaire général"),
            CONFLICT_STATEMENT: self.tr("Déclaration de conflit d’intérêts"),
            RECUSED: self.tr("Récusation"),
            PREPARATION_NOTES: self.tr("Notes de préparation"),
        }[key]

    def _signed_banner_with_actions(self) -> QFrame:
        """The signed banner: what signing means, then « Modifier » and « Exporter de nouveau »."""
        frame = QFrame(self)
        frame.setObjectName("signed_banner_frame")
        set_themed_style(frame, _signed_frame_style)
        text = QLabel(
            self.tr(
                "Feuille signée : la grille ne peut plus être modifiée."
                " Vos notes de préparation restent modifiables."
            ),
            frame,
        )
        text.setObjectName("signed_banner")
        text.setWordWrap(True)
        set_themed_style(text, lambda c: f"QLabel#signed_banner {{ color: {c.text}; }}")
        self.new_version_button = QPushButton(self.tr("Modifier (nouvelle version)"), frame)
        self.new_version_button.setObjectName("new_version_button")
        self.new_version_button.setAccessibleName(self.new_version_button.text())
        self.new_version_button.setToolTip(
            self.tr("La version signée reste valable ; la nouvelle devra être signée.")
        )
        self.new_version_button.setAccessibleDescription(self.new_version_button.toolTip())
        self.new_version_button.clicked.connect(self._new_version_clicked)
        self.export_again_button = QPushButton(self.tr("Exporter de nouveau…"), frame)
        self.export_again_button.setObjectName("export_again_button")
        self.export_again_button.setAccessibleName(self.export_again_button.text())
        self.export_again_button.setToolTip(
            self.tr("Enregistrer encore le PDF signé, à l’identique.")
        )
        self.export_again_button.setAccessibleDescription(self.export_again_button.toolTip())
        self.export_again_button.clicked.connect(self._export_again_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_version_button)
        buttons.addWidget(self.export_again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 8, 10, 8)  # past the 4-pixel accent on the left
        layout.setSpacing(6)
        layout.addWidget(text)
        layout.addLayout(buttons)
        frame.setVisible(False)
        return frame

    def _banner(self, name: str, text: str) -> QLabel:
        banner = QLabel(text, self)
        banner.setObjectName(name)
        banner.setWordWrap(True)
        banner.setVisible(False)
        return banner

    @Slot()
    def _new_version_clicked(self) -> None:
        if self._candidate is not None:
            self.new_version_requested.emit(self._candidate)

    @Slot()
    def _export_again_clicked(self) -> None:
        if self._candidate is not None:
            self.export_again_requested.emit(self._candidate)

    @Slot(str, object)
    def _level_changed(self, code: str, level: int | None) -> None:
        self._commit(level_key(code), level)

    @Slot(str, str)
    def _comment_ready(self, code: str, text: str) -> None:
        self._commit(comment_key(code), text)

    @Slot(str)
    def _row_focused(self, code: str) -> None:
        self._last_row = self._rows.get(code)

    @Slot(object)
    def _recommendation_changed(self, value: Recommendation | None) -> None:
        self._commit(RECOMMENDATION, value)

    @Slot(str, str)
    def _text_ready(self, key: str, text: str) -> None:
        self._commit(key, text)

    @Slot(bool)
    def _recused_changed(self, recused: bool) -> None:
        self._commit(RECUSED, recused)

    @Slot(bool)
    def _declared_changed(self, declared: bool) -> None:
        """Unticking the declaration withdraws it: no statement, no recusal (undoable)."""
        if declared or self._candidate is None:
            return
        self.flush()
        changes = [
            (key, value)
            for key, value in ((RECUSED, False), (CONFLICT_STATEMENT, ""))
            if self._committed.get(key) != value
        ]
        if len(changes) > 1:
            self._undo.beginMacro(self.tr("Retrait de la déclaration de conflit d’intérêts"))
        for key, value in changes:
            self._commit(key, value)
        if len(changes) > 1:
            self._pending.drain()  # both steps pushed inside the macro
            self._undo.endMacro()

    def _keep_declaration_shown(self) -> None:
        if self._committed.get(RECUSED) or as_text(self._committed.get(CONFLICT_STATEMENT)).strip():
            self.overall.show_declared(True)  # a write failed: the declaration still stands

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
