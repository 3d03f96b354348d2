"""The chair's deliberation view in the window, driven with the keyboard over a real workspace.

Both jurors' sheets come from tests/helpers/two_jurors.py (the chair's marked
signed, the member's as an import leaves it); every change goes through the
core's `Deliberator`, and the tests read back what it stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from jury_desk.chair.deliberation import Deliberator, RevisionRecord
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import Outcome
from jury_desk.session.importer import import_session
from jury_desk.store.workspace import Workspace
from jury_desk.ui.deliberation.model import ComparisonModel, HistoryModel
from jury_desk.ui.deliberation.page import DeliberationPage
from jury_desk.ui.deliberation.view import DeliberationView
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock, small_session_spec
from tests.helpers.accessible_names import unnamed_focusable
from tests.helpers.modal_answer import answer_next_modal
from tests.helpers.session_window import open_window
from tests.helpers.two_jurors import ALL_EXPERT, chair_sheet, member_sheet, with_level

W = TypeVar("W", bound=QWidget)
CANDIDATE = "cand-1"
# The chair says C3 is not acquired and C5 is "Maîtrisé"; the member says "Expert" everywhere.
MINE = with_level(with_level(ALL_EXPERT, 2, 1), 4, 2)


@pytest.fixture(autouse=True)
def _interviews_begun(clock: FakeClock) -> None:
    """Decisions come after the interviews: 13:00 UTC, both (10:00 and 12:00) have begun."""
    clock.advance(5 * 3600)


@pytest.fixture
def window(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, home: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    """The chair's window; each test puts the sheets it needs in the workspace first."""
    window = open_window(qtbot, workspace, clock, home, tmp_path, CANDIDATE)
    yield window
    window.close()


@pytest.fixture
def both_signed(workspace: Workspace) -> Workspace:
    chair_sheet(workspace, CANDIDATE, MINE)
    member_sheet(workspace, CANDIDATE, ALL_EXPERT, comment="Solide en entretien")
    return workspace


def _page(window: MainWindow) -> DeliberationPage:
    page = window.session_views.deliberation
    assert page is not None
    return page


def _view(window: MainWindow) -> DeliberationView:
    return _page(window).view


def _show(qtbot: QtBot, window: MainWindow) -> DeliberationView:
    """Open the deliberation with its shortcut, as the chair would."""
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is _page(window)
    return _view(window)


