"""Flows work against any host of the FlowHost protocol: here a small fake, not MainWindow."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from jury_desk.store.workspace import Workspace
from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.idle_lock import IdleLock
from jury_desk.ui.flows.import_flow import ImportFlow
from tests.bundle_factory import secret_store
from tests.factories import FakeClock
from tests.helpers.fake_host import FakeHost


@pytest.fixture
def host(qtbot: QtBot, home: Path, clock: FakeClock, window_settings: QSettings) -> FakeHost:
    fake = FakeHost(home, secret_store(home), clock, window_settings)
    qtbot.addWidget(fake.window)
    return fake


def test_the_fake_is_a_flow_host(host: FakeHost) -> None:
    as_host: FlowHost = host  # mypy checks the fake against the protocol
    assert as_host.pages.currentWidget() is host.first_page


def test_the_idle_lock_covers_and_restores_the_hosts_pages(host: FakeHost, qtbot: QtBot) -> None:
    host.window.setWindowTitle("Session — jury-desk")
    lock = IdleLock(host, QMenu(host.window))
    host.window.show()
    qtbot.waitExposed(host.window)

    lock.lock()
    assert lock.locked
    assert host.pages.currentWidget() is lock.screen
    assert host.window.windowTitle() == "Session verrouillée — jury-desk"
    assert not host.window.menuBar().isEnabled()

    lock.unlock()
    assert not lock.locked
    assert host.pages.currentWidget() is host.first_page
    assert host.window.windowTitle() == "Session — jury-desk"


def test_importing_speaks_through_the_hosts_status_bar_and_errors(
    host: FakeHost, workspace: Workspace, tmp_path: Path
) -> None:
    flow = ImportFlow(host)
    flow.import_paths([tmp_path / "notes.pdf"])
    assert host.statuses == []  # no session open: nothing to import into

    host.workspace = workspace
    flow.import_paths([tmp_path / "notes.txt"])
    assert host.statuses == ["Aucun fichier PDF à importer."]

    garbage = tmp_path / "sheet.pdf"
    garbage.write_bytes(b"not a PDF at all")
    flow.import_paths([garbage])
    # A workspace made without a bundle knows no juror certificate: refused, through the host.
    ((error, title),) = host.errors
    assert "no juror certificates" in str(error)
    assert title == "Les grilles n’ont pas été importées"
    assert host.statuses[-2:] == ["Importation des grilles en cours…", ""]
    assert not flow.busy
