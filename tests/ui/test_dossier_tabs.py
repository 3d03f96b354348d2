"""The dossier's tab bar when its tabs do not all fit: the selected document stays in view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton

from jury_desk.demo.session import demo_session_spec
from jury_desk.juror.desk import JurorDesk
from jury_desk.models.enums import DocumentKind
from jury_desk.session.importer import import_session
from jury_desk.store.workspace import Workspace, new_workspace_key
from jury_desk.ui.dossier.view import DocumentTab, DossierView
from tests.factories import DEMO_DAY, FakeClock

CANDIDATES = [candidate.id for candidate in demo_session_spec(DEMO_DAY).candidates]


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo session: seven documents per candidate, more than a narrow bar shows."""
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    path = Path(tmp_path_factory.mktemp("tabs")) / "workspace.db"
    workspace = Workspace.create(path, new_workspace_key(), clock)
    import_session(workspace, demo_session_spec(DEMO_DAY), "juror-chair")
    yield workspace
    workspace.close()


def _visible_span(view: DossierView) -> tuple[int, int]:
    """Where the tab bar shows tabs: between its scroll buttons, if it has any."""
    bar = view.tabs.tabBar()
    left, right = 0, bar.width()
    for button in bar.findChildren(QToolButton):
        if button.isVisible():
            if button.x() < bar.width() // 2:
                left = max(left, button.geometry().right() + 1)
            else:
                right = min(right, button.x())
    return left, right


def _selected_tab_is_shown(view: DossierView) -> bool:
    bar = view.tabs.tabBar()
    left, right = _visible_span(view)
    tab = bar.tabRect(bar.currentIndex())
    return left <= tab.left() and tab.right() < right


def _kind(view: DossierView, index: int) -> DocumentKind:
    tab = view.tabs.widget(index)
    assert isinstance(tab, DocumentTab)
    return tab.summary.kind


def test_the_tab_bar_shows_the_selected_tab(qtbot: QtBot, demo_workspace: Workspace) -> None:
    view = DossierView(JurorDesk(demo_workspace))
    qtbot.addWidget(view)
    view.resize(500, 700)  # too narrow for every tab: the bar scrolls
    view.show_candidate(CANDIDATES[0])  # before it is shown, as the window does
    view.show()
    qtbot.waitExposed(view)
    bar = view.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() - bar.tabRect(0).left() > bar.width()
    # The dossier opens on its first document.
    assert bar.currentIndex() == 0
    # The juror reads the deck, the last tab: the bar is scrolled to it.
    view.tabs.setCurrentIndex(bar.count() - 1)
    QCoreApplication.processEvents()
    assert _kind(view, bar.currentIndex()) is DocumentKind.DECK
    assert _selected_tab_is_shown(view)
    view.tabs.setCurrentIndex(1)  # the juror reads another kind: kept for the next candidate
    view.show_candidate(CANDIDATES[1])
    QCoreApplication.processEvents()
    assert bar.currentIndex() == 1 and _selected_tab_is_shown(view)
    assert bar.tabRect(0).left() >= 0  # the first tabs are in view again
    view.resize(900, 700)
    QCoreApplication.processEvents()
    assert _selected_tab_is_shown(view)
