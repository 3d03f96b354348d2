"""The session bundle end to end: the organiser's and the jurors' commands, then re-issues.

The commands run as people run them, in subprocesses, each home with its own
passphrase-protected secrets file. Update semantics (docs/bundle-format.md §6)
go through the core API, where a workspace can be scored and looked into.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.folder.writing import write_folder
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.errors import ExitCode, UserError
from jury_desk.kernel.paths import secrets_file, workspace_path
from jury_desk.models import (
    Assessment,
    BundlePayload,
    DocumentChunk,
    DocumentLocation,
    DossierDocument,
    JournalEntry,
)
from jury_desk.models.enums import DocumentKind
from jury_desk.rules.referential import LevelSpec, ReferentialSpec
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.document_check import check_documents
from jury_desk.session.documents import iter_content, read_content, workspace_folder
from jury_desk.session.payloads import stored_payload_files
from jury_desk.session.spec import DocumentSpec, SessionSpec
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.queries import the_session
from tests.bundle_factory import Setting, make_setting
from tests.factories import FakeClock, small_session_spec
from tests.helpers.command_server import run_jury_desk
from tests.helpers.fast_secrets import ready_fast
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
FINGERPRINT = re.compile(r"(?:[0-9A-F]{4} ){15}[0-9A-F]{4}")
SECRETS_PASSPHRASE = "phrase des secrets de ce poste"
BUNDLE_PASSPHRASE = "phrase de passe du paquet de session"
SESSION_ID = "test-session"  # small_session_spec's

Run = subprocess.CompletedProcess[str]


# --------------------------------------------------------------------------- the commands


def jury_desk(home: Path, *args: str, secrets: Path | None) -> Run:
    """`python -m jury_desk --home HOME [--secrets-passphrase-file F] ARGS…`, as a person types."""
    env = {**os.environ, "JURY_DESK_SECRETS": "file"}
    env.pop("JURY_DESK_SECRETS_PASSPHRASE_FILE", None)
    options = ["--home", str(home)]
    if secrets is not None:
        options += ["--secrets-passphrase-file", str(secrets)]
    # A process of its own, started with the command line already imported; stdin empty:
    # nothing may wait for a terminal.
    return run_jury_desk([*options, *args], env=env, cwd=REPO)


def ok(result: Run) -> str:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    return result.stdout


def refused(result: Run) -> str:
    """The one line a refusal prints on stderr (exit 1, not a crash)."""
    assert result.returncode == ExitCode.REFUSED, (
        f"exit {result.returncode}, expected 1:\n{result.stdout}{result.stderr}"
    )
    assert result.stderr.startswith("jury-desk: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr.strip()


def fields(stdout: str) -> dict[str, str]:
    """The `name: value` lines of an output (the first of each name)."""
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        name, sep, value = line.partition(": ")
        if sep and name and not name.startswith(" "):
            found.setdefault(name, value)
    return found


@dataclass(frozen=True)
class World:
    """An organiser and three people with identities, a session folder and its bundle."""

    root: Path
    secrets: Path  # the passphrase file of every home's secrets file
    passphrase: Path  # the bundle's passphrase file
    homes: dict[str, Path]  # organiser, chair, member, outsider (not on the jury)
    outputs: dict[str, Run]
    folder: Path
    bundle: Path

    @property
    def fingerprint(self) -> str:
        return fields(self.outputs["org init"].stdout)["fingerprint"]

    @property
    def with_passphrase(self) -> tuple[str, str]:
        return ("--passphrase-file", str(self.passphrase))

    @property
    def trusting(self) -> tuple[str, str]:
        return ("--organiser-fingerprint", self.fingerprint)

    def run(self, home: Path, *args: str) -> Run:
        return jury_desk(home, *args, secrets=self.secrets)

    def home_copy(self, who: str, tmp_path: Path) -> Path:
        # A private copy, so that what one test trusts or opens is not seen by another.
        return Path(shutil.copytree(self.homes[who], tmp_path / who))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("flow")
    secrets, passphrase = root / "secrets-passphrase.txt", root / "bundle-passphrase.txt"
    secrets.write_text(f"{SECRETS_PASSPHRASE}\n", encoding="utf-8")
    passphrase.write_text(f"{BUNDLE_PASSPHRASE}\n", encoding="utf-8")
    homes = {name: root / name for name in ("organiser", "chair", "member", "outsider")}
    for home in homes.values():
        # A key slot at a small work factor (tests/helpers/fast_secrets.py): every command
        # of every test then unlocks its copy of the folder in milliseconds, not a second.
        ready_fast(PassphraseFileSecretStore(secrets_file(home), lambda _: SECRETS_PASSPHRASE))
    requests = {who: root / f"{who}-request.json" for who in ("chair", "member")}

    def run_together(commands: dict[str, tuple[str, ...]]) -> dict[str, Run]:
        # Independent people at their own computers: side by side.
        with ThreadPoolExecutor(max_workers=4) as pool:
            running = {
                name: pool.submit(jury_desk, homes[name.split()[-1]], *args, secrets=secrets)
                for name, args in commands.items()
            }
            return {name: future.result() for name, future in running.items()}

    outputs = run_together(
        {
            "org init organiser": ("org", "init", "--name", "Équipe certification (test)"),
            "identity create chair": ("identity", "create", "--name", "Claire Présidente",
                                      "--email", "claire@jury.example.org"),
            "identity create member": ("identity", "create", "--name", "Łukasz Membre",
                                       "--email", "lukasz@jury.example.org"),
            "identity create outsider": ("identity", "create", "--name", "Olivier Dehors",
                                         "--email", "olivier@ailleurs.example.org"),
        }
    )  # fmt: skip
    outputs |= run_together(
        {
            "org show organiser": ("org", "show"),
            "identity show chair": ("identity", "show"),
            **{
                f"identity request {who}": ("identity", "request", "-o", str(path))
                for who, path in requests.items()
            },
        }
    )
    for name, result in outputs.items():
        assert result.returncode == 0, f"{name}: {result.stderr}"
    folder, bundle = root / "session", root / "session.jdbundle"
    write_folder(
        folder, small_session_spec(), {who: path.read_bytes() for who, path in requests.items()}
    )
    build = ("bundle", "build", str(folder), "-o", str(bundle))
    outputs |= run_together(
        {"bundle build organiser": (*build, "--passphrase-file", str(passphrase))}
    )
    outputs = {name.removesuffix(" organiser"): result for name, result in outputs.items()}
    return World(root, secrets, passphrase, homes, outputs, folder, bundle)


# --------------------------------------------------------------------- 1. the organiser's path


@pytest.mark.slow
def test_org_init_prints_the_authority_and_its_fingerprint(world: World) -> None:
    init = fields(ok(world.outputs["org init"]))
    assert Path(init["authority"]).is_file()
    assert FINGERPRINT.fullmatch(init["fingerprint"])
    show = fields(ok(world.outputs["org show"]))
    assert show["name"] == "Équipe certification (test)"
    assert show["fingerprint"] == init["fingerprint"]


@pytest.mark.slow
def test_identity_create_show_and_request(world: World) -> None:
    created = fields(ok(world.outputs["identity create chair"]))
    shown = fields(ok(world.outputs["identity show chair"]))
    assert (shown["name"], shown["email"]) == ("Claire Présidente", "claire@jury.example.org")
    assert FINGERPRINT.fullmatch(shown["fingerprint"])
    assert shown["fingerprint"] == created["fingerprint"]
    assert re.fullmatch(r"age1[02-9ac-hj-np-z]{58}", shown["age-recipient"])
    # The request carries the keys the juror reads out to the organiser, and no secret.
    requested = fields(ok(world.outputs["identity request chair"]))
    assert requested["fingerprint"] == shown["fingerprint"]
    request = json.loads(Path(requested["request"]).read_bytes())
    assert request["email"] == "claire@jury.example.org"
    assert request["age_recipient"] == shown["age-recipient"]
    assert "PRIVATE" not in json.dumps(request) and "AGE-SECRET-KEY" not in json.dumps(request)


@pytest.mark.slow
def test_a_scaffolded_folder_names_its_missing_dossier_file(world: World, tmp_path: Path) -> None:
    folder, output = tmp_path / "scaffold", tmp_path / "scaffold.jdbundle"
    init = fields(ok(world.run(world.homes["organiser"], "bundle", "init", str(folder))))
    assert Path(init["edit"]) == folder / "session.toml" and (folder / "session.toml").is_file()
    build = world.run(world.homes["organiser"], "bundle", "build", str(folder), "-o", str(output))
    message = refused(build)
    assert re.search(r"dossiers/\S+\.\w+", message) and "does not exist" in message
    assert not output.exists()


@pytest.mark.slow
def test_bundle_build_prints_the_bundle_and_its_progress_on_stderr(world: World) -> None:
    build = world.outputs["bundle build"]
    summary = fields(ok(build))
    assert Path(summary["bundle"]) == world.bundle and world.bundle.is_file()
    assert summary["session"] == f"{SESSION_ID} version 1"
    assert summary["contents"].startswith("2 jurors, 2 candidates, 6 documents")
    assert "payload: 100 %" in build.stderr and "payload:" not in build.stdout


@pytest.mark.slow
def test_the_organiser_inspects_their_own_bundle(world: World) -> None:
    # Their own authority is trusted without any fingerprint.
    inspect = ("bundle", "inspect", str(world.bundle), *world.with_passphrase)
    result = world.run(world.homes["organiser"], *inspect)
    summary = fields(ok(result))
    assert summary["authority-fingerprint"] == world.fingerprint
    assert summary["verified"].startswith("signature, certificates, 6 documents")
    assert "juror: Claire Présidente <claire@jury.example.org> (chair)" in result.stdout
    assert result.stdout.count("\ncandidate: ") == 2


@pytest.mark.slow
def test_a_juror_inspects_once_the_organiser_fingerprint_is_given(
    world: World, tmp_path: Path
) -> None:
    home = world.home_copy("member", tmp_path)
    message = refused(world.run(home, "bundle", "inspect", str(world.bundle)))
    assert world.fingerprint in message and "--organiser-fingerprint" in message
    result = world.run(home, "bundle", "inspect", str(world.bundle), *world.trusting)
    assert fields(ok(result))["verified"].startswith("signature, certificates, 6 documents")


def test_the_comparison_code_read_by_phone_is_enough_to_trust_the_organiser(
    world: World, tmp_path: Path
) -> None:
    home = world.home_copy("member", tmp_path)
    code = fields(world.outputs["org init"].stdout)["comparison-code"]
    assert len(code.replace(" ", "")) == 24 and code.replace(" ", "").isdigit()
    message = refused(world.run(home, "bundle", "inspect", str(world.bundle)))
    assert f"comparison code {code}" in message  # what the juror reads back to the organiser
    result = world.run(
        home, "bundle", "inspect", str(world.bundle), "--organiser-fingerprint", code
    )
    assert fields(ok(result))["verified"].startswith("signature, certificates, 6 documents")


# --------------------------------------------------------------------------- 2. opening


@pytest.mark.slow
def test_the_chair_opens_with_their_key_and_the_trust_is_remembered(
    world: World, tmp_path: Path
) -> None:
    home = world.home_copy("chair", tmp_path)
    first = fields(ok(world.run(home, "open", str(world.bundle), *world.trusting)))
    assert first["workspace"].endswith(" (created)")
    assert first["you"] == "Claire Présidente (chair)"
    assert Path(first["workspace"].removesuffix(" (created)")).is_file()
    # Again, and without the fingerprint: it was remembered; the same version changes nothing.
    again = fields(ok(world.run(home, "open", str(world.bundle))))
    assert again["workspace"] == first["workspace"].replace("(created)", "(unchanged)")


@pytest.mark.slow
def test_the_member_opens_with_the_passphrase(world: World, tmp_path: Path) -> None:
    home = world.home_copy("member", tmp_path)
    opening = ("open", str(world.bundle), *world.with_passphrase, *world.trusting)
    opened = fields(ok(world.run(home, *opening)))
    assert opened["workspace"].endswith(" (created)")
    assert opened["you"] == "Łukasz Membre (member)"
    listed = ok(world.run(home, "workspace", "list")).split("\t")
    assert listed[0] == SESSION_ID and listed[1].startswith("may be deleted after ")
    assert "integrity ok, journal ok" in ok(world.run(home, "workspace", "check", SESSION_ID))


def _flip_a_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.slow
@pytest.mark.parametrize("damage", [Path.unlink, _flip_a_middle_byte], ids=["missing", "altered"])
def test_opening_the_same_bundle_again_repairs_its_payload_copy_and_keeps_the_scores(
    world: World, tmp_path: Path, clock: FakeClock, damage: Callable[[Path], None]
) -> None:
    home = world.home_copy("chair", tmp_path)
    ok(world.run(home, "open", str(world.bundle), *world.trusting))
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _new: SECRETS_PASSPHRASE)
    with open_session_workspace(home, SESSION_ID, secrets, clock) as workspace:
        editor = ScoringEditor(workspace)
        editor.set_level("cand-1", "C1", 2)
        editor.set_comment("cand-1", "C1", COMMENT)
    [copy] = stored_payload_files(workspace_path(home, SESSION_ID).parent)
    original = copy.read_bytes()
    damage(copy)
    message = refused(world.run(home, "workspace", "check", SESSION_ID))
    assert str(copy) in message

    reopened = fields(ok(world.run(home, "open", str(world.bundle))))
    assert reopened["workspace"].endswith(" (repaired)")
    assert copy.read_bytes() == original
    assert "documents ok" in ok(world.run(home, "workspace", "check", SESSION_ID))
    with (
        open_session_workspace(home, SESSION_ID, secrets, clock) as workspace,
        workspace.reading() as session,
    ):
        contents = {
            (document.candidate_id, document.position): read_content(session, document.id)
            for document in session.scalars(select(DossierDocument))
        }
        assert chair_scores(session) == [("cand-1", "C1", 2, COMMENT)]
        assert first_broken_entry(session) is None
    assert contents == {
        (candidate.id, position): document.content
        for candidate in small_session_spec().candidates
        for position, document in enumerate(candidate.documents, start=1)
    }
    # Sound again: the next opening leaves the copy alone.
    again = fields(ok(world.run(home, "open", str(world.bundle))))
    assert again["workspace"].endswith(" (unchanged)")
    assert stored_payload_files(copy.parent) == [copy]


# ------------------------------------------------------------------------- 3. refusals


def nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


@pytest.mark.slow
def test_someone_not_on_the_jury_is_refused(world: World) -> None:
    home = world.homes["outsider"]
    opening = ("open", str(world.bundle), *world.with_passphrase, *world.trusting)
    assert "not a juror" in refused(world.run(home, *opening))
    # Nothing is kept of a refused opening: no workspace, no trust.
    assert nothing_in(home / "workspaces") and nothing_in(home / "trusted-authorities")


@pytest.mark.slow
def test_a_wrong_organiser_fingerprint_is_refused(world: World, tmp_path: Path) -> None:
    home = world.home_copy("member", tmp_path)
    # A plausible mistake: the juror reads out a juror key's fingerprint instead.
    wrong = fields(world.outputs["identity show chair"].stdout)["fingerprint"]
    opening = ("open", str(world.bundle), *world.with_passphrase)
    assert world.fingerprint in refused(world.run(home, *opening, "--organiser-fingerprint", wrong))
    assert nothing_in(home / "workspaces") and nothing_in(home / "trusted-authorities")


@pytest.mark.slow
def test_the_chair_opens_a_reissued_bundle_from_the_command_line(
    world: World, tmp_path: Path
) -> None:
    # The organiser re-issues as session.toml says: version + 1, build again.
    folder = Path(shutil.copytree(world.folder, tmp_path / "session-v2"))
    toml = folder / "session.toml"
    text = toml.read_text(encoding="utf-8")
    assert text.count("\nversion = 1\n") == 1
    toml.write_text(text.replace("\nversion = 1\n", "\nversion = 2\n"), encoding="utf-8")
    v2 = tmp_path / "session-v2.jdbundle"
    ok(world.run(world.homes["organiser"], "bundle", "build", str(folder), "-o", str(v2)))
    home = world.home_copy("chair", tmp_path)
    ok(world.run(home, "open", str(world.bundle), *world.trusting))
    updated = world.run(home, "open", str(v2))
    assert fields(ok(updated))["workspace"].endswith(" (updated)")
    assert fields(updated.stdout)["session"].endswith("version 2")


# ------------------------------------------------------------- 4. update semantics (core API)

BUILT_AT = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
_session_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def core_clock() -> FakeClock:
    return FakeClock(BUILT_AT)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory, core_clock: FakeClock) -> Setting:
    # Shared: each test below works on a session of its own id, in the same homes.
    return make_setting(tmp_path_factory.mktemp("update"), core_clock.now(), fast_secrets=True)


def build_version(setting: Setting, spec: SessionSpec, clock: FakeClock) -> Path:
    """The organiser's folder for `spec`, built (with no passphrase: keys open it)."""
    name = f"{spec.id}-v{spec.version}-{next(_session_numbers)}"
    folder = setting.root / f"folder-{name}"
    write_folder(folder, spec, setting.requests())
    output = setting.root / f"{name}.jdbundle"
    build_bundle(folder, output, setting.authority, clock.now(), passphrase=None)
    return output