def _press(qtbot: QtBot, key: Qt.Key, text: str = "") -> None:
    """A key (or ASCII text) to whatever has the focus, as a keyboard user types it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text:
        qtbot.keyClicks(focused, text)
    else:
        qtbot.keyClick(focused, key)


def _tab_to(qtbot: QtBot, target: QWidget, limit: int = 12) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, QApplication.focusWidget()


def _error_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "error_box") if box.isVisible()]


def _one_error(window: MainWindow) -> str:
    boxes = _error_boxes(window)
    assert len(boxes) == 1, [box.text() for box in boxes]
    text = boxes[0].text()
    boxes[0].close()
    return text


def _cell(view: DeliberationView, code: str, column: int) -> str:
    row = view.model.row_of(code)
    assert row is not None
    return str(view.model.index(row, column).data())


def _history(workspace: Workspace) -> list[RevisionRecord]:
    return Deliberator(workspace, workspace.clock).history(CANDIDATE)


# --------------------------------------------------------------------- reaching it


def test_the_chair_reaches_the_deliberation_from_the_navigation_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.session_views.deliberation_action
    assert action.text().replace("&", "") == "Délibération"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert action.isVisible() and action.isEnabled()
    menus = [a.menu() for a in window.menuBar().actions()]
    navigation = next(m for m in menus if isinstance(m, QMenu) and action in m.actions())
    assert navigation.title().replace("&", "") == "Navigation"
    view = _show(qtbot, window)
    assert view.candidate_id == CANDIDATE
    assert QApplication.focusWidget() is _page(window).candidates
    # Alt+Down moves to the next candidate here too: the list shares the session's selection.
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.candidate_id == "cand-2"
    qtbot.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is window.page
    assert window.page is not None and window.page.current_candidate() == "cand-2"
    window.close_workspace()
    assert window.session_views.deliberation is None and not action.isVisible()


@pytest.fixture
def member_window(
    qtbot: QtBot, home: Path, clock: FakeClock, tmp_path: Path, workspace_key: bytes
) -> Iterator[MainWindow]:
    spec = small_session_spec()
    member_home = home / "member"
    workspace = Workspace.create(workspace_path(member_home, spec.id), workspace_key, clock)
    import_session(workspace, spec, "member")
    window = open_window(qtbot, workspace, clock, member_home, tmp_path, CANDIDATE)
    yield window
    window.close()


def test_a_member_has_no_deliberation(qtbot: QtBot, member_window: MainWindow) -> None:
    views = member_window.session_views
    assert views.deliberation is None
    assert not views.deliberation_action.isVisible()
    qtbot.keyClick(
        member_window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert member_window.stack.currentWidget() is member_window.page


# --------------------------------------------------------- independent scoring


def test_the_other_levels_stay_hidden_until_my_sheet_is_signed(
    qtbot: QtBot, workspace: Workspace, window: MainWindow
) -> None:
    chair_sheet(workspace, CANDIDATE, MINE, sign=False)
    member_sheet(workspace, CANDIDATE, ALL_EXPERT, comment="Avis du membre")
    view = _show(qtbot, window)
    assert not view.table.isVisible() and not view.vote.isVisible()
    assert "n’est pas encore signée" in view.state.text()
    assert "notation indépendante" in view.state.text()
    shown = " ".join(
        label.text() for label in view.findChildren(type(view.state)) if label.isVisible()
    )
    assert "Avis du membre" not in shown and "Expert" not in shown
    assert view.model.rowCount() == 8 and not any(
        view.model.comparison(row).other_visible  # type: ignore[union-attr]
        for row in range(8)
    )
    # Absent and postponed can still be decided: the decision panel stays.
    assert view.decision.isVisible()


def test_the_view_says_when_the_other_sheet_is_not_imported(
    qtbot: QtBot, workspace: Workspace, window: MainWindow
) -> None:
    chair_sheet(workspace, CANDIDATE, MINE)
    view = _show(qtbot, window)
    assert not view.table.isVisible()
    assert "n’a pas encore été importée" in view.state.text()
    # The import arrives while the view is shown: it follows the refreshed statuses.
    member_sheet(workspace, CANDIDATE, ALL_EXPERT)
    assert window.page is not None
    window.page.update_statuses()
    assert view.table.isVisible()
    assert "Grille de Łukasz Membre, version 1, signée le 30/11/2026." in view.state.text()
    assert "2 désaccord(s), dont 1 sur la validation" in view.state.text()


# ------------------------------------------------------------------ comparing


def test_both_jurors_side_by_side_with_marks_in_words(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    assert view.table.isVisible()
    assert _cell(view, "C1", ComparisonModel.MINE) == "Expert"
    assert _cell(view, "C3", ComparisonModel.MINE) == "À consolider"
    assert _cell(view, "C3", ComparisonModel.MY_COMMENT) == "C3 à retravailler"
    assert _cell(view, "C3", ComparisonModel.OTHER) == "Expert"
    assert _cell(view, "C3", ComparisonModel.OTHER_COMMENT) == "Solide en entretien"
    assert _cell(view, "C1", ComparisonModel.AGREEMENT) == "Accord"
    assert _cell(view, "C5", ComparisonModel.AGREEMENT) == "Désaccord"
    assert _cell(view, "C3", ComparisonModel.AGREEMENT) == "Désaccord sur la validation"
    assert _cell(view, "C1", ComparisonModel.RETAINED) == "Expert"
    assert _cell(view, "C3", ComparisonModel.RETAINED) == "à trancher"
    model = view.model
    c3, c5 = model.row_of("C3"), model.row_of("C5")
    assert c3 is not None and c5 is not None
    # The disagreement across the passing threshold stands out: bold, and its own colour.
    font = model.index(c3, ComparisonModel.COMPETENCY).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(c5, ComparisonModel.COMPETENCY).data(Qt.ItemDataRole.FontRole) is None
    colours = {
        code: model.index(row, ComparisonModel.AGREEMENT).data(Qt.ItemDataRole.ForegroundRole)
        for code, row in (("C1", 0), ("C3", c3), ("C5", c5))
    }
    assert all(isinstance(colour, QColor) for colour in colours.values())
    assert len({colour.name() for colour in colours.values()}) == 3
    mark = model.index(c3, ComparisonModel.AGREEMENT).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(mark, QIcon) and not mark.isNull()
    spoken = model.index(c3, ComparisonModel.AGREEMENT).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "seuil de validation" in spoken
    assert "2 désaccord(s), dont 1 sur la validation ; 2 à trancher" in view.state.text()
    # On an agreed row, no chooser: the agreed level stands.
    view.table.selectRow(0)
    assert not view.vote.level.isVisible()
    assert "Accord des deux juré·es" in view.vote.summary.text()
    assert view.vote.title() == "C1 · Compétence C1"
    assert "Vous : « Expert » — sans commentaire" in view.vote.details.text()


def _yes(box: QWidget) -> None:
    """Answers a question box with Yes, after checking that No is its default."""
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_cast_votes_decide_and_revise_with_the_keyboard(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    # Tab from the candidate list into the comparison, then down to C3.
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert view.vote.code == "C3"
    assert "de part et d’autre du seuil" in view.vote.summary.text()
    assert view.vote.title() == "C3 · Compétence C3 — voix prépondérante"
    assert view.vote.details.text() == (
        "Vous : « À consolider » — C3 à retravailler\n"
        "L’autre juré·e : « Expert » — Solide en entretien"
    )
    _tab_to(qtbot, view.vote.level)
    # Only the two jurors' levels are offered.
    assert [view.vote.level.itemText(i) for i in range(view.vote.level.count())] == [
        "À consolider",
        "Expert",
    ]
    _press(qtbot, Qt.Key.Key_E, "E")  # "Expert"
    assert view.vote.level.currentText() == "Expert"
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.vote.note
    _press(qtbot, Qt.Key.Key_P, "Preuves solides en entretien")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.vote.save_button
    _press(qtbot, Qt.Key.Key_Space)
    assert _error_boxes(window) == []
    rows = {
        row.code: row for row in Deliberator(both_signed, both_signed.clock).comparison(CANDIDATE)
    }
    assert rows["C3"].consolidated_level == 3
    assert rows["C3"].casting_note == "Preuves solides en entretien"
    assert _cell(view, "C3", ComparisonModel.RETAINED) == "Expert (voix prépondérante)"
    assert "C3 au niveau « Expert »" in window.statusBar().currentMessage()

    # C5 next: up and down the table with the keyboard, then the same steps.
    view.table.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert view.vote.code == "C5"
    _tab_to(qtbot, view.vote.level)
    _press(qtbot, Qt.Key.Key_End)  # the highest level, "Expert"
    assert view.vote.level.currentText() == "Expert"
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_A, "Autonomie demontree")
    _tab_to(qtbot, view.vote.save_button)
    _press(qtbot, Qt.Key.Key_Space)
    assert _error_boxes(window) == []
    assert "Certifié·e" in view.decision.proposal.text()

    # The outcome proposed by the rule is already chosen: decide.
    _tab_to(qtbot, view.decision.outcome)
    assert view.decision.chosen_outcome() is Outcome.CERTIFIED
    assert "(proposée par la règle)" in view.decision.outcome.currentText()
    assert not view.decision.revision_reason.isVisible()
    _tab_to(qtbot, view.decision.save_button)
    assert view.decision.save_button.text() == "Enregistrer la décision"
    _press(qtbot, Qt.Key.Key_Space)
    assert _error_boxes(window) == []
    assert [(r.revision, r.outcome) for r in _history(both_signed)] == [(1, Outcome.CERTIFIED)]
    assert view.history.isVisible() and view.history_model.rowCount() == 1
    assert window.page is not None
    status = window.page.model.index(0, 2).data()
    assert status == "délibéré"

    # Revise: postponed, with reasons for the letter and a reason for the revision.
    assert view.decision.revision_reason.isVisible()
    assert view.decision.save_button.text() == "Réviser la décision"
    view.decision.outcome.setFocus()
    _press(qtbot, Qt.Key.Key_End)  # the last outcome, "Reporté·e"
    assert view.decision.chosen_outcome() is Outcome.POSTPONED
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.decision.reasons
    _press(qtbot, Qt.Key.Key_D, "Dossier incomplet")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.decision.revision_reason
    _press(qtbot, Qt.Key.Key_E, "Erreur de saisie")
    _press(qtbot, Qt.Key.Key_Tab)
    # Postponed though both sheets are signed: asked, No by default, confirmed here.
    questions: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        _yes(box)

    answer_next_modal(confirm)
    _press(qtbot, Qt.Key.Key_Space)
    assert len(questions) == 1 and "malgré la grille signée" in questions[0]
    # Offscreen, the closed box does not give the window its focus back by itself.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert _error_boxes(window) == []
    history = _history(both_signed)
    assert [(r.revision, r.outcome) for r in history] == [
        (1, Outcome.CERTIFIED),
        (2, Outcome.POSTPONED),
    ]
    assert history[1].reasons == "Dossier incomplet"
    assert history[1].revision_reason == "Erreur de saisie"

    # The history, read with the keyboard.
    _tab_to(qtbot, view.history)
    model = view.history_model
    assert model.rowCount() == 2
    assert model.index(0, HistoryModel.OUTCOME).data() == "Certifié·e"
    assert model.index(0, HistoryModel.REVISION_REASON).data() == "première décision"
    assert model.index(1, HistoryModel.OUTCOME).data() == "Reporté·e"
    assert model.index(1, HistoryModel.REASONS).data() == "Dossier incomplet"
    assert model.index(1, HistoryModel.REVISION_REASON).data() == "Erreur de saisie"
    assert model.index(1, HistoryModel.DATE).data() == "30/11/2026 14:00"
    assert "Décision en vigueur : Reporté·e (version 2)" in view.decision.proposal.text()


def test_what_is_typed_and_not_saved_stays_while_the_chair_looks_elsewhere(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    view.table.selectRow(2)  # C3
    view.vote.level.setCurrentIndex(1)  # "Expert", the member's level
    view.vote.note.setPlainText("Note en cours")
    view.decision.reasons.setPlainText("Motifs en cours")
    view.table.selectRow(4)  # C5, then back
    assert view.vote.note.toPlainText() == ""
    view.table.selectRow(2)
    assert view.vote.level.currentText() == "Expert"
    assert view.vote.note.toPlainText() == "Note en cours"
    # To another candidate and back.
    assert window.page is not None
    window.page.select_candidate("cand-2")
    assert view.decision.reasons.toPlainText() == ""
    window.page.select_candidate(CANDIDATE)
    assert view.decision.reasons.toPlainText() == "Motifs en cours"
    view.table.selectRow(2)
    assert view.vote.note.toPlainText() == "Note en cours"
    # Saving the vote reads the view again: the reasons being typed stay, and once the
    # rule proposes an outcome the untouched outcome follows it.
    view.vote.save_button.click()
    view.table.selectRow(4)
    view.vote.level.setCurrentIndex(1)  # "Expert"
    view.vote.note.setPlainText("Autonomie")
    view.vote.save_button.click()
    assert [b.text() for b in _error_boxes(window)] == []
    assert view.decision.reasons.toPlainText() == "Motifs en cours"
    assert view.decision.chosen_outcome() is Outcome.CERTIFIED
    view.decision.save_button.click()
    assert [r.reasons for r in _history(both_signed)] == ["Motifs en cours"]
    window.page.select_candidate("cand-2")
    window.page.select_candidate(CANDIDATE)
    assert view.decision.reasons.toPlainText() == "Motifs en cours"  # as stored now
    assert view.decision.revision_reason.toPlainText() == ""


# ---------------------------------------------------------------------- refusals


def test_a_vote_without_a_note_is_refused_in_one_message(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    view.table.selectRow(2)
    view.vote.level.setCurrentIndex(1)
    view.vote.save_button.click()
    assert "justification" in _one_error(window)
    view.vote.level.setCurrentIndex(-1)
    view.vote.note.setPlainText("Pourquoi")
    view.vote.save_button.click()
    assert "Choisissez le niveau retenu pour C3" in _one_error(window)
    row = Deliberator(both_signed, both_signed.clock).comparison(CANDIDATE)[2]
    assert row.consolidated_level is None


@pytest.mark.parametrize(
    ("outcome", "reasons", "message"),
    [
        (None, "", "Choisissez l’issue"),
        (Outcome.NOT_CERTIFIED, " ", "Les motifs sont obligatoires pour « Non certifié·e »"),
        (Outcome.ABSENT, "", "Les motifs sont obligatoires pour « Absent·e »"),
        (Outcome.CERTIFIED, "", "pas encore tranchées (reste : C3, C5)"),
    ],
)
def test_a_decision_is_refused_in_one_message(
    qtbot: QtBot,
    both_signed: Workspace,
    window: MainWindow,
    outcome: Outcome | None,
    reasons: str,
    message: str,
) -> None:
    view = _show(qtbot, window)
    if outcome is not None:
        view.decision.outcome.setCurrentIndex(view.decision.outcome.findData(outcome.value))
    view.decision.reasons.setPlainText(reasons)
    view.decision.save_button.click()
    assert message in _one_error(window)
    assert _history(both_signed) == []


def test_an_outcome_against_the_rule_is_refused(
    qtbot: QtBot, workspace: Workspace, window: MainWindow
) -> None:
    chair_sheet(workspace, CANDIDATE, ALL_EXPERT)
    member_sheet(workspace, CANDIDATE, ALL_EXPERT)
    view = _show(qtbot, window)
    view.decision.outcome.setCurrentIndex(1)  # "Non certifié·e"
    view.decision.reasons.setPlainText("Insuffisant")
    view.decision.save_button.click()
    assert "La règle de décision donne « Certifié·e »" in _one_error(window)
    assert _history(workspace) == []


def test_the_core_refusal_is_shown_as_its_one_message(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    """The view is stale: a decision was taken elsewhere since it was read."""
    view = _show(qtbot, window)
    Deliberator(both_signed, both_signed.clock).decide(
        CANDIDATE, Outcome.ABSENT, "Absent.", despite_signed_sheets=True
    )
    view.decision.outcome.setCurrentIndex(3)  # "Reporté·e"
    view.decision.reasons.setPlainText("Report demandé")
    view.decision.save_button.click()
    assert "revising it needs a written reason" in _one_error(window)
    assert [r.outcome for r in _history(both_signed)] == [Outcome.ABSENT]


def test_an_absent_candidate_is_decided_without_sheets(
    qtbot: QtBot, workspace: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    assert not view.table.isVisible()
    view.decision.outcome.setCurrentIndex(2)  # "Absent·e"
    view.decision.reasons.setPlainText("Ne s'est pas presente a l'entretien.")
    view.decision.save_button.click()
    assert _error_boxes(window) == []
    assert [r.outcome for r in _history(workspace)] == [Outcome.ABSENT]
    assert window.statusBar().currentMessage() == "Décision enregistrée : Absent·e (version 1)."


# ------------------------------------------------------------- models, names


def test_the_models_pass_qtmodeltester(qtmodeltester: object, both_signed: Workspace) -> None:
    deliberator = Deliberator(both_signed, both_signed.clock)
    comparison = ComparisonModel()
    comparison.set_rows(deliberator.comparison(CANDIDATE), ("I", "C", "M", "E"))
    qtmodeltester.check(comparison)  # type: ignore[attr-defined]
    deliberator.decide(CANDIDATE, Outcome.ABSENT, "Absent.", despite_signed_sheets=True)
    deliberator.decide(
        CANDIDATE,
        Outcome.POSTPONED,
        "Report.",
        revision_reason="Erreur.",
        despite_signed_sheets=True,
    )
    history = HistoryModel()
    history.set_records(deliberator.history(CANDIDATE))
    qtmodeltester.check(history)  # type: ignore[attr-defined]
    assert history.rowCount() == 2


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, both_signed: Workspace, window: MainWindow
) -> None:
    view = _show(qtbot, window)
    page = _page(window)
    for row in (0, 2):  # an agreed row, then a disagreement with its chooser
        view.table.selectRow(row)
        assert unnamed_focusable(page) == []
    Deliberator(both_signed, both_signed.clock).decide(
        CANDIDATE, Outcome.ABSENT, "Absent.", despite_signed_sheets=True
    )
    view.refresh()
    assert view.decision.revision_reason.isVisible()
    assert unnamed_focusable(page) == []
    assert window.page is not None
    window.page.select_candidate("cand-2")  # nothing signed: the hidden state
    assert unnamed_focusable(page) == []
