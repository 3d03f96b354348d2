"""The intake dialog: an XLSX (written by openpyxl) and a ZIP of attachments (a folder per
candidate) chosen, the column mapping guessed then corrected by hand, the preview, the
import, and the corrected mapping remembered for the next spreadsheet."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from jury_desk.intake.fields import CandidateField
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.intake_import import remembered_mapping
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.candidates_page import CandidatesPage
from jury_desk.ui.organiser.intake_dialog import IntakeDialog
from jury_desk.ui.organiser.state import OrganiserState
from tests.ui.organiser.registry_scene import SESSION_ID, add_complete, with_session

HEADERS = (
    "Nom",
    "Prénoms",
    "Date de naissance",
    "Sexe",
    "Code INSEE de naissance",
    "Courriel",
    "Startup",
    "Structure d’accueil",  # the incubator, in words no guess knows
    "Phase",
    "Lien vers le service",
    "Fiche produit",
)
PDF = b"%PDF-1.7 piece " * 30


def _row(name: str, first: str, insee: str = "75056", born: str = "1990-05-17") -> tuple[str, ...]:
    return (
        name,
        first,
        born,
        "F",
        insee,
        f"{first.lower()}@example.gouv.fr",
        "Mon Suivi",
        "Incubateur des territoires",
        "Accélération",
        "https://monsuivi.beta.gouv.fr",
        "https://beta.gouv.fr/startups/monsuivi.html",
    )


def _xlsx(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _zip(path: Path, folders: dict[str, Sequence[str]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for folder, names in folders.items():
            for name in names:
                archive.writestr(f"export/{folder}/{name}", PDF)
    return path


def _answer_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    answers = [str(p) for p in paths]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (answers.pop(0), ""))
    )


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, registry: Registry) -> CandidatesPage:
    with_session(registry)
    add_complete(registry, "Lefèvre", "Éloïse")  # already in the session
    state.set_session(SESSION_ID)
    page = CandidatesPage(state)
    qtbot.addWidget(page)
    return page


def _open_dialog(page: CandidatesPage) -> IntakeDialog:
    page.import_button.click()
    dialog = page.findChild(IntakeDialog, "intake_dialog")
    assert dialog is not None
    dialog.setObjectName("intake_dialog_seen")  # the next one is found anew
    return dialog


def _column_of(dialog: IntakeDialog, field: CandidateField) -> str:
    return str(dialog.mapping_model.index(list(CandidateField).index(field), 1).data())


def _preview(dialog: IntakeDialog, column: int) -> list[str]:
    model = dialog.preview_model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_an_xlsx_and_its_zip_are_imported_and_the_mapping_remembered(
    qtbot: QtBot,
    page: CandidatesPage,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    sheet = _xlsx(
        tmp_path / "candidatures.xlsx",
        [
            _row("Martin", "Zoé"),
            _row("Lefèvre", "Éloïse", born="1988-03-14"),
            _row("Bernard", "Hugo", insee="20100"),  # not a commune's code
        ],
    )
    attachments = _zip(
        tmp_path / "pieces.zip",
        {
            "Martin Zoé": ["Présentation.pdf", "Entretiens utilisateurs.pdf"],
            "Bernard Hugo": ["Maquettes.pdf"],
            "Personne Inconnue": ["tableau-investissement.pdf"],
        },
    )
    dialog = _open_dialog(page)
    assert not dialog.import_button.isEnabled()
    _answer_files(monkeypatch, sheet, attachments)
    qtbot.mouseClick(dialog.choose_sheet, Qt.MouseButton.LeftButton)
    assert dialog.sheet_name.text() == "candidatures.xlsx : 3 ligne(s)"
    assert _column_of(dialog, CandidateField.BIRTH_NAME) == "Nom"
    assert _column_of(dialog, CandidateField.INCUBATOR) == "(non importé)"
    # The organiser says which column holds the incubator.
    row = list(CandidateField).index(CandidateField.INCUBATOR)
    assert dialog.mapping_model.setData(
        dialog.mapping_model.index(row, 1), "Structure d’accueil", Qt.ItemDataRole.EditRole
    )
    assert not dialog.import_button.isEnabled()  # the preview is out of date
    qtbot.mouseClick(dialog.choose_zip, Qt.MouseButton.LeftButton)
    assert dialog.attachments_name.text() == "pieces.zip"
    qtmodeltester.check(dialog.mapping_model)
    qtmodeltester.check(dialog.preview_model)
    assert _preview(dialog, 1) == ["Zoé Martin", "Éloïse Lefèvre", "Hugo Bernard"]
    assert _preview(dialog, 2) == ["2", "0", "1"]
    assert _preview(dialog, 4) == ["non", "oui", "non"]
    assert _preview(dialog, 5) == ["oui", "non", "oui"]
    assert "20100" in _preview(dialog, 3)[2]
    assert "tableau-investissement.pdf" in dialog.outcome.text()
    assert str(tmp_path) not in dialog.outcome.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith("2 candidat(s) ajouté(s) à la session.")
    assert "tableau-investissement.pdf" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()
    stored = {c.birth_name: c for c in session_candidates(registry, SESSION_ID)}
    assert set(stored) == {"Lefèvre", "Martin", "Bernard"}
    assert stored["Martin"].incubator == "Incubateur des territoires"
    assert page.model.rowCount() == 3  # the page read the registry again
    remembered = remembered_mapping(registry)
    assert remembered is not None
    assert remembered.columns[CandidateField.INCUBATOR] == "Structure d’accueil"
    dialog.reject()

    # The next export of the same form: the organiser's mapping, not the guess.
    second = _xlsx(tmp_path / "candidatures-2.xlsx", [_row("Petit", "Jules")])
    dialog = _open_dialog(page)
    _answer_files(monkeypatch, second)
    qtbot.mouseClick(dialog.choose_sheet, Qt.MouseButton.LeftButton)
    assert _column_of(dialog, CandidateField.INCUBATOR) == "Structure d’accueil"
    assert _preview(dialog, 1) == ["Jules Petit"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "1 candidat(s) ajouté(s) à la session."
    assert len(session_candidates(registry, SESSION_ID)) == 4


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_words(
    qtbot: QtBot, page: CandidatesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("rien")
    dialog = _open_dialog(page)
    _answer_files(monkeypatch, notes)
    qtbot.mouseClick(dialog.choose_sheet, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QWidget, "error_box")
    assert box is not None and "notes.txt" in box.text()  # type: ignore[attr-defined]
    assert str(tmp_path) not in box.text()  # type: ignore[attr-defined]
    assert dialog.table is None and not dialog.preview_button.isEnabled()


def test_keyboard_reaches_and_names_every_control(
    qtbot: QtBot,
    page: CandidatesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    dialog = _open_dialog(page)
    _answer_files(monkeypatch, _xlsx(tmp_path / "c.xlsx", [_row("Martin", "Zoé")]))
    qtbot.mouseClick(dialog.choose_sheet, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog)
    problems = keyboard_problems(dialog)
    assert problems == [], "\n".join(problems)
    # The mapping's column is edited from the keyboard: a list of the headers.
    dialog.mapping_view.setFocus()
    dialog.mapping_view.setCurrentIndex(dialog.mapping_model.index(0, 1))
    qtbot.keyClick(dialog.mapping_view, Qt.Key.Key_F2)
    editor = dialog.mapping_view.findChild(QWidget, "column_choice")
    assert editor is not None and editor.accessibleName() == "Colonne du tableur"