@contextmanager
def chair_session(setting: Setting, session_id: str, clock: FakeClock) -> Iterator[Session]:
    # The chair's store is the one their openings used, already unlocked (scrypt costs ~1 s).
    with (
        open_session_workspace(
            setting.chair.home, session_id, setting.chair.secrets, clock
        ) as workspace,
        workspace.reading() as session,
    ):
        yield session


def snapshot(setting: Setting, session_id: str, clock: FakeClock) -> dict[str, Any]:
    """What a refused bundle must leave exactly as it was."""
    with chair_session(setting, session_id, clock) as session:
        row = the_session(session)
        return {
            "version": row.bundle_version,
            "levels": [(level.rank, level.label, level.passing) for level in row.levels],
            "competencies": [competency.code for competency in row.competencies],
            "phases": [(phase.code, phase.minutes) for phase in row.phases],
            "documents": {
                candidate.id: [
                    (document.title, document.sha256) for document in candidate.documents
                ]
                for candidate in row.candidates
            },
            "scores": chair_scores(session),
            "journal": [
                (entry.seq, entry.action)
                for entry in session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
            ],
            "broken": first_broken_entry(session),
        }


def chair_scores(session: Session) -> list[tuple[str, str, int | None, str]]:
    return sorted(
        (assessment.candidate_id, score.competency.code, score.level_rank, score.comment)
        for assessment in session.scalars(select(Assessment))
        for score in assessment.scores
        if score.level_rank is not None or score.comment
    )


