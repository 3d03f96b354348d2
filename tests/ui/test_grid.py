"""The scoring grid panel, driven like a juror would, over a real encrypted workspace."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QWidget,
)

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.editing import current_assessment
from jury_desk.kernel.errors import UserError
from jury_desk.models import AssessmentStatus, Recommendation
from jury_desk.store.workspace import Workspace
from jury_desk.ui.grid.panel import GridPanel
from jury_desk.ui.grid.text import DebouncedText

CODES = tuple(f"C{n}" for n in range(1, 9))

PanelFactory = Callable[..., GridPanel]


@pytest.fixture
def make_panel(workspace: Workspace, qtbot: QtBot) -> PanelFactory:
    """A shown, active GridPanel on a fresh JurorDesk over the test workspace."""

    def make(
        candidate: str | None = "cand-1",
        stack: QUndoStack | None = None,
        desk: JurorDesk | None = None,
    ) -> GridPanel:
        panel = GridPanel(
            desk if desk is not None else JurorDesk(workspace),
            stack if stack is not None else QUndoStack(),
        )
        qtbot.addWidget(panel)
        panel.resize(520, 900)
        panel.show_candidate(candidate)
        with qtbot.waitActive(panel):
            panel.show()
            panel.activateWindow()
        return panel

    return make


W = TypeVar("W", bound=QWidget)


def child(panel: QWidget, kind: type[W], name: str) -> W:
    widget = panel.findChild(kind, name)
    assert widget is not None, name
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest's keyClicks aborts on letters beyond ASCII, such as é)."""
    for char in text:
        code = ord(char.upper())
        key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def type_into(edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    type_keys(edit, text)


def test_a_candidate_is_scored_entirely_from_the_keyboard(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.focus_competency(0)
    assert focused().objectName() == "level_C1"
    # Levels chosen by typing the label's first letter or with the arrow keys.
    choices = {
        "C1": ("M", 2),
        "C2": ("E", 3),
        "C3": (Qt.Key.Key_Down, 0),
        "C4": ([Qt.Key.Key_Down, Qt.Key.Key_Down], 1),
        "C5": ("M", 2),
        "C6": ("E", 3),
        "C7": ([Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down], 2),
        "C8": ("I", 0),
    }
    for number, code in enumerate(CODES):
        combo = focused()
        assert combo.objectName() == f"level_{code}"
        keys, _level = choices[code]
        if isinstance(keys, str):
            qtbot.keyClicks(combo, keys)  # ASCII: QTest types it
        else:
            for key in keys if isinstance(keys, list) else [keys]:
                qtbot.keyClick(combo, key)
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        comment = focused()
        assert comment.objectName() == f"comment_{code}"
        if choices[code][1] < 2:
            type_keys(comment, f"Niveau non acquis sur {code} : à retravailler.")
        if number < len(CODES) - 1:
            qtbot.keyClick(comment, Qt.Key.Key_Tab)
            assert focused().objectName() == f"descriptors_{CODES[number + 1]}"
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # leaving the last comment writes it
    assert focused().objectName() == "recommendation"

    grid = JurorDesk(workspace).grid("cand-1")
    assert {row.code: row.level for row in grid.rows} == {
        code: level for code, (_keys, level) in choices.items()
    }
    assert grid.rows[2].comment == "Niveau non acquis sur C3 : à retravailler."
    assert grid.problems == ()


def test_every_value_is_shown_back_after_a_restart(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel()
    child(panel, QComboBox, "level_C2").setCurrentIndex(2)  # "À consolider" (rank 1)
    type_into(child(panel, QPlainTextEdit, "comment_C2"), "Entretiens trop peu nombreux.")
    child(panel, QComboBox, "recommendation").setCurrentIndex(2)  # Réservé
    type_into(child(panel, QPlainTextEdit, "overall_comment"), "Bon potentiel.")
    child(panel, QToolButton, "preparation_notes_toggle").click()
    type_into(child(panel, QPlainTextEdit, "preparation_notes"), "Demander le budget.")
    panel.show_candidate(None)  # flushes what was typed

    restarted = make_panel()
    assert child(restarted, QComboBox, "level_C2").currentText() == "À consolider"
    assert child(restarted, QComboBox, "level_C2").currentData() == 1
    assert child(restarted, QComboBox, "level_C1").currentText() == "Non noté"
    assert child(restarted, QComboBox, "level_C1").currentData() is None
    assert (
        child(restarted, QPlainTextEdit, "comment_C2").toPlainText()
        == "Entretiens trop peu nombreux."
    )
    assert child(restarted, QComboBox, "recommendation").currentText() == "Réservé"
    assert child(restarted, QPlainTextEdit, "overall_comment").toPlainText() == "Bon potentiel."
    notes = child(restarted, QPlainTextEdit, "preparation_notes")
    assert notes.toPlainText() == "Demander le budget."
    grid = JurorDesk(workspace).grid("cand-1")
    assert grid.recommendation is Recommendation.RESERVED


def test_the_required_comment_marker_follows_level_and_comment(
    make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel()
    marker = child(panel, QLabel, "comment_required_C3")
    assert not marker.isVisible()

    child(panel, QComboBox, "level_C3").setCurrentIndex(2)  # À consolider: not passing
    assert marker.isVisible()
    assert "obligatoire" in marker.text()

    comment = child(panel, QPlainTextEdit, "comment_C3")
    type_into(comment, "   ")
    assert marker.isVisible()  # blank is not a comment
    type_keys(comment, "Peu de tests")
    assert not marker.isVisible()

    comment.clear()
    assert marker.isVisible()
    child(panel, QComboBox, "level_C3").setCurrentIndex(4)  # Expert: passes
    assert not marker.isVisible()


def test_typed_text_is_written_after_a_pause_and_at_once_on_switching_candidate(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    desk = JurorDesk(workspace)
    panel = make_panel()
    saved: list[str] = []
    panel.saved.connect(saved.append)

    type_into(child(panel, QPlainTextEdit, "comment_C4"), "Déploiement")
    assert desk.grid("cand-1").rows[3].comment == ""  # still typing
    qtbot.waitUntil(lambda: desk.grid("cand-1").rows[3].comment == "Déploiement", timeout=2000)
    assert len(saved) == 1

    type_keys(child(panel, QPlainTextEdit, "comment_C4"), " progressif")
    panel.show_candidate("cand-2")
    assert desk.grid("cand-1").rows[3].comment == "Déploiement progressif"
    assert child(panel, QPlainTextEdit, "comment_C4").toPlainText() == ""
    assert DebouncedText.DELAY_MS <= 500


def test_undo_and_redo_write_the_workspace_and_show_the_values(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    desk = JurorDesk(workspace)
    stack = QUndoStack()
    panel = make_panel(stack=stack)
    level = child(panel, QComboBox, "level_C5")
    comment = child(panel, QPlainTextEdit, "comment_C5")

    level.setCurrentIndex(3)  # Maîtrisé
    type_into(comment, "Premier jet")
    panel.flush()
    type_keys(comment, ", puis complété")
    panel.flush()
    assert stack.count() == 2  # one level change, and the comment's edits merged
    assert desk.grid("cand-1").rows[4].level == 2

    stack.undo()
    stack.undo()
    assert (desk.grid("cand-1").rows[4].level, desk.grid("cand-1").rows[4].comment) == (None, "")
    assert (level.currentData(), comment.toPlainText()) == (None, "")

    stack.redo()
    stack.redo()
    row = desk.grid("cand-1").rows[4]
    assert (row.level, row.comment) == (2, "Premier jet, puis complété")
    assert (level.currentText(), comment.toPlainText()) == ("Maîtrisé", row.comment)


def test_undo_keeps_text_typed_since_the_last_write(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    stack = QUndoStack()
    panel = make_panel(stack=stack)
    comment = child(panel, QPlainTextEdit, "comment_C6")
    type_into(comment, "Budget")
    panel.flush()
    type_keys(comment, " présenté")  # not written yet

    stack.undo()
    assert comment.toPlainText() == ""
    stack.redo()
    assert comment.toPlainText() == "Budget présenté"
    assert JurorDesk(workspace).grid("cand-1").rows[5].comment == "Budget présenté"


def test_the_shortcut_level_acts_on_the_row_last_focused(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    stack = QUndoStack()
    panel = make_panel(stack=stack)
    panel.focus_competency(7)
    assert focused().objectName() == "level_C8"
    assert child(panel, QScrollArea, "grid_scroll").verticalScrollBar().value() > 0
    child(panel, QPlainTextEdit, "comment_C7").setFocus()
    panel.set_level_of_focused_row(3)
    assert child(panel, QComboBox, "level_C7").currentText() == "Expert"
    panel.set_level_of_focused_row(7)  # not on this scale: ignored
    panel.set_level_of_focused_row(None)
    assert child(panel, QComboBox, "level_C7").currentText() == "Non noté"
    assert JurorDesk(workspace).grid("cand-1").rows[6].level is None
    assert stack.count() == 2


def test_recusal_disables_the_rows_and_says_why(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    panel = make_panel()
    banner = child(panel, QLabel, "recusal_banner")
    child(panel, QCheckBox, "conflict_declared").click()
    type_into(child(panel, QPlainTextEdit, "conflict_statement"), "Ancien collègue.")
    child(panel, QCheckBox, "recused").click()

    assert banner.isVisible()
    assert "récusé" in banner.text()
    for code in CODES:
        assert not child(panel, QComboBox, f"level_{code}").isEnabled()
        assert not child(panel, QPlainTextEdit, f"comment_{code}").isEnabled()
    grid = JurorDesk(workspace).grid("cand-1")
    assert (grid.recused, grid.conflict_statement, grid.problems) == (True, "Ancien collègue.", ())

    child(panel, QCheckBox, "recused").click()
    assert not banner.isVisible()
    assert all(child(panel, QComboBox, f"level_{code}").isEnabled() for code in CODES)
    assert not JurorDesk(workspace).grid("cand-1").recused


def test_withdrawing_the_declaration_is_one_undoable_step(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot
) -> None:
    stack = QUndoStack()
    panel = make_panel(stack=stack)
    declared = child(panel, QCheckBox, "conflict_declared")
    declared.click()
    type_into(child(panel, QPlainTextEdit, "conflict_statement"), "Lien familial.")
    child(panel, QCheckBox, "recused").click()
    declared.click()
    grid = JurorDesk(workspace).grid("cand-1")
    assert (grid.conflict_declared, grid.recused, grid.conflict_statement) == (False, False, "")

    stack.undo()
    grid = JurorDesk(workspace).grid("cand-1")
    assert (grid.conflict_declared, grid.recused, grid.conflict_statement) == (
        True,
        True,
        "Lien familial.",
    )
    assert declared.isChecked()
    assert child(panel, QLabel, "recusal_banner").isVisible()


def test_a_failed_write_is_reported_and_the_typed_text_kept(
    workspace: Workspace, make_panel: PanelFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack, desk = QUndoStack(), JurorDesk(workspace)
    panel = make_panel(stack=stack, desk=desk)

    def disk_full(*_args: object) -> None:
        raise UserError("Disque plein")

    monkeypatch.setattr(desk.editor, "set_comment", disk_full)
    comment = child(panel, QPlainTextEdit, "comment_C8")
    with qtbot.waitSignal(panel.store_error, timeout=2000) as signal:
        type_into(comment, "Équipe soudée")
    assert signal.args == ["Disque plein"]
    assert comment.toPlainText() == "Équipe soudée"
    assert stack.count() == 0

    monkeypatch.undo()
    panel.flush()  # the next occasion writes it
    assert JurorDesk(workspace).grid("cand-1").rows[7].comment == "Équipe soudée"


def test_a_level_that_cannot_be_written_shows_what_the_workspace_holds(
    workspace: Workspace, make_panel: PanelFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = JurorDesk(workspace)
    panel = make_panel(desk=desk)

    def locked(*_args: object) -> None:
        raise UserError("Espace de travail verrouillé")

    monkeypatch.setattr(desk.editor, "set_level", locked)
    errors: list[str] = []
    panel.store_error.connect(errors.append)
    child(panel, QComboBox, "level_C1").setCurrentIndex(3)
    assert errors == ["Espace de travail verrouillé"]
    assert child(panel, QComboBox, "level_C1").currentText() == "Non noté"


def test_an_undo_that_cannot_be_written_is_dropped_and_reported(
    workspace: Workspace, make_panel: PanelFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack, desk = QUndoStack(), JurorDesk(workspace)
    panel = make_panel(stack=stack, desk=desk)
    child(panel, QComboBox, "level_C4").setCurrentIndex(4)  # Expert

    def read_only(*_args: object) -> None:
        raise UserError("Le disque est en lecture seule")

    monkeypatch.setattr(desk.editor, "set_level", read_only)
    errors: list[str] = []
    panel.store_error.connect(errors.append)
    stack.undo()
    assert errors == ["Le disque est en lecture seule"]
    assert stack.count() == 0  # no step left that the workspace does not match
    assert child(panel, QComboBox, "level_C4").currentText() == "Expert"
    assert desk.grid("cand-1").rows[3].level == 3


def test_a_signed_sheet_is_read_only(workspace: Workspace, make_panel: PanelFactory) -> None:
    JurorDesk(workspace).editor.set_preparation_notes("cand-1", "Relire le deck.")
    with workspace.session() as session:
        assessment = current_assessment(session, "cand-1")
        assessment.status = AssessmentStatus.SIGNED
        assessment.signed_at = workspace.clock.now()
    panel = make_panel()
    banner = child(panel, QLabel, "signed_banner")
    assert banner.isVisible()
    assert "signée" in banner.text()
    assert not child(panel, QComboBox, "level_C1").isEnabled()
    assert child(panel, QPlainTextEdit, "comment_C1").isReadOnly()
    assert not child(panel, QComboBox, "recommendation").isEnabled()
    assert not child(panel, QCheckBox, "conflict_declared").isEnabled()
    assert child(panel, QPlainTextEdit, "overall_comment").isReadOnly()
    # Private notes are not part of the sheet: the editor accepts them after signing.
    notes = child(panel, QPlainTextEdit, "preparation_notes")
    assert not notes.isReadOnly()
    notes.setPlainText("Relire le deck et le budget.")
    panel.flush()
    assert JurorDesk(workspace).grid("cand-1").preparation_notes == "Relire le deck et le budget."


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name.

    On Linux, Qt gives a combo box's current text as its name and tells what the
    box is through the label it is labelled by (its buddy): read that label.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    if isinstance(widget, QComboBox):
        labels = interface.relations(QAccessible.RelationFlag.Label)
        assert interface.text(QAccessible.Text.Name)  # the current choice
        return " ".join(label.text(QAccessible.Text.Name) for label, _relation in labels)
    return interface.text(QAccessible.Text.Name)


def test_every_focusable_widget_has_an_accessible_name(make_panel: PanelFactory) -> None:
    panel = make_panel()
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.window() is panel  # not the combo boxes' popup lists
        and widget.objectName() != "qt_scrollarea_viewport"
    ]
    assert len(focusable) >= 8 * 3 + 7
    for widget in focusable:
        assert accessible_name(widget), widget.objectName() or repr(widget)
    names = {widget.objectName() for widget in focusable}
    expected = {f"{kind}_{code}" for kind in ("level", "comment", "descriptors") for code in CODES}
    expected |= {"recommendation", "overall_comment", "conflict_declared", "recused"}
    expected |= {"conflict_statement", "preparation_notes"}
    assert expected <= names
    assert accessible_name(child(panel, QComboBox, "level_C2")) == "Niveau — C2 Compétence C2"
    assert accessible_name(child(panel, QPlainTextEdit, "comment_C2")) == (
        "Commentaire — C2 Compétence C2"
    )


def test_the_descriptors_open_from_the_keyboard(make_panel: PanelFactory, qtbot: QtBot) -> None:
    panel = make_panel()
    button = child(panel, QToolButton, "descriptors_C2")
    block = child(panel, QLabel, "descriptors_text_C2")
    assert not block.isVisible()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()
    assert block.isVisible()
    assert "Insuffisant — C2 niveau 0" in block.text()
    assert "Maîtrisé (acquis)" in block.text()
    assert "critère a" in block.text()


def test_no_candidate_shows_an_empty_panel(make_panel: PanelFactory) -> None:
    panel = make_panel(candidate=None)
    assert child(panel, QLabel, "grid_empty").isVisible()
    panel.focus_competency(0)
    panel.set_level_of_focused_row(2)


def test_screenshot(workspace: Workspace, make_panel: PanelFactory, tmp_path: Path) -> None:
    desk = JurorDesk(workspace)
    desk.editor.set_level("cand-1", "C1", 2)
    desk.editor.set_comment("cand-1", "C1", "Pitch clair : le problème est posé en deux minutes.")
    desk.editor.set_level("cand-1", "C2", 1)
    desk.editor.set_level("cand-1", "C3", 3)
    panel = make_panel()
    panel.set_seconds("C2", 312)
    assert child(panel, QLabel, "comment_required_C2").isVisible()
    target = Path(os.environ.get("JURY_DESK_SCREENSHOT_DIR", tmp_path)) / "grid_panel.png"
    assert panel.grab().save(str(target))
