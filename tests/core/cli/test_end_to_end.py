"""The whole session end to end: the demo played in one command, then step by step by hand.

Each person has their own data folder (`--home`) and secrets file; the
commands run in subprocesses as people type them. Scoring and deliberating
have no command (they happen in the window), so the step-by-step flow does them
through the core API, between two commands, on the same data folders.
"""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from jury_desk.chair.deliberation import Deliberator
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import SystemClock
from jury_desk.kernel.paths import secrets_file
from jury_desk.models.enums import Outcome, Recommendation
from jury_desk.rules.deadlines import interview_day
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.store.workspace import Workspace
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES
from tests.helpers.command_server import run_jury_desk
from tests.helpers.fast_secrets import ready_fast
from tests.paths import REPO_ROOT, SHARED_TESTDATA

REPO = REPO_ROOT
SECRETS_PASSPHRASE = "phrase des secrets de chaque poste"
BUNDLE_PASSPHRASE = "phrase de passe du paquet de session"

Run = subprocess.CompletedProcess[str]

CDC_SCHEMA = SHARED_TESTDATA / "cdc-accrochage" / "cdc-accrochage-1.1.2.xsd"


def jury_desk(home: Path, *args: str, secrets: Path | None) -> Run:
    """`jury-desk --home HOME [--secrets-passphrase-file F] ARGS…`, as a person types it."""
    env = {**os.environ, "JURY_DESK_SECRETS": "file"}
    env.pop("JURY_DESK_SECRETS_PASSPHRASE_FILE", None)
    options = ["--home", str(home)]
    if secrets is not None:
        options += ["--secrets-passphrase-file", str(secrets)]
    # A process of its own, started with the command line already imported; stdin empty:
    # nothing may wait for a terminal.
    return run_jury_desk([*options, *args], env=env, cwd=REPO)


def ok(result: Run) -> str:
    assert result.returncode == 0, f"exit {result.returncode}:\n{result.stdout}{result.stderr}"
    return result.stdout


def fields(stdout: str) -> dict[str, str]:
    """The `name: value` lines of an output (the first of each name)."""
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        name, sep, value = line.partition(": ")
        if sep and name and not name.startswith(" "):
            found.setdefault(name, value)
    return found


def valid_signatures(pdf: Path) -> int:
    """How many signatures poppler's pdfsig, an independent checker, finds valid."""
    result = subprocess.run(
        [require_tool("pdfsig"), str(pdf)], capture_output=True, text=True, check=False
    )
    return result.stdout.count("Signature Validation: Signature is Valid.")


# ------------------------------------------------------------------ the demo in one command


@dataclass(frozen=True)
class CompleteDemo:
    out: Path
    lines: dict[str, str]

    def path(self, name: str) -> Path:
        return Path(self.lines[name])

    def run(self, who: str, *args: str) -> str:
        """A command in the chair's, member's or organiser's data folder of the demo."""
        home = self.path("organiser" if who == "organiser" else f"{who}-home")
        return ok(jury_desk(home, *args, secrets=self.path("passphrase-file")))


@pytest.fixture(scope="module")
def complete_demo(tmp_path_factory: pytest.TempPathFactory) -> CompleteDemo:
    root = tmp_path_factory.mktemp("complete")
    out = root / "demo"
    stdout = ok(
        jury_desk(
            root / "home", "demo", "--no-gui", "--complete", "--out", str(out),
            "--cdc-schema", str(CDC_SCHEMA), secrets=None,
        )
    )  # fmt: skip
    return CompleteDemo(out, fields(stdout))


@pytest.mark.slow
def test_the_complete_demo_says_where_every_artefact_is(complete_demo: CompleteDemo) -> None:
    lines, out = complete_demo.lines, complete_demo.out
    assert lines["demo"] == f"{out} (created)"
    paths = {
        name: Path(value.split(" (")[0])  # the cdc line says after its path what it holds
        for name, value in lines.items()
        if value.startswith(str(out)) and name != "demo"
    }
    assert {"bundle", "passphrase-file", "sheets", "minutes", "results", "authority"} <= set(paths)
    assert all(path.exists() for path in paths.values()), paths
    # Both jurors' signed sheets for every candidate, one folder each.
    sheets = complete_demo.path("sheets")
    assert len(list((sheets / "chair").glob("grille-*-presidence-v1.pdf"))) == 6
    assert len(list((sheets / "member").glob("grille-*-membre-v1.pdf"))) == 6
    # What the organiser extracted once the results verified.
    opened = complete_demo.path("results-opened")
    assert {p.name for p in opened.iterdir()} == {
        "minutes.pdf", "results.csv", "results.json", "sheets"
    }  # fmt: skip
    assert len(list((opened / "sheets").glob("*.pdf"))) == 12