COMMENT = "Argumentation claire, appuyée sur les entretiens utilisateurs."
SCORES = [("cand-1", "C1", 2, COMMENT), ("cand-1", "C2", 3, "")]


def score_cand_1(setting: Setting, session_id: str, clock: FakeClock) -> None:
    with open_session_workspace(
        setting.chair.home, session_id, setting.chair.secrets, clock
    ) as workspace:
        editor = ScoringEditor(workspace)
        editor.set_level("cand-1", "C1", 2)
        editor.set_comment("cand-1", "C1", COMMENT)
        editor.set_level("cand-1", "C2", 3)


def new_session(version: int = 1) -> SessionSpec:
    return small_session_spec(f"update-{next(_session_numbers)}", version=version)


@dataclass(frozen=True)
class Scored:
    spec: SessionSpec
    v1: Path


@pytest.fixture
def scored(setting: Setting, core_clock: FakeClock) -> Scored:
    """Version 1 of a session of its own, opened by the chair, who scored cand-1."""
    spec = new_session()
    v1 = build_version(setting, spec, core_clock)
    assert setting.chair.open(v1, core_clock).outcome == "created"
    score_cand_1(setting, spec.id, core_clock)
    assert snapshot(setting, spec.id, core_clock)["scores"] == SCORES
    return Scored(spec, v1)


