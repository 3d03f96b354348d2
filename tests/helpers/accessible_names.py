"""The accessibility walk of the UI tests: each focusable widget has a name screen readers read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_focusable(root: QWidget) -> list[str]:
    """The focusable widgets shown under `root` that have no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if not accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing
