"""The social security number in the registry: kept sealed to the organiser's age key only if
the settings say so, checked first, never in the journal nor in the access export, deleted
when the CDC accepted the passage and when the retention schedule deletes the person."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.crypto.age_stream import AgeDecryptError, generate_x25519
from jury_desk.intake.fields import CandidateField
from jury_desk.intake.mapping import guess_mapping
from jury_desk.intake.spreadsheet import Table, read_table
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.access_export import export_person
from jury_desk.registry.candidates import add_candidate, session_candidates, set_status
from jury_desk.registry.declaration_settings import DeclarationSettings, save_declaration_settings
from jury_desk.registry.errors import RegistryError, StaleEditError
from jury_desk.registry.intake_import import IntakeCandidate, import_intake, preview_intake
from jury_desk.registry.models import Candidate, RegistryJournalEntry
from jury_desk.registry.nir import (
    ACCEPTED_BY_THE_CDC,
    forget_nir,
    has_nir,
    nir_kept_for,
    open_nir,
    seal_nir,
    sealed_nir,
    set_nir,
)
from jury_desk.registry.retention import DueKind, delete_due, due_for_deletion
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft

NIR = "2880375056123"  # fictional: a woman born in March 1988 in Paris
KEYED = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:]} {97 - int(NIR) % 97:02d}"
IDENTITY, RECIPIENT = generate_x25519()


def _keep_nirs(registry: Registry, keep: bool = True) -> None:
    settings = DeclarationSettings(client_id="CL123456", contract_id="CT-2027", keep_nir=keep)
    save_declaration_settings(registry, settings)


def _candidate(registry: Registry) -> str:
    create_session(registry, session_draft())
    return add_candidate(registry, SESSION_ID, candidate_draft())


def _sealed(registry: Registry, candidate_id: str) -> bytes | None:
    with registry.read() as session:
        return sealed_nir(session, candidate_id)


def _journal(registry: Registry, prefix: str) -> list[RegistryJournalEntry]:
    with registry.read() as session:
        return list(
            session.scalars(
                select(RegistryJournalEntry)
                .where(RegistryJournalEntry.action.startswith(prefix))
                .order_by(RegistryJournalEntry.seq)
            )
        )


def test_sealed_to_the_recipient_and_opened_only_with_its_identity() -> None:
    sealed = seal_nir(RECIPIENT, NIR)
    assert NIR.encode() not in sealed and NIR[5:].encode() not in sealed
    assert open_nir(IDENTITY, sealed) == NIR
    other_identity, _ = generate_x25519()
    with pytest.raises(AgeDecryptError):
        open_nir(other_identity, sealed)


def test_a_number_is_kept_sealed_and_cleared(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    assert not nir_kept_for(registry, candidate_id)

    set_nir(registry, candidate_id, KEYED, RECIPIENT, None)
    sealed = _sealed(registry, candidate_id)
    assert sealed is not None and NIR.encode() not in sealed
    assert open_nir(IDENTITY, sealed) == NIR  # the 13 characters, without the key
    assert nir_kept_for(registry, candidate_id)

    set_nir(registry, candidate_id, None, RECIPIENT, None)
    assert _sealed(registry, candidate_id) is None and not nir_kept_for(registry, candidate_id)
    entries = _journal(registry, "candidate.nir")
    assert [(e.action, json.loads(e.payload)) for e in entries] == [
        ("candidate.nir", {"nir": "set"}),
        ("candidate.nir", {"nir": "cleared"}),
    ]
    assert not any(digit in e.payload for e in entries for digit in "0123456789")


def test_refused_when_not_kept_or_not_a_number(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    with pytest.raises(RegistryError, match="does not keep social security numbers"):
        set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    _keep_nirs(registry)
    with pytest.raises(RegistryError, match="key") as wrong_key:
        set_nir(registry, candidate_id, NIR + "00", RECIPIENT, None)
    assert NIR not in str(wrong_key.value)
    with pytest.raises(RegistryError, match="characters"):
        set_nir(registry, candidate_id, NIR[:-1], RECIPIENT, None)
    assert _sealed(registry, candidate_id) is None
    assert _journal(registry, "candidate.nir") == []


def test_an_edit_made_on_an_old_version_is_refused(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    with pytest.raises(StaleEditError):
        set_nir(registry, candidate_id, None, RECIPIENT, 1)
    assert nir_kept_for(registry, candidate_id)


def test_clearing_stays_possible_once_the_settings_stop_keeping_them(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    _keep_nirs(registry, keep=False)
    set_nir(registry, candidate_id, None, RECIPIENT, None)
    assert not nir_kept_for(registry, candidate_id)


def test_forgotten_once_the_cdc_accepted_the_passage(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    with registry.write() as writer:
        candidate = writer.session.get(Candidate, candidate_id)
        assert candidate is not None
        assert forget_nir(writer, candidate)
    with registry.write() as writer:
        candidate = writer.session.get(Candidate, candidate_id)
        assert candidate is not None
        assert not forget_nir(writer, candidate)  # nothing left: nothing journaled
    assert not nir_kept_for(registry, candidate_id)
    deleted = _journal(registry, "candidate.nir.deleted")
    assert [json.loads(e.payload) for e in deleted] == [{"reason": ACCEPTED_BY_THE_CDC}]


def test_the_access_export_says_one_is_kept_never_which(registry: Registry, tmp_path: Path) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    output = tmp_path / "acces.zip"
    export_person(registry, candidate_id, output)
    with zipfile.ZipFile(output) as archive:
        data = archive.read("donnees.json").decode("utf-8")
    document = json.loads(data)
    assert "chiffré" in document["candidate"]["nir"]
    assert "nir_sealed" not in document["candidate"]
    assert NIR not in data and NIR[5:] not in data


def test_retention_deletes_the_number_with_the_person(registry: Registry) -> None:
    candidate_id = _candidate(registry)
    _keep_nirs(registry)
    set_nir(registry, candidate_id, NIR, RECIPIENT, None)
    set_status(registry, candidate_id, ApplicationStatus.WITHDRAWN, "")
    due = due_for_deletion(registry, date(2028, 6, 1))
    assert [(d.candidate_id, d.kind) for d in due] == [(candidate_id, DueKind.PERSONAL_DATA)]
    delete_due(registry, due)
    assert _sealed(registry, candidate_id) is None
    with registry.read() as session:
        assert not has_nir(session, candidate_id)


def _nir_sheet(tmp_path: Path) -> Table:
    path = tmp_path / "candidatures.csv"
    path.write_text(
        "Nom de naissance,Prénoms,Année de naissance,Numéro de sécurité sociale\n"
        f"Lefèvre,Éloïse,1988,{KEYED}\n"
        "Martin,Paul,1990,1 90 13 75 056 123\n"
        "Durand,Anne,1991,\n",
        encoding="utf-8",
    )
    return read_table(path)


def _about_nir(candidate: IntakeCandidate) -> list[str]:
    return [str(p) for p in candidate.problems if "social security" in str(p)]


def test_an_intake_column_is_checked_and_sealed_only_when_kept(
    registry: Registry, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    table = _nir_sheet(tmp_path)
    mapping = guess_mapping(table.headers)
    assert mapping.columns[CandidateField.NIR] == "Numéro de sécurité sociale"

    ignored = preview_intake(registry, SESSION_ID, table, mapping)
    assert ignored.nir_ignored and not any(c.nir for c in ignored.candidates)

    _keep_nirs(registry)
    preview = preview_intake(registry, SESSION_ID, table, mapping)
    eloise, paul, anne = preview.candidates
    assert eloise.nir == NIR and _about_nir(eloise) == []
    assert paul.nir is None and "birth month" in " ".join(_about_nir(paul))
    assert anne.nir is None and _about_nir(anne) == []
    shown = repr(preview) + " ".join(str(p) for c in preview.candidates for p in c.problems)
    assert NIR not in shown and "75056123" not in shown  # never echoed in the report

    with pytest.raises(RegistryError, match="authority"):
        import_intake(registry, SESSION_ID, preview)
    assert session_candidates(registry, SESSION_ID) == []
    added = import_intake(registry, SESSION_ID, preview, RECIPIENT)
    assert len(added) == 3
    with registry.read() as session:
        kept = {c.birth_name: has_nir(session, c.id) for c in session.scalars(select(Candidate))}
    assert kept == {"Lefèvre": True, "Martin": False, "Durand": False}
    sealed = _sealed(registry, added[0])
    assert sealed is not None and open_nir(IDENTITY, sealed) == NIR