def with_passing(spec: SessionSpec, passing: tuple[bool, ...]) -> SessionSpec:
    levels = tuple(
        LevelSpec(level.rank, level.label, flag)
        for level, flag in zip(spec.referential.levels, passing, strict=True)
    )
    return dataclasses.replace(
        spec, referential=ReferentialSpec(levels, spec.referential.competencies)
    )


def without_last_competency(spec: SessionSpec) -> SessionSpec:
    referential = spec.referential
    return dataclasses.replace(
        spec, referential=ReferentialSpec(referential.levels, referential.competencies[:-1])
    )


@pytest.mark.slow
def test_a_newer_bundle_updates_the_dossiers_and_keeps_every_score(
    setting: Setting, core_clock: FakeClock, scored: Scored
) -> None:
    # The organiser adds a late document to cand-1 and a new candidate, as version 2.
    first, second = scored.spec.candidates
    late = DocumentSpec(
        DocumentKind.OTHER, "Pièce arrivée en retard", "application/pdf", b"%PDF-1.7 piece tardive"
    )
    newcomer = dataclasses.replace(
        second,
        id="cand-3",
        name="Aïssatou Diallo",
        slot_start=second.slot_start + timedelta(hours=2),
    )
    v2 = dataclasses.replace(
        scored.spec,
        version=2,
        candidates=(
            dataclasses.replace(first, documents=(*first.documents, late)),
            second,
            newcomer,
        ),
    )
    result = setting.chair.open(build_version(setting, v2, core_clock), core_clock)
    assert result.outcome == "updated"
    with chair_session(setting, v2.id, core_clock) as session:
        row = the_session(session)
        assert row.bundle_version == 2
        candidates = {candidate.id: candidate for candidate in row.candidates}
        assert sorted(candidates) == ["cand-1", "cand-2", "cand-3"]
        [stored_late] = [d for d in candidates["cand-1"].documents if d.title == late.title]
        assert read_content(session, stored_late.id) == late.content
        assert [read_content(session, d.id) for d in candidates["cand-3"].documents] == [
            d.content for d in newcomer.documents
        ]
        assert chair_scores(session) == SCORES
        updates = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "session.update")
        ).all()
        assert [json.loads(entry.payload) for entry in updates] == [
            {"from_version": 1, "to_version": 2}
        ]
        assert first_broken_entry(session) is None
        # The replaced dossiers leave no orphaned content behind: one stored payload, v2's.
        orphans = session.scalar(
            select(func.count())
            .select_from(DocumentLocation)
            .where(DocumentLocation.document_id.not_in(select(DossierDocument.id)))
        )
        assert orphans == 0
        [payload] = session.scalars(select(BundlePayload)).all()
        folder = workspace_folder(session)
        assert [p.name for p in stored_payload_files(folder)] == [payload.file_name]
    updated = snapshot(setting, v2.id, core_clock)
    # Then version 1 again: refused, the workspace keeps version 2.
    with pytest.raises(UserError, match="an older bundle never replaces a newer one"):
        setting.chair.open(scored.v1, core_clock)
    assert snapshot(setting, v2.id, core_clock) == updated


