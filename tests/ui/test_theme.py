"""The look: DSFR themes with readable contrast, the system's scheme and size, icons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QIcon,
    QImage,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from jury_desk.juror.desk import CandidateStatus, CandidateSummary
from jury_desk.juror.interview.state import TimeLevel
from jury_desk.models.enums import DocumentKind
from jury_desk.ui.dossier.checklist import DossierChecklist
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.preferences import Theme
from jury_desk.ui.theme import font as theme_font
from jury_desk.ui.theme.clock import level_colours
from jury_desk.ui.theme.colours import (
    ALL_COLOURS,
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    Colours,
)
from jury_desk.ui.theme.font import UI_FAMILY, install_ui_font
from jury_desk.ui.theme.icons import IconName, Tone, icon
from jury_desk.ui.theme.palette import (
    ThemeController,
    active_colours,
    application_style_sheet,
    apply_colours,
    choose_colours,
    palette_for,
    preferences_changed,
    set_themed_style,
)
from tests.bundle_factory import secret_store
from tests.factories import FakeClock

Role = QPalette.ColorRole
Scheme = Qt.ColorScheme
Contrast = Qt.ContrastPreference


# ------------------------------------------------------------------ WCAG 2.x


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast_ratio(one: QColor | str, other: QColor | str) -> float:
    lighter, darker = sorted(
        (relative_luminance(QColor(one)), relative_luminance(QColor(other))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_helper_gives_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # The DSFR documents its mention grey on white at 5.74:1.
    assert contrast_ratio("#666666", "#ffffff") == pytest.approx(5.74, abs=0.01)


# ------------------------------------------------------------ every pair shown


def text_pairs(colours: Colours) -> list[tuple[str, QColor, QColor]]:
    """Every (what, foreground, background) the window draws text with, in this theme."""
    palette = palette_for(colours)

    def role(fore: QPalette.ColorRole, back: QPalette.ColorRole) -> tuple[QColor, QColor]:
        return palette.color(fore), palette.color(back)

    pairs: list[tuple[str, QColor, QColor]] = [
        ("WindowText/Window", *role(Role.WindowText, Role.Window)),
        ("Text/Base", *role(Role.Text, Role.Base)),
        ("Text/AlternateBase", *role(Role.Text, Role.AlternateBase)),
        ("ButtonText/Button", *role(Role.ButtonText, Role.Button)),
        ("HighlightedText/Highlight", *role(Role.HighlightedText, Role.Highlight)),
        ("PlaceholderText/Base", *role(Role.PlaceholderText, Role.Base)),
        # Also secondary text (time per competency): grid_widgets.make_muted.
        ("PlaceholderText/Window", *role(Role.PlaceholderText, Role.Window)),
        ("ToolTipText/ToolTipBase", *role(Role.ToolTipText, Role.ToolTipBase)),
        ("Link/Base", *role(Role.Link, Role.Base)),
        ("Link/Window", *role(Role.Link, Role.Window)),
        ("LinkVisited/Base", *role(Role.LinkVisited, Role.Base)),
    ]
    # The status colours, as text on the window, on fields and on their own tints.
    for status in ("info", "success", "warning", "error"):
        fore = QColor(getattr(colours, status))
        pairs.append((f"{status}/window", fore, QColor(colours.window)))
        pairs.append((f"{status}/base", fore, QColor(colours.base)))
    c = QColor
    pairs += [
        ("warning/warning_background", c(colours.warning), c(colours.warning_background)),
        ("error/error_background", c(colours.error), c(colours.error_background)),
        ("text/info_background", c(colours.text), c(colours.info_background)),
        ("text/warning_background", c(colours.text), c(colours.warning_background)),
        ("text/error_background", c(colours.text), c(colours.error_background)),
        ("text/success_background", c(colours.text), c(colours.success_background)),
        ("on_accent/accent", c(colours.on_accent), c(colours.accent)),
        ("text/accent_tint", c(colours.text), c(colours.accent_tint)),
        ("text/over_tint", c(colours.text), c(colours.over_tint)),
        ("text_mention/base", c(colours.text_mention), c(colours.base)),
    ]
    for level in TimeLevel:
        clock = level_colours(level, colours)
        pairs.append((f"clock {level.value}", c(clock.text), c(clock.background)))
    return pairs


@pytest.mark.parametrize("colours", ALL_COLOURS, ids=lambda colours: colours.name)
def test_every_text_colour_reaches_4_5_to_1_on_its_background(colours: Colours) -> None:
    # High contrast aims at WCAG AAA (7:1); the DSFR themes at AA (4.5:1).
    needed = 7.0 if colours.name.startswith("high-contrast") else 4.5
    weak = [
        f"{what}: {contrast_ratio(fore, back):.2f}"
        for what, fore, back in text_pairs(colours)
        if contrast_ratio(fore, back) < needed
    ]
    assert not weak, weak


@pytest.mark.parametrize("colours", ALL_COLOURS, ids=lambda colours: colours.name)
def test_the_frames_of_text_fields_reach_3_to_1(colours: Colours) -> None:
    # WCAG 1.4.11: what shows a control's bounds contrasts 3:1 with what is around it.
    sheet = application_style_sheet(colours)
    assert f"1px solid {colours.text_mention}" in sheet
    assert f"2px solid {colours.accent}" in sheet  # the focused field
    for frame in (colours.text_mention, colours.accent):
        for around in (colours.window, colours.base):
            assert contrast_ratio(frame, around) >= 3.0, (frame, around)


def test_the_themes_carry_the_dsfr_colours() -> None:
    assert LIGHT.accent == "#000091"  # bleu France
    assert LIGHT.marianne == DARK.marianne == "#e1000f"  # rouge Marianne
    assert (LIGHT.error, DARK.error) == ("#ce0500", "#ff5655")  # error-425-625
    assert palette_for(LIGHT).color(Role.Highlight) == QColor("#000091")
    assert palette_for(DARK).color(Role.Window) == QColor("#1e1e1e")  # background-alt-grey


# ---------------------------------------------------------- choosing a theme


@pytest.mark.parametrize(
    ("preference", "scheme", "contrast", "expected"),
    [
        (Theme.SYSTEM, Scheme.Unknown, Contrast.NoPreference, LIGHT),
        (Theme.SYSTEM, Scheme.Light, Contrast.NoPreference, LIGHT),
        (Theme.SYSTEM, Scheme.Dark, Contrast.NoPreference, DARK),
        (Theme.SYSTEM, Scheme.Light, Contrast.HighContrast, HIGH_CONTRAST_LIGHT),
        (Theme.SYSTEM, Scheme.Dark, Contrast.HighContrast, HIGH_CONTRAST_DARK),
        (Theme.LIGHT, Scheme.Dark, Contrast.NoPreference, LIGHT),
        (Theme.DARK, Scheme.Light, Contrast.NoPreference, DARK),
        (Theme.HIGH_CONTRAST, Scheme.Unknown, Contrast.NoPreference, HIGH_CONTRAST_LIGHT),
        (Theme.HIGH_CONTRAST, Scheme.Dark, Contrast.NoPreference, HIGH_CONTRAST_DARK),
    ],
)
def test_the_theme_follows_the_preference_then_the_system(
    preference: Theme, scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference, expected: Colours
) -> None:
    assert choose_colours(preference, scheme, contrast) == expected


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Whatever a test applies, the next test finds the light theme and the system font."""
    palette, font, sheet = QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet()
    yield
    apply_colours(qapp, LIGHT)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def settings(tmp_path: object) -> QSettings:
    return QSettings(f"{tmp_path}/settings.ini", QSettings.Format.IniFormat)


