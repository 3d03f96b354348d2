"""The registry itself, on SQLCipher and on PostgreSQL: created at the code's schema, its
journal chained and append-only, and every edit guarded against lost updates."""

from __future__ import annotations

import dataclasses
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from jury_desk.kernel.paths import secrets_file
from jury_desk.models.enums import ApplicationStatus
from jury_desk.models.journal import GENESIS_HASH
from jury_desk.registry.candidates import (
    add_candidate,
    draft_of,
    edit_candidate,
    session_candidates,
    set_status,
)
from jury_desk.registry.errors import StaleEditError
from jury_desk.registry.location import RegistryLocation
from jury_desk.registry.migrate import HEAD_REVISION, code_head, stamped_revision
from jury_desk.registry.models import Candidate, RegistryJournalEntry
from jury_desk.registry.opening import NoRegistryError, open_registry
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.secrets import SecretStore
from jury_desk.secrets.store import PassphraseFileSecretStore
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.core.registry.conftest import PASSPHRASE
from tests.factories import FakeClock


def test_the_head_revision_is_alembics_head() -> None:
    assert code_head() == HEAD_REVISION


def test_a_new_registry_is_at_the_codes_schema(registry: Registry) -> None:
    with registry.engine.connect() as connection:
        assert stamped_revision(connection) == HEAD_REVISION


def test_a_missing_registry_file_is_said_not_made(
    home: Path, secrets: SecretStore, clock: FakeClock
) -> None:
    location = RegistryLocation(file=home / "elsewhere" / "registry.db")
    with pytest.raises(NoRegistryError, match="There is no registry at"):
        open_registry(home, location, secrets, clock, "Alice")
    assert not location.file.parent.exists()  # type: ignore[union-attr]


def test_every_write_is_journaled_in_a_chain(registry: Registry) -> None:
    create_session(registry, session_draft())
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft())
    set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED, "dossier complet")
    with registry.read() as session:
        entries = list(
            session.scalars(select(RegistryJournalEntry).order_by(RegistryJournalEntry.seq))
        )
    assert [e.action for e in entries] == ["session.create", "candidate.add", "candidate.status"]
    assert entries[0].prev_hash == GENESIS_HASH
    assert all(e.hash == e.computed_hash() for e in entries)
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]
    assert all(e.actor == "Alice Martin" for e in entries)
    # Personal data never enters the append-only journal.
    assert not any("Lefèvre" in e.payload or "1988" in e.payload for e in entries)


def test_the_journal_is_append_only(registry: Registry) -> None:
    create_session(registry, session_draft())
    with pytest.raises(DBAPIError, match="append-only"), registry.engine.begin() as connection:
        connection.execute(text("UPDATE registry_journal SET actor = 'Mallory'"))
    with pytest.raises(DBAPIError, match="append-only"), registry.engine.begin() as connection:
        connection.execute(text("DELETE FROM registry_journal"))


def test_a_status_change_keeps_its_history(registry: Registry) -> None:
    create_session(registry, session_draft())
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft())
    set_status(registry, candidate_id, ApplicationStatus.WITHDRAWN, "retrait par courriel")
    with registry.read() as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        history = [(c.status, c.note, c.by) for c in candidate.history]
    # Links given but no files: the dossier is incomplete until they come.
    assert history == [
        (ApplicationStatus.INCOMPLETE, "", "Alice Martin"),
        (ApplicationStatus.WITHDRAWN, "retrait par courriel", "Alice Martin"),
    ]


def test_an_edit_on_a_stale_version_is_refused_naming_who_changed_it(
    registry: Registry, clock: FakeClock
) -> None:
    create_session(registry, session_draft())
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft())
    [opened] = session_candidates(registry, SESSION_ID)  # both organisers open version 1
    bob = Registry(registry.engine, registry.location, clock, "Bob Durand")
    edit_candidate(bob, candidate_id, dataclasses.replace(draft_of(opened), phone="01 02"), 1)
    mine = dataclasses.replace(draft_of(opened), email="e.lefevre@example.gouv.fr")
    with pytest.raises(StaleEditError, match="changed by Bob Durand at 2026-11-30 08:00 UTC"):
        edit_candidate(registry, candidate_id, mine, opened.version)
    [kept] = session_candidates(registry, SESSION_ID)
    assert (kept.phone, kept.email, kept.version) == ("01 02", opened.email, 2)


@pytest.mark.slow
def test_two_processes_editing_the_same_candidate_one_wins_the_other_is_told(
    registry: Registry, registry_location: RegistryLocation, home: Path
) -> None:
    create_session(registry, session_draft())
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft())
    context = multiprocessing.get_context("spawn")
    barrier, answers = context.Barrier(2), context.Queue()
    phones = ("01 11 11 11 11", "02 22 22 22 22")
    workers = [
        context.Process(
            target=_edit_in_another_process,
            args=(registry_location, home, candidate_id, phone, barrier, answers),
        )
        for phone in phones
    ]
    for worker in workers:
        worker.start()
    by_phone = dict(answers.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    outcomes = [by_phone[phone] for phone in phones]
    assert sorted(o.split(":")[0] for o in outcomes) == ["refused", "saved"]
    [winner] = [
        p
        for p, o in zip(("01 11 11 11 11", "02 22 22 22 22"), outcomes, strict=True)
        if o == "saved"
    ]
    [refusal] = [o for o in outcomes if o != "saved"]
    assert f"changed by process {winner}" in refusal
    [kept] = session_candidates(registry, SESSION_ID)
    assert (kept.phone, kept.version) == (winner, 2)


def _edit_in_another_process(
    location: RegistryLocation,
    home: Path,
    candidate_id: str,
    phone: str,
    barrier: Any,
    answers: Any,
) -> None:
    """An organiser's process: open, read version 1, wait for the other, then save."""
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: PASSPHRASE)
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    registry = open_registry(home, location, secrets, clock, f"process {phone}")
    try:
        [candidate] = session_candidates(registry, SESSION_ID)
        draft = dataclasses.replace(draft_of(candidate), phone=phone)
        barrier.wait(timeout=60)
        try:
            edit_candidate(registry, candidate_id, draft, candidate.version)
        except StaleEditError as exc:
            answers.put((phone, f"refused: {exc}"))
        else:
            answers.put((phone, "saved"))
    finally:
        registry.close()


def test_the_check_finds_an_entry_altered_behind_the_registrys_back(registry: Registry) -> None:
    from jury_desk.registry.journal_check import first_broken_entry

    create_session(registry, session_draft())
    add_candidate(registry, SESSION_ID, candidate_draft())
    assert first_broken_entry(registry) is None
    with registry.engine.begin() as connection:
        # Someone with the database's keys, bypassing the append-only triggers.
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE registry_journal DISABLE TRIGGER USER"))
        else:
            connection.execute(text("DROP TRIGGER registry_journal_no_update"))
        connection.execute(text("UPDATE registry_journal SET actor = 'Mallory' WHERE seq = 2"))
    assert first_broken_entry(registry) == 2
