"""What the window has loaded once its session is usable (issue #17): nothing it does not draw.

The real `jury-desk window --screenshot` in a new process, on a session the chair
has opened; the probe notes `sys.modules` at the first usable frame (the
milestone bench/startup.py times). SQLAlchemy, signing, PDF writing, the migrations and the
keyring load later, in the flows that use them: each costs memory and time a
juror waiting for the grid does not need. The dossier's first document, read on the
GUI thread just after that frame, is read in plain SQL too: looking loads no
SQLAlchemy (the first edit does, on the writer thread).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from jury_desk.kernel.paths import HOME_ENV
from tests.bundle_factory import SECRETS_PASSPHRASE, Setting, make_setting
from tests.factories import FakeClock

# SQLAlchemy too: the session's first usable frame is read in plain SQL (juror/reading).
# cryptography's primitives too: the key file is opened whole in the scrypt helper
# (age_passphrase.py); the package's top, a few small modules, comes with the
# warnings' filters (kernel/third_party_warnings.py).
# hashlib (and hmac, secrets) too: Python's OpenSSL, 3 MiB, first needed for a document's
# SHA-256; importlib.resources too (tempfile, shutil...): shipped files are found on disk.
NOT_AT_FIRST_USE = (
    "hashlib",
    "_hashlib",
    "hmac",
    "secrets",
    "importlib.resources",
    "filelock",
    # Qt's PDF view: with the first PDF shown, just after the usable frame.
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "alembic",
    "sqlalchemy",
    "cryptography.hazmat",
    "pikepdf",
    "pyhanko",
    "reportlab",
    "PIL",
    "lxml",
    "keyring",
)

# The entry point, with the startup log's milestones noting the modules loaded then.
PROBE = """
import json, sys
from jury_desk.ui.shell import first_frame
note = first_frame.note_milestone
def noted(name):
    note(name)
    if name in ("first-frame", "usable"):
        print(name, json.dumps(sorted(sys.modules)), file=sys.stderr)
first_frame.note_milestone = noted
from jury_desk.ui.dossier.view import DossierView
from jury_desk.ui.shell.session_page import SessionPage
release = DossierView.release_documents
def released(self):
    release(self)
    if self.property("probed"):
        return
    self.setProperty("probed", True)
    shown = self.current_page() is not None
    print("document-shown", json.dumps([shown, sorted(sys.modules)]), file=sys.stderr)
    # Then every candidate chosen in turn, and each of its documents shown.
    page = self.parent()
    while not isinstance(page, SessionPage):
        page = page.parent()
    candidates = documents = 0
    for row in range(page.model.rowCount()):
        page.candidates.selectRow(row)
        candidates += 1
        for index in range(self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            documents += self.current_page() is not None
    seen = [candidates, documents, sorted(sys.modules)]
    print("looked-at-all", json.dumps(seen), file=sys.stderr)
DossierView.release_documents = released
from jury_desk.cli.entry import main
sys.argv = ["jury-desk", *sys.argv[1:]]
sys.exit(main())
"""


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path_factory.mktemp("startup_modules"), clock.now())
    setting.chair.open(setting.build("session.jdbundle", clock), clock)
    return setting


@pytest.fixture(scope="module")
def noted(setting: Setting, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """What the probe printed at each noted moment of one start, by name."""
    tmp_path = tmp_path_factory.mktemp("probe")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "JURY_DESK_STARTUP_LOG": str(tmp_path / "startup.log"),
    }
    env.pop(HOME_ENV, None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            "--home",
            str(setting.chair.home),
            "--secrets-passphrase-file",
            str(passphrase),
            "--screenshot",
            str(tmp_path / "window.png"),
            "window",
            "--session",
            setting.spec.id,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = dict(
        line.split(" ", 1)
        for line in result.stderr.splitlines()
        if line.startswith(("first-frame [", "usable [", "document-shown [", "looked-at-all ["))
    )
    assert "usable" in found, "the session was never usable: " + result.stderr
    return found


def _loaded(modules: set[str], tops: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in modules if any(name == top or name.startswith(f"{top}.") for top in tops)
    )


def test_the_usable_window_has_not_loaded_the_orm_signing_pdf_writing_or_migrations(
    noted: dict[str, str],
) -> None:
    modules = set(json.loads(noted["usable"]))
    # The focus ring's style (a Python style: each drawing calls Python, which makes
    # PySide6 create the types of every widget class) comes just after the first frame.
    assert "jury_desk.ui.theme.focus_ring" not in json.loads(noted["first-frame"])
    assert "jury_desk.ui.theme.focus_ring" in modules
    assert "jury_desk.juror.desk" in modules  # the probe saw the session open
    assert _loaded(modules, NOT_AT_FIRST_USE) == []


def test_the_dossier_s_first_document_is_shown_without_sqlalchemy(
    noted: dict[str, str],
) -> None:
    assert "document-shown" in noted, "the dossier's document was never released"
    shown, modules = json.loads(noted["document-shown"])
    assert shown  # its page is made: the document was read
    assert "jury_desk.juror.reading.documents" in modules
    assert _loaded(set(modules), ("sqlalchemy",)) == []


def test_choosing_each_candidate_and_reading_each_document_loads_no_sqlalchemy(
    setting: Setting, noted: dict[str, str]
) -> None:
    # Looking only: the first edit loads SQLAlchemy, on the writer thread.
    candidates, documents, modules = json.loads(noted["looked-at-all"])
    assert candidates == len(setting.spec.candidates)
    assert documents == sum(len(c.documents) for c in setting.spec.candidates)
    assert _loaded(set(modules), ("sqlalchemy",)) == []
