"""docs/guide-jury.md, the jurors' and chairs' guide, says only what the window does.

Jurors and chairs are civil servants on managed laptops who never open a
terminal: before the section for the organiser's IT people, the guide names no
command (`jury-desk open …`), no PowerShell or cmd.exe, no `$ ` prompt and no
fenced shell block. Every menu path it writes (« Fichier › Importer des
grilles… », « Navigation › Délibération »…) is one of the window's menus and
actions, read from the real menu bar (mnemonics' & removed), and a shortcut
given in brackets right after a path is that action's. The pictures it links
exist in docs/img/.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence

from jury_desk.cli.arguments import build_parser
from jury_desk.kernel.paths import secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock
from tests.paths import REPO_ROOT

GUIDE = REPO_ROOT / "docs" / "guide-jury.md"
# The organiser's guide keeps the same rules: its readers do not open a terminal either.
GUIDES = (GUIDE, REPO_ROOT / "docs" / "guide-organisateur.md")
# The one section where terminal commands may appear: for the organiser's IT people.
IT_HEADING = re.compile(r"^## Pour le service informatique de l’organisateur\b.*$", re.MULTILINE)
# Fences of a shell's language, or of none (a ```json or ```text block is not a step).
SHELL_FENCES = frozenset(
    {"", "sh", "bash", "shell", "console", "zsh", "powershell", "ps1", "pwsh", "cmd", "bat"}
)
# The guide's French key names, as Qt's portable text writes them.
FRENCH_KEYS = {
    "Maj": "Shift",
    "Suppr": "Del",
    "Page suivante": "PgDown",
    "Page précédente": "PgUp",
    "↑": "Up",
    "↓": "Down",
}
KEY = r"(?:[A-Z0-9,+-]|F\d{1,2}|Suppr|Page suivante|Page précédente|↑|↓)"
KEYS = re.compile(rf"(?:(?:Ctrl|Alt|Maj|Shift)\+)*{KEY}")


def guide_parts(path: Path = GUIDE) -> tuple[str, str]:
    """(the part for the people using the window, the organiser's IT section)."""
    text = path.read_text("utf-8")
    heading = IT_HEADING.search(text)
    assert heading is not None, f"{path.name}: no « ## Pour le service informatique… » section"
    return text[: heading.start()], text[heading.start() :]


def commands() -> set[str]:
    """The command line's commands (demo, open, identity…), from its own parser."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    raise AssertionError("the command line has no commands")


def terminal_steps(text: str) -> list[str]:
    """What in `text` asks a person to type in a terminal, one finding per line."""
    named = "|".join(sorted(map(re.escape, commands())))
    patterns = {
        # jury-desk, any global options (--home DIR…), then one of its commands
        "a jury-desk command": (
            rf"\bjury-desk(?:\.exe)?(?:\s+--?[\w-]+(?:\s+\S+)?)*\s+(?:{named})\b"
        ),
        "PowerShell": r"(?i)\bpowershell\b|\bPS [A-Z]:\\",
        "cmd.exe": r"(?i)\bcmd\.exe\b",
        "a $ prompt": r"(?m)^\s*\$ |`\$ ",
    }
    found = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        for what, pattern in patterns.items():
            if re.search(pattern, line):
                found.append(f"line {line_number}, {what}: {line.strip()}")
        fence = re.match(r"\s*(```|~~~)\s*([\w.+-]*)", line)
        if (
            fence
            and fence.group(2).lower() in SHELL_FENCES
            and not _closes_fence(text, line_number)
        ):
            found.append(f"line {line_number}, a fenced shell block: {line.strip()}")
    return found


def _closes_fence(text: str, line_number: int) -> bool:
    """Whether the fence on `line_number` closes a block (an even count of fences before it)."""
    before = text.splitlines()[: line_number - 1]
    return sum(1 for line in before if re.match(r"\s*(```|~~~)", line)) % 2 == 1


@pytest.fixture(scope="module", params=GUIDES, ids=lambda path: path.stem)
def guide(request: pytest.FixtureRequest) -> str:
    path: Path = request.param
    return path.read_text("utf-8")


@pytest.fixture
def menus(qtbot: QtBot, tmp_path: Path) -> Iterator[dict[str, dict[str, QAction]]]:
    """The window's menu bar without a session: {menu: {action's text: action}}, & removed.

    Actions that depend on the role (the minutes, the results, the deliberation) are in
    the menus then, shown or hidden but present.
    """
    home = tmp_path / "home"
    home.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    found: dict[str, dict[str, QAction]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        found[_plain(top.text())] = {
            _plain(action.text()): action
            for action in menu.actions()
            if not action.isSeparator() and action.text()
        }
    yield found
    window.close()


def _plain(text: str) -> str:
    """A menu text as the person reads it: the mnemonic's & gone (&& stays one &)."""
    return re.sub(r"&(.)", r"\1", text)


