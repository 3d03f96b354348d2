"""The CDC's schema 1.1.2 (the test oracle beside the project) and holders to declare."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from jury_desk.declaration.flow import Emitter, Passage
from jury_desk.declaration.schema import FlowSchema, load_schema
from jury_desk.rules.civil_identity import CivilIdentity
from tests.paths import SHARED_TESTDATA

SCHEMA_1_1_2 = SHARED_TESTDATA / "cdc-accrochage" / "cdc-accrochage-1.1.2.xsd"
EMITTER = Emitter("ABCD1234", "CTR-2027-01", "RS", "RS6247")
# A summer moment: Paris is at +02:00.
SUMMER = datetime(2027, 7, 1, 12, 5, 9, 123456, tzinfo=UTC)
HOLDER = CivilIdentity(
    birth_name="Lefèvre",
    usage_name=None,
    first_names=("Éloïse", "Marie"),
    birth_year=1988,
    birth_month=3,
    birth_day=14,
    sex="F",
    birth_insee_code="75056",
    birth_postal_code=None,
    birth_commune="Paris",
    birth_country_code=None,
    birth_country=None,
)


@pytest.fixture(scope="session")
def schema() -> FlowSchema:
    return load_schema(SCHEMA_1_1_2)


def passage(number: int = 1, **changes: object) -> Passage:
    """A certified holder's passage; `changes` replace parts of the holder's identity."""
    return Passage(
        technical_id=f"RS6247-rs6247-2027-05-c{number}",
        decided_on=date(2027, 6, 30),
        holder=replace(HOLDER, **changes),  # type: ignore[arg-type]
        examined_on=date(2027, 5, 18),
    )


def schema_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The 1.1.2 schema with one text replaced: a later kit, or a broken one."""
    text = SCHEMA_1_1_2.read_text("utf-8")
    assert old in text
    path = tmp_path / "kit.xsd"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path
