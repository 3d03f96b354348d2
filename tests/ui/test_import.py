"""Importing the member's signed sheets from the chair's window: the action, drops, the report.

The member's sheets are signed once for the module in the member's own data
folder; each test opens its own copy of the chair's data folder. The open
dialog, a native dialog that cannot be driven offscreen, is replaced by a
function returning the chosen files.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAccessible, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.outside_files import GIB
from jury_desk.models import Assessment
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import reopen_for_edit, sign_sheet
from jury_desk.ui.flows.import_flow import ImportReport, pdf_files
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.factories import COMPETENCY_CODES, FakeClock

CLOCK = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(
        tmp_path_factory.mktemp("ui-import"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    return setting


@pytest.fixture(scope="module")
def sheets(setting: Setting, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The member's signed sheets as files: cand-1 v1 and v2, cand-2 v1, and a tampered one."""
    folder = tmp_path_factory.mktemp("member-sheets")
    authority = setting.authority.certificate
    home, identity = setting.member.home, setting.member.identity
    files: dict[str, Path] = {}
    with open_session_workspace(home, setting.spec.id, setting.member.secrets, CLOCK) as ws:
        for candidate_id in ("cand-1", "cand-2"):
            editor = ScoringEditor(ws)
            for code in COMPETENCY_CODES:
                editor.set_level(candidate_id, code, 2)
                editor.set_comment(candidate_id, code, f"Constat {code} de {candidate_id}.")
            sheet = sign_sheet(ws, candidate_id, identity, authority, CLOCK)
            files[f"{candidate_id}-v1"] = folder / sheet.file_name
            files[f"{candidate_id}-v1"].write_bytes(sheet.pdf)
        assert reopen_for_edit(ws, "cand-1", CLOCK) == 2
        ScoringEditor(ws).set_level("cand-1", "C1", 1)
        v2 = sign_sheet(ws, "cand-1", identity, authority, CLOCK)
    later = tmp_path_factory.mktemp("member-later")
    files["cand-1-v2"] = later / v2.file_name
    files["cand-1-v2"].write_bytes(v2.pdf)
    pdf = bytearray(files["cand-2-v1"].read_bytes())
    at = pdf.index(b"/Producer") if b"/Producer" in pdf else len(pdf) // 3
    pdf[at + 2] ^= 0x01  # one byte changed inside the signed range
    files["tampered"] = folder / "z-altered.pdf"
    files["tampered"].write_bytes(bytes(pdf))
    (folder / "notes.txt").write_text("pas une grille", encoding="utf-8")
    return files