@pytest.mark.slow
def test_every_artefact_of_the_complete_demo_verifies_on_its_own(
    complete_demo: CompleteDemo,
) -> None:
    minutes = complete_demo.path("minutes")
    assert valid_signatures(minutes) == 2
    assert valid_signatures(complete_demo.path("minutes-signed-by-chair")) == 1
    sheets = sorted(complete_demo.path("sheets").glob("*/*.pdf"))
    with ThreadPoolExecutor(max_workers=3) as pool:
        checks = {
            "minutes": pool.submit(complete_demo.run, "member", "minutes", "verify", str(minutes)),
            "sheets": pool.submit(complete_demo.run, "chair", "sheet", "verify", *map(str, sheets)),
            "results": pool.submit(
                complete_demo.run, "organiser", "results", "open", complete_demo.lines["results"]
            ),
        }
        verified = {name: future.result() for name, future in checks.items()}
    assert "VALID: signed by the chair Claire Dubois-Martin" in verified["minutes"]
    assert "co-signed by the member Karim Benhaddou" in verified["minutes"]
    assert verified["sheets"].count(", VALID\n") == 12 == len(sheets)
    summary = fields(verified["results"])
    assert summary["sheets"] == "12 VALID"
    assert summary["outcomes"] == "certified 4, not certified 2, absent 0, postponed 0"
    assert summary["pass rate"] == "66.7%"
    assert summary["minutes"].endswith("VALID")


# ------------------------------------------------------------------------- step by step


@dataclass(frozen=True)
class People:
    """The organiser and the two jurors of the scaffold's session, each at their computer."""

    root: Path
    secrets: Path  # every home's secrets passphrase file, holding SECRETS_PASSPHRASE

    def home(self, who: str) -> Path:
        """Their data folder, its secrets file made at the first use with a key slot at a
        small work factor (tests/helpers/fast_secrets.py): each command then unlocks it in
        milliseconds, not a second. The complete demo keeps the production factor."""
        home = self.root / who
        ready_fast(PassphraseFileSecretStore(secrets_file(home), lambda _: SECRETS_PASSPHRASE))
        return home

    def run(self, who: str, *args: str) -> str:
        return ok(jury_desk(self.home(who), *args, secrets=self.secrets))

    def together(self, commands: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, str]:
        """Independent people at their own computers: side by side (each ~1 s of scrypt)."""
        # A data folder serves one command at a time (its workspace is locked while open).
        assert len({who for who, _args in commands.values()}) == len(commands)
        with ThreadPoolExecutor(max_workers=3) as pool:
            running = {
                name: pool.submit(jury_desk, self.home(who), *args, secrets=self.secrets)
                for name, (who, args) in commands.items()
            }
            return {name: ok(future.result()) for name, future in running.items()}

    @contextmanager
    def workspace(self, who: str) -> Iterator[Workspace]:
        """The person's workspace in this process, for what only the window does.

        The commands run with the system clock, so the edits made here use it too:
        the journal and the signatures follow one time line.
        """
        home = self.home(who)
        store = PassphraseFileSecretStore(secrets_file(home), lambda _: SECRETS_PASSPHRASE)
        with open_session_workspace(home, SESSION_ID, store, SystemClock()) as workspace:
            yield workspace


# The scaffold's session and jurors (`bundle init`), and a second candidate the organiser adds.
SESSION_ID = "rs6247-2027-05"
CHAIR = ("Camille Durand", "camille.durand@administration.example", "camille-durand")
MEMBER = ("Thomas Leroy", "thomas.leroy@administration.example", "thomas-leroy")
FIRST, SECOND = "c01-exemple", "c02-exemple"
SECOND_CANDIDATE = """
[[candidates]]
id = "c02-exemple"
name = "Benoît Lefèvre-Nguyễn"
startup = "Quai Libre"
incubator = "Incubateur des services numériques (exemple)"
phase = "Accélération"
role = "Intrapreneur"
slot = 2027-05-18T10:30:00
site_url = "https://quai-libre.example/"
product_sheet_url = "https://fiches.example/startups/quai-libre"

[[candidates.documents]]
kind = "deck"
title = "Support de présentation"
file = "dossiers/c02-exemple/support-presentation.pdf"
"""

