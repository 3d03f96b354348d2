"""`jury-desk registry results import|board` in the organiser's data folder: a jury's file
entered (exit 0), the same again said and ignored, a damaged one refused in one line
(exit 1, the others still entered), then the board."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.cli.main import main
from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import create_session
from tests.bundle_factory import SECRETS_PASSPHRASE, make_setting, secret_store
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results

BOARD_DAY = FakeClock(datetime(2027, 8, 1, 9, 0, tzinfo=UTC))  # past the decisions' due date


def test_results_imported_and_the_board_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    clock = FakeClock(datetime(2026, 11, 20, tzinfo=UTC))
    setting = make_setting(tmp_path / "people", clock.now(), fast_secrets=True)
    home = setting.root / "organiser"  # where the authority is: the organiser's data folder
    registry = open_registry(
        home, default_location(home), secret_store(home), clock, "Alice", create=True
    )
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    registry.close()
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.ABSENT}
    results = tmp_path / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    damaged = tmp_path / "damaged.jdresults"
    damaged.write_bytes(b"not a results file at all")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(home), "--secrets-passphrase-file", str(passphrase), "registry"]

    code = main([*base, "results", "import", str(damaged), str(results)], clock=BOARD_DAY)
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == ["jury-1.jdresults: Jury 1, 2 decisions"]
    [refusal] = err.splitlines()
    assert refusal.startswith("jury-desk: ") and "damaged.jdresults" in refusal

    assert main([*base, "results", "import", str(results)], clock=BOARD_DAY) == 0
    assert capsys.readouterr().out == "jury-1.jdresults: already imported (Jury 1)\n"

    assert main([*base, "results", "board", "--session", SESSION_ID], clock=BOARD_DAY) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[4] for line in lines[:2]] == ["certified", "absent"]
    assert lines[2].startswith("Jury 1: 2 interviews, results imported ")
    assert lines[3] == "outcomes: absent 1, certified 1"
