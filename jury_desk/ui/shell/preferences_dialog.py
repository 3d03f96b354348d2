"""Édition › Préférences… : language, theme, idle lock delay and the organiser's registry,
kept in QSettings.

The dialog only stores the choices (jury_desk/ui/shell/preferences.py names the
keys); the parts that use them read them. The language applies at the next
start: the window's texts are set once, when each widget is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.shell.preferences import Language, Theme

# The organiser's desk reads these (jury_desk/ui/organiser/opening.py).
ORGANISER_NAME_KEY = "organiser/name"
REGISTRY_KEY = "organiser/registry"

# Each language is named in itself, as language pickers do, so that a juror
# who cannot read the current language still finds theirs: not translated.
LANGUAGE_NAMES = {Language.FRENCH: "Français", Language.ENGLISH: "English"}


class PreferencesDialog(QDialog):
    """Edits the preferences of `settings`; saves them on OK and then emits `saved`."""

    saved = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Préférences"))

        self.language = QComboBox(self)
        self.language.setObjectName("preferences_language")
        self.language.setAccessibleName(self.tr("Langue de l’interface"))
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        language_note = QLabel(
            self.tr("La nouvelle langue s’applique au prochain démarrage de jury-desk."), self
        )
        language_note.setObjectName("preferences_language_note")
        language_note.setWordWrap(True)

        self.theme = QComboBox(self)
        self.theme.setObjectName("preferences_theme")
        self.theme.setAccessibleName(self.tr("Thème"))
        theme_names = {
            Theme.SYSTEM: self.tr("Celui du système"),
            Theme.LIGHT: self.tr("Clair"),
            Theme.DARK: self.tr("Sombre"),
            Theme.HIGH_CONTRAST: self.tr("Contraste élevé"),
        }
        for theme, name in theme_names.items():
            self.theme.addItem(name, theme.value)

        self.idle_lock = QSpinBox(self)
        self.idle_lock.setObjectName("preferences_idle_lock")
        self.idle_lock.setAccessibleName(self.tr("Verrouillage après inactivité, en minutes"))
        self.idle_lock.setRange(preferences.IDLE_LOCK_OFF, preferences.MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Jamais"))  # shown for 0
        idle_note = QLabel(
            self.tr(
                "Après ce délai sans action, la fenêtre masque les données des candidats "
                "jusqu’à ce que vous la déverrouilliez. 0 : jamais."
            ),
            self,
        )
        idle_note.setObjectName("preferences_idle_lock_note")
        idle_note.setWordWrap(True)

        self.organiser_name = QLineEdit(self)
        self.organiser_name.setObjectName("preferences_organiser_name")
        self.organiser_name.setAccessibleName(self.tr("Nom de l’organisateur"))
        self.organiser_name.setPlaceholderText(self.tr("votre nom, tel que le registre le garde"))
        self.registry = QLineEdit(self)
        self.registry.setObjectName("preferences_registry")
        self.registry.setAccessibleName(self.tr("Registre de l’organisateur"))
        self.registry.setPlaceholderText(self.tr("vide : le registre chiffré de ce poste"))
        registry_note = QLabel(
            self.tr(
                "Pour l’espace organisateur. Une équipe partage un registre sur un serveur "
                "PostgreSQL : indiquez son adresse, postgresql://serveur/base."
            ),
            self,
        )
        registry_note.setObjectName("preferences_registry_note")
        registry_note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Langue :"), self.language), self.language)
        form.addRow(language_note)
        form.addRow(self._buddy(self.tr("&Thème :"), self.theme), self.theme)
        form.addRow(self._buddy(self.tr("&Verrouiller après :"), self.idle_lock), self.idle_lock)
        form.addRow(idle_note)
        form.addRow(
            self._buddy(self.tr("&Nom de l’organisateur :"), self.organiser_name),
            self.organiser_name,
        )
        form.addRow(self._buddy(self.tr("&Registre :"), self.registry), self.registry)
        form.addRow(registry_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferences_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_stored()
        self.language.setFocus()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _show_stored(self) -> None:
        self.language.setCurrentIndex(
            self.language.findData(preferences.language(self._settings).value)
        )
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme(self._settings).value))
        self.idle_lock.setValue(preferences.idle_lock_minutes(self._settings))
        self.organiser_name.setText(str(self._settings.value(ORGANISER_NAME_KEY, "") or ""))
        self.registry.setText(str(self._settings.value(REGISTRY_KEY, "") or ""))

    @Slot()
    def accept(self) -> None:
        if not self._registry_readable():
            return
        self._settings.setValue(ORGANISER_NAME_KEY, self.organiser_name.text().strip())
        self._settings.setValue(REGISTRY_KEY, self.registry.text().strip())
        preferences.set_language(self._settings, Language(self.language.currentData()))
        preferences.set_theme(self._settings, Theme(self.theme.currentData()))
        preferences.set_idle_lock_minutes(self._settings, self.idle_lock.value())
        self._settings.sync()
        super().accept()
        self.saved.emit()

    def _registry_readable(self) -> bool:
        """An address that cannot be a registry is said now, not when the desk opens."""
        from jury_desk.kernel.errors import UserError
        from jury_desk.registry.location import parse_location

        try:
            parse_location(self.registry.text(), Path())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Préférences"), error_text(error))
            self.registry.setFocus()
            return False
        return True
