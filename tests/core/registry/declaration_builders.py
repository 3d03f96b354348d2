"""A session with decisions to declare, and the declaration's settings pointing at the kit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from jury_desk.models.enums import Outcome
from jury_desk.registry.candidates import add_candidate
from jury_desk.registry.declaration_settings import (
    DeclarationSettings,
    save_declaration_settings,
)
from jury_desk.registry.models import Decision
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.paths import SHARED_TESTDATA

SCHEMA = SHARED_TESTDATA / "cdc-accrochage" / "cdc-accrochage-1.1.2.xsd"
DECIDED = datetime(2027, 6, 30, 16, 0, tzinfo=UTC)


def configure(registry: Registry, schema: Path = SCHEMA) -> DeclarationSettings:
    settings = DeclarationSettings(
        client_id="ABCD1234", contract_id="CTR-2027-01", schema_path=str(schema)
    )
    return save_declaration_settings(registry, settings)


def decide(registry: Registry, candidate_id: str, outcome: Outcome = Outcome.CERTIFIED) -> int:
    """A current decision for the candidate (superseding the one before, as a correction)."""
    with registry.write() as writer:
        session = writer.session
        earlier = session.scalars(
            select(Decision).where(
                Decision.candidate_id == candidate_id, Decision.superseded_by.is_(None)
            )
        ).all()
        decision = Decision(
            candidate_id=candidate_id,
            outcome=outcome,
            decided_at=DECIDED,
            reasons="",
            recorded_at=writer.now,
            recorded_by=writer.actor,
            correction_reason="corrected" if earlier else "",
        )
        session.add(decision)
        session.flush()
        for old in earlier:
            old.superseded_by = decision.id
        return decision.id


def session_with_holders(registry: Registry, *names_and_sexes: tuple[str, str]) -> list[str]:
    """The session and one certified candidate per (birth name, sex); their ids."""
    create_session(registry, session_draft())
    ids = []
    for name, sex in names_and_sexes:
        candidate_id = add_candidate(
            registry, SESSION_ID, replace(candidate_draft(birth_name=name), sex=sex)
        )
        decide(registry, candidate_id)
        ids.append(candidate_id)
    return ids
