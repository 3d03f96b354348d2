"""Run in a subprocess on a configured offscreen screen: where the main window opens.

Prints one JSON line: the screen's available area, the window's frame and inside
geometry once shown, whether it is maximised, and the session page's minimum size.
Argument: a folder for the home and settings; a second argument, a saved geometry
(a JSON [x, y, width, height]) to restore.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from jury_desk.kernel.paths import secrets_file, workspace_path
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.importer import import_session
from jury_desk.store.workspace import Workspace, new_workspace_key
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock, small_session_spec


def _rect(rect: object) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]  # type: ignore[attr-defined]


def main() -> None:
    folder = Path(sys.argv[1])
    app = QApplication([])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    if len(sys.argv) > 2:
        x, y, width, height = json.loads(sys.argv[2])
        settings.setValue("window/normal_geometry", QRect(x, y, width, height))
        settings.setValue("window/maximised", False)
    home = folder / "home"
    home.mkdir(exist_ok=True)
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    spec = small_session_spec()
    workspace = Workspace.create(workspace_path(home, spec.id), new_workspace_key(), clock)
    import_session(workspace, spec, "chair")
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner()))
    window.load_workspace(workspace)
    window.show()
    app.processEvents()
    screen = window.screen()
    print(
        json.dumps(
            {
                "available": _rect(screen.availableGeometry()),
                "frame": _rect(window.frameGeometry()),
                "inside": _rect(window.geometry()),
                "maximised": bool(window.windowState() & Qt.WindowState.WindowMaximized),
                "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                "saved": json.dumps(_rect(window.normalGeometry())),
            }
        )
    )
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