@pytest.mark.slow
def test_an_older_bundle_never_replaces_a_newer_one(
    setting: Setting, core_clock: FakeClock
) -> None:
    # Version 2 first, then version 1 (e.g. an old e-mail attachment opened by mistake).
    spec = new_session(version=2)
    opened = setting.chair.open(build_version(setting, spec, core_clock), core_clock)
    assert opened.outcome == "created"
    score_cand_1(setting, spec.id, core_clock)
    before = snapshot(setting, spec.id, core_clock)
    older = build_version(setting, dataclasses.replace(spec, version=1), core_clock)
    with pytest.raises(UserError) as refusal:
        setting.chair.open(older, core_clock)
    assert refusal.value.exit_code == ExitCode.REFUSED
    assert "an older bundle never replaces a newer one" in str(refusal.value)
    assert snapshot(setting, spec.id, core_clock) == before
    assert before["version"] == 2 and before["scores"] == SCORES


@pytest.mark.slow
@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda spec: with_passing(spec, (False, True, True, True)), id="passing"),
        pytest.param(without_last_competency, id="competencies"),
    ],
)
def test_a_new_scale_or_competency_list_is_refused_once_scores_exist(
    setting: Setting,
    core_clock: FakeClock,
    scored: Scored,
    change: Callable[[SessionSpec], SessionSpec],
) -> None:
    before = snapshot(setting, scored.spec.id, core_clock)
    v3 = change(dataclasses.replace(scored.spec, version=3))
    with pytest.raises(UserError, match="level scale or the list of competencies"):
        setting.chair.open(build_version(setting, v3, core_clock), core_clock)
    assert snapshot(setting, scored.spec.id, core_clock) == before


