"""The window's tests: widgets offscreen with pytest-qt, each marked `ui` (`pytest -m "not ui"`
runs the rest without Qt), and the settings a window reads, kept in the test's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.ui)


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    """The window's QSettings in an INI file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
