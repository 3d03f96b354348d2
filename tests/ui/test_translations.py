"""The window in English: every string translated, and no text clipped when strings grow.

(a) pyside6-lupdate over jury_desk/ui finds nothing untranslated or stale in the
    committed jury_desk_en.ts, and the committed .qm is its compilation: adding a
    string without translating it fails here (scripts/update-translations.sh).
(b) In English, every window and dialog (see `walk_every_window`) shows no French
    source string: labels, buttons, menus, tooltips, titles, headers, placeholders.
(c) With every string 30 % longer than its French source, no label, button or table
    header section of those windows is smaller than its text needs.
"""

from __future__ import annotations

import ast
import math
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.bundle.verification import UntrustedAuthorityError
from jury_desk.chair.deliberation import Deliberator
from jury_desk.cli.main import build_parser
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.errors import UserError
from jury_desk.minutes.gather import minutes_data_from_workspace
from jury_desk.models import Base, Outcome, Recommendation
from jury_desk.store.workspace import Workspace
from jury_desk.ui.flows.gui_passphrase import dialog_passphrase_source
from jury_desk.ui.flows.minutes_dialog import MinutesDialog
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.sign_dialog import SigningNotice
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.preferences import Language
from jury_desk.ui.shell.translations import (
    chosen_language,
    english_translator,
    install_translations,
)
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers import ts_files
from tests.helpers.ts_files import (
    PLACEHOLDER,
    REPO,
    TRANSLATIONS,
    different_placeholders,
    lrelease,
    read_ts,
    ui_sources,
)
from tests.helpers.two_jurors import ALL_EXPERT, chair_sheet, member_sheet, with_level

UI = REPO / "jury_desk" / "ui"
TS = TRANSLATIONS / "jury_desk_en.ts"
ERROR_TEXT = Path("jury_desk/ui/shell/error_text.py")
QM = TRANSLATIONS / "jury_desk_en.qm"
HOW_TO_FIX = "run `sh scripts/update-translations.sh`, translate in jury_desk_en.ts, run it again"


# ------------------------------------------------------------------ the .ts file


def lupdate(ts: Path) -> None:
    ts_files.lupdate(ts, ui_sources(), "fr_FR", "en_GB")


def test_every_window_string_has_a_finished_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "jury_desk_en.ts"
    shutil.copyfile(TS, fresh)
    lupdate(fresh)
    messages = read_ts(fresh)
    untranslated = [str(m) for m in messages if m.state == "unfinished" or not m.translation]
    stale = [str(m) for m in messages if m.state in ("vanished", "obsolete")]
    assert untranslated == [], f"strings without an English translation: {HOW_TO_FIX}"
    assert stale == [], f"translations of strings no longer in the code: {HOW_TO_FIX}"
    assert fresh.read_text("utf-8") == TS.read_text("utf-8"), HOW_TO_FIX
    assert len(messages) > 300  # the whole window, not an empty file


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "jury_desk_en.qm"
    lrelease(TS, compiled)
    assert compiled.read_bytes() == QM.read_bytes(), HOW_TO_FIX


MNEMONIC = re.compile(r"&(?=[^&\s])")
MNEMONIC_LETTER = re.compile(r"&([^&\s])")


def test_translations_keep_placeholders_and_mnemonics() -> None:
    messages = read_ts(TS)
    wrong = different_placeholders(messages)
    for message in messages:
        source, translation = message.source, message.translation
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(translation)):
            wrong.append(f"{message}: keyboard mnemonic (&) lost or added in {translation!r}")
    assert wrong == []


