"""The core's messages in French: jury_desk_messages_fr.ts, and the window showing it.

(a) pyside6-lupdate over the core (everything outside jury_desk/ui) finds every
    QT_TRANSLATE_NOOP("messages", …) template translated in the committed
    jury_desk_messages_fr.ts, nothing stale, the same fields in both languages;
    the committed .qm is its compilation (scripts/update-translations.sh).
(b) ui/error_text: a template is translated and filled in, nested errors and
    catalogue phrases too, anything else shown as it is.
(c) In the French window, refusing a damaged bundle shows the French message;
    the command line's text stays the English one.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from jury_desk.bundle.container import Unlock
from jury_desk.bundle.opening import inspect_bundle
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import CONTEXT, QT_TRANSLATE_NOOP, Phrase
from jury_desk.sheets.codec import sheet_from_json
from jury_desk.sheets.data import SheetFormatError
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.error_text import error_text, one_line
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.preferences import Language
from jury_desk.ui.shell.translations import install_translations
from tests.bundle_factory import BUNDLE_PASSPHRASE, Setting, make_setting
from tests.factories import FakeClock
from tests.helpers.ts_files import (
    TRANSLATIONS,
    core_sources,
    different_placeholders,
    lrelease,
    lupdate,
    read_ts,
)

TS = TRANSLATIONS / "jury_desk_messages_fr.ts"
QM = TRANSLATIONS / "jury_desk_messages_fr.qm"
HOW_TO_FIX = (
    "run `sh scripts/update-translations.sh`, translate in jury_desk_messages_fr.ts, run it again"
)
CLOCK = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


# ------------------------------------------------------------------ the catalogue


def test_every_core_message_has_a_finished_french_translation(tmp_path: Path) -> None:
    fresh = tmp_path / TS.name
    shutil.copyfile(TS, fresh)
    lupdate(fresh, core_sources(), "en_GB", "fr_FR")
    messages = read_ts(fresh)
    untranslated = [str(m) for m in messages if m.state == "unfinished" or not m.translation]
    stale = [str(m) for m in messages if m.state in ("vanished", "obsolete")]
    assert untranslated == [], f"messages without a French translation: {HOW_TO_FIX}"
    assert stale == [], f"translations of messages no longer in the code: {HOW_TO_FIX}"
    assert fresh.read_text("utf-8") == TS.read_text("utf-8"), HOW_TO_FIX
    assert {m.context for m in messages} == {CONTEXT}
    assert len(messages) > 200  # the whole core, not an empty file


def test_the_committed_messages_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    lrelease(TS, compiled)
    assert compiled.read_bytes() == QM.read_bytes(), HOW_TO_FIX


def test_french_messages_keep_their_fields() -> None:
    assert different_placeholders(read_ts(TS)) == []


# ------------------------------------------------------------------ error_text


@pytest.fixture
def sample_translator(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """A two-message French catalogue, compiled with lrelease like the real one."""
    ts = tmp_path / "sample.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="fr_FR" sourcelanguage="en_GB"><context>'
        f"<name>{CONTEXT}</name>"
        "<message><source>Juror {name}: {reason}</source>"
        "<translation>Juré {name} : {reason}</translation></message>"
        "<message><source>the file {path}</source>"
        "<translation>le fichier {path}</translation></message>"
        "<message><source>the signature is not valid</source>"
        "<translation>la signature n’est pas valide</translation></message>"
        "</context></TS>",
        "utf-8",
    )
    lrelease(ts, tmp_path / "sample.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "sample.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("sample_translator")
def test_error_text_translates_the_template_nested_errors_and_catalogue_phrases() -> None:
    inner = UserError(QT_TRANSLATE_NOOP("messages", "the signature is not valid"))
    outer = UserError(
        QT_TRANSLATE_NOOP("messages", "Juror {name}: {reason}"), name="Anne", reason=inner
    )
    assert str(outer) == "Juror Anne: the signature is not valid"  # the command line's
    assert error_text(outer) == "Juré Anne : la signature n’est pas valide"

    phrase = UserError("Juror {name}: {reason}", name="the signature is not valid", reason="x")
    assert error_text(phrase) == "Juré la signature n’est pas valide : x"

    where = Phrase(QT_TRANSLATE_NOOP("messages", "the file {path}"), path=Path("/data/keys.age"))
    kept = UserError("Juror {name}: {reason}", name="Anne", reason=where)
    assert str(kept) == "Juror Anne: the file /data/keys.age"  # the command line's
    assert error_text(kept) == "Juré Anne : le fichier « keys.age »"  # no folder in the window


@pytest.mark.usefixtures("sample_translator")
def test_error_text_shows_what_the_catalogue_lacks_as_it_is() -> None:
    unknown = UserError("Cannot read {path}: {reason}.", path=Path("/tmp/x"), reason="No space")
    assert error_text(unknown) == "Cannot read « x »: No space."
    assert error_text(ValueError("a bug")) == "a bug"
    braces = UserError("The field {not a field} is kept as written")  # no fields: not formatted
    assert error_text(braces) == "The field {not a field} is kept as written"
    assert one_line(UserError("two\n  lines")) == "two lines"


# ------------------------------------------------------------------ in the window


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(tmp_path_factory.mktemp("messages-fr"), CLOCK.now(), fast_secrets=True)
    bundle = setting.build("session.jdbundle", CLOCK)
    truncated = bundle.with_name("truncated.jdbundle")
    truncated.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    return setting


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp, Language.FRENCH)
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _refusal(bundle: Path) -> UserError:
    """What the core says of this bundle (`jury-desk bundle inspect` prints it)."""
    with pytest.raises(UserError) as caught:
        inspect_bundle(bundle, Unlock(passphrase=BUNDLE_PASSPHRASE), CLOCK.now(), lambda _: True)
    return caught.value


@pytest.mark.usefixtures("french")
def test_the_french_window_shows_a_refused_bundle_in_french(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    truncated_bundle = setting.root / "truncated.jdbundle"
    refusal = _refusal(truncated_bundle)
    french = QCoreApplication.translate(CONTEXT, refusal.template)
    assert french != refusal.template, f"{refusal.template!r} has no French translation"

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    profile = Profile(setting.member.home, setting.member.secrets)
    window = MainWindow(WindowContext(profile, CLOCK, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    SessionOpener(window, tmp_path / "demo").open_bundle(
        truncated_bundle, BUNDLE_PASSPHRASE, remember=False
    )
    boxes = [b for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()]
    # The window names the file the juror chose, never the folder it lies in.
    shown = {k: f"« {v.name} »" if isinstance(v, Path) else v for k, v in refusal.params.items()}
    assert [box.text() for box in boxes] == [french.format_map(shown)]
    assert str(truncated_bundle.parent) not in boxes[0].text()
    assert str(refusal) == refusal.template.format_map(refusal.params)  # the CLI: English
    assert window.workspace is None


@pytest.mark.usefixtures("french")
def test_a_refused_sheet_data_is_said_in_french_in_the_window() -> None:
    """The frame of a document's refusal is a template too, not English built by hand."""
    with pytest.raises(SheetFormatError) as caught:
        sheet_from_json(b"[" * 40 + b"]" * 40)
    assert str(caught.value) == "The scoring sheet data is refused: it nests deeper than 32 levels"
    assert error_text(caught.value) == (
        "Le contenu de la grille — refus : son imbrication dépasse 32 niveaux"
    )
