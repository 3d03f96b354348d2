"""The core's tests, folder by folder as jury_desk/ is: plain Python, no display needed.

Each is marked `core`, so `pytest -m core` runs them alone (a quick loop while
working on the core); the real external components they use (age, pdfsig,
qpdf, the keyring daemon) come through tests/conftest.py's `require_tool`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.core)
