"""The organiser's desk in tests: a real registry (SQLCipher in the test's folder), a real
window context with a synchronous runner, and the state every page is made with."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from jury_desk.kernel.paths import secrets_file
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from tests.factories import FakeClock
from tests.helpers.accessible_names import unnamed_focusable
from tests.helpers.fast_secrets import ready_fast

SECRETS_PASSPHRASE = "phrase de passe des secrets de l’organisateur"
ORGANISER = "Alice Martin"


@pytest.fixture
def organiser_secrets(home: Path) -> PassphraseFileSecretStore:
    return PassphraseFileSecretStore(secrets_file(home), lambda _creating: SECRETS_PASSPHRASE)


@pytest.fixture
def organiser_context(
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    clock: FakeClock,
    window_settings: QSettings,
) -> WindowContext:
    return WindowContext(
        Profile(home, organiser_secrets), clock, window_settings, SynchronousRunner()
    )


@pytest.fixture
def registry(
    home: Path, organiser_secrets: PassphraseFileSecretStore, clock: FakeClock
) -> Iterator[Registry]:
    # The registry's key goes into the secrets file: its slot made at a small work factor.
    ready_fast(organiser_secrets)
    opened = open_registry(
        home, default_location(home), organiser_secrets, clock, ORGANISER, create=True
    )
    yield opened
    opened.close()


@pytest.fixture
def state(organiser_context: WindowContext, registry: Registry) -> OrganiserState:
    return OrganiserState(organiser_context, registry)


# The organiser window's own Alt+letters: its tabs (S&ession, &Jurés, &Candidats, Jurys,
# &planning…, Pa&quets…, R&ésultats, Déclaration &à la CDC), its session choice (&Session)
# and its menu (&Fichier).
WINDOW_LETTERS = frozenset("sejcpqféà")
_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_problems(page: QWidget) -> list[str]:
    """Labels and buttons shown on `page`: each Alt+letter once, none of the window's, and
    each label with one gives it to a field (its buddy)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    texts: list[tuple[str, QWidget]] = [
        (w.text(), w) for w in page.findChildren(QLabel) if w.isVisibleTo(page)
    ]
    texts += [(w.text(), w) for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    for text, widget in texts:
        letter = _letter(text)
        if letter is None:
            if (
                isinstance(widget, QAbstractButton)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                problems.append(f"{text!r} has no Alt+letter")
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            problems.append(f"{text!r} has no buddy")
        if letter in WINDOW_LETTERS:
            problems.append(f"{text!r} takes the window's Alt+{letter.upper()}")
        if letter in seen:
            problems.append(f"{text!r} and {seen[letter]!r} share Alt+{letter.upper()}")
        seen[letter] = text
    return problems


def tab_walk(qtbot: QtBot, page: QWidget) -> list[str]:
    """The focusable controls of the shown `page` that Tab never reaches (from the first)."""
    wanted = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    wanted[0].setFocus()
    reached: set[int] = set()
    for _ in range(3 * len(wanted)):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(id(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return [f"{type(w).__name__}:{w.objectName()}" for w in wanted if id(w) not in reached]


@pytest.fixture
def keyboard_problems(qtbot: QtBot) -> Callable[[QWidget], list[str]]:
    """Everything on the shown page that a keyboard user could not reach or would not hear."""

    def check(page: QWidget) -> list[str]:
        problems = [
            f"unnamed {name}"
            for name in unnamed_focusable(page)
            if name != "QLineEdit:qt_spinbox_lineedit"  # named by its spin or date box
        ]
        problems += mnemonic_problems(page)
        problems += [f"not reached by Tab: {name}" for name in tab_walk(qtbot, page)]
        return problems

    return check
