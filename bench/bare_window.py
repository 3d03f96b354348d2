"""The reference of bench/startup.py: a bare PySide6 main window, drawn once, then closed.

`python -m bench.bare_window WIDTH HEIGHT`: the same size as the window's, its first
frame noted by the same code as jury-desk's (ui/shell/first_frame.py, through the
environment variable JURY_DESK_STARTUP_LOG), then its peak memory at the end.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from jury_desk.ui.shell.first_frame import after_first_paint, note_milestone


def main() -> int:
    width, height = (int(value) for value in sys.argv[1:3])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(width, height)

    def drawn() -> None:
        note_milestone("first-frame")
        window.close()

    after_first_paint(window, drawn)
    window.show()
    code = app.exec()
    note_milestone("closed")
    return code


if __name__ == "__main__":
    sys.exit(main())
