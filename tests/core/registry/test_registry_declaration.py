"""The declaration's whole life in the registry: written, sent, answered, written again
exactly for what the CDC rejected once corrected, never for what it accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from jury_desk.declaration.schema import FLOW_NAMESPACE, load_schema
from jury_desk.models.enums import Outcome
from jury_desk.registry.candidates import draft_of, edit_candidate
from jury_desk.registry.declaration_export import (
    HoldersLeftOut,
    UnsentFlowPending,
    export_declaration,
    technical_id,
)
from jury_desk.registry.declaration_lines import NextStep, declaration_lines
from jury_desk.registry.declaration_settings import DeclarationSettings, save_declaration_settings
from jury_desk.registry.declaration_tracking import import_report, mark_sent
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import Candidate
from jury_desk.registry.store import Registry
from tests.core.registry.builders import SESSION_ID
from tests.core.registry.declaration_builders import (
    SCHEMA,
    configure,
    decide,
    session_with_holders,
)

NS = {"cpf": FLOW_NAMESPACE}


def _ids(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    assert load_schema(SCHEMA).xml_schema.validate(root.getroottree())
    return [element.text or "" for element in root.iterfind(".//cpf:idTechnique", NS)]


def _report(tmp_path: Path, flow_id: str, accepted=(), rejected=(), name="rapport.xml") -> Path:
    ok = "".join(f"<idTechnique>{passage}</idTechnique>" for passage in accepted)
    ko = "".join(
        f"<passage><idTechnique>{passage}</idTechnique><messageErreur>{message}"
        "</messageErreur></passage>"
        for passage, message in rejected
    )
    path = tmp_path / name
    path.write_text(
        '<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema"><nomFichier>f.xml</nomFichier>'
        f"<idFlux>{flow_id}</idFlux><idTraitement>T-{name}</idTraitement>"
        f"<PassagesKO>{ko}</PassagesKO><PassagesOK>{ok}</PassagesOK></rapport>",
        "utf-8",
    )
    return path


def _steps(registry: Registry) -> dict[str, NextStep | None]:
    with registry.read() as session:
        return {line.candidate_id: line.step for line in declaration_lines(session, SESSION_ID)}


def _tid(candidate_id: str) -> str:
    return technical_id("RS6247", SESSION_ID, candidate_id)


def test_incomplete_settings_are_named_before_anything_is_written(
    registry: Registry, tmp_path: Path
) -> None:
    session_with_holders(registry, ("Lefèvre", "F"))
    with pytest.raises(RegistryError, match="client id must have 8 characters"):
        export_declaration(registry, SESSION_ID, tmp_path / "flux.xml")
    save_declaration_settings(registry, DeclarationSettings(client_id="ABCD1234", contract_id="C1"))
    with pytest.raises(RegistryError, match="XML Schema of the CDC's kit"):
        export_declaration(registry, SESSION_ID, tmp_path / "flux.xml")
    assert not (tmp_path / "flux.xml").exists()


def test_a_declaration_from_export_to_the_corrected_rejections(
    registry: Registry, tmp_path: Path
) -> None:
    first, second, third, other = session_with_holders(
        registry, ("Lefèvre", "F"), ("Durand", "M"), ("Martin", "F"), ("Petit", "X")
    )
    configure(registry)
    # A holder the schema cannot take is listed; the file waits for the organiser's word.
    with pytest.raises(HoldersLeftOut, match="only as M or F") as listed:
        export_declaration(registry, SESSION_ID, tmp_path / "flux-1.xml")
    assert [name for name, _ in listed.value.excluded] == [registry_name(registry, other)]
    assert not (tmp_path / "flux-1.xml").exists()
    written = export_declaration(
        registry, SESSION_ID, tmp_path / "flux-1.xml", leave_out_listed=True
    )
    assert sorted(_ids(written.path)) == sorted(_tid(c) for c in (first, second, third))
    # Written, not sent: a second file waits until the organiser says what became of it.
    with pytest.raises(UnsentFlowPending, match="never marked sent"):
        export_declaration(registry, SESSION_ID, tmp_path / "flux-2.xml", leave_out_listed=True)
    assert mark_sent(registry, written.flow_id) == 3
    assert _steps(registry)[first] is NextStep.AWAIT_REPORT
    # The CDC accepts two, rejects one.
    report = _report(
        tmp_path,
        written.flow_id,
        accepted=(_tid(first), _tid(third)),
        rejected=((_tid(second), "Aucun titulaire ne correspond aux critères obligatoires"),),
    )
    imported = import_report(registry, report)
    assert (imported.accepted, imported.rejected, imported.not_mentioned) == (2, 1, 0)
    steps = _steps(registry)
    assert steps[first] is steps[third] is NextStep.DECLARED
    assert steps[second] is NextStep.AWAIT_CORRECTION
    assert import_report(registry, report).already_there
    # Nothing changed: the rejected passage would be rejected again; only the holder the
    # schema cannot take is left, and said.
    with pytest.raises(RegistryError, match="can be declared as they stand: Éloïse Petit: "):
        export_declaration(registry, SESSION_ID, tmp_path / "flux-2.xml", leave_out_listed=True)
    # Corrected: the next file holds exactly the rejected passage, under the same id.
    _correct(registry, second)
    again = export_declaration(registry, SESSION_ID, tmp_path / "flux-2.xml", leave_out_listed=True)
    assert _ids(again.path) == [_tid(second)]
    with registry.read() as session:
        line = next(
            line for line in declaration_lines(session, SESSION_ID) if line.candidate_id == second
        )
    assert line.message == "" and line.status == "generated"


def test_a_decision_corrected_after_acceptance_is_declared_again_with_the_same_id(
    registry: Registry, tmp_path: Path
) -> None:
    (holder,) = session_with_holders(registry, ("Lefèvre", "F"))
    configure(registry)
    written = export_declaration(registry, SESSION_ID, tmp_path / "flux-1.xml")
    import_report(registry, _report(tmp_path, written.flow_id, accepted=(_tid(holder),)))
    assert _steps(registry)[holder] is NextStep.DECLARED
    decide(registry, holder)  # the jury deliberated again: still certified, new decision
    assert _steps(registry)[holder] is NextStep.DECLARE
    again = export_declaration(registry, SESSION_ID, tmp_path / "flux-2.xml")
    assert _ids(again.path) == [_tid(holder)]
    # Corrected again, to not certified: the CDC holds a certification that no longer
    # stands, which the schema cannot withdraw; the organiser is told to.
    decide(registry, holder, Outcome.NOT_CERTIFIED)
    assert _steps(registry)[holder] is NextStep.WITHDRAW


def test_reports_of_another_flow_or_naming_unknown_passages_are_refused(
    registry: Registry, tmp_path: Path
) -> None:
    (holder,) = session_with_holders(registry, ("Lefèvre", "F"))
    configure(registry)
    written = export_declaration(registry, SESSION_ID, tmp_path / "flux-1.xml")
    with pytest.raises(RegistryError, match="report of another flow"):
        import_report(registry, _report(tmp_path, "RS6247-OTHER", accepted=(_tid(holder),)))
    with pytest.raises(RegistryError, match="does not hold: nothing was imported"):
        import_report(
            registry, _report(tmp_path, written.flow_id, accepted=(_tid(holder), "RS6247-x"))
        )
    assert _steps(registry)[holder] is NextStep.DECLARE  # still only written


def test_an_unsent_file_can_be_replaced_its_holders_written_again(
    registry: Registry, tmp_path: Path
) -> None:
    (holder,) = session_with_holders(registry, ("Lefèvre", "F"))
    configure(registry)
    first = export_declaration(registry, SESSION_ID, tmp_path / "flux-1.xml")
    second = export_declaration(registry, SESSION_ID, tmp_path / "flux-2.xml", replace_unsent=True)
    assert _ids(second.path) == [_tid(holder)]
    with pytest.raises(RegistryError, match="replaced by a newer file"):
        mark_sent(registry, first.flow_id)


def test_the_days_left_to_declare(registry: Registry) -> None:
    session_with_holders(registry, ("Lefèvre", "F"))
    with registry.read() as session:
        (line,) = declaration_lines(session, SESSION_ID)
    assert line.decided_on == date(2027, 6, 30)
    assert line.due_on == date(2027, 9, 30)
    assert line.days_left(date(2027, 9, 1)) == 29
    assert line.days_left(date(2027, 10, 3)) == -3


def registry_name(registry: Registry, candidate_id: str) -> str:
    with registry.read() as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        return candidate.display_name


def _correct(registry: Registry, candidate_id: str) -> None:
    with registry.read() as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        draft, version = draft_of(candidate), candidate.version
    edit_candidate(registry, candidate_id, replace(draft, birth_year=1987), version)
