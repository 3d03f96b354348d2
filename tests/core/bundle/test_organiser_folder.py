"""The organiser's folder: scaffold, strict loading with one-line messages, demo round trip."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from jury_desk.bundle.folder.loading import load_folder
from jury_desk.bundle.folder.model import FolderError
from jury_desk.bundle.folder.scaffold import scaffold
from jury_desk.bundle.folder.writing import write_folder
from jury_desk.demo.session import demo_session_spec
from jury_desk.models.enums import DecisionRuleKind, DocumentKind, JurorRole
from jury_desk.session.spec import DocumentSpec, SessionSpec
from tests.factories import DEMO_DAY

VALID = """\
format = 1

[session]
id = "rs6247-test"
title = "Session de test"
certification_title = "Concevoir un service public numérique au sein de l'État"
rs_code = "RS6247"
starts_on = 2027-05-18
ends_on = 2027-05-19
version = 1
decision_delay_months = 2
timezone = "Europe/Paris"

[[levels]]
label = "Insuffisant"
passing = false

[[levels]]
label = "Maîtrisé"
passing = true

[[competencies]]
code = "C1"
title = "Pitch"
description = "Présenter le service."
criteria = ["Clarté"]
descriptors = ["Confus.", "Clair."]

[[competencies]]
code = "C2"
title = "Investigation du problème"
description = "Comprendre le problème."
criteria = ["Entretiens"]
descriptors = ["Aucun entretien.", "Entretiens réguliers."]

[decision_rule]
kind = "all_passing"

[interview_plan]
warning_marks_minutes = [10, 5]

[[interview_plan.phases]]
code = "pitch"
title = "Pitch du candidat"
minutes = 10

[[interview_plan.phases]]
code = "questions"
title = "Questions"
minutes = 50

[[jurors]]
id = "chair"
name = "Claire Dubois"
email = "claire.dubois@jury.example.org"
role = "chair"
request = "requests/chair.json"

[[jurors]]
id = "member"
name = "Karim Benhaddou"
email = "karim.benhaddou@jury.example.org"
role = "member"

[[candidates]]
id = "c01-alpha"
name = "Alice Martin"
startup = "Alpha"
incubator = "Incubateur de test"
phase = "Accélération"
role = "Intrapreneuse"
slot = 2027-05-18T09:00:00
slot_minutes = 60
site_url = "https://alpha.example/"
product_sheet_url = "https://fiches.example/alpha"

[[candidates.documents]]
kind = "deck"
title = "Support de présentation"
file = "dossiers/c01-alpha/deck.pdf"

[[candidates.documents]]
kind = "mockups"
title = "Maquette"
file = "dossiers/c01-alpha/maquette.png"

[[candidates]]
id = "c02-beta"
name = "Bruno Petit"
startup = "Beta"
incubator = "Incubateur de test"
phase = "Accélération"
role = "Intrapreneur"
slot = 2027-05-19T14:00:00
site_url = "https://beta.example/"
product_sheet_url = "https://fiches.example/beta"

