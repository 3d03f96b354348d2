"""Attachments from a folder or a ZIP, in both layouts; and the kind a file's name says."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from jury_desk.intake.attachments import Attachments, read_attachments
from jury_desk.intake.document_kinds import guess_kind
from jury_desk.models.enums import DocumentKind
from tests.core.intake.builders import Member, refusal, zip_bytes

KEYS = ("Zoé Martin-Leroy", "Martin", "Léo Dupont")


def _names(found: Attachments) -> dict[str, list[str]]:
    return {key: sorted(a.name for a in files) for key, files in found.by_key.items()}


def test_one_folder_per_candidate_in_a_folder(tmp_path: Path) -> None:
    root = tmp_path / "pieces"
    for folder, file in [
        ("zoe_martin_leroy", "Entretiens.pdf"),
        ("zoe_martin_leroy", "maquettes/écran 1.png"),
        ("MARTIN", "pitch.pdf"),
        ("Inconnu", "x.pdf"),
    ]:
        path = root / folder / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"data of " + file.encode())
    (root / "MARTIN" / ".DS_Store").write_bytes(b"junk")
    (root / "lisez-moi.txt").write_bytes(b"a loose file")
    found = read_attachments(root, KEYS)
    assert _names(found) == {
        "Zoé Martin-Leroy": ["Entretiens.pdf", "maquettes/écran 1.png"],
        "Martin": ["pitch.pdf"],
    }
    assert sorted(found.unmatched) == ["Inconnu/x.pdf", "lisez-moi.txt"]
    interviews = found.by_key["Zoé Martin-Leroy"][0]
    assert interviews.data == b"data of Entretiens.pdf"
    assert interviews.kind is DocumentKind.USER_INTERVIEWS
    assert interviews.media_type == "application/pdf"


def test_flat_files_named_after_a_key_in_a_zip_wrapped_in_one_folder(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "export/Zoé Martin-Leroy - présentation.pdf")
    source = tmp_path / "export.zip"
    source.write_bytes(
        zip_bytes(
            [
                Member(decomposed),
                Member("export/martin_budget.xlsx"),
                Member("export/Martinez_cv.pdf"),  # « Martinez » is not « Martin »
                Member("__MACOSX/export/._martin_budget.xlsx"),
                Member("export/"),
            ]
        )
    )
    found = read_attachments(source, KEYS)
    assert _names(found) == {
        "Zoé Martin-Leroy": ["Zoé Martin-Leroy - présentation.pdf"],  # in NFC
        "Martin": ["martin_budget.xlsx"],
    }
    assert found.unmatched == ("Martinez_cv.pdf",)


def test_one_folder_per_candidate_in_a_zip_with_long_paths(tmp_path: Path) -> None:
    deep = "/".join(["sous-dossier"] * 20)
    source = tmp_path / "dossiers.zip"
    source.write_bytes(
        zip_bytes(
            [
                Member("dossier-12345/" + deep + "/Captures écran.png"),
                Member("dossier-678/pitch.odp"),
                Member("Thumbs.db"),
            ]
        )
    )
    found = read_attachments(source, ["12345", "678", "999"])
    assert _names(found) == {
        "12345": [deep + "/Captures écran.png"],
        "678": ["pitch.odp"],
    }
    assert found.unmatched == ()


def test_a_zip_of_a_single_candidate_folder_is_not_unwrapped(tmp_path: Path) -> None:
    source = tmp_path / "un.zip"
    source.write_bytes(zip_bytes([Member("Léo Dupont/deck.pdf")]))
    assert _names(read_attachments(source, KEYS)) == {"Léo Dupont": ["deck.pdf"]}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_folder_with_a_link_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "pieces"
    (root / "Martin").mkdir(parents=True)
    (root / "Martin" / "cv.pdf").symlink_to("/etc/passwd")
    assert "a link" in refusal(lambda: read_attachments(root, KEYS), "pieces")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_folder_with_a_named_pipe_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "pieces"
    root.mkdir()
    os.mkfifo(root / "Martin-pitch.pdf")
    message = refusal(lambda: read_attachments(root, KEYS), "pieces")
    assert "not an ordinary file" in message


def test_a_source_that_is_neither_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pieces.rar"
    path.write_bytes(b"Rar!")
    refusal(lambda: read_attachments(path, KEYS), "pieces.rar")
    refusal(lambda: read_attachments(tmp_path / "absent.zip", KEYS), "absent.zip")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Entretiens utilisateurs.pdf", DocumentKind.USER_INTERVIEWS),
        ("compte-rendu_ENTRETIENS.docx", DocumentKind.USER_INTERVIEWS),
        ("Maquettes.pdf", DocumentKind.MOCKUPS),
        ("captures d'écran.png", DocumentKind.MOCKUPS),
        ("Tableau d'investissement.xlsx", DocumentKind.INVESTMENT_TABLE),
        ("budget 2026.ods", DocumentKind.INVESTMENT_TABLE),
        ("Présentation.pptx", DocumentKind.DECK),
        ("pitch-deck.odp", DocumentKind.DECK),
        ("presentation-des-entretiens.pdf", DocumentKind.USER_INTERVIEWS),
        ("attestation.pdf", DocumentKind.OTHER),
        ("pitch.exe", None),
        ("maquettes.sketch", None),
    ],
)
def test_the_kind_of_a_file_by_its_name(name: str, kind: DocumentKind | None) -> None:
    assert guess_kind(name) is kind