def _translation_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, int]]:
    """Calls of tr(…) and translate(…), with how many leading arguments must be literal."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name == "tr":
                yield node, 1
            elif name == "translate":
                yield node, 2


def test_lupdate_can_see_every_translated_string() -> None:
    """lupdate reads `tr("…")` and `translate("Context", "…")` literally: a wrapper function
    or a variable hides the string from it and leaves it in French."""
    hidden = []
    for path in ui_sources():
        tree = ast.parse(Path(path).read_text("utf-8"))
        where = Path(path).relative_to(REPO)
        if where == ERROR_TEXT:
            continue  # translates the core's templates, which lupdate finds in the core
        for node, literal in _translation_calls(tree):
            arguments = node.args[:literal]
            if len(arguments) < literal or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments
            ):
                hidden.append(f"{where}:{node.lineno}: not a literal string")
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.Lambda | ast.Assign) and _defines_tr(node):
                hidden.append(f"{where}:{node.lineno}: a tr/translate wrapper")
    assert hidden == []


def _defines_tr(node: ast.FunctionDef | ast.Lambda | ast.Assign) -> bool:
    if isinstance(node, ast.FunctionDef):
        return node.name.strip("_") in ("tr", "translate")
    if isinstance(node, ast.Assign):
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        return any(name.strip("_") in ("tr", "translate") for name in names)
    return False


# ------------------------------------------------------------------ loading


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_lang_option_wins_over_the_preference_which_wins_over_french(settings: QSettings) -> None:
    assert chosen_language(None, settings) is Language.FRENCH
    preferences.set_language(settings, Language.ENGLISH)
    assert chosen_language(None, settings) is Language.ENGLISH
    assert chosen_language("fr", settings) is Language.FRENCH
    assert preferences.language(settings) is Language.ENGLISH  # --lang is stored nowhere


def test_the_command_line_takes_fr_or_en_only() -> None:
    assert build_parser().parse_args(["--lang", "en", "window"]).lang == "en"
    assert build_parser().parse_args(["window"]).lang is None
    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(["--lang", "de", "window"])
    assert refused.value.code == 2


@pytest.mark.parametrize(
    ("language", "file_menu"), [(Language.ENGLISH, "&File"), (Language.FRENCH, "&Fichier")]
)
def test_installed_translations_translate_the_window(
    qapp: QApplication, language: Language, file_menu: str
) -> None:
    before = set(qapp.findChildren(QTranslator))
    default_locale = QLocale()
    try:
        install_translations(qapp, language)
        assert QCoreApplication.translate("MainWindow", "&Fichier") == file_menu
        assert QLocale().language() == (
            QLocale.Language.English if language is Language.ENGLISH else QLocale.Language.French
        )
        if language is Language.FRENCH:  # Qt's own French, for its standard buttons
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(default_locale)


# ------------------------------------------------------------- walking the windows

Look = Callable[[str, QWidget], None]
RAISE_WARNING = r"This plugin does not support raise\(\)"  # the small clock, offscreen
CLOCK_NOW = datetime(2026, 11, 30, 8, 55, tzinfo=UTC)  # the first interview is at 9:00


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """An organiser, two jurors, a bundle opened by the chair: made once for the module."""
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path_factory.mktemp("translations"), clock.now(), fast_secrets=True)
    setting.build("session.jdbundle", clock)
    setting.chair.open(setting.root / "session.jdbundle", clock)
    return setting


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def look_at_modal(name: str, look: Look, qtbot: QtBot, show: Callable[[], object]) -> None:
    """Call `show`, which opens a dialog (with exec() or open()); `look` at it, then close it.

    The dialog is always closed, even when `look` raises, so the test cannot hang.
    """
    seen: list[QWidget] = []

    def poll(tries: int = 0) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            if tries < 500:
                QTimer.singleShot(10, lambda: poll(tries + 1))
            return
        seen.append(widget)
        try:
            _settle()
            look(name, widget)
        finally:
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    QTimer.singleShot(0, poll)
    show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)


def walk_every_window(qtbot: QtBot, setting: Setting, tmp_path: Path, look: Look) -> list[str]:
    """Open every window and dialog of jury-desk in turn and `look` at each; their names.

    One step per window or state: add one here when a window or dialog is added.
    """
    visited: list[str] = []

    def step(name: str, widget: QWidget) -> None:
        _settle()
        look(name, widget)
        visited.append(name)

    def modal(name: str, show: Callable[[], object]) -> None:
        look_at_modal(name, look, qtbot, show)
        visited.append(name)

    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    clock = FakeClock(CLOCK_NOW)
    context = WindowContext(Profile(home, secret_store(home)), clock, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    opener = SessionOpener(window, tmp_path / "demo")
    window.show()
    step("welcome page", window)

    opener.open_recent(setting.spec.id)
    page = window.page
    assert page is not None and window.workspace is not None
    page.select_candidate("cand-1")
    step("session: grid, dossier, clock", window)
    tabs = page.dossier.tabs
    assert tabs.count() > 1
    for index in range(tabs.count()):  # a PDF, a link, an image…: each its own page
        tabs.setCurrentIndex(index)
        _settle()
        look(f"dossier document {index + 1}", window)
    visited.append("every dossier document")

    window.clock_toggle_action.trigger()
    clock.advance(75)
    page.clock_strip.session.refresh()
    step("interview clock running", window)
    window.small_clock_action.setChecked(True)
    assert window.clock_window is not None
    step("small clock window", window.clock_window)
    modal("end of interview confirmation", page.clock_strip.ask_to_stop)
    window.small_clock_action.setChecked(False)
    modal("signing during the interview", window.sign_export_action.trigger)
    modal("quitting during the interview", window.quit_asking)
    page.select_candidate("cand-2")
    modal("another interview under way", window.clock_toggle_action.trigger)
    page.select_candidate("cand-1")
    page.clock_strip.session.stop()

    modal("preferences", window.preferences_action.trigger)
    modal("incomplete sheet", window.sign_export_action.trigger)
    _complete_sheet(window, "cand-1")
    modal("sign dialog", window.sign_export_action.trigger)
    step("signing cancelled", window)

    not_a_sheet = tmp_path / "not-a-sheet.pdf"
    not_a_sheet.write_bytes(b"%PDF-1.7\nnot a signed sheet\n")
    modal(
        "import report",
        lambda: window.import_flow.import_paths([not_a_sheet, tmp_path / "missing.pdf"]),
    )

    # The chair's views: both sheets of cand-2 differ on C3, cand-1 was absent.
    chair_sheet(window.workspace, "cand-2", with_level(ALL_EXPERT, 2, 1))
    member_sheet(window.workspace, "cand-2", ALL_EXPERT, comment="Solide")
    page.select_candidate("cand-2")
    window.session_views.show_deliberation()
    step("deliberation", window)
    window.session_views.show_overview()
    step("session overview", window)
    clock.advance(2 * 3600)  # cand-1 is found absent once her interview (10:00 UTC) has begun
    deliberator = Deliberator(window.workspace, clock)
    deliberator.decide(
        "cand-1", Outcome.ABSENT, "Ne s’est pas présentée.", despite_signed_sheets=True
    )
    deliberator.decide(
        "cand-2", Outcome.POSTPONED, "Entretien à reprendre.", despite_signed_sheets=True
    )
    modal("minutes dialog", window.minutes_flow.export_action.trigger)
    minutes = minutes_data_from_workspace(window.workspace, now=clock.now())
    cosign = MinutesDialog(minutes, cosigning=True, chair_signed="30/11/2026", parent=window)
    modal("minutes co-signing dialog", cosign.exec)  # the member's, on the same data
    modal("new version confirmation", lambda: window.sign_flow.new_version("cand-2"))
    notice = SigningNotice(window.sign_flow.tr("Signature de la grille en cours…"), window)
    notice.show()
    step("signing notice", notice)
    notice.finish()
    problem = UserError("The bundle's signature does not verify.")  # the core's, in English
    modal(
        "error message",
        lambda: window.show_error(problem, opener.tr("Le paquet n’a pas pu être ouvert")),
    )
    stranger = UntrustedAuthorityError(
        "new authority", "Organisateur inconnu", " ".join(["ABCD"] * 16)
    )
    modal("new organiser question", lambda: opener._trust(stranger))
    window.session_views.show_session_page()
    window.idle_lock.lock()
    step("idle lock screen", window)
    window.idle_lock.unlock()

    modal(
        "bundle passphrase",
        lambda: opener.ask_and_open_bundle(setting.root / "session.jdbundle"),
    )
    modal("key file passphrase", lambda: _ask_key_file_passphrase(creating=True))

    window.close_workspace()
    step("welcome page with a recent session", window)
    window.close()
    return visited


def _complete_sheet(window: MainWindow, candidate_id: str) -> None:
    """Every competency scored (one below passing, with its comment), an overall view."""
    assert window.workspace is not None and window.page is not None
    editor = ScoringEditor(window.workspace)
    for index, code in enumerate(COMPETENCY_CODES):
        editor.set_level(candidate_id, code, 1 if index == 2 else 2)
        editor.set_comment(candidate_id, code, f"Constat {code}.")
    editor.set_overall(candidate_id, Recommendation.FAVOURABLE, "Produit utile.")
    window.page.grid.show_candidate(candidate_id)
    window.page.update_statuses()


def _ask_key_file_passphrase(creating: bool) -> None:
    ask = dialog_passphrase_source()
    with pytest.raises(UserError):  # dismissed: no passphrase typed
        ask(creating)


EVERY_WINDOW = [
    "welcome page",
    "session: grid, dossier, clock",
    "every dossier document",
    "interview clock running",
    "small clock window",
    "end of interview confirmation",
    "signing during the interview",
    "quitting during the interview",
    "another interview under way",
    "preferences",
    "incomplete sheet",
    "sign dialog",
    "signing cancelled",
    "import report",
    "deliberation",
    "session overview",
    "minutes dialog",
    "minutes co-signing dialog",
    "new version confirmation",
    "signing notice",
    "error message",
    "new organiser question",
    "idle lock screen",
    "bundle passphrase",
    "key file passphrase",
    "welcome page with a recent session",
]


# -------------------------------------------------------------- what a window shows


def _plain(text: str) -> str:
    """The text as read: rich text as plain text, "&" mnemonics removed."""
    if QtGui.Qt.mightBeRichText(text):  # the function lives in QtGui's Qt namespace
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(.)", r"\1", text)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    # A list model hides columnCount (private in C++): it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        for role in roles:
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (*roles, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield widget.placeholderText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield widget.text()
        yield widget.specialValueText()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu())
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` shows or gives to a screen reader."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisible():
            where = f"{type(widget).__name__} {widget.objectName()}".strip()
            for text in _widget_texts(widget):
                if text and text.strip():
                    yield where, text
    for action in root.actions():
        yield "action", action.text()


# --------------------------------------------------------------- (b) in English


def data_texts(workspace: Workspace) -> set[str]:
    """Every string of the session's data (names, titles, descriptors): French, not ours."""
    texts = set()
    with workspace.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                texts.update(value for value in row if isinstance(value, str))
    return texts