[[candidates.documents]]
kind = "user_interviews"
title = "Entretiens utilisateurs"
file = "dossiers/c02-beta/entretiens.pdf"
"""

FILES = ("dossiers/c01-alpha/deck.pdf", "dossiers/c01-alpha/maquette.png")
FILES_BETA = ("dossiers/c02-beta/entretiens.pdf",)

Edit = Callable[[Path], None]


def make_valid(root: Path) -> Path:
    root.mkdir()
    (root / "session.toml").write_text(VALID, encoding="utf-8")
    for relative in (*FILES, *FILES_BETA):
        placeholder(root / relative)
    return root


def placeholder(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF placeholder " + path.name.encode())


def sub(old: str, new: str) -> Edit:
    """Replace the one occurrence of `old` in session.toml."""

    def edit(root: Path) -> None:
        path = root / "session.toml"
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path.write_text(text.replace(old, new), encoding="utf-8")

    return edit


def both(*edits: Edit) -> Edit:
    def edit(root: Path) -> None:
        for one in edits:
            one(root)

    return edit


def symlink_outside(root: Path) -> None:
    outside = root.parent / "outside.pdf"
    outside.write_bytes(b"%PDF elsewhere")
    (root / FILES[0]).unlink()
    (root / FILES[0]).symlink_to(outside)


def symlinked_dossier(root: Path) -> None:
    real = root.parent / "elsewhere"
    real.mkdir()
    placeholder(real / "deck.pdf")
    placeholder(real / "maquette.png")
    for relative in FILES:
        (root / relative).unlink()
    (root / "dossiers/c01-alpha").rmdir()
    (root / "dossiers/c01-alpha").symlink_to(real, target_is_directory=True)


def remove(relative: str) -> Edit:
    return lambda root: (root / relative).unlink()


def write(relative: str, data: bytes) -> Edit:
    def edit(root: Path) -> None:
        (root / relative).write_bytes(data)

    return edit


def create(relative: str) -> Edit:
    return lambda root: placeholder(root / relative)


BROKEN: list[tuple[str, Edit, str]] = [
    ("no session.toml", remove("session.toml"), "session.toml: not found in"),
    (
        "toml syntax",
        sub("version = 1", "version = "),
        "session.toml: line 10, column 11: invalid value",
    ),
    ("format 2", sub("format = 1", "format = 2"), "format: 2 is not supported"),
    ("no format", sub("format = 1\n", ""), "missing key 'format'"),
    (
        "unknown key with suggestion",
        sub("slot = 2027-05-18T09:00:00", "slto = 2027-05-18T09:00:00"),
        "candidates[1]: unknown key 'slto' (did you mean 'slot'?)",
    ),
    (
        "unknown top-level key",
        sub("[decision_rule]", "[decision_rules]"),
        "unknown key 'decision_rules' (did you mean 'decision_rule'?)",
    ),
    (
        "unknown key listing accepted keys",
        sub('title = "Maquette"', 'title = "Maquette"\nzzz = 1'),
        "candidates[1].documents[2]: unknown key 'zzz' (accepted keys: kind, title, file)",
    ),
    ("missing key", sub('name = "Alice Martin"\n', ""), "candidates[1]: missing key 'name'"),
    ("missing table", sub("[session]", "[sessionx]"), "did you mean 'session'?"),
    (
        "wrong type",
        sub("version = 1", 'version = "1"'),
        'session.version: expected a whole number, got text "1"',
    ),
    (
        "single brackets for a list of blocks",
        sub(
            '[[candidates.documents]]\nkind = "user_interviews"',
            '[candidates.documents]\nkind = "user_interviews"',
        ),
        "candidates[2].documents: write [[candidates.documents]] with two brackets",
    ),
    ("bad session id", sub('id = "rs6247-test"', 'id = "RS 6247"'), 'session.id: "RS 6247"'),
    ("bad rs code", sub('rs_code = "RS6247"', 'rs_code = "6247"'), "session.rs_code"),
    (
        "ends before it starts",
        sub("ends_on = 2027-05-19", "ends_on = 2027-05-17"),
        "session.ends_on: 2027-05-17 is before starts_on (2027-05-18)",
    ),
    (
        "date as bad text",
        sub("starts_on = 2027-05-18", 'starts_on = "2027-02-30"'),
        'session.starts_on: "2027-02-30" is not a date (expected YYYY-MM-DD)',
    ),
    (
        "bad timezone",
        sub('timezone = "Europe/Paris"', 'timezone = "Europe/Pariss"'),
        'session.timezone: "Europe/Pariss" is not a known time zone',
    ),
    (
        "a single level",
        sub('[[levels]]\nlabel = "Insuffisant"\npassing = false\n\n', ""),
        "levels: 1 level(s): a scale needs at least 2",
    ),
    (
        "passing level below a failing one",
        both(
            sub('label = "Insuffisant"\npassing = false', 'label = "Insuffisant"\npassing = true'),
            sub('label = "Maîtrisé"\npassing = true', 'label = "Maîtrisé"\npassing = false'),
        ),
        'levels[2].passing: "Maîtrisé" does not pass but comes after the passing level',
    ),
    (
        "no passing level",
        sub('label = "Maîtrisé"\npassing = true', 'label = "Maîtrisé"\npassing = false'),
        "levels: no level passes",
    ),
    (
        "descriptors count mismatch",
        sub('descriptors = ["Confus.", "Clair."]', 'descriptors = ["Confus."]'),
        "competencies[1].descriptors: 1 descriptor(s) for 2 levels",
    ),
    ("empty criteria", sub('criteria = ["Clarté"]', "criteria = []"), "competencies[1].criteria"),
    ("duplicate competency", sub('code = "C2"', 'code = "C1"'), 'competencies[2].code: "C1"'),
    (
        "minimum_passing with all_passing",
        sub('kind = "all_passing"', 'kind = "all_passing"\nminimum_passing = 1'),
        'decision_rule.minimum_passing: only with kind = "minimum_passing"',
    ),
    (
        "minimum_passing out of range",
        sub('kind = "all_passing"', 'kind = "minimum_passing"\nminimum_passing = 3'),
        "decision_rule.minimum_passing: 3 is out of range (expected 1 to 2)",
    ),
    (
        "unknown rule kind",
        sub('kind = "all_passing"', 'kind = "majority"'),
        'decision_rule.kind: "majority" is not accepted',
    ),
    (
        "phase without minutes",
        sub("minutes = 10", "minutes = 0"),
        "interview_plan.phases[1].minutes: 0 is out of range",
    ),
    (
        "warning mark beyond the interview",
        sub("warning_marks_minutes = [10, 5]", "warning_marks_minutes = [60]"),
        "interview_plan.warning_marks_minutes: 60 is not between 1 and 59",
    ),
    (
        "duplicate juror id",
        sub('id = "member"', 'id = "chair"'),
        'jurors[2].id: "chair" is already',
    ),
    (
        "two chairs",
        sub('role = "member"', 'role = "chair"'),
        "jurors[2].role: a second chair: a jury has exactly one (jurors[1] is)",
    ),
    (
        "no member",
        sub(
            '[[jurors]]\nid = "member"\nname = "Karim Benhaddou"\n'
            'email = "karim.benhaddou@jury.example.org"\nrole = "member"\n',
            "",
        ),
        'jurors: no juror has role = "member"',
    ),
    ("bad role", sub('role = "member"', 'role = "membre"'), 'jurors[2].role: "membre"'),
    ("bad email", sub('"karim.benhaddou@jury.example.org"', '"karim"'), "jurors[2].email"),
    (
        "request outside",
        sub('request = "requests/chair.json"', 'request = "../chair.json"'),
        'jurors[1].request: "../chair.json" must not contain ".."',
    ),
    (
        "duplicate candidate id",
        sub('id = "c02-beta"', 'id = "c01-alpha"'),
        'candidates[2].id: "c01-alpha" is already the id of candidates[1]',
    ),
    (
        "slot outside the session dates",
        sub("slot = 2027-05-19T14:00:00", "slot = 2027-05-20T14:00:00"),
        "candidates[2].slot: 2027-05-20 14:00 (Europe/Paris) is outside the session dates",
    ),
    (
        "slot with an offset, on another day in Paris",
        sub("slot = 2027-05-19T14:00:00", "slot = 2027-05-19T23:30:00-02:00"),
        "candidates[2].slot: 2027-05-20 03:30 (Europe/Paris) is outside",
    ),
    (
        "slot as bad text",
        sub("slot = 2027-05-19T14:00:00", 'slot = "2026-13-01 09:00"'),
        'candidates[2].slot: "2026-13-01 09:00" is not a date and time (expected YYYY-MM-DD HH:MM)',
    ),
    (
        "slot in the spring clock change",
        both(
            sub("starts_on = 2027-05-18", "starts_on = 2027-03-28"),
            sub("slot = 2027-05-18T09:00:00", "slot = 2027-03-28T02:30:00"),
        ),
        "candidates[1].slot: 2027-03-28 02:30 does not exist in Europe/Paris",
    ),
    (
        "bad url scheme",
        sub('site_url = "https://alpha.example/"', 'site_url = "ftp://alpha.example/"'),
        'candidates[1].site_url: "ftp://alpha.example/" is not a web address',
    ),
    (
        "link kind as a document",
        sub('kind = "deck"', 'kind = "site_link"'),
        'candidates[1].documents[1].kind: "site_link" comes from the candidate\'s site_url',
    ),
    (
        "unknown document kind",
        sub('kind = "deck"', 'kind = "slides"'),
        'candidates[1].documents[1].kind: "slides" is not accepted (expected one of:',
    ),
    (
        "parent path",
        sub('"dossiers/c01-alpha/deck.pdf"', '"dossiers/../../deck.pdf"'),
        'candidates[1].documents[1].file: "dossiers/../../deck.pdf" must not contain ".."',
    ),
    (
        "absolute path",
        sub('"dossiers/c01-alpha/deck.pdf"', '"/etc/passwd"'),
        'candidates[1].documents[1].file: "/etc/passwd" is an absolute path',
    ),
    (
        "windows drive",
        sub('"dossiers/c01-alpha/deck.pdf"', '"C:deck.pdf"'),
        "is an absolute path",
    ),
    (
        "backslashes",
        sub('"dossiers/c01-alpha/deck.pdf"', "'dossiers\\c01-alpha\\deck.pdf'"),
        'separate folders with "/"',
    ),
    (
        "symlink leaving the folder",
        symlink_outside,
        'candidates[1].documents[1].file: "dossiers/c01-alpha/deck.pdf": '
        "dossiers/c01-alpha/deck.pdf is a symbolic link",
    ),
    (
        "symlinked dossier folder",
        symlinked_dossier,
        "dossiers/c01-alpha is a symbolic link",
    ),
    (
        "missing file",
        remove(FILES[1]),
        'candidates[1].documents[2].file: "dossiers/c01-alpha/maquette.png" does not exist',
    ),
    ("empty file", write(FILES[1], b""), '"dossiers/c01-alpha/maquette.png" is empty'),
    (
        "a folder instead of a file",
        both(remove(FILES[1]), lambda root: (root / FILES[1]).mkdir()),
        "is not a regular file",
    ),
    (
        "unsupported extension",
        both(
            create("dossiers/c01-alpha/deck.key"),
            sub('"dossiers/c01-alpha/deck.pdf"', '"dossiers/c01-alpha/deck.key"'),
        ),
        '".key" files are not accepted (accepted: .pdf, .png,',
    ),
    (
        "same file twice",
        sub('"dossiers/c01-alpha/maquette.png"', '"./dossiers/c01-alpha/deck.pdf"'),
        "candidates[1].documents[2].file: same file as documents[1]",
    ),
    (
        "not utf-8",
        write("session.toml", VALID.encode("latin-1")),
        "session.toml: line 6: not UTF-8 text",
    ),
]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [pytest.param(edit, expected, id=name) for name, edit, expected in BROKEN],
)
def test_a_broken_folder_gets_one_clear_line(tmp_path: Path, edit: Edit, expected: str) -> None:
    root = make_valid(tmp_path / "session")
    edit(root)
    with pytest.raises(FolderError) as caught:
        load_folder(root)
    message = str(caught.value)
    assert expected in message
    assert message.startswith("session.toml: ")
    assert "\n" not in message


def test_the_valid_folder_loads(tmp_path: Path) -> None:
    root = make_valid(tmp_path / "session")
    folder = load_folder(root)
    assert folder.root == root.resolve()
    assert folder.session_id == "rs6247-test"
    assert folder.timezone == "Europe/Paris"
    assert [level.passing for level in folder.referential.levels] == [False, True]
    assert folder.rule.kind is DecisionRuleKind.ALL_PASSING
    assert folder.plan.total_minutes == 60
    alpha, beta = folder.candidates
    assert alpha.slot_start == datetime(2027, 5, 18, 7, 0, tzinfo=UTC)  # 09:00 in Paris (CEST)
    assert beta.slot_minutes == 60  # from the interview plan, by default
    assert [d.media_type for d in alpha.documents] == ["application/pdf", "image/png"]
    assert alpha.documents[0].path == root.resolve() / FILES[0]
    # The chair's request has not arrived yet: the loader accepts it, the bundle build won't.
    assert [juror.request for juror in folder.jurors] == [None, None]
    placeholder(root / "requests/chair.json")
    assert load_folder(root).jurors[0].request == root.resolve() / "requests/chair.json"


def test_the_checks_follow_the_file_order(tmp_path: Path) -> None:
    root = make_valid(tmp_path / "session")
    sub('site_url = "https://beta.example/"', 'site_url = "beta"')(root)
    sub('role = "member"', 'role = "chair"')(root)
    with pytest.raises(FolderError, match=r"jurors\[2\]\.role"):
        load_folder(root)


def test_a_minimum_passing_rule_and_text_slots_load(tmp_path: Path) -> None:
    root = make_valid(tmp_path / "session")
    sub('kind = "all_passing"', 'kind = "minimum_passing"\nminimum_passing = 1')(root)
    sub("slot = 2027-05-18T09:00:00", 'slot = "2027-05-18 09:30"')(root)
    folder = load_folder(root)
    assert folder.rule.minimum_passing == 1
    assert folder.candidates[0].slot_start == datetime(2027, 5, 18, 7, 30, tzinfo=UTC)


def test_session_spec_puts_links_first_then_the_files(tmp_path: Path) -> None:
    root = make_valid(tmp_path / "session")
    issued = datetime(2027, 5, 1, 8, 0, tzinfo=UTC)
    spec = load_folder(root).session_spec(issued, ())
    documents = spec.candidates[0].documents
    assert [d.kind for d in documents] == [
        DocumentKind.SITE_LINK,
        DocumentKind.PRODUCT_SHEET_LINK,
        DocumentKind.DECK,
        DocumentKind.MOCKUPS,
    ]
    assert documents[0].media_type == "text/uri-list"
    assert documents[0].content == b"https://alpha.example/"
    assert documents[2].content == (root / FILES[0]).read_bytes()
    assert spec.issued_at == issued


# --- Scaffold ---------------------------------------------------------------------------


def test_scaffold_fails_only_on_the_missing_files(tmp_path: Path) -> None:
    root = tmp_path / "mai-2027"
    scaffold(root)
    assert (root / "dossiers" / "LISEZMOI.txt").is_file()
    assert (root / "requests" / "LISEZMOI.txt").is_file()
    document = tomllib.loads((root / "session.toml").read_text(encoding="utf-8"))
    files = [d["file"] for c in document["candidates"] for d in c["documents"]]
    with pytest.raises(FolderError) as caught:
        load_folder(root)
    assert str(caught.value) == (
        f'session.toml: candidates[1].documents[1].file: "{files[0]}" does not exist'
    )
    for relative in files:
        placeholder(root / relative)
    folder = load_folder(root)
    assert [juror.request for juror in folder.jurors] == [None, None]
    for juror in document["jurors"]:
        placeholder(root / juror["request"])

    folder = load_folder(root)
    assert [level.label for level in folder.referential.levels] == [
        "Insuffisant",
        "À consolider",
        "Maîtrisé",
        "Expert",
    ]
    assert [level.passing for level in folder.referential.levels] == [False, False, True, True]
    assert [c.code for c in folder.referential.competencies] == [f"C{n}" for n in range(1, 9)]
    assert folder.referential.competencies[7].title.startswith("Mettre en place et maintenir")
    assert folder.rule.kind is DecisionRuleKind.ALL_PASSING
    assert [(p.code, p.minutes) for p in folder.plan.phases] == [
        ("pitch", 10),
        ("questions", 40),
        ("cloture", 10),
    ]
    assert folder.plan.warning_marks_minutes == (10, 5)
    assert [juror.role for juror in folder.jurors] == [JurorRole.CHAIR, JurorRole.MEMBER]
    assert all(juror.request is not None for juror in folder.jurors)
    assert len(folder.candidates) == 1
    assert len(folder.candidates[0].documents) == len(files)


def test_scaffold_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    root = tmp_path / "session"
    root.mkdir()
    (root / "notes.txt").write_text("à garder", encoding="utf-8")
    with pytest.raises(FolderError, match="not empty"):
        scaffold(root)
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]


def test_scaffold_accepts_an_existing_empty_folder(tmp_path: Path) -> None:
    root = tmp_path / "session"
    root.mkdir()
    scaffold(root)
    assert (root / "session.toml").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["session"]  # no staging folder left


# --- Writing a spec (the demo generator) ------------------------------------------------


def _comparable(document: DocumentSpec) -> tuple[str, str, str, str]:
    return (document.kind, document.title, document.media_type, document.sha256)


def _assert_same_session(loaded: SessionSpec, demo: SessionSpec) -> None:
    assert dataclasses.replace(loaded, candidates=()) == dataclasses.replace(demo, candidates=())
    assert len(loaded.candidates) == len(demo.candidates)
    for got, want in zip(loaded.candidates, demo.candidates, strict=True):
        assert dataclasses.replace(got, documents=()) == dataclasses.replace(want, documents=())
        assert [_comparable(d) for d in got.documents] == [_comparable(d) for d in want.documents]


def test_write_folder_round_trips_the_demo(tmp_path: Path) -> None:
    demo = demo_session_spec(DEMO_DAY)
    root = tmp_path / "demo"
    write_folder(root, demo, {"juror-chair": b'{"request": 1}'})

    folder = load_folder(root)
    assert folder.timezone == "Europe/Paris"
    assert (root / "session.toml").read_text(encoding="utf-8").startswith("# ")
    chair, member = folder.jurors
    assert chair.request is not None
    assert chair.request.read_bytes() == b'{"request": 1}'
    assert member.request is None
    assert "request" not in tomllib.loads((root / "session.toml").read_text())["jurors"][1]
    first_file = folder.candidates[0].documents[0].path
    assert first_file.parent == root.resolve() / "dossiers" / demo.candidates[0].id
    assert first_file.name.startswith("01-")

    _assert_same_session(folder.session_spec(demo.issued_at, demo.jurors), demo)


def test_write_folder_keeps_a_slot_in_the_repeated_autumn_hour(tmp_path: Path) -> None:
    demo = demo_session_spec(DEMO_DAY)
    # 01:30 UTC on 25 October 2026 is the second 02:30 in Paris, after the clocks went back.
    slot = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    candidates = (dataclasses.replace(demo.candidates[0], slot_start=slot), *demo.candidates[1:])
    spec = dataclasses.replace(demo, starts_on=date(2026, 10, 25), candidates=candidates)
    write_folder(tmp_path / "autumn", spec, {})
    assert load_folder(tmp_path / "autumn").candidates[0].slot_start == slot


def test_write_folder_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    root.mkdir()
    (root / "session.toml").write_text("format = 1", encoding="utf-8")
    with pytest.raises(FolderError, match="not empty"):
        write_folder(root, demo_session_spec(DEMO_DAY), {})
