"""`jury-desk registry candidate nir ID [--clear]`: the number read without echo from the
terminal or from stdin, never from an argument, sealed to the organiser's authority; no
output ever repeats it."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury_desk.cli.main import main
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.candidates import add_candidate
from jury_desk.registry.declaration_settings import DeclarationSettings, save_declaration_settings
from jury_desk.registry.location import default_location
from jury_desk.registry.nir import nir_kept_for, open_nir, sealed_nir
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.trust.authority import Authority, create_authority, save_authority
from tests.bundle_factory import SECRETS_PASSPHRASE, secret_store
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.factories import FakeClock

NIR = "188032A004017"  # fictional: a man born in Ajaccio in March 1988
KEY = 97 - int(NIR.replace("2A", "19")) % 97
CLOCK = FakeClock(datetime(2026, 11, 20, tzinfo=UTC))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    return tmp_path / "organiser-home"


def _registry(home: Path) -> Registry:
    return open_registry(home, default_location(home), secret_store(home), CLOCK, "Alice")


def _prepare(home: Path, *, keep: bool = True) -> tuple[str, Authority]:
    registry = open_registry(
        home, default_location(home), secret_store(home), CLOCK, "Alice", create=True
    )
    create_session(registry, session_draft())
    candidate_id = add_candidate(registry, SESSION_ID, candidate_draft())
    settings = DeclarationSettings(client_id="CL123456", contract_id="CT-2027", keep_nir=keep)
    save_declaration_settings(registry, settings)
    registry.close()
    authority = create_authority("Équipe certification (test)", CLOCK.now())
    organiser_dir(home).mkdir(parents=True, exist_ok=True)
    save_authority(authority, secret_store(home), organiser_dir(home))
    return candidate_id, authority


def _nir(home: Path, tmp_path: Path, *args: str) -> int:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(home), "--secrets-passphrase-file", str(passphrase), "registry"]
    return main([*base, "candidate", "nir", *args], clock=CLOCK)


def test_read_from_stdin_sealed_and_never_printed(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    candidate_id, authority = _prepare(home)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"1 88 03 2a 004 017 {KEY:02d}\n"))
    assert _nir(home, tmp_path, candidate_id) == 0
    out, err = capsys.readouterr()
    assert out == "nir: kept (encrypted)\n" and err == ""
    registry = _registry(home)
    try:
        with registry.read() as session:
            sealed = sealed_nir(session, candidate_id)
        assert sealed is not None and open_nir(authority.age_identity, sealed) == NIR
    finally:
        registry.close()

    assert _nir(home, tmp_path, candidate_id, "--clear") == 0
    assert capsys.readouterr().out == "nir: cleared\n"
    registry = _registry(home)
    try:
        assert not nir_kept_for(registry, candidate_id)
    finally:
        registry.close()


def test_typed_at_a_terminal_without_echo(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    candidate_id, _authority = _prepare(home)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return NIR

    monkeypatch.setattr("getpass.getpass", getpass)
    assert _nir(home, tmp_path, candidate_id) == 0
    assert asked and NIR not in capsys.readouterr().out


def test_a_wrong_number_is_refused_without_repeating_it(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    candidate_id, _authority = _prepare(home)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{NIR}{(KEY % 97) + 1:02d}\n"))
    assert _nir(home, tmp_path, candidate_id) == 1
    out, err = capsys.readouterr()
    assert out == "" and "key" in err and "004017" not in err


def test_refused_when_the_registry_does_not_keep_them(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    candidate_id, _authority = _prepare(home, keep=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(NIR + "\n"))
    assert _nir(home, tmp_path, candidate_id) == 1
    assert "does not keep social security numbers" in capsys.readouterr().err


def test_never_taken_as_an_argument(home: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as usage:
        _nir(home, tmp_path, "c-1", NIR)
    assert usage.value.code == 2