def _flat(text: str) -> str:
    """Markdown's line breaks and emphasis out of the way of the menu paths."""
    return re.sub(r"\s+", " ", text.replace("**", ""))


@pytest.mark.parametrize("path", GUIDES, ids=lambda path: path.stem)
def test_the_guide_exists_with_its_it_section(path: Path) -> None:
    people, it = guide_parts(path)
    assert "Fichier ›" in people and it.strip()


@pytest.mark.parametrize("path", GUIDES, ids=lambda path: path.stem)
def test_no_terminal_step_for_the_people_of_the_window(path: Path) -> None:
    people, _it = guide_parts(path)
    assert terminal_steps(people) == []


def test_the_checker_finds_terminal_steps() -> None:
    """The checker itself: each kind of terminal step is found, French prose is not."""
    samples = [
        "dans un terminal : `jury-desk identity create --name X`",
        "ou `jury-desk --home D open paquet.jdbundle`",
        "ouvrez PowerShell",
        "lancez cmd.exe",
        "$ make demo",
        "```sh\nmake demo\n```",
    ]
    for sample in samples:
        assert terminal_steps(sample), sample
    prose = "jury-desk ouvre le paquet, puis jury-desk importe les grilles."
    assert terminal_steps(prose + "\n```json\n{}\n```") == []


def test_every_menu_path_is_the_windows(guide: str, menus: dict[str, dict[str, QAction]]) -> None:
    text = _flat(guide)
    tops = "|".join(sorted(map(re.escape, menus), key=len, reverse=True))
    problems = []
    covered: set[int] = set()
    for match in re.finditer(rf"\b({tops}) › ", text):
        items = menus[match.group(1)]
        rest = text[match.end() :]
        label = max(
            (
                item
                for item in items
                if rest.startswith(item) and not rest[len(item) : len(item) + 1].isalnum()
            ),
            key=len,
            default=None,
        )
        if label is None:
            problems.append(f"« {match.group(1)} › {rest[:50]}… » is no action of that menu")
            continue
        covered.add(text.index("›", match.start()))
        # « (Ctrl+Maj+R) » or « (Ctrl+Maj+R ; a remark) » right after the path
        shortcut = re.match(r" \(([^();]+?)(?: ;[^()]*)?\)", rest[len(label) :])
        if shortcut and KEYS.fullmatch(shortcut.group(1)):
            written = _portable(shortcut.group(1))
            actual = {
                s.toString(QKeySequence.SequenceFormat.PortableText)
                for s in items[label].shortcuts()
            }
            if written not in actual:
                problems.append(
                    f"« {match.group(1)} › {label} » is written ({shortcut.group(1)}), "
                    f"the window says {sorted(actual) or 'no shortcut'}"
                )
    for stray in (m.start() for m in re.finditer("›", text) if m.start() not in covered):
        problems.append(f"« …{text[max(0, stray - 30) : stray + 30]}… » is no menu path")
    assert problems == [], "\n".join(problems)


def _portable(keys: str) -> str:
    for french, portable in FRENCH_KEYS.items():
        keys = keys.replace(french, portable)
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def test_every_linked_picture_exists(guide: str) -> None:
    missing = [
        link
        for link in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
        if not (GUIDE.parent / link).is_file()
    ]
    assert missing == []