# Levels C1…C8 of each juror: they differ once within the passing levels (FIRST, C3)
# and once across the threshold (SECOND, C5), where the chair's vote fails the candidate.
LEVELS = {
    ("chair", FIRST): (2, 2, 3, 2, 2, 2, 2, 2),
    ("member", FIRST): (2, 2, 2, 2, 2, 2, 2, 2),
    ("chair", SECOND): (2, 3, 2, 2, 1, 2, 2, 2),
    ("member", SECOND): (2, 3, 2, 2, 2, 2, 2, 2),
}


def _pdf(title: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    canvas.drawString(72, 720, title)
    canvas.save()
    return buffer.getvalue()


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "#000091").save(buffer, "PNG")
    return buffer.getvalue()


def _fill_scaffold(folder: Path) -> None:
    """What the organiser does by hand: the dossiers' files, a second candidate.

    The commands run on the system clock and a decision waits for its interview: the
    scaffold's days (18 and 19 May 2027) become the two days before today.
    """
    toml = folder / "session.toml"
    text = toml.read_text(encoding="utf-8").replace(
        "tableau-investissement.xlsx", "tableau-investissement.csv"
    )
    today = interview_day(datetime.now(UTC))
    for scaffold_day, days_before in (("2027-05-18", 2), ("2027-05-19", 1)):
        text = text.replace(scaffold_day, str(today - timedelta(days=days_before)))
    second = SECOND_CANDIDATE.replace("2027-05-18", str(today - timedelta(days=2)))
    toml.write_text(text + second, encoding="utf-8")
    first, second = folder / "dossiers" / FIRST, folder / "dossiers" / SECOND
    first.mkdir()
    second.mkdir()
    (first / "entretiens-utilisateurs.pdf").write_bytes(_pdf("Entretiens utilisateurs"))
    (first / "maquette-accueil.png").write_bytes(_png())
    (first / "tableau-investissement.csv").write_text("poste;montant\néquipe;180000\n", "utf-8")
    (first / "support-presentation.pdf").write_bytes(_pdf("Support de présentation"))
    (second / "support-presentation.pdf").write_bytes(_pdf("Quai Libre"))


def _score(people: People, who: str) -> None:
    with people.workspace(who) as workspace:
        editor = ScoringEditor(workspace)
        for candidate in (FIRST, SECOND):
            levels = LEVELS[(who, candidate)]
            for code, level in zip(COMPETENCY_CODES, levels, strict=True):
                editor.set_level(candidate, code, level)
                editor.set_comment(candidate, code, f"{code} : constat de {who} ({level}).")
            passing = min(levels) >= 2
            recommendation = Recommendation.FAVOURABLE if passing else Recommendation.RESERVED
            editor.set_overall(candidate, recommendation, "Avis motivé.")


def _deliberate(people: People) -> None:
    with people.workspace("chair") as workspace:
        deliberator = Deliberator(workspace, workspace.clock)
        deliberator.cast_vote(FIRST, "C3", 2, "Niveau Maîtrisé retenu : peu de preuves d’usage.")
        deliberator.decide(FIRST, Outcome.CERTIFIED, "")
        deliberator.cast_vote(SECOND, "C5", 1, "Aucun test utilisateur organisé.")
        deliberator.decide(
            SECOND,
            Outcome.NOT_CERTIFIED,
            "La compétence « Test » n’est pas acquise : aucun test utilisateur n’a été organisé.",
        )