def _delete(controller: ThemeController) -> None:
    controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _system_says(scheme: Qt.ColorScheme | None = None, contrast: Contrast | None = None) -> None:
    """The platform telling of a new scheme: through Qt where it can, else its signal."""
    hints = QGuiApplication.styleHints()
    if scheme is not None:
        hints.setColorScheme(scheme)
        if hints.colorScheme() != scheme:  # the offscreen platform has no scheme to set
            hints.colorSchemeChanged.emit(scheme)
    if contrast is not None:
        hints.accessibility().contrastPreferenceChanged.emit(contrast)


@pytest.mark.usefixtures("restore_look")
def test_system_follows_a_dark_colour_scheme_and_back(
    qapp: QApplication, qtbot: QtBot, settings: QSettings
) -> None:
    label = QLabel("Non enregistré")
    qtbot.addWidget(label)
    label.show()
    set_themed_style(label, lambda colours: f"color: {colours.error};")
    controller = ThemeController(qapp, settings)
    try:
        assert preferences.theme(settings) is Theme.SYSTEM
        _system_says(Scheme.Dark)
        assert active_colours() == DARK
        assert qapp.palette().color(Role.Window) == QColor(DARK.window)
        assert qapp.palette().color(Role.WindowText) == QColor(DARK.text)
        assert label.styleSheet() == f"color: {DARK.error};"  # restyled with the palette
        # Qt passes the new palette to the widgets already shown through its event queue.
        qtbot.waitUntil(lambda: label.palette().color(Role.Window) == QColor(DARK.window))
        _system_says(contrast=Contrast.HighContrast)
        assert active_colours() == HIGH_CONTRAST_DARK
        _system_says(Scheme.Light, Contrast.NoPreference)
        assert active_colours() == LIGHT
        assert label.styleSheet() == f"color: {LIGHT.error};"
    finally:
        QGuiApplication.styleHints().unsetColorScheme()
        _delete(controller)


