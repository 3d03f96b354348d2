"""Every JSON a file brings, and the age header, read as a sender could craft them.

The property: a document read from outside gives its object or the project's
one-line refusal, never another exception, in bounded time and memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jury_desk.bundle.manifest import manifest_from_json
from jury_desk.crypto.age_header import check_passphrase_header, check_recipient_header
from jury_desk.crypto.age_scrypt import encrypt_with_passphrase
from jury_desk.juror.editing import ScoringEditor
from jury_desk.minutes.codec import minutes_from_json
from jury_desk.models import Outcome
from jury_desk.results.codec import read_results_json
from jury_desk.results.layout import RESULTS_FORMAT, RESULTS_VERSION
from jury_desk.session.importer import import_session
from jury_desk.sheets.codec import sheet_from_json
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.store.workspace import Workspace, new_workspace_key
from jury_desk.trust.backup import BACKUP_FORMAT, BACKUP_VERSION, read_identity_backup
from jury_desk.trust.enrolment import EnrolmentRequest, make_request
from jury_desk.trust.identity import create_identity
from tests.core.fuzz.bounds import read_or_refused
from tests.core.fuzz.strategies import EXTREME_TEXTS, JSON_VALUES, json_bytes, outside_json
from tests.core.minutes.test_minutes_wording import _minutes as minutes_data
from tests.factories import COMPETENCY_CODES, FakeClock, small_session_spec

CLOCK = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
IDENTITY = create_identity("Anaïs Juré", "anais@jury.example.org")
REQUEST: Any = json.loads(make_request(IDENTITY).to_json())
OUTCOMES = [Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT]
MINUTES: Any = json.loads(minutes_data(OUTCOMES, place="Paris").to_json())
BACKUP_PASSPHRASE = "phrase de la sauvegarde"
FAST_SCRYPT = 10  # the backup's own work factor would cost half a second per example


@pytest.fixture(scope="module")
def genuine_sheet(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The JSON a signed sheet carries, for a complete sheet of the small session."""
    spec = small_session_spec()
    path = tmp_path_factory.mktemp("sheet") / "workspace.db"
    workspace = Workspace.create(path, new_workspace_key(), CLOCK)
    try:
        import_session(workspace, spec, "chair")
        editor = ScoringEditor(workspace)
        for code in COMPETENCY_CODES:
            editor.set_level("cand-1", code, 2)
            editor.set_comment("cand-1", code, f"Constat {code}.")
        with workspace.reading() as session:
            sheet = sheet_data_from_workspace(session, "cand-1", now=CLOCK.now())
    finally:
        workspace.close()
    return json.loads(sheet.to_json())


@given(data=st.data())
def test_a_sheets_json_is_read_or_refused(genuine_sheet: Any, data: st.DataObject) -> None:
    crafted = data.draw(outside_json(genuine_sheet))
    read_or_refused(lambda: sheet_from_json(crafted))


@given(crafted=outside_json(MINUTES))
def test_the_minutes_json_is_read_or_refused(crafted: bytes) -> None:
    read_or_refused(lambda: minutes_from_json(crafted))


@given(crafted=outside_json({}, format=RESULTS_FORMAT, version=RESULTS_VERSION))
def test_results_json_is_read_or_said_why_not(crafted: bytes) -> None:
    # read_results_json reports a problem as a phrase: it never raises at all.
    document, problem = read_or_refused(lambda: read_results_json(crafted)) or (None, "refused")
    assert document is not None or problem


@given(crafted=outside_json(REQUEST))
def test_an_enrolment_request_is_read_or_refused(crafted: bytes) -> None:
    read_or_refused(lambda: EnrolmentRequest.from_json(crafted, "demande.json"))


@given(
    plaintext=st.one_of(
        outside_json({}, format=BACKUP_FORMAT, version=BACKUP_VERSION),
        JSON_VALUES.map(json_bytes),
    )
)
def test_an_identity_backup_is_read_or_refused(plaintext: bytes) -> None:
    crafted = encrypt_with_passphrase(plaintext, BACKUP_PASSPHRASE, FAST_SCRYPT)
    read_or_refused(lambda: read_identity_backup(crafted, BACKUP_PASSPHRASE))


AGE_LINES = st.sampled_from(
    [
        b"age-encryption.org/v1",
        b"-> X25519 " + b"A" * 43,
        b"-> scrypt " + b"A" * 22 + b" 18",
        b"-> scrypt " + b"A" * 22 + b" 99999999999999999999",
        b"-> other",
        b"A" * 64,
        b"A" * 43,
        b"",
        b"--- " + b"A" * 43,
        b"---",
    ]
)


@given(
    prefix=st.one_of(
        st.lists(AGE_LINES | st.binary(max_size=70), max_size=12).map(b"\n".join),
        st.binary(max_size=400),
    )
)
def test_an_age_header_is_read_or_refused(prefix: bytes) -> None:
    read_or_refused(lambda: check_passphrase_header(prefix))
    read_or_refused(lambda: check_recipient_header(prefix))


def test_the_genuine_documents_are_read(genuine_sheet: Any, tmp_path: Path) -> None:
    """The properties above start from documents the readers accept (else they prove little)."""
    assert sheet_from_json(json_bytes(genuine_sheet)).candidate.id == "cand-1"
    assert minutes_from_json(json_bytes(MINUTES)).place == "Paris"
    assert EnrolmentRequest.from_json(json_bytes(REQUEST), "demande.json").name == "Anaïs Juré"


READERS = {
    "sheet": sheet_from_json,
    "minutes": minutes_from_json,
    "results": read_results_json,
    "enrolment request": lambda data: EnrolmentRequest.from_json(data, "demande.json"),
    "manifest": manifest_from_json,
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize("crafted", EXTREME_TEXTS, ids=range(len(EXTREME_TEXTS)))
def test_every_known_extreme_is_refused_by_every_json_reader(
    reader: Callable[[bytes], object], crafted: bytes
) -> None:
    """The texts that broke parsers, each given to each reader (not left to chance)."""
    read_or_refused(lambda: reader(crafted))
