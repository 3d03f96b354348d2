"""The window's colours: a DSFR theme set on the application's palette, following the system.

The theme is application-wide, like the QPalette it sets: `active_colours()`
is the one in force. Most widgets only use palette roles and follow a change
by themselves; the few that need a colour the palette has no role for (the
clock's warning orange, the signed banner's blue…) build a small style sheet
from the theme with `set_themed_style`, which builds it again on every change.
One small application style sheet frames the text fields (see
`application_style_sheet`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.preferences import Theme
from jury_desk.ui.theme.colours import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    Colours,
)

StyleBuilder = Callable[[Colours], str]
_STYLER_NAME = "themed_style"


def choose_colours(
    preference: Theme, scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference
) -> Colours:
    """The theme for the juror's preference and what the system asks for.

    "system" follows the system's colour scheme, and its high contrast setting
    where Qt reports one; "high-contrast" is light or dark as the system is.
    """
    dark = scheme == Qt.ColorScheme.Dark
    if preference is Theme.LIGHT:
        return LIGHT
    if preference is Theme.DARK:
        return DARK
    if preference is Theme.HIGH_CONTRAST or contrast == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def palette_for(colours: Colours) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    for name, value in (
        (role.Window, colours.window),
        (role.WindowText, colours.text),
        (role.Base, colours.base),
        (role.AlternateBase, colours.base_alt),
        (role.Text, colours.text),
        (role.Button, colours.base_alt),
        (role.ButtonText, colours.text),
        (role.BrightText, colours.on_accent),
        (role.Highlight, colours.accent),
        (role.HighlightedText, colours.on_accent),
        (role.Accent, colours.accent),
        (role.Link, colours.accent),
        (role.LinkVisited, colours.accent),
        (role.PlaceholderText, colours.text_mention),
        (role.ToolTipBase, colours.base),
        (role.ToolTipText, colours.text),
        # The bevels and lines Fusion draws; Dark is also the backdrop behind PDF pages.
        (role.Light, colours.border if colours.dark else colours.base),
        (role.Midlight, colours.border),
        (role.Mid, colours.border_strong),
        (role.Dark, colours.text_mention),
        (role.Shadow, "#000000" if colours.dark else colours.text),
    ):
        palette.setColor(name, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, name, QColor(colours.text_disabled))
    return palette


class _ThemeState(QObject):
    """The colours in force; `changed` is emitted after a new theme is applied.

    `preference_changed` asks the theme controllers to read the preference again.
    """

    changed = Signal()
    preference_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.colours = LIGHT


@cache
def _state() -> _ThemeState:
    return _ThemeState()


def active_colours() -> Colours:
    """The theme in force (light until `apply_colours` is called)."""
    return _state().colours


def theme_changes() -> _ThemeState:
    """Its `changed` signal tells widgets that draw with theme colours to draw again."""
    return _state()


@Slot()
def preferences_changed() -> None:
    """The juror saved new preferences: apply the theme they chose."""
    _state().preference_changed.emit()


def application_style_sheet(colours: Colours) -> str:
    """The one thing the palette cannot do: frames around fields and lists that are seen.

    Fusion draws a field's frame a shade darker than the window: faint on the
    dark theme, invisible on black. A frame in the mention grey reaches 3:1
    (WCAG 1.4.11); the focused field gets a thicker one in the accent blue.
    """
    fields = "QPlainTextEdit, QTextEdit, QLineEdit, QAbstractItemView"
    focused = ", ".join(f"{kind.strip()}:focus" for kind in fields.split(","))
    return (
        f"{fields} {{ border: 1px solid {colours.text_mention}; padding: 1px; }}\n"
        f"{focused} {{ border: 2px solid {colours.accent}; padding: 0px; }}\n"
        # The line edits inside spin and combo boxes are framed by their box already.
        "QAbstractSpinBox QLineEdit, QComboBox QLineEdit { border: none; padding: 0px; }\n"
        # Qt sizes a table's header to the font's height and draws its titles in bold,
        # centred within margins: the accent of a capital (« État », « Échéance ») was cut.
        "QHeaderView { min-height: 1.45em; }\n"
    )


def apply_colours(app: QApplication, colours: Colours, *, focus_ring: bool = True) -> None:
    """Set `colours` on the whole application: palette, then the themed style sheets.

    `focus_ring=False` (the window's first frame) keeps the application's style
    (Fusion, app.py) until `install_focus_ring`, which follows the frame."""
    if focus_ring:
        install_focus_ring(app)
    state = _state()
    state.colours = colours
    app.setPalette(palette_for(colours))
    app.setStyleSheet(application_style_sheet(colours))
    state.changed.emit()


def install_focus_ring(app: QApplication) -> None:
    """Fusion with a focus ring that is seen (focus_ring.py).

    Imported here, not with this module: the style's Qt enums, and each drawing's
    call into Python, which makes PySide6 create the Python types of every widget
    and style option class (some 120 enums, 30 ms), come after the first frame."""
    from jury_desk.ui.theme.focus_ring import FocusRingStyle

    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle())


class _ThemedStyle(QObject):
    """Keeps one widget's style sheet built from the theme in force."""

    def __init__(self, widget: QWidget, build: StyleBuilder) -> None:
        super().__init__(widget)
        self.setObjectName(_STYLER_NAME)
        self._widget = widget
        self.build = build
        _state().changed.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        sheet = self.build(active_colours())
        if self._widget.styleSheet() != sheet:  # a new style sheet costs a re-polish
            self._widget.setStyleSheet(sheet)


def set_themed_style(widget: QWidget, build: StyleBuilder) -> None:
    """Give `widget` the style sheet `build(colours)`, now and after every change of theme.

    Call it again to change what the sheet says (a new state of the widget).
    """
    for child in widget.findChildren(
        QObject, _STYLER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if isinstance(child, _ThemedStyle):
            child.build = build
            child.apply()
            return
    _ThemedStyle(widget, build).apply()


class ThemeController(QObject):
    """Applies the juror's preferred theme and follows the system while it is "system".

    With `focus_ring_later`, the style's focus ring waits for `add_focus_ring()`.
    Listens to the system's colour scheme and contrast preference; call
    `refresh()` after the preference changed.
    """

    def __init__(
        self, app: QApplication, settings: QSettings, *, focus_ring_later: bool = False
    ) -> None:
        super().__init__(app)
        self.setObjectName("theme_controller")
        self._app = app
        self._settings = settings
        self._focus_ring = not focus_ring_later
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        self._contrast = hints.accessibility().contrastPreference()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)
        _state().preference_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> Colours:
        colours = choose_colours(preferences.theme(self._settings), self._scheme, self._contrast)
        if colours != active_colours() or self._app.palette() != palette_for(colours):
            apply_colours(self._app, colours, focus_ring=self._focus_ring)
        return colours

    @Slot()
    def add_focus_ring(self) -> None:
        """The focus ring of a controller made with `focus_ring_later`, once the frame is drawn."""
        self._focus_ring = True
        install_focus_ring(self._app)

    @Slot(Qt.ColorScheme)
    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        self.refresh()

    @Slot(Qt.ContrastPreference)
    def _contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        self._contrast = contrast
        self.refresh()
