"""The organiser's desk through `jury-desk registry …`, as an organiser types it: from an
empty registry to the bundles of a session with two juries and eight candidates imported
from an XLSX and a ZIP; both jurors of one jury open their bundle."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.core.cli.test_end_to_end import SECRETS_PASSPHRASE, People, fields, jury_desk
from tests.helpers.intake_files import write_applications_xlsx, write_dossiers_zip

SESSION = "rs6247-2027-05"
# (home, name, e-mail, kind, incubator): two juries of one portfolio manager and one
# certified intrapreneur each.
JURORS = (
    ("chair1", "Claire Dubois", "claire.dubois@anct.example", "portfolio-manager", "ANCT"),
    (
        "member1",
        "Marc Petit",
        "marc.petit@dgfip.example",
        "certified-intrapreneur",
        "Incubateur de la DGFiP",
    ),
    (
        "chair2",
        "Sophie Martin",
        "sophie.martin@social.example",
        "portfolio-manager",
        "Fabrique des ministères sociaux",
    ),
    (
        "member2",
        "Karim Haddad",
        "karim.haddad@dinum.example",
        "certified-intrapreneur",
        "Incubateur de l'Éducation",
    ),
)


def _registry(people: People, *args: str) -> str:
    return people.run("organiser", "registry", *args)


@pytest.mark.slow
def test_an_organiser_from_an_empty_registry_to_two_juries_bundles(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets-passphrase.txt"
    secrets.write_text(f"{SECRETS_PASSPHRASE}\n", encoding="utf-8")
    people = People(tmp_path, secrets)
    made = people.together(
        {"org": ("organiser", ("org", "init", "--name", "Équipe certification (test)"))}
        | {
            home: (home, ("identity", "create", "--name", name, "--email", email))
            for home, name, email, _kind, _incubator in JURORS[:2]
        }
    )
    fingerprint = fields(made["org"])["fingerprint"]
    people.together(
        {
            home: (home, ("identity", "create", "--name", name, "--email", email))
            for home, name, email, _kind, _incubator in JURORS[2:]
        }
    )
    assert "registry:" in _registry(people, "init")
    _registry(
        people, "session", "create", "--id", SESSION, "--title", "Session de mai 2027",
        "--from", "2027-05-18", "--to", "2027-05-19", "--place", "20 avenue de Ségur, Paris",
        "--sitting", "2027-05-18,09:00-12:30", "--sitting", "2027-05-19,09:00-12:30",
    )  # fmt: skip

    # The enrolment inbox: each request read, its code compared, then accepted.
    for home, _name, email, kind, incubator in JURORS:
        request = tmp_path / f"{home}-request.json"
        people.run(home, "identity", "request", "-o", str(request))
        inbox = _registry(people, "juror", "inbox", str(request))
        assert email in inbox and "code to compare:" in inbox
        refused = jury_desk(
            people.home("organiser"), "registry", "juror", "accept", str(request),
            "--kind", kind, secrets=secrets,
        )  # fmt: skip
        assert refused.returncode == 1 and "Compare the code" in refused.stderr
        _registry(
            people, "juror", "accept", str(request), "--kind", kind,
            "--incubator", incubator, "--code-matched",
        )  # fmt: skip

    # Eight applications from an XLSX, their dossiers from a ZIP.
    spreadsheet = write_applications_xlsx(tmp_path / "candidatures.xlsx")
    dossiers = write_dossiers_zip(tmp_path / "dossiers.zip")
    imported = _registry(
        people, "candidate", "import", "--session", SESSION, str(spreadsheet),
        "--attachments", str(dossiers), "--yes",
    )  # fmt: skip
    assert fields(imported)["imported"] == "8"
    listing = _registry(people, "candidate", "list", "--session", SESSION)
    assert listing.count("eligible") == 8 and "missing:-" in listing
    assert fields(_registry(people, "candidate", "shortlist", "--session", SESSION,
                            "--eligible"))["shortlisted"] == "8"  # fmt: skip

    for chair, member in (("claire.dubois", "marc.petit"), ("sophie.martin", "karim.haddad")):
        _registry(
            people, "jury", "form", "--session", SESSION,
            "--chair", f"{chair}@{_domain(chair)}", "--member", f"{member}@{_domain(member)}",
        )  # fmt: skip
    proposed = _registry(people, "schedule", "propose", "--session", SESSION, "--apply")
    assert fields(proposed)["placed"] == "8"
    assert fields(_registry(people, "schedule", "check", "--session", SESSION))["problems"] == "0"

    bundles = {}
    for number in (1, 2):
        bundle = tmp_path / f"jury-{number}.jdbundle"
        built = _registry(people, "bundle", "--jury", f"{SESSION}-jury-{number}", "-o", str(bundle))
        assert fields(built)["session"] == f"{SESSION}-jury-{number} version 1"
        bundles[number] = bundle
    opened = people.together(
        {
            home: (home, ("open", str(bundles[1]), "--organiser-fingerprint", fingerprint))
            for home in ("chair1", "member1")
        }
    )
    assert fields(opened["chair1"])["you"] == "Claire Dubois (chair)"
    assert fields(opened["member1"])["you"] == "Marc Petit (member)"

    convocations = tmp_path / "convocations"
    done = _registry(
        people, "convocations", "--session", SESSION, "-o", str(convocations),
        "--contact-name", "Équipe certification", "--contact-email", "certif@beta.example",
    )  # fmt: skip
    assert fields(done)["letters"] == "8, juror calendars: 4"
    assert len(list(convocations.glob("candidat-*/convocation.pdf"))) == 8

    assert "chain intact" in _registry(people, "check")

    # A GDPR access request: one ZIP holding everything about one candidate.
    [first_id] = [line.split("\t")[0] for line in listing.splitlines() if "Arnaud" in line]
    export = tmp_path / "acces.zip"
    _registry(people, "candidate", "export", first_id, "-o", str(export))
    with zipfile.ZipFile(export) as archive:
        names = archive.namelist()
        data = archive.read("donnees.json").decode()
    assert "donnees.json" in names and len([n for n in names if n.startswith("pieces/")]) == 4
    assert "Arnaud" in data and "convened" in data


def _domain(local: str) -> str:
    return {
        "claire.dubois": "anct.example",
        "marc.petit": "dgfip.example",
        "sophie.martin": "social.example",
        "karim.haddad": "dinum.example",
    }[local]
