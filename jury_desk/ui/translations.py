"""The window's language: the French source strings, or English from jury_desk_en.qm.

French needs no translation of ours, only Qt's own French strings (standard
buttons, dialogs). English needs ours and none of Qt's, whose strings are
English already. scripts/update-translations.sh makes the .qm file.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import pathlib
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jury_desk.ui import preferences
from jury_desk.ui.preferences import Language

log = logging.getLogger(__name__)

ENGLISH_QM = "jury_desk_en.qm"
# Keeps a file extracted from a zipped install alive until the process ends.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def chosen_language(requested: str | None, settings: QSettings) -> Language:
    """`--lang` when given (stored nowhere), else the juror's preference, else French."""
    if requested:
        return Language(requested)
    return preferences.language(settings)


def english_qm_path() -> pathlib.Path:
    resource = resources.files("jury_desk.resources") / "translations" / ENGLISH_QM
    if isinstance(resource, pathlib.Path):
        return resource
    return _extracted.enter_context(resources.as_file(resource))


def english_translator(parent: QCoreApplication) -> QTranslator | None:
    """Our strings in English; None (and a warning) if the file is missing or damaged."""
    translator = QTranslator(parent)
    path = english_qm_path()
    if not translator.load(str(path)):
        log.warning("English translation not loaded from %s: the window stays in French", path)
        return None
    return translator


def install_translations(app: QCoreApplication, language: Language) -> None:
    if language is Language.ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        translator = english_translator(app)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(QLocale(), "qtbase", "_", folder):
            translator = None  # Qt's standard buttons stay in English: still usable
    if translator is not None:
        app.installTranslator(translator)
