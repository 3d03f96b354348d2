"""`jury-desk registry cdc …` as an organiser types it: the settings, a declaration written
and validated, a holder the schema cannot take listed, the file marked sent, the CDC's
report imported, the status with its days left; bad inputs refused in one line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from jury_desk.cli.main import main
from jury_desk.declaration.schema import load_schema
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from tests.bundle_factory import SECRETS_PASSPHRASE, secret_store
from tests.core.registry.builders import SESSION_ID
from tests.core.registry.declaration_builders import SCHEMA, session_with_holders
from tests.factories import FakeClock

TODAY = FakeClock(datetime(2027, 9, 20, 9, 0, tzinfo=UTC))


def test_the_declaration_at_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    home = tmp_path / "organiser"
    registry = open_registry(
        home, default_location(home), secret_store(home), TODAY, "Alice Martin", create=True
    )
    lefevre, petit = session_with_holders(registry, ("Lefèvre", "F"), ("Petit", "X"))
    registry.close()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--home", str(home), "--secrets-passphrase-file", str(passphrase), "registry",
             "cdc", *args],
            clock=TODAY,
        )  # fmt: skip
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _out, err = run("settings", "--client-id", "ABC")
    assert code == 1 and "client id must have 8 characters" in err
    assert len(err.strip().splitlines()) == 1
    not_a_schema = tmp_path / "kit.xsd"
    not_a_schema.write_text("<notes>pas un schéma</notes>", encoding="utf-8")
    code, _out, err = run("settings", "--client-id", "ABCD1234", "--contract-id", "C1",
                          "--schema", str(not_a_schema))  # fmt: skip
    assert code == 1 and "not a usable XML Schema" in err and len(err.strip().splitlines()) == 1
    code, out, err = run("settings", "--client-id", "ABCD1234", "--contract-id", "C1",
                         "--schema", str(SCHEMA))  # fmt: skip
    assert code == 0, err
    assert "client id: ABCD1234" in out and f"schema: {SCHEMA.resolve()}" in out

    output = tmp_path / "declaration.xml"
    code, out, err = run("export", "--session", SESSION_ID, "-o", str(output))
    assert code == 1 and "Petit" in err and "only as M or F" in err and not output.exists()
    code, out, err = run("export", "--session", SESSION_ID, "-o", str(output),
                         "--leave-out-listed")  # fmt: skip
    assert code == 0, err
    assert f"declaration: {output}" in out and "holders: 1, validated against" in out
    assert "left out: Éloïse Petit: " in out
    assert load_schema(SCHEMA).xml_schema.validate(etree.parse(str(output)))
    flow = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("flow: "))

    code, out, _err = run("status", "--session", SESSION_ID)
    assert code == 0
    assert "Lefèvre" in out and "to declare" in out and "10 days left" in out  # due 30 Sept

    assert run("sent", flow)[0] == 0
    report = tmp_path / "rapport.xml"
    passage = f"RS6247-{SESSION_ID}-{lefevre}"
    report.write_text(
        '<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema"><nomFichier>declaration.xml'
        f"</nomFichier><idFlux>{flow}</idFlux><idTraitement>T1</idTraitement><PassagesKO>"
        f"<passage><idTechnique>{passage}</idTechnique><messageErreur>Plusieurs titulaires "
        "ont été identifiés</messageErreur></passage></PassagesKO><PassagesOK/></rapport>",
        encoding="utf-8",
    )
    code, out, err = run("report", str(report))
    assert code == 0 and f"{flow}: 0 accepted, 1 rejected" in out, err
    code, out, _err = run("status", "--session", SESSION_ID)
    assert "rejected: correct the holder's data" in out
    assert "CDC: Plusieurs titulaires ont été identifiés" in out
    assert petit  # listed at every export until corrected

    damaged = tmp_path / "damaged.xml"
    damaged.write_bytes(report.read_bytes()[:50])
    code, _out, err = run("report", str(damaged))
    assert code == 1 and "not a readable processing report" in err
    assert len(err.strip().splitlines()) == 1
