"""Tests that run the project's checkers and external validators: AT-SPI on a real X
server, import-linter's layers, radon, the lock check, lupdate, desktop-file-validate and
appstreamcli. Each is marked `tools`."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.tools)