@pytest.mark.slow
def test_a_bundle_removing_an_assessed_candidate_is_refused(
    setting: Setting, core_clock: FakeClock, scored: Scored
) -> None:
    before = snapshot(setting, scored.spec.id, core_clock)
    v3 = dataclasses.replace(scored.spec, version=3, candidates=scored.spec.candidates[1:])
    with pytest.raises(UserError, match="has already been assessed"):
        setting.chair.open(build_version(setting, v3, core_clock), core_clock)
    assert snapshot(setting, scored.spec.id, core_clock) == before


@pytest.mark.slow
def test_a_new_scale_before_any_score_is_taken_as_section_6_says(
    setting: Setting, core_clock: FakeClock
) -> None:
    # §6: a new scale "is refused once scores exist" — so, before any score, it is taken.
    spec = new_session()
    opened = setting.chair.open(build_version(setting, spec, core_clock), core_clock)
    assert opened.outcome == "created"  # and nobody scores
    v2 = with_passing(dataclasses.replace(spec, version=2), (False, True, True, True))
    result = setting.chair.open(build_version(setting, v2, core_clock), core_clock)
    assert result.outcome == "updated"
    levels = snapshot(setting, spec.id, core_clock)["levels"]
    assert [passing for _rank, _label, passing in levels] == [False, True, True, True]


