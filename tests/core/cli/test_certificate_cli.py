"""`jury-desk registry signer create|replace|letters|code|revoke` and `certificate verify` in
the organiser's data folder: the signer made, the session's letters issued, each one verified
(exit 0), a code looked up; a revoked certificate and a tampered one refused in one line; the
signer replaced (asked first, journaled), the letters signed before still verifying."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from jury_desk.certificates.data import CERTIFICATE_ATTACHMENT
from jury_desk.cli.main import main
from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.location import default_location
from jury_desk.registry.models import RegistryJournalEntry
from jury_desk.registry.opening import open_registry
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from tests.bundle_factory import SECRETS_PASSPHRASE, make_setting, secret_store
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results

LETTERS_DAY = FakeClock(datetime(2027, 5, 25, 9, 0, tzinfo=UTC))


def test_letters_issued_verified_looked_up_and_revoked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    clock = FakeClock(datetime(2026, 11, 20, tzinfo=UTC))
    setting = make_setting(tmp_path / "people", clock.now(), fast_secrets=True)
    home = setting.root / "organiser"
    registry = open_registry(
        home, default_location(home), secret_store(home), clock, "Alice", create=True
    )
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    results = tmp_path / "jury-1.jdresults"
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.ABSENT}
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)
    registry.close()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(home), "--secrets-passphrase-file", str(passphrase)]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*base, *args], clock=LETTERS_DAY)
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("registry", "signer", "create", "--name", "Camille Signataire",
                       "--email", "camille@numerique.gouv.fr")  # fmt: skip
    assert code == 0 and out.startswith("signer: Camille Signataire <camille@numerique.gouv.fr>")

    letters = tmp_path / "letters"
    code, _, err = run("registry", "letters", "--session", SESSION_ID, "-o", str(letters))
    assert code == 1 and "Confirm the means of recourse" in err
    code, out, _ = run("registry", "letters", "--session", SESSION_ID, "-o", str(letters),
                       "--confirm-recourse", "--registration-date", "2023-03-30")  # fmt: skip
    assert code == 0
    assert out.splitlines()[:2] == [f"letters: {letters} (2)", f"certificates: {letters} (1)"]

    [certificate] = letters.glob("*/certificat-*.pdf")
    for path in letters.glob("*/*.pdf"):
        code, out, _ = run("certificate", "verify", str(path))
        assert code == 0, out
        assert out.startswith(f"VALID: {path}: ")
        assert out.splitlines()[1] == f"registry: in force in {default_location(home).shown}"
    the_code = certificate.stem.removeprefix("certificat-")

    code, out, _ = run("registry", "code", the_code.lower())
    assert code == 0
    assert out.splitlines()[0] == f"code: {the_code[:5]}-{the_code[5:]} (certificate, in force)"

    # Tampered: the data rewritten with another code.
    tampered = tmp_path / "tampered.pdf"
    with pikepdf.open(certificate) as opened:
        attached = opened.attachments[CERTIFICATE_ATTACHMENT].get_file()
        attached.obj.write(attached.read_bytes().replace(the_code.encode(), b"ABCDE23456"))
        opened.save(tampered)
    code, out, _ = run("certificate", "verify", str(tampered))
    assert code == 1
    assert len(out.splitlines()) == 1 and out.startswith(f"INVALID: {tampered}: ")

    code, out, _ = run("registry", "revoke", the_code, "--reason", "délivré par erreur")
    assert code == 0 and "revoked: délivré par erreur" in out
    code, out, _ = run("certificate", "verify", str(certificate))
    assert code == 1
    assert (
        out == f"INVALID: {certificate}: The document {the_code} was revoked: délivré par erreur\n"
    )
    # Without the registry, the file alone is still a valid signed document.
    code, out, _ = run("certificate", "verify", "--no-registry", str(certificate))
    assert code == 0 and "registry: not consulted" in out
    code, out, _ = run("registry", "code", the_code)
    assert code == 1

    # The signer replaced: asked first (no terminal here: --yes), then journaled.
    replace = ["registry", "signer", "replace", "--name", "Dominique Relève", "--email",
               "dominique@numerique.gouv.fr", "--reason", "départ de Camille"]  # fmt: skip
    code, _, err = run(*replace)
    assert code == 1 and "Replacing the signer needs a confirmation" in err
    code, out, _ = run(*replace, "--yes")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("replaced: Camille Signataire (certificate kept: ")
    assert lines[1] == "signer: Dominique Relève <dominique@numerique.gouv.fr>"
    registry = open_registry(
        home, default_location(home), secret_store(home), LETTERS_DAY, "Alice", create=False
    )
    with registry.read() as session:
        [entry] = session.query(RegistryJournalEntry).filter_by(action="signer.replace").all()
        assert '"reason":"départ de Camille"' in entry.payload
        assert '"previous_name":"Camille Signataire"' in entry.payload
        # The first designation is journaled too: who named Camille, and when.
        [first] = session.query(RegistryJournalEntry).filter_by(action="signer.create").all()
        assert '"signer":"Camille Signataire"' in first.payload and first.seq < entry.seq
    registry.close()
    # A letter signed by Camille still verifies; the next ones are signed by Dominique.
    letter = next(path for path in sorted(letters.glob("*/*.pdf")) if path != certificate)
    code, out, _ = run("certificate", "verify", str(letter))
    assert code == 0 and "signed by Camille Signataire" in out, out
    again = tmp_path / "again"
    code, _, _ = run("registry", "letters", "--session", SESSION_ID, "-o", str(again), "--again")
    assert code == 0
    for path in again.glob("*/*.pdf"):
        code, out, _ = run("certificate", "verify", str(path))
        assert code == 0 and "signed by Dominique Relève" in out, out
