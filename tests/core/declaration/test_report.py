"""The CDC's processing report is read back; a damaged or foreign file is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_desk.declaration.errors import DeclarationError
from jury_desk.declaration.report import RejectedPassage, read_report

REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema">
  <nomFichier>RS6247-1.xml</nomFichier>
  <idFlux>RS6247-1</idFlux>
  <idTraitement>T-889</idTraitement>
  <PassagesKO>
    <passage>
      <idTechnique>RS6247-s-c2</idTechnique>
      <messageErreur>Aucun titulaire ne correspond aux critères obligatoires</messageErreur>
    </passage>
  </PassagesKO>
  <PassagesOK>
    <idTechnique>RS6247-s-c1</idTechnique>
    <idTechnique>RS6247-s-c3</idTechnique>
  </PassagesOK>
</rapport>
"""


def _file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "rapport.xml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_a_report_gives_the_accepted_and_rejected_passages(tmp_path: Path) -> None:
    report = read_report(_file(tmp_path, REPORT))
    assert (report.flow_id, report.treatment_id, report.file_name) == (
        "RS6247-1",
        "T-889",
        "RS6247-1.xml",
    )
    assert report.accepted == ("RS6247-s-c1", "RS6247-s-c3")
    assert report.rejected == (
        RejectedPassage("RS6247-s-c2", "Aucun titulaire ne correspond aux critères obligatoires"),
    )


def test_a_report_without_namespace_on_its_children_is_the_same_report(tmp_path: Path) -> None:
    text = REPORT.replace('<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema">', "<rapport>")
    assert read_report(_file(tmp_path, text)).accepted == ("RS6247-s-c1", "RS6247-s-c3")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (REPORT[: len(REPORT) // 2], "not a readable processing report"),
        (b"\x00\x01\x02binary", "not a readable processing report"),
        ("<flux xmlns='urn:cdc:cpf:pc5:schema:1.0.0'/>", "a declaration sent to the CDC"),
        ("<results/>", "not a processing report of the CDC"),
        (REPORT.replace("<idFlux>RS6247-1</idFlux>", ""), "no idFlux"),
        (
            REPORT.replace(
                "<idTechnique>RS6247-s-c3</idTechnique>", "<idTechnique>RS6247-s-c2</idTechnique>"
            ),
            "both accepted and rejected",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rapport><idFlux>&b;</idFlux></rapport>',
            "not a readable processing report",
        ),
    ],
)
def test_a_damaged_or_foreign_report_is_refused_in_one_line(
    tmp_path: Path, text: str | bytes, said: str
) -> None:
    with pytest.raises(DeclarationError, match=said) as raised:
        read_report(_file(tmp_path, text))
    assert "\n" not in str(raised.value).strip()