# ------------------------------------------------------------ 5. bounded memory, small scale

BIG = 30 << 20


@pytest.mark.slow
def test_a_30_mib_document_streams_in_and_reads_back_identical(
    setting: Setting, core_clock: FakeClock
) -> None:
    data = os.urandom(BIG)
    expected = hashlib.sha256(data).hexdigest()
    spec = new_session()
    first = spec.candidates[0]
    heavy = DocumentSpec(
        DocumentKind.DECK, "Support de présentation (lourd)", "application/pdf", data
    )
    spec = dataclasses.replace(
        spec, candidates=(dataclasses.replace(first, documents=(*first.documents[:2], heavy)),)
    )
    bundle = build_version(setting, spec, core_clock)
    del data, heavy, spec, first  # only the bundle holds the document from here on
    tracemalloc.start()
    try:
        result = setting.chair.open(bundle, core_clock)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome == "created"
    # Read in 1 MiB pieces, never whole: Python never held half of it at once.
    assert peak < BIG // 2, f"{peak / 2**20:.1f} MiB at peak while opening"
    with chair_session(setting, result.manifest.spec.id, core_clock) as session:
        [document] = [
            document
            for candidate in the_session(session).candidates
            for document in candidate.documents
            if document.size == BIG
        ]
        digest = hashlib.sha256()
        for piece in iter_content(session, document.id):
            assert len(piece) <= 1 << 20  # read a MiB at a time, never whole
            digest.update(piece)
        assert digest.hexdigest() == expected
        # Kept in the stored copy of the bundle's payload, not in database rows.
        chunks = session.scalar(
            select(func.count())
            .select_from(DocumentChunk)
            .where(DocumentChunk.document_id == document.id)
        )
        assert chunks == 0
        assert session.get(DocumentLocation, document.id) is not None
        # `workspace check` reads the whole copy and hashes every document, a MiB at a time.
        tracemalloc.start()
        try:
            report = check_documents(session)
            _now, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert report.problems == () and report.payload_copies == 1
        assert peak < 8 << 20, f"{peak / 2**20:.1f} MiB at peak while checking"


# ------------------------------------------------------------------------------- 6. the demo


def console_script() -> list[str]:
    """`jury-desk` as installed beside this Python, as a script would call it."""
    script = Path(sys.executable).with_name("jury-desk")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "jury_desk"]


@pytest.mark.slow
def test_the_demo_says_where_everything_is_and_its_member_can_open_the_bundle(
    tmp_path: Path,
) -> None:
    out = tmp_path / "demo"
    demo = ok(jury_desk(tmp_path / "home", "demo", "--no-gui", "--out", str(out), secrets=None))
    lines = fields(demo)
    assert lines["demo"] == f"{out} (created)"
    # One `name: path` line per artefact, each where it says.
    paths = {
        name: Path(value)
        for name, value in lines.items()
        if value.startswith(str(out)) and name != "demo"
    }
    assert {"bundle", "passphrase-file", "organiser", "member-home", "member-sheets"} <= set(paths)
    assert all(path.exists() for path in paths.values()), paths
    passphrase_file = str(paths["passphrase-file"])
    # The member checks the organiser's fingerprint (here: the organiser's own command says it).
    show = jury_desk(paths["organiser"], "org", "show", secrets=paths["passphrase-file"])
    fingerprint = fields(ok(show))["fingerprint"]
    command = [*console_script(), "--home", str(paths["member-home"])]
    command += ["--secrets-passphrase-file", passphrase_file, "open", str(paths["bundle"])]
    command += ["--passphrase-file", passphrase_file, "--organiser-fingerprint", fingerprint]
    opened = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "JURY_DESK_SECRETS": "file"},
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    result = fields(ok(opened))
    # The demo opened it already, to sign the member's first sheets.
    assert result["workspace"].endswith(" (unchanged)")
    assert result["you"].endswith(" (member)")
