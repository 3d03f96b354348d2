"""Intake into the registry: a spreadsheet and a ZIP previewed, problems said at intake,
the import, a second import finding the applications already there, the mapping kept."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from jury_desk.intake.fields import CandidateField
from jury_desk.intake.mapping import ColumnMapping, guess_mapping
from jury_desk.intake.spreadsheet import read_table
from jury_desk.models.enums import ApplicationStatus, DocumentKind
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.intake_import import (
    import_intake,
    preview_intake,
    remember_mapping,
    remembered_mapping,
)
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.helpers.intake_files import write_applications_xlsx, write_dossiers_zip


def _spreadsheet(tmp_path: Path) -> Path:
    path = write_applications_xlsx(tmp_path / "candidatures.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["E3"] = "X"  # a sex the CDC's schema cannot express
    sheet["D4"] = "le 3 mai"  # a birth date no one can read
    book.save(path)
    return path


def test_a_spreadsheet_and_its_dossiers_enter_the_registry(
    registry: Registry, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    table = read_table(_spreadsheet(tmp_path))
    mapping = guess_mapping(table.headers)
    dossiers = write_dossiers_zip(tmp_path / "dossiers.zip")
    preview = preview_intake(registry, SESSION_ID, table, mapping, dossiers)
    assert len(preview.candidates) == 8 and preview.unmatched_files == ()
    by_line = {c.line: c for c in preview.candidates}
    assert "cannot be declared with this schema" in " ".join(map(str, by_line[3].problems))
    assert "the birth date le 3 mai cannot be read" in str(by_line[4].problems[0])
    assert not by_line[2].problems
    kinds = {d.kind for d in by_line[2].documents}
    assert kinds == {
        DocumentKind.USER_INTERVIEWS,
        DocumentKind.MOCKUPS,
        DocumentKind.INVESTMENT_TABLE,
        DocumentKind.DECK,
    }

    added = import_intake(registry, SESSION_ID, preview)
    assert len(added) == 8
    candidates = session_candidates(registry, SESSION_ID)
    assert {c.status for c in candidates} == {ApplicationStatus.ELIGIBLE}
    chevalier = next(c for c in candidates if c.birth_name == "Chevalier")
    assert (chevalier.first_names, chevalier.reference) == ("Louis, Marie", "10003")

    again = preview_intake(registry, SESSION_ID, table, mapping, dossiers)
    assert all(c.already_there for c in again.candidates)
    assert import_intake(registry, SESSION_ID, again) == ()


def test_the_mapping_chosen_is_remembered(registry: Registry) -> None:
    assert remembered_mapping(registry) is None
    mapping = ColumnMapping(
        {CandidateField.BIRTH_NAME: "NOM", CandidateField.FIRST_NAMES: "Prénom usuel"}
    )
    remember_mapping(registry, mapping)
    remember_mapping(registry, mapping)  # saved again: the same row, a new version
    assert remembered_mapping(registry) == mapping