@pytest.mark.slow
def test_the_session_step_by_step_through_the_commands(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets-passphrase.txt"
    secrets.write_text(f"{SECRETS_PASSPHRASE}\n", encoding="utf-8")
    bundle_passphrase = tmp_path / "bundle-passphrase.txt"
    bundle_passphrase.write_text(f"{BUNDLE_PASSPHRASE}\n", encoding="utf-8")
    people = People(tmp_path, secrets)
    folder, bundle = tmp_path / "session", tmp_path / "session.jdbundle"

    # The organiser's authority, the jurors' identities, the session folder.
    made = people.together(
        {
            "org": ("organiser", ("org", "init", "--name", "Équipe certification (test)")),
            "chair": ("chair", ("identity", "create", "--name", CHAIR[0], "--email", CHAIR[1])),
            "member": ("member", ("identity", "create", "--name", MEMBER[0], "--email", MEMBER[1])),
        }
    )
    fingerprint = fields(made["org"])["fingerprint"]
    people.together(
        {
            "init": ("organiser", ("bundle", "init", str(folder))),
            **{
                who: (who, ("identity", "request", "-o", str(tmp_path / f"{who}-request.json")))
                for who in ("chair", "member")
            },
        }
    )
    # The requests come by mail; the organiser drops them where session.toml names them.
    for who, juror in (("chair", CHAIR), ("member", MEMBER)):
        request = (tmp_path / f"{who}-request.json").read_bytes()
        (folder / "requests" / f"{juror[2]}.json").write_bytes(request)
    _fill_scaffold(folder)
    built = people.run(
        "organiser", "bundle", "build", str(folder), "-o", str(bundle),
        "--passphrase-file", str(bundle_passphrase),
    )  # fmt: skip
    assert fields(built)["session"] == f"{SESSION_ID} version 1"

    # Each juror opens it with their own key, after checking the fingerprint by phone.
    opened = people.together(
        {
            who: (who, ("open", str(bundle), "--organiser-fingerprint", fingerprint))
            for who in ("chair", "member")
        }
    )
    assert fields(opened["chair"])["you"] == f"{CHAIR[0]} (chair)"
    assert fields(opened["member"])["you"] == f"{MEMBER[0]} (member)"

    # Scoring happens in the window: here, through the same core calls.
    _score(people, "chair")
    _score(people, "member")
    chair_sheets, member_sheets = tmp_path / "chair-sheets", tmp_path / "member-sheets"
    exported = people.together(
        {
            who: (who, ("sheet", "export", "--all", "-o", str(out), "--yes"))
            for who, out in (("chair", chair_sheets), ("member", member_sheets))
        }
    )
    assert exported["member"].count(": v1 ") == 2
    files = sorted(member_sheets.glob("*.pdf")) + sorted(chair_sheets.glob("*.pdf"))
    assert len(files) == 4
    verified = people.run("chair", "sheet", "verify", *map(str, files))
    assert verified.count("VALID") == 4 and "INVALID" not in verified

    imported = people.run("chair", "import", *map(str, sorted(member_sheets.glob("*.pdf"))))
    assert imported.count(", IMPORTED") == 2

    # Deliberating happens in the window too.
    _deliberate(people)

    # The minutes: signed by the chair, co-signed by the member, brought back to the chair.
    minutes, cosigned = tmp_path / "pv-signe.pdf", tmp_path / "pv-cosigne.pdf"
    people.run("chair", "minutes", "export", "-o", str(minutes), "--yes")
    single = people.run("member", "minutes", "verify", "--allow-single", str(minutes))
    assert "signed by the chair Camille Durand" in single and "not yet co-signed" in single
    people.run("member", "minutes", "cosign", str(minutes), "-o", str(cosigned), "--yes")
    assert (valid_signatures(minutes), valid_signatures(cosigned)) == (1, 2)
    verified = people.run("chair", "minutes", "verify", str(cosigned))
    assert "VALID: signed by the chair Camille Durand" in verified
    assert "co-signed by the member Thomas Leroy" in verified
    imported_back = people.run("chair", "import", str(cosigned))
    assert imported_back.strip() == f"{cosigned}: minutes r1, IMPORTED"

    # The results, encrypted to the organiser, who opens and verifies them.
    results = tmp_path / "resultats.jdresults"
    exported_results = fields(people.run("chair", "results", "export", "-o", str(results)))
    assert (exported_results["candidates"], exported_results["sheets"]) == ("2", "4")
    assert exported_results["minutes"] == "revision 1 (workspace)"
    report = people.run("organiser", "results", "open", str(results))
    summary = fields(report)
    assert summary["jury"] == f"{CHAIR[0]} (chair), {MEMBER[0]} (member)"
    assert summary["sheets"] == "4 VALID"
    assert summary["outcomes"] == "certified 1, not certified 1, absent 0, postponed 0"
    assert f"{FIRST}: Alexandra Martin — certified, 8/8" in report
    assert f"{SECOND}: Benoît Lefèvre-Nguyễn — not certified, 7/8" in report


@pytest.mark.slow
def test_the_demos_sheets_and_minutes_read_as_paper(complete_demo: CompleteDemo) -> None:
    """The header in words, the certifier from the bundle, no identifier, no e-mail cut."""

    def first_page(path: Path) -> str:
        command = [require_tool("pdftotext"), "-l", "1", str(path), "-"]
        return subprocess.run(command, capture_output=True, check=True, text=True).stdout

    header = (
        "République française Organisateur de démonstration (fictif) Certification "
        "enregistrée au Répertoire spécifique de France compétences sous le numéro RS6247"
    )
    sheets = complete_demo.path("sheets")
    sheet = sheets / "chair" / "grille-Aissatou-Diallo-presidence-v1.pdf"
    assert (sheets / "member" / "grille-Aissatou-Diallo-membre-v1.pdf").is_file()
    for path in (sheet, complete_demo.path("minutes")):
        assert " ".join(first_page(path).split()).startswith(header), path
    lines = [line.strip() for line in first_page(sheet).splitlines()]
    assert lines.index("claire.dubois-martin@") + 1 == lines.index("jury.example.org")
    assert "Grille de Aïssatou Diallo · Claire Dubois-Martin (présidence) · version 1" in lines
    assert not [line for line in lines if "juror-" in line or "rs6247-" in line or " 0 s" in line]


@pytest.mark.slow
def test_the_complete_demo_plays_the_organisers_side_to_signed_certificates(
    complete_demo: CompleteDemo,
) -> None:
    lines = complete_demo.lines
    assert Path(lines["registry"]).is_file()
    letters = complete_demo.path("letters")
    assert complete_demo.path("certificates") == letters  # a folder per candidate: both
    decisions = sorted(letters.glob("candidat-*/decision-*.pdf"))
    certificates = sorted(letters.glob("candidat-*/certificat-*.pdf"))
    assert len(decisions) == 6 and 1 <= len(certificates) < 6
    assert all(valid_signatures(pdf) == 1 for pdf in (*decisions, *certificates))
    # One of each kind through the organiser's own check (a command, ~3 s, each).
    for pdf in (decisions[0], certificates[0]):
        verdict = complete_demo.run("organiser", "certificate", "verify", str(pdf))
        assert verdict.startswith("VALID: ") and "registry: in force" in verdict
    code = certificates[0].stem.removeprefix("certificat-")
    found = complete_demo.run("organiser", "registry", "code", code)
    assert code[:5] in found


@pytest.mark.slow
def test_the_complete_demo_declares_its_laureates_to_the_cdc(complete_demo: CompleteDemo) -> None:
    path_text, said = complete_demo.lines["cdc"].split(" (", 1)
    laureates = len(list(complete_demo.path("letters").glob("candidat-*/certificat-*.pdf")))
    assert (
        said == f"{laureates} holders, validated against cdc-accrochage-1.1.2.xsd (version 1.1.2))"
    )
    flow = etree.parse(path_text)
    assert etree.XMLSchema(etree.parse(str(CDC_SCHEMA))).validate(flow)
    namespace = {"cpf": "urn:cdc:cpf:pc5:schema:1.0.0"}
    assert len(flow.findall(".//cpf:passageCertification", namespace)) == laureates
    status = complete_demo.run(
        "organiser", "registry", "cdc", "status", "--session", "rs6247-2026-11-demo"
    )
    assert status.count("to declare") == laureates  # written, to be uploaded and marked sent


def test_the_demo_without_a_kit_says_its_declaration_is_not_validated(tmp_path: Path) -> None:
    from jury_desk.cli.demo_command import _validation
    from jury_desk.demo.declaration import DemoDeclaration

    said = _validation(DemoDeclaration(tmp_path / "d.xml", 4, ""))
    assert (
        said
        == "4 holders, not validated against a schema: give the CDC kit's with --cdc-schema FILE"
    )
