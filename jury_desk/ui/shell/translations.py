"""The window's language: French (the default) or English.

The window is written in French and the core's messages in English
(jury_desk/kernel/messages.py). French needs Qt's own French strings (standard
buttons, dialogs) and the core's messages in French (jury_desk_messages_fr.qm);
English needs the window in English (jury_desk_en.qm) and none of Qt's, whose
strings are English already. scripts/update-translations.sh makes the .qm files.
"""

from __future__ import annotations

import logging
import pathlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jury_desk.resources import shipped_file
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.preferences import Language

log = logging.getLogger(__name__)

ENGLISH_QM = "jury_desk_en.qm"
FRENCH_MESSAGES_QM = "jury_desk_messages_fr.qm"


def chosen_language(requested: str | None, settings: QSettings) -> Language:
    """`--lang` when given (stored nowhere), else the juror's preference, else French."""
    if requested:
        return Language(requested)
    return preferences.language(settings)


def qm_path(name: str) -> pathlib.Path:
    return shipped_file("translations", name)


def our_translator(parent: QCoreApplication, name: str) -> QTranslator | None:
    """One of our catalogues; None (and a warning) if the file is missing or damaged."""
    translator = QTranslator(parent)
    path = qm_path(name)
    if not translator.load(str(path)):
        log.warning("Translation not loaded from %s: its strings stay untranslated", path)
        return None
    return translator


def english_translator(parent: QCoreApplication) -> QTranslator | None:
    return our_translator(parent, ENGLISH_QM)


def qt_french_translator(parent: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(), "qtbase", "_", folder):
        return None  # Qt's standard buttons stay in English: still usable
    return translator


def install_translations(app: QCoreApplication, language: Language) -> None:
    if language is Language.ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        translators = [english_translator(app)]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        translators = [qt_french_translator(app), our_translator(app, FRENCH_MESSAGES_QM)]
    for translator in translators:
        if translator is not None:
            app.installTranslator(translator)
