"""The session overview in the window: candidates with due dates, statistics and the chart."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QKeySequence
from PySide6.QtWidgets import QApplication

from jury_desk.chair.deliberation import Deliberator
from jury_desk.chair.statistics import MIN_SIGNIFICANT_SHEET_PAIRS, session_statistics
from jury_desk.juror.desk import CandidateStatus, CandidateSummary
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import Outcome
from jury_desk.session.importer import import_session
from jury_desk.store.workspace import Workspace
from jury_desk.ui.overview.chart import ChartBar, LevelDistributionChart
from jury_desk.ui.overview.model import (
    CompetencyStatisticsModel,
    OverviewModel,
    OverviewRow,
    decimal,
    percent,
)
from jury_desk.ui.overview.page import OverviewPage
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock, small_session_spec
from tests.helpers.accessible_names import unnamed_focusable
from tests.helpers.session_window import open_window
from tests.helpers.two_jurors import ALL_EXPERT, chair_sheet, member_sheet, with_level

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LABELS = ("Insuffisant", "À consolider", "Maîtrisé", "Expert")
PASSING = (False, False, True, True)
# Both interviews are on 30/11/2026: the decisions are due on 30/01/2027.
AFTER_THE_DUE_DATE = 72 * 24 * 3600


@pytest.fixture(autouse=True)
def _interviews_begun(clock: FakeClock) -> None:
    """Decisions come after the interviews: 13:00 UTC, both (10:00 and 12:00) have begun."""
    clock.advance(5 * 3600)


@pytest.fixture
def deliberated(workspace: Workspace) -> Workspace:
    """cand-1 deliberated (not certified after two casting votes); cand-2 not yet."""
    chair_sheet(workspace, "cand-1", with_level(ALL_EXPERT, 2, 1))
    member_sheet(workspace, "cand-1", with_level(ALL_EXPERT, 1, 2))
    deliberator = Deliberator(workspace, workspace.clock)
    deliberator.cast_vote("cand-1", "C2", 3, "Pitch clair.")
    deliberator.cast_vote("cand-1", "C3", 1, "Conception fragile.")
    deliberator.decide("cand-1", Outcome.NOT_CERTIFIED, "Conception à consolider.")
    return workspace


@pytest.fixture
def window(
    qtbot: QtBot, deliberated: Workspace, clock: FakeClock, home: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    window = open_window(qtbot, deliberated, clock, home, tmp_path, "cand-1")
    yield window
    window.close()


def _overview(qtbot: QtBot, window: MainWindow) -> OverviewPage:
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    page = window.session_views.overview
    assert page is not None and window.stack.currentWidget() is page
    return page


def _column(model: OverviewModel, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_the_overview_lists_every_candidate_with_its_outcome(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.session_views.overview_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert action.text().replace("&", "") == "Vue d’ensemble de la session"
    page = _overview(qtbot, window)
    assert QApplication.focusWidget() is page.candidates
    model = page.model
    assert _column(model, OverviewModel.CANDIDATE) == [
        "Zoë Lefèvre, Start-up 1",
        "Nguyễn Thị Mai, Start-up 2",
    ]
    assert _column(model, OverviewModel.STATUS) == ["délibéré", "à préparer"]
    assert _column(model, OverviewModel.OUTCOME) == ["Non certifié·e", "non décidé"]
    assert _column(model, OverviewModel.DUE) == ["30/01/2027", "30/01/2027"]
    assert page.due_summary.text() == "Aucune décision en retard."


def test_an_overdue_decision_is_marked_in_words(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    clock.advance(AFTER_THE_DUE_DATE)
    page = _overview(qtbot, window)
    model = page.model
    # cand-1 was decided in time; cand-2 is still waiting.
    assert _column(model, OverviewModel.DUE) == ["30/01/2027", "30/01/2027 — en retard"]
    late = model.index(1, OverviewModel.DUE)
    font = late.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, OverviewModel.DUE).data(Qt.ItemDataRole.FontRole) is None
    assert page.due_summary.text() == "1 décision(s) en retard sur l’échéance de deux mois."
    # The candidate list of the session page says so too.
    assert window.page is not None
    window.page.refresh_candidates(clock.now().date())
    assert window.page.model.index(1, 3).data() == "30/01/27 (en retard)"


def test_the_statistics_are_those_of_the_core(
    qtbot: QtBot, window: MainWindow, deliberated: Workspace
) -> None:
    page = _overview(qtbot, window)
    statistics = session_statistics(deliberated)
    assert page.outcomes.text() == (
        "Taux de réussite : 0\u202f% ; 0 certifié·e(s) sur 1 jugé·e(s) par la règle ; "
        "Absent·e : 0 ; Reporté·e : 0 ; non décidé : 1."
    )
    assert statistics.pairs == 8
    assert page.agreement.text() == (
        f"Accord des juré·es sur la session : {percent(statistics.agreement_rate)} des 8 "
        f"niveaux comparés ; kappa de Cohen pondéré : {decimal(statistics.weighted_kappa)} "
        "— non significatif (1 paire(s) de grilles)."
    )
    assert percent(statistics.agreement_rate) == "75\u202f%"
    model = page.statistics_model
    assert model.rowCount() == 8 and model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Compétence", *LABELS, "Accord", "Kappa pondéré"]

    def row(code: str) -> list[str]:
        index = [c.code for c in statistics.competencies].index(code)
        return [str(model.index(index, c).data()) for c in range(7)]

    # Retained levels: C2 by casting vote at "Expert", C3 at "À consolider".
    kappa = "0,00 (non significatif)"
    assert row("C2") == ["C2 · Compétence C2", "0", "0", "0", "1", "0\u202f%", kappa]
    assert row("C3") == ["C3 · Compétence C3", "0", "1", "0", "0", "0\u202f%", kappa]
    assert row("C4") == ["C4 · Compétence C4", "0", "0", "0", "1", "100\u202f%", "—"]
    spoken = model.index(1, model.agreement_column).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "0\u202f% (0 sur 1)"


def test_the_agreement_is_explained_and_said_not_significant_on_few_sheets(
    qtbot: QtBot, window: MainWindow, deliberated: Workspace
) -> None:
    page = _overview(qtbot, window)
    assert MIN_SIGNIFICANT_SHEET_PAIRS == 10
    assert page.agreement_help.isVisible()
    assert page.agreement_help.text() == (
        "Accord : part des niveaux identiques dans les grilles signées des deux juré·es ; "
        "kappa : le même accord, celui dû au hasard retiré (1 = accord parfait, 0 = pas "
        "mieux que le hasard) ; non significatif : moins de 10 paires de grilles."
    )
    few = session_statistics(deliberated)
    assert few.sheet_pairs == 1 and "non significatif" in page.agreement.text()
    # As many pairs of sheets as the threshold: the figures stand alone.
    enough = dataclasses.replace(
        few,
        sheet_pairs=MIN_SIGNIFICANT_SHEET_PAIRS,
        competencies=[
            dataclasses.replace(c, pairs=MIN_SIGNIFICANT_SHEET_PAIRS) for c in few.competencies
        ],
    )
    page.show_statistics(enough)
    assert "non significatif" not in page.agreement.text()
    assert "(10 paires de grilles)" in page.agreement.text()
    model = page.statistics_model
    kappas = [str(model.index(r, model.kappa_column).data()) for r in range(model.rowCount())]
    assert kappas[1] == "0,00" and not any("significatif" in k for k in kappas)
    # One pair fewer: « non significatif » again, on the line and in the table.
    fewer = dataclasses.replace(enough, sheet_pairs=MIN_SIGNIFICANT_SHEET_PAIRS - 1)
    page.show_statistics(fewer)
    assert "non significatif (9 paire(s) de grilles)" in page.agreement.text()


def test_the_chart_has_a_text_equivalent(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(qtbot, window)
    description = page.chart.accessibleDescription()
    assert description.startswith(
        "C1 : Insuffisant 0, À consolider 0, Maîtrisé 0, Expert 1. "
        "C2 : Insuffisant 0, À consolider 0, Maîtrisé 0, Expert 1. "
        "C3 : Insuffisant 0, À consolider 1, Maîtrisé 0, Expert 0."
    )
    assert page.chart.accessibleName().startswith("Graphique")


def _painted(qtbot: QtBot, bars: list[ChartBar]) -> QImage:
    chart = LevelDistributionChart()
    qtbot.addWidget(chart)
    chart.resize(400, 100)
    chart.set_data(bars, LABELS, PASSING)
    return chart.grab().toImage()


def test_the_chart_paints_the_distribution(qtbot: QtBot) -> None:
    even = [ChartBar("C1", (1, 1, 1, 1)), ChartBar("C2", (0, 0, 2, 2))]
    other = [ChartBar("C1", (0, 0, 0, 4)), ChartBar("C2", (0, 0, 2, 2))]
    empty = [ChartBar("C1", (0, 0, 0, 0)), ChartBar("C2", (0, 0, 0, 0))]
    first, second = _painted(qtbot, even), _painted(qtbot, other)
    assert first.size() == second.size()
    assert first != second
    assert first == _painted(qtbot, even)  # the same numbers draw the same picture
    assert _painted(qtbot, empty) != first
    # The second bar is the same in both: its pixels are.
    bar_top = second.height() - 6 - 20 + 10
    assert [first.pixel(x, bar_top) for x in range(0, 400, 7)] == [
        second.pixel(x, bar_top) for x in range(0, 400, 7)
    ]


def test_the_overview_follows_changes_while_shown(
    qtbot: QtBot, window: MainWindow, deliberated: Workspace
) -> None:
    page = _overview(qtbot, window)
    Deliberator(deliberated, deliberated.clock).decide("cand-2", Outcome.ABSENT, "Absente.")
    assert window.page is not None
    window.page.update_statuses()  # as after an import or a signature
    assert _column(page.model, OverviewModel.OUTCOME) == ["Non certifié·e", "Absent·e"]
    assert "Absent·e : 1" in page.outcomes.text()


def test_activating_a_candidate_opens_its_deliberation(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(qtbot, window)
    page.candidates.selectRow(1)
    qtbot.keyClick(page.candidates, Qt.Key.Key_Return)
    deliberation = window.session_views.deliberation
    assert deliberation is not None and window.stack.currentWidget() is deliberation
    assert deliberation.view.candidate_id == "cand-2"


@pytest.fixture
def member_window(
    qtbot: QtBot, home: Path, clock: FakeClock, tmp_path: Path, workspace_key: bytes
) -> Iterator[MainWindow]:
    spec = small_session_spec()
    member_home = home / "member"
    workspace = Workspace.create(workspace_path(member_home, spec.id), workspace_key, clock)
    import_session(workspace, spec, "member")
    window = open_window(qtbot, workspace, clock, member_home, tmp_path, "cand-1")
    yield window
    window.close()


def test_a_member_sees_the_overview_without_decisions(
    qtbot: QtBot, member_window: MainWindow
) -> None:
    page = _overview(qtbot, member_window)
    assert _column(page.model, OverviewModel.OUTCOME) == ["non décidé", "non décidé"]
    assert "aucune paire" in page.agreement.text()
    assert page.chart.accessibleDescription() == "Aucun niveau retenu pour l’instant."
    page.candidates.selectRow(1)
    qtbot.keyClick(page.candidates, Qt.Key.Key_Return)
    assert member_window.stack.currentWidget() is member_window.page
    assert member_window.page is not None and member_window.page.current_candidate() == "cand-2"


def test_the_models_pass_qtmodeltester(qtmodeltester: object, deliberated: Workspace) -> None:
    due = FakeClock(deliberated.clock.now()).now().date()
    summary = CandidateSummary(
        "cand-9", "Ana", "Start-up", "Incubateur", "accélération", "intrapreneure",
        deliberated.clock.now(), 60, CandidateStatus.SIGNED, False, due,
    )  # fmt: skip
    overview = OverviewModel()
    overview.set_rows([OverviewRow(summary, None), OverviewRow(summary, Outcome.ABSENT)], due)
    qtmodeltester.check(overview)  # type: ignore[attr-defined]
    statistics = session_statistics(deliberated)
    model = CompetencyStatisticsModel()
    model.set_statistics(statistics.competencies, statistics.scale_ranks, LABELS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(qtbot, window)
    assert unnamed_focusable(page) == []