@pytest.mark.usefixtures("restore_look")
def test_a_chosen_theme_wins_over_the_system(qapp: QApplication, settings: QSettings) -> None:
    preferences.set_theme(settings, Theme.HIGH_CONTRAST)
    controller = ThemeController(qapp, settings)
    try:
        assert active_colours() == HIGH_CONTRAST_LIGHT
        preferences.set_theme(settings, Theme.DARK)
        preferences_changed()  # what the preferences dialog's OK does
        assert qapp.palette().color(Role.Base) == QColor(DARK.base)
        _system_says(Scheme.Light)
        assert active_colours() == DARK
    finally:
        QGuiApplication.styleHints().unsetColorScheme()
        _delete(controller)


@pytest.mark.usefixtures("restore_look")
def test_the_dossier_checklist_recolours_with_the_theme(qapp: QApplication, qtbot: QtBot) -> None:
    checklist = DossierChecklist()
    qtbot.addWidget(checklist)
    checklist.set_checklist({DocumentKind.DECK: True})
    item = checklist.findChild(QLabel, f"checklist_{DocumentKind.DECK.value}")
    assert item is not None and LIGHT.success in item.text()
    apply_colours(qapp, DARK)
    assert DARK.success in item.text() and LIGHT.success not in item.text()
    assert checklist.is_marked_present(DocumentKind.DECK)


# ------------------------------------------------------------------- the font


@pytest.mark.usefixtures("restore_look")
def test_the_ui_font_is_inter_at_the_system_size(qapp: QApplication) -> None:
    system = QFont(qapp.font())
    install_ui_font(qapp)
    font = qapp.font()
    assert UI_FAMILY in QFontDatabase.families()
    assert QFontInfo(font).family() == UI_FAMILY
    assert font.pointSizeF() == system.pointSizeF()
    assert font.pixelSize() == system.pixelSize()
    # A larger system size stays larger: only the family is replaced.
    qapp.setFont(QFont(system.family(), 15))
    install_ui_font(qapp)
    assert qapp.font().pointSizeF() == 15
    assert QFontInfo(qapp.font()).family() == UI_FAMILY