@pytest.fixture
def window(qtbot: QtBot, setting: Setting, tmp_path: Path) -> Iterator[MainWindow]:
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = WindowContext(Profile(home, secret_store(home)), CLOCK, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    SessionOpener(window, tmp_path / "demo").open_recent(setting.spec.id)
    assert window.page is not None
    window.page.select_candidate("cand-1")
    window.show()
    yield window
    window.close()


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Stands in for the open dialog: answers the paths put in the list (none: cancelled)."""
    answer: list[Path] = []

    def get_open_file_names(
        _parent: QWidget, _caption: str, _folder: str, _filter: str
    ) -> tuple[list[str], str]:
        return [str(path) for path in answer], "Documents PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    return answer


def _report(window: MainWindow) -> ImportReport:
    report = window.import_flow.report
    assert report is not None and report.objectName() == "import_report"
    assert report.isVisible()
    return report


def _rows(report: ImportReport) -> dict[str, str]:
    return {
        report.cell_text(row, ImportReport.FILE): report.cell_text(row, ImportReport.OUTCOME)
        for row in range(report.table.rowCount())
    }


def _drop(window: MainWindow, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """Drag `path` over the window, then drop it there, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.width() / 2, window.height() / 2)
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(where, action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(where, action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter, drop


def _member_versions(window: MainWindow, candidate_id: str) -> list[int]:
    assert window.workspace is not None
    with window.workspace.reading() as session:
        return sorted(
            session.scalars(
                select(Assessment.version).where(
                    Assessment.candidate_id == candidate_id, Assessment.juror_id == "member"
                )
            )
        )


def test_the_action_is_in_the_file_menu_and_needs_a_session(window: MainWindow) -> None:
    action = window.import_sheets_action
    assert action.objectName() == "import_sheets_action"
    assert action.text().replace("&", "") == "Importer des grilles…"
    assert action.shortcut() == QKeySequence("Ctrl+I")
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    assert action.isEnabled()
    window.close_workspace()
    assert not action.isEnabled()


def test_importing_through_the_action_reports_each_file(
    window: MainWindow, sheets: dict[str, Path], chosen: list[Path]
) -> None:
    chosen += [sheets["cand-1-v1"], sheets["tampered"]]
    window.import_sheets_action.trigger()
    report = _report(window)
    rows = _rows(report)
    assert rows[sheets["cand-1-v1"].name] == "importée"
    assert rows["z-altered.pdf"].startswith("refusée : ")
    assert "the signed content was changed" in rows["z-altered.pdf"]
    first = [report.cell_text(0, c) for c in range(5)]
    assert first[0] == sheets["cand-1-v1"].name
    assert "cand-1" in first[1] and first[3] == "1"
    assert first[2] == "Łukasz Membre"  # the juror's name, as the sheet gives it
    assert _member_versions(window, "cand-1") == [1]
    notice = window.findChild(QWidget, "import_notice")
    assert notice is None or not notice.isVisible()

    # Again, then the newer version: already there, then replacing version 1.
    chosen[:] = [sheets["cand-1-v1"], sheets["cand-1-v2"]]
    window.import_sheets_action.trigger()
    rows = _rows(_report(window))
    assert rows[sheets["cand-1-v1"].name] == "déjà présente"
    assert rows[sheets["cand-1-v2"].name] == "remplace la version 1"
    assert _member_versions(window, "cand-1") == [1, 2]


def test_an_older_version_after_a_newer_one_is_ignored(
    window: MainWindow, sheets: dict[str, Path], chosen: list[Path]
) -> None:
    chosen += [sheets["cand-1-v2"], sheets["cand-1-v1"]]
    window.import_sheets_action.trigger()
    assert _rows(_report(window)) == {
        sheets["cand-1-v2"].name: "importée",
        sheets["cand-1-v1"].name: "version plus ancienne ignorée",
    }
    assert _member_versions(window, "cand-1") == [2]


def test_cancelling_the_dialog_imports_nothing(window: MainWindow, chosen: list[Path]) -> None:
    window.import_sheets_action.trigger()
    assert window.import_flow.report is None
    assert _member_versions(window, "cand-1") == []


def test_dropping_a_folder_imports_its_pdf_files(
    window: MainWindow, sheets: dict[str, Path]
) -> None:
    folder = sheets["cand-1-v1"].parent
    assert [p.name for p in pdf_files([folder])] == sorted(
        [sheets["cand-1-v1"].name, sheets["cand-2-v1"].name, "z-altered.pdf"]
    )
    enter, drop = _drop(window, folder)
    assert enter.isAccepted() and drop.isAccepted()
    rows = _rows(_report(window))
    assert rows == {
        sheets["cand-1-v1"].name: "importée",
        sheets["cand-2-v1"].name: "importée",
        "z-altered.pdf": rows["z-altered.pdf"],
    }
    assert rows["z-altered.pdf"].startswith("refusée : ")
    assert _member_versions(window, "cand-1") == [1]
    assert _member_versions(window, "cand-2") == [1]


def test_a_drop_without_a_session_is_refused(window: MainWindow, sheets: dict[str, Path]) -> None:
    window.close_workspace()
    enter, drop = _drop(window, sheets["cand-1-v1"])
    assert not enter.isAccepted() and not drop.isAccepted()
    assert window.import_flow.report is None


def test_the_report_focusable_widgets_have_accessible_names(
    window: MainWindow, sheets: dict[str, Path], chosen: list[Path]
) -> None:
    chosen.append(sheets["cand-2-v1"])
    window.import_sheets_action.trigger()
    report = _report(window)
    missing = []
    for widget in report.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(report):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert missing == []
    assert report.table.editTriggers() == report.table.EditTrigger.NoEditTriggers
    report.reject()
    assert not report.isVisible()


@pytest.mark.skipif(os.name != "posix", reason="no named pipes here")
def test_hostile_files_are_refused_with_the_command_line_s_one_line_reason(
    window: MainWindow, sheets: dict[str, Path], chosen: list[Path], tmp_path: Path
) -> None:
    # A named pipe would block the import for ever, a sparse 3 GiB file fill the memory.
    fifo, sparse = tmp_path / "pipe.pdf", tmp_path / "huge.pdf"
    os.mkfifo(fifo)
    with sparse.open("wb") as handle:
        handle.truncate(3 * GIB)
    chosen += [fifo, sparse, sheets["cand-1-v1"]]
    window.import_sheets_action.trigger()
    assert _rows(_report(window)) == {
        "pipe.pdf": "« pipe.pdf » is a named pipe, not an ordinary file.",
        "huge.pdf": "« huge.pdf » is 3 GiB, over the 32 MiB allowed for a signed sheet or "
        "co-signed minutes.",
        sheets["cand-1-v1"].name: "importée",
    }
    # Dropped in a folder, a pipe named *.pdf is listed too, and refused the same way.
    assert fifo in pdf_files([tmp_path])