def french_patterns() -> list[tuple[re.Pattern[str], str]]:
    """A pattern per French source whose English differs: placeholders match anything."""
    patterns = []
    for message in read_ts(TS):
        if message.translation == message.source:
            continue  # "—", "%1 %2", "jury-desk": the same in both languages
        parts = PLACEHOLDER.split(_plain(message.source))
        # "{whole},{fraction}", "{percent} %": typography of numbers, where anything else
        # in the placeholders would match any text with a comma.
        wildcard = ".+?" if any(c.isalpha() for c in "".join(parts)) else r"[\d.,−-]+"
        pattern = re.compile(wildcard.join(re.escape(part) for part in parts), re.DOTALL)
        patterns.append((pattern, message.source))
    return patterns


def test_french_patterns_spot_french_once_formatted() -> None:
    def french(text: str) -> bool:
        return any(pattern.fullmatch(text) for pattern, _source in french_patterns())

    assert french("Compétence 3") and french("0,62") and french("100\u202f%")
    assert not french("Competency 3") and not french("0.62") and not french("100%")
    assert not french("C1, C2") and not french("Zoë Lefèvre")


def mnemonic_clashes(name: str, root: QWidget) -> Iterator[str]:
    """Two visible items of one menu (or of the menu bar) with the same Alt+letter."""
    for bar in root.findChildren(QMenuBar):
        menus = [action.menu() for action in bar.actions() if action.menu() is not None]
        for title, actions in [("menu bar", bar.actions())] + [
            (m.title(), m.actions()) for m in menus
        ]:
            letters = [
                match.group(1).lower()
                for action in actions
                if action.isVisible() and (match := MNEMONIC_LETTER.search(action.text()))
            ]
            for letter in sorted({x for x in letters if letters.count(x) > 1}):
                yield f"{name}, {_plain(title)}: Alt+{letter.upper()}"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = english_translator(qapp)
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("english")
@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_in_english_no_window_shows_a_french_string(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    patterns = french_patterns()
    # A document titled « Fiche produit » shows its title, like any data, untranslated.
    data: set[str] = set()
    french: list[str] = []
    seen: set[str] = set()
    cut: list[str] = []
    clashes: list[str] = []

    def look(name: str, window: QWidget) -> None:
        cut.extend(clipped(name, window))  # English is shorter, mostly: checked too
        clashes.extend(mnemonic_clashes(name, window))
        workspace = getattr(window, "workspace", None)
        if isinstance(workspace, Workspace):
            data.update(data_texts(workspace))
        for where, text in visible_texts(window):
            seen.add(_plain(text))
            for candidate in {_plain(text), *_plain(text).splitlines()} - data:
                for pattern, source in patterns:
                    if pattern.fullmatch(candidate):
                        french.append(f"{name}, {where}: {candidate!r} (source {source!r})")

    assert walk_every_window(qtbot, setting, tmp_path, look) == EVERY_WINDOW
    assert not french, "\n".join(["French left in English:", *french])
    assert not cut, "\n".join(["Clipped in English:", *cut])
    assert not clashes, "\n".join(["Alt+letter used twice in one menu:", *clashes])
    # The walk saw English, and Qt's own buttons too: not an empty check.
    assert {"File", "Preferences", "Sign the sheet", "Import of the sheets", "OK"} <= seen


# ------------------------------------------------------ (c) 30 % longer strings

GROWTH = 0.3


def lengthened(text: str) -> str:
    """`text` with each line 30 % longer, in short words that can wrap like real ones."""

    def longer(line: str) -> str:
        visible = len(_plain(line))
        extra = math.ceil(visible * GROWTH)
        if extra == 0:
            return line
        filler = ("xxxxx " * extra)[:extra]
        return line + filler[:-1] + "x"

    return "\n".join(longer(line) for line in text.split("\n"))


class LongerTranslator(QTranslator):
    """Every string of the window (the .ts's messages only) made 30 % longer."""

    def __init__(self) -> None:
        super().__init__()
        self._known = {(m.context, m.source) for m in read_ts(TS)}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty string would be taken as the translation of Qt's own texts.
        return lengthened(source) if (context, source) in self._known else None

    def isEmpty(self) -> bool:
        return False


def test_lengthened_adds_thirty_percent_to_each_line() -> None:
    assert lengthened("Réduire") == "Réduirexxx"
    assert lengthened("&Quitter") == "&Quitterxxx"
    assert lengthened("<b>Niveau</b>") == "<b>Niveau</b>xx"
    assert lengthened("ab\n" + "c" * 20) == "abx\n" + "c" * 20 + "xxxxxx"
    assert lengthened("c" * 40) == "c" * 40 + "xxxxx xxxxxx"


def clipped_sections(where: str, header: QHeaderView) -> Iterator[str]:
    """Sections of a header narrower (or lower) than their title needs.

    sectionSizeFromContents is what Qt itself sizes a ResizeToContents section by: the
    title in the header's bold font, its margins, and the sort indicator's room when the
    header shows one.
    """
    model = header.model()
    if model is None or not header.isVisible():
        return
    horizontal = header.orientation() is Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        if not title.strip():
            continue
        needed = header.sectionSizeFromContents(section)
        size = header.sectionSize(section)
        wanted = needed.width() if horizontal else needed.height()
        across = header.height() if horizontal else header.width()
        wanted_across = needed.height() if horizontal else needed.width()
        if size < wanted or across < wanted_across:
            yield f"{where} section {section}: {size} px for {wanted} ({title!r})"


def clipped(name: str, root: QWidget) -> Iterator[str]:
    """Labels, buttons and table headers smaller than their text needs, the layout settled."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{name}, {type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QTableView | QTreeView):
            pane = widget.parentWidget()  # a view wider than its pane is cut at its edge
            if pane is not None and not pane.rect().contains(widget.geometry()):
                yield f"{where}: {widget.geometry().getRect()} out of {pane.size().toTuple()}"
            if isinstance(widget, QTreeView):
                yield from clipped_sections(where, widget.header())
            else:
                yield from clipped_sections(where, widget.horizontalHeader())
                yield from clipped_sections(where, widget.verticalHeader())
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    yield f"{where}: {widget.height()} px high for {needed} ({widget.text()!r})"
                hint = widget.minimumSizeHint()
            else:
                hint = widget.sizeHint()
            if widget.width() < hint.width():
                yield f"{where}: {widget.width()} px wide for {hint.width()} ({widget.text()!r})"
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            hint = widget.sizeHint()
            if widget.width() < hint.width() or widget.height() < widget.minimumSizeHint().height():
                yield f"{where}: {widget.size().toTuple()} for {hint.toTuple()} ({widget.text()!r})"


def test_clipped_finds_labels_and_buttons_smaller_than_their_text(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    fitting = QLabel("Assez de place", root)
    narrow = QLabel("Un libellé bien trop long pour sa place", root)
    narrow.setFixedWidth(60)
    wrapped = QLabel("Un texte à la ligne " * 10, root)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(200, 20)
    button = QPushButton("Un bouton trop étroit", root)
    button.setFixedWidth(40)
    for widget in (fitting, narrow, wrapped, button):
        layout.addWidget(widget)
    root.show()
    _settle()
    found = list(clipped("test", root))
    assert len(found) == 3, found
    assert [f for f in found if "Assez de place" in f] == []


def test_clipped_finds_table_header_sections_narrower_than_their_title(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    model = QStandardItemModel(2, 3, root)
    model.setHorizontalHeaderLabels(["Horaire", "Candidat·e du jury", "Statut"])
    roomy, squeezed, sorted_ = (QTableView(root) for _ in range(3))
    for table in (roomy, squeezed, sorted_):
        table.setModel(model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table)
    squeezed.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    squeezed.setFixedWidth(150)  # the stretched title gets what the others leave
    header = sorted_.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, header.sectionSizeFromContents(2).width())
    sorted_.setSortingEnabled(True)  # then the title needs room for the sort indicator too
    root.show()
    _settle()
    found = list(clipped("test", root))
    assert len(found) == 2, found
    assert "section 1" in found[0] and "'Candidat·e du jury'" in found[0]
    assert "section 2" in found[1] and "'Statut'" in found[1]


@pytest.fixture
def longer_strings(qapp: QApplication) -> Iterator[None]:
    translator = LongerTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("longer_strings")
@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_no_text_is_clipped_when_strings_grow_by_30_percent(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    problems: list[str] = []
    lengthened_seen = []

    def look(name: str, window: QWidget) -> None:
        problems.extend(clipped(name, window))
        lengthened_seen.append(window.windowTitle())

    assert walk_every_window(qtbot, setting, tmp_path, look) == EVERY_WINDOW
    assert not problems, "\n".join(["Clipped texts:", *problems])
    assert lengthened("jury-desk") in lengthened_seen  # the pseudo-translation was in force


def button_mnemonic_problems(name: str, window: QWidget) -> Iterator[str]:
    """Each visible push button of a dialog has an Alt+letter, its own within the dialog."""
    if not isinstance(window, QDialog):
        return
    letters: dict[str, str] = {}
    for button in window.findChildren(QPushButton):
        if not button.isVisible():
            continue
        match = MNEMONIC_LETTER.search(button.text())
        if match is None:
            yield f"{name}: {button.text()!r} has no Alt+letter"
            continue
        letter = match.group(1).lower()
        if letter in letters:
            yield f"{name}: {button.text()!r} and {letters[letter]!r} share Alt+{letter.upper()}"
        letters[letter] = button.text()


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_every_dialog_button_has_its_own_alt_letter(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    problems: list[str] = []

    def look(name: str, window: QWidget) -> None:
        problems.extend(button_mnemonic_problems(name, window))

    assert walk_every_window(qtbot, setting, tmp_path, look) == EVERY_WINDOW
    assert not problems, "\n".join(["Dialog buttons without their own Alt+letter:", *problems])