@pytest.mark.usefixtures("restore_look")
def test_a_new_system_text_size_is_followed_at_once(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_ui_font(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    clock = FakeClock(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    profile = Profile(tmp_path, secret_store(tmp_path))
    window = MainWindow(WindowContext(profile, clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    window.show()
    before = qapp.font().pointSizeF()
    # The juror enlarges the system's text. Nothing here can change the platform's font,
    # so its answer is replaced; the ThemeChange is what the platform sends every window.
    enlarged = QFont(theme_font.system_font())
    enlarged.setPointSizeF(before * 1.5)
    monkeypatch.setattr(theme_font, "system_font", lambda: QFont(enlarged))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.ThemeChange))
    assert qapp.font().pointSizeF() == before * 1.5
    assert QFontInfo(qapp.font()).family() == UI_FAMILY
    qapp.processEvents()  # the change reaches the widgets as events
    assert QFontInfo(window.menuBar().font()).pointSizeF() == pytest.approx(before * 1.5)


# ------------------------------------------------------------------- the icons


def _opaque_colours(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon_.pixmap(QSize(32, 32), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.usefixtures("restore_look")
@pytest.mark.parametrize("name", list(IconName))
def test_every_icon_draws_in_the_theme_text_colour(qapp: QApplication, name: IconName) -> None:
    apply_colours(qapp, LIGHT)
    assert _opaque_colours(icon(name)) == {LIGHT.text}
    apply_colours(qapp, DARK)
    assert _opaque_colours(icon(name)) == {DARK.text}
    assert _opaque_colours(icon(name), QIcon.Mode.Disabled) == {DARK.text_disabled}


@pytest.mark.usefixtures("restore_look")
def test_status_marks_draw_in_their_status_colour(qapp: QApplication) -> None:
    saved, error = icon(IconName.SAVED, Tone.SUCCESS), icon(IconName.ERROR, Tone.ERROR)
    assert _opaque_colours(saved) == {LIGHT.success}
    assert _opaque_colours(error) == {LIGHT.error}
    apply_colours(qapp, DARK)  # the same icon objects follow the theme
    assert _opaque_colours(saved) == {DARK.success}
    assert _opaque_colours(icon(IconName.CONFLICT, Tone.WARNING)) == {DARK.warning}


@pytest.mark.usefixtures("restore_look")
def test_a_declared_conflict_is_marked_by_an_icon_beside_the_words(qapp: QApplication) -> None:
    apply_colours(qapp, LIGHT)

    def summary(candidate_id: str, conflict: bool) -> CandidateSummary:
        return CandidateSummary(
            candidate_id,
            "Zoë",
            "Rando",
            "Incubateur",
            "Accélération",
            "Intrapreneuse",
            datetime(2026, 11, 30, 8, tzinfo=UTC),
            60,
            CandidateStatus.TO_PREPARE,
            conflict,
            date(2027, 1, 30),
        )

    model = CandidateTableModel()
    model.set_candidates([summary("a", True), summary("b", False)], date(2026, 11, 30))
    decoration = Qt.ItemDataRole.DecorationRole
    mark = model.data(model.index(0, CandidateTableModel.STATUS), decoration)
    assert isinstance(mark, QIcon)
    assert _opaque_colours(mark) == {LIGHT.warning}
    assert _opaque_colours(mark, QIcon.Mode.Selected) == {LIGHT.on_accent}  # on the highlight
    assert model.data(model.index(0, CandidateTableModel.STATUS)) == "à préparer\nconflit"
    assert model.data(model.index(1, CandidateTableModel.STATUS), decoration) is None
    assert model.data(model.index(0, CandidateTableModel.CANDIDATE), decoration) is None


def _ring_depth(image: QImage, colour: QColor) -> int:
    """How many pixels deep, from the left edge at mid-height, the ring's colour goes."""
    middle = image.height() // 2
    depth = 0
    for x in range(image.width() // 2):
        if _close(image.pixelColor(x, middle), colour):
            depth += 1
        elif depth:
            break
    return depth


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 40


def _two_buttons(qtbot: QtBot) -> tuple[QDialog, QPushButton, QPushButton]:
    """Two buttons in a shown dialog, the first one focused from the keyboard."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QPushButton("&Annuler", dialog), QPushButton("&Signer", dialog)
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.show()
    qtbot.waitExposed(dialog)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    return dialog, first, second


@pytest.mark.usefixtures("restore_look")
def test_the_window_s_first_frame_comes_before_the_ring_which_follows_it(
    qapp: QApplication, qtbot: QtBot, settings: QSettings
) -> None:
    qapp.setStyle("fusion")  # as the window's application is made (app.py)
    controller = ThemeController(qapp, settings, focus_ring_later=True)
    try:
        accent = QColor(active_colours().accent)
        _dialog, first, _second = _two_buttons(qtbot)
        assert _ring_depth(first.grab().toImage(), accent) <= 1  # Fusion's faint line
        assert qapp.palette().color(Role.Window) == QColor(active_colours().window)
        controller.add_focus_ring()  # what run_window does once the frame is drawn
        assert _ring_depth(first.grab().toImage(), accent) >= 3
        assert qapp.palette().color(Role.Window) == QColor(active_colours().window)
    finally:
        _delete(controller)


@pytest.mark.usefixtures("restore_look")
@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_a_focused_button_has_a_thick_ring_in_the_accent_colour(
    qapp: QApplication, qtbot: QtBot, colours: Colours
) -> None:
    apply_colours(qapp, colours)
    accent = QColor(colours.accent)
    _dialog, first, second = _two_buttons(qtbot)
    focused, unfocused = first.grab().toImage(), second.grab().toImage()
    assert _ring_depth(focused, accent) >= 3  # WCAG 2.4.11: thick, and in the accent colour
    assert _ring_depth(unfocused, accent) == 0  # only the focused one
    # The contrast of the ring with the window reaches 3:1 (WCAG 1.4.11).
    assert contrast_ratio(colours.accent, colours.window) >= 3


def _header_section(qtbot: QtBot, title: str) -> QImage:
    """The header section of a one-column table titled `title`, its row selected (Qt then
    draws the titles in bold), as the window's tables are."""
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels([title])
    model.setItem(0, 0, QStandardItem("05/02/27"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.selectRow(0)
    table.resize(300, 120)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    image = header.grab().toImage()
    return image.copy(0, 0, header.sectionSize(0), image.height())


@pytest.mark.usefixtures("restore_look")
def test_a_table_title_shows_the_accent_of_its_capital(qapp: QApplication, qtbot: QtBot) -> None:
    apply_colours(qapp, LIGHT)
    # Were the header cut at the capitals' height, both would be drawn alike.
    assert _header_section(qtbot, "Échéance") != _header_section(qtbot, "Echéance")
