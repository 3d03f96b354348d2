"""The minutes: drawn up and signed by the chair, co-signed by the member, verified, brought back.

A real session: the organiser's bundle opened by both jurors, each juror's sheets signed
with their own key, the member's imported by the chair, the deliberation recorded. Every
forgery is made the way an attacker would: an incremental update appended with pyHanko's
writer, or a signature added with a juror's real key.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pikepdf
import pikepdf.pdfa
import pytest
from sqlalchemy import select

from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.folder.writing import write_folder
from jury_desk.chair.deliberation import Deliberator, NotChairError
from jury_desk.cli.main import main
from jury_desk.juror.editing import ScoringEditor
from jury_desk.minutes.codec import minutes_from_json, minutes_schema
from jury_desk.minutes.cosign import CosignRefusedError, cosign_minutes
from jury_desk.minutes.data import (
    ATTACHMENT_NAME,
    MinutesData,
    MinutesFormatError,
    MinutesNotReadyError,
)
from jury_desk.minutes.export import export_minutes, latest_minutes
from jury_desk.minutes.gather import minutes_data_from_workspace
from jury_desk.minutes.importing import MinutesImportKind, import_minutes, is_minutes_pdf
from jury_desk.minutes.render import CHAIR_BOX, MEMBER_BOX, render_minutes_pdf
from jury_desk.minutes.render_words import decimal, percent
from jury_desk.minutes.verify import NOT_YET_COSIGNED, verify_minutes
from jury_desk.models import JournalEntry, Outcome, SignedMinutes
from jury_desk.models import Juror as JurorRow
from jury_desk.pdf.flow import last_page_box
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet, signed_sheets
from jury_desk.sheets.importing import import_sheet
from jury_desk.signing.as_juror import juror_certificate, sign_as_juror
from jury_desk.signing.authority import KnownSession, known_session
from jury_desk.signing.pades import sign_pdf
from jury_desk.signing.verification import embedded_file
from jury_desk.store.workspace import Workspace
from tests.bundle_factory import (
    BUNDLE_PASSPHRASE,
    SECRETS_PASSPHRASE,
    Juror,
    Setting,
    make_setting,
    secret_store,
)
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock, small_session_spec
from tests.helpers.pdf_forgery import replace_attachment

CLOCK = FakeClock(datetime(2026, 11, 30, 16, 0, tzinfo=UTC))
SESSION = "test-session"
# A long reason, worded for the letter to the candidate: it must flow over pages.
LONG_REASONS = " ".join(
    f"Motif {n} : la compétence « Test » n’est pas démontrée par des entretiens d’usagers."
    for n in range(1, 160)
)
# Levels by competency: the chair's and the member's (the member disagrees on C2 and C5).
CHAIR_LEVELS = {"cand-1": (3, 2, 3, 3, 3, 3, 3, 3), "cand-2": (2, 2, 2, 2, 0, 2, 3, 3)}
MEMBER_LEVELS = {"cand-1": (3, 3, 3, 3, 3, 3, 3, 3), "cand-2": (2, 2, 2, 2, 1, 2, 3, 3)}


def _score(workspace: Workspace, candidate_id: str, levels: tuple[int, ...]) -> None:
    editor = ScoringEditor(workspace)
    for code, level in zip(COMPETENCY_CODES, levels, strict=True):
        editor.set_level(candidate_id, code, level)
        editor.set_comment(candidate_id, code, f"Constat sur {code}.")


def _sign_all(juror: Juror, setting: Setting, levels: dict[str, tuple[int, ...]]) -> list[bytes]:
    with _open(juror.home, juror) as workspace:
        pdfs = []
        for candidate_id, candidate_levels in levels.items():
            _score(workspace, candidate_id, candidate_levels)
            sheet = sign_sheet(
                workspace, candidate_id, juror.identity, setting.authority.certificate, CLOCK
            )
            pdfs.append(sheet.pdf)
        return pdfs


def _open(home: Path, juror: Juror | None = None) -> Workspace:
    return open_session_workspace(home, SESSION, secret_store(home), CLOCK)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """Both jurors have signed both sheets; the chair imported the member's, and deliberated."""
    setting = make_setting(
        tmp_path_factory.mktemp("minutes"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    member_sheets = _sign_all(setting.member, setting, MEMBER_LEVELS)
    _sign_all(setting.chair, setting, CHAIR_LEVELS)
    with _open(setting.chair.home) as chair:
        sessions = _sessions(setting.chair.home, chair)
        for pdf in member_sheets:
            assert import_sheet(chair, pdf, sessions, CLOCK).accepted
        deliberator = Deliberator(chair, CLOCK)
        deliberator.cast_vote("cand-1", "C2", 3, "Démonstration convaincante en entretien.")
        deliberator.decide("cand-1", Outcome.CERTIFIED, "")
        deliberator.cast_vote("cand-2", "C5", 1, "Aucun test avec des usagers.")
        deliberator.decide("cand-2", Outcome.NOT_CERTIFIED, LONG_REASONS)
    return setting


def _sessions(home: Path, workspace: Workspace) -> dict[str, KnownSession]:
    known = known_session(home, workspace)
    return {known.id: known}


@pytest.fixture
def chair_home(setting: Setting, tmp_path: Path) -> Path:
    """A fresh copy of the chair's data folder for each test that changes it."""
    home = tmp_path / "chair"
    shutil.copytree(setting.chair.home, home)
    return home


@pytest.fixture
def chair(chair_home: Path) -> Iterator[Workspace]:
    with _open(chair_home) as workspace:
        yield workspace


@pytest.fixture(scope="module")
def signed_home(setting: Setting, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The chair's data folder once revision 1 of the minutes is signed (kept for the module)."""
    home = tmp_path_factory.mktemp("signed") / "chair"
    shutil.copytree(setting.chair.home, home)
    with _open(home) as workspace:
        export_minutes(workspace, home, setting.chair.identity, CLOCK)
    return home


@pytest.fixture(scope="module")
def signed(signed_home: Path) -> bytes:
    with _open(signed_home) as workspace:
        minutes = latest_minutes(workspace)
    assert minutes is not None and minutes.revision == 1
    return minutes.pdf


@pytest.fixture(scope="module")
def cosigned(setting: Setting, signed: bytes) -> bytes:
    with _open(setting.member.home) as member:
        return cosign_minutes(signed, member, setting.member.home, setting.member.identity, CLOCK)


@pytest.fixture(scope="module")
def data(setting: Setting) -> MinutesData:
    with _open(setting.chair.home) as workspace:
        return minutes_data_from_workspace(workspace)


@pytest.fixture(scope="module")
def known(setting: Setting) -> dict[str, KnownSession]:
    with _open(setting.chair.home) as workspace:
        return _sessions(setting.chair.home, workspace)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def _pdf_text(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(pdf)
    return " ".join(_run(require_tool("pdftotext"), str(path), "-").stdout.split())


# --- The data -----------------------------------------------------------------------


def test_the_data_holds_the_jury_the_decisions_and_the_statistics(data: MinutesData) -> None:
    assert data.revision == 1
    assert (data.session.id, data.session.rs_code) == (SESSION, "RS6247")
    assert [(j.id, j.role.value) for j in data.jury] == [("chair", "chair"), ("member", "member")]
    assert data.chair.name == "Claire Présidente" and data.member.name == "Łukasz Membre"
    assert data.deliberated_on.isoformat() == "2026-11-30"
    first, second = data.candidates
    assert (first.id, first.name, first.outcome) == ("cand-1", "Zoë Lefèvre", Outcome.CERTIFIED)
    assert [c.code for c in first.validated] == list(COMPETENCY_CODES)
    assert first.levels[1].level == 3  # the casting vote, with its note
    assert first.levels[1].casting_note == "Démonstration convaincante en entretien."
    assert first.levels[0].casting_note == ""
    assert (second.outcome, second.reasons) == (Outcome.NOT_CERTIFIED, LONG_REASONS)
    assert [c.code for c in second.validated] == ["C1", "C2", "C3", "C4", "C6", "C7", "C8"]
    assert (second.levels[4].level, second.levels[4].level_label) == (1, "À consolider")
    statistics = data.statistics
    assert statistics.outcome_counts[Outcome.CERTIFIED] == 1 and statistics.pass_rate == 0.5
    assert statistics.pairs == 16 and statistics.agreement_rate == 0.875
    c5 = statistics.competencies[4]
    assert (c5.code, c5.pairs, c5.agreements, c5.level_counts) == ("C5", 2, 1, (0, 1, 0, 1))


def test_the_json_is_canonical_valid_and_round_trips(data: MinutesData) -> None:
    raw = data.to_json()
    document = json.loads(raw)
    jsonschema.Draft202012Validator(minutes_schema()).validate(document)
    assert (
        raw == json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2).encode() + b"\n"
    )
    assert minutes_from_json(raw) == data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema_version=2), "schema version 2"),
        (lambda d: d["candidates"][0].update(outcome="admis"), "candidates/0/outcome"),
        (lambda d: d["jury"].reverse(), r"jury/\d/role"),
        (lambda d: d["candidates"][1]["validated_competencies"].pop(), "validated_competencies"),
        (lambda d: d["statistics"]["outcome_counts"].update(certified=2), "outcome_counts"),
        (lambda d: d["candidates"][0].update(decided_at="2026-11-31T10:00:00Z"), "no such time"),
    ],
)
def test_edited_data_is_refused_naming_the_place(
    data: MinutesData, change: object, message: str
) -> None:
    document = json.loads(data.to_json())
    change(document)  # type: ignore[operator]  # a lambda from the table above
    with pytest.raises(MinutesFormatError, match=message) as refused:
        minutes_from_json(json.dumps(document).encode())
    assert "\n" not in str(refused.value)


def test_the_minutes_wait_for_every_decision(setting: Setting, chair: Workspace) -> None:
    Deliberator(chair, CLOCK).decide(
        "cand-2",
        Outcome.POSTPONED,
        "Dossier incomplet.",
        "Pièce manquante.",
        despite_signed_sheets=True,
    )
    with chair.session() as session:
        from jury_desk.models import Candidate

        candidate = session.get(Candidate, "cand-1")
        assert candidate is not None and candidate.deliberation is not None
        candidate.deliberation.outcome = None
        candidate.deliberation.decided_at = None
    with pytest.raises(MinutesNotReadyError, match=r"none yet for Zoë Lefèvre\.$"):
        minutes_data_from_workspace(chair)


def test_only_the_chair_draws_up_the_minutes(setting: Setting) -> None:
    with _open(setting.member.home) as member, pytest.raises(NotChairError, match="member"):
        minutes_data_from_workspace(member)


# --- The PDF ------------------------------------------------------------------------


def test_the_pdf_is_pdfa3b_in_french_with_its_json_attached(
    data: MinutesData, tmp_path: Path
) -> None:
    pdf = render_minutes_pdf(data)
    assert pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b").passed
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert pikepdf.pdfa.check(document, "3b").passed
        assert str(document.Root.Lang) == "fr-FR"
        assert document.open_metadata().pdfa_status == "3B"
    assert embedded_file(pdf, ATTACHMENT_NAME) == data.to_json()
    assert render_minutes_pdf(data) == pdf  # the same data gives the same bytes
    assert _run(require_tool("qpdf"), "--check", str(_write(tmp_path, pdf))).returncode == 0
    fonts = _run(require_tool("pdffonts"), str(_write(tmp_path, pdf))).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line and "DejaVu" in line for line in fonts)


def test_the_pdf_reads_as_minutes(data: MinutesData, tmp_path: Path) -> None:
    pdf = render_minutes_pdf(data)
    text = _pdf_text(tmp_path, pdf)
    for expected in (
        "Procès-verbal de délibération",
        "Concevoir un service public numérique au sein de l’État",
        "Présidence du jury Claire Présidente",
        "Membre du jury Łukasz Membre",
        "Zoë Lefèvre Certification obtenue",
        "Nguyễn Thị Mai",
        "Certification non obtenue",
        "C1, C2, C3, C4, C6, C7, C8",
        "Motif 159 : la compétence « Test » n’est pas démontrée",
        "Voix prépondérante : Aucun test avec des usagers.",
        f"Taux de réussite : {percent(0.5)} (1 candidat·e certifié·e sur 2 ayant passé "
        "l’entretien).",
        "Règles appliquées",
        f"{percent(0.875)} des 16 niveaux comparés",
        "Répartition des niveaux retenus",
        f"SHA-256 des données : {data.sha256}",
        "révision 1",
        "Fait le 30 novembre 2026.",
    ):
        assert " ".join(expected.split()) in text, expected
    assert "kappa" not in text.lower() and "Fait à" not in text
    assert text.count("Page ") >= 3  # the long reasons flow over pages
    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = len(document.pages)
    assert f"Page {pages} sur {pages}" in text


def test_the_signature_boxes_are_empty_on_the_last_page(data: MinutesData, tmp_path: Path) -> None:
    pdf = render_minutes_pdf(data)
    path = _write(tmp_path, pdf)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        last = len(document.pages)
    for left, bottom, right, top in (CHAIR_BOX, MEMBER_BOX):
        inside = _run(
            require_tool("pdftotext"),
            "-f", str(last), "-l", str(last),
            "-x", str(round(left) + 2), "-y", str(round(842 - top) + 2),
            "-W", str(round(right - left) - 4), "-H", str(round(top - bottom) - 4),
            str(path), "-",
        ).stdout  # fmt: skip
        assert inside.strip() == ""


def test_numbers_read_the_french_way() -> None:
    assert percent(0.875) == "87,5\u202f%" and percent(1.0) == "100\u202f%"
    assert percent(None) == "—" and decimal(0.7234) == "0,72"
    assert decimal(-0.151) == "\u22120,15" and decimal(None) == "—"


def _write(tmp_path: Path, pdf: bytes, name: str = "minutes.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


# --- Signed, co-signed, verified ------------------------------------------------------


def test_the_chair_signs_then_the_member_co_signs(
    signed: bytes, cosigned: bytes, known: dict[str, KnownSession], data: MinutesData
) -> None:
    alone = verify_minutes(signed, known, require_cosigned=False)
    assert alone.valid and not alone.cosigned
    assert (alone.chair_name, alone.member_name) == ("Claire Présidente", None)
    assert alone.chair_signed_at == CLOCK.now()
    assert verify_minutes(signed, known, require_cosigned=True).problems == [NOT_YET_COSIGNED]

    both = verify_minutes(cosigned, known, require_cosigned=True)
    assert both.valid and both.cosigned, both.problems
    assert (both.chair_name, both.member_name) == ("Claire Présidente", "Łukasz Membre")
    assert both.chair_revision == signed and cosigned.startswith(signed)
    assert both.data is not None and both.data.candidates == data.candidates


def test_poppler_finds_both_signatures_valid_and_qpdf_the_file_sound(
    cosigned: bytes, tmp_path: Path
) -> None:
    path = _write(tmp_path, cosigned)
    report = _run(require_tool("pdfsig"), str(path)).stdout
    assert report.count("Signature is Valid.") == 2
    first, second = report.split("Signature #2:")
    assert "Signature_chair" in first and "Not total document signed" in first
    assert "Signature_member" in second and "Total document signed" in second
    assert "Not total" not in second
    assert _run(require_tool("qpdf"), "--check", str(path)).returncode == 0


def test_the_stamps_fill_the_chair_box_then_the_member_box(cosigned: bytes, tmp_path: Path) -> None:
    path = _write(tmp_path, cosigned)
    with pikepdf.open(io.BytesIO(cosigned)) as document:
        last = len(document.pages)
    for (left, bottom, right, top), name in (
        (CHAIR_BOX, "Claire Présidente"),
        (MEMBER_BOX, "Łukasz Membre"),
    ):
        inside = _run(
            require_tool("pdftotext"),
            "-f", str(last), "-l", str(last),
            "-x", str(round(left)), "-y", str(round(842 - top)),
            "-W", str(round(right - left)), "-H", str(round(top - bottom)),
            str(path), "-",
        ).stdout  # fmt: skip
        assert f"Signé par {name}" in " ".join(inside.split())


def test_the_place_the_chair_gives_closes_the_signed_minutes(
    setting: Setting, chair_home: Path, chair: Workspace, tmp_path: Path
) -> None:
    minutes = export_minutes(chair, chair_home, setting.chair.identity, CLOCK, place=" Lyon ")
    signed = minutes_from_json(embedded_file(minutes.pdf, ATTACHMENT_NAME) or b"")
    assert signed.place == "Lyon"
    text = _pdf_text(tmp_path, minutes.pdf)
    assert "Fait à Lyon, le 30 novembre 2026." in text  # no-break spaces read as spaces


def test_exporting_again_makes_revision_2_and_keeps_revision_1(
    setting: Setting, chair_home: Path, chair: Workspace
) -> None:
    first = export_minutes(chair, chair_home, setting.chair.identity, CLOCK)
    second = export_minutes(chair, chair_home, setting.chair.identity, CLOCK)
    assert (first.revision, second.revision) == (1, 2)
    assert second.file_name == "proces-verbal-test-session-r2.pdf" and not second.cosigned
    latest = latest_minutes(chair)
    assert latest is not None and latest.pdf == second.pdf
    with chair.reading() as session:
        rows = session.scalars(select(SignedMinutes).order_by(SignedMinutes.revision)).all()
        assert [(r.revision, r.pdf) for r in rows] == [(1, first.pdf), (2, second.pdf)]
        actions = session.scalars(select(JournalEntry.action)).all()
        assert actions.count("minutes.sign") == 2


# --- Refused ----------------------------------------------------------------------------


def test_the_chair_cannot_co_sign_again(
    setting: Setting, signed: bytes, chair_home: Path, chair: Workspace
) -> None:
    with pytest.raises(CosignRefusedError, match="chair this jury"):
        cosign_minutes(signed, chair, chair_home, setting.chair.identity, CLOCK)


def test_minutes_already_co_signed_are_not_co_signed_twice(
    setting: Setting, cosigned: bytes
) -> None:
    with _open(setting.member.home) as member, pytest.raises(CosignRefusedError, match="already"):
        cosign_minutes(cosigned, member, setting.member.home, setting.member.identity, CLOCK)


def test_a_juror_of_another_session_cannot_co_sign(
    setting: Setting, signed: bytes, tmp_path: Path
) -> None:
    # The same member, enrolled in another session: another workspace of their own.
    folder = tmp_path / "other-folder"
    write_folder(folder, small_session_spec("autre-session"), setting.requests())
    bundle = tmp_path / "other.jdbundle"
    build_bundle(folder, bundle, setting.authority, CLOCK.now(), BUNDLE_PASSPHRASE)
    home = tmp_path / "member"
    shutil.copytree(setting.member.home, home)
    juror = dataclasses.replace(setting.member, home=home, secrets=secret_store(home))
    juror.open(bundle, CLOCK)
    refused = pytest.raises(CosignRefusedError, match="session test-session, which is not known")
    with open_session_workspace(home, "autre-session", juror.secrets, CLOCK) as other, refused:
        cosign_minutes(signed, other, home, juror.identity, CLOCK)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "Łukasz Membre",
            "These minutes name Łukasz Membre as the member of the jury, but with the juror id "
            "member-bis; yours is member: the same name, another juror.",
        ),
        (
            "Marc Autre",
            "These minutes name Marc Autre (juror id member-bis) as the member of the jury, "
            "not you (member).",
        ),
    ],
    ids=["same-name", "other-name"],
)
def test_minutes_naming_another_member_say_what_differs(
    setting: Setting, data: MinutesData, name: str, expected: str
) -> None:
    # Signed by the real chair, but naming another juror as the member: the id decides,
    # and the refusal never says « not you » of someone bearing the member's own name.
    other = dataclasses.replace(data.member, id="member-bis", name=name)
    forged = dataclasses.replace(data, jury=(data.chair, other))
    pdf = _sign_as(setting, "chair", render_minutes_pdf(forged), CHAIR_BOX)
    with _open(setting.member.home) as member, pytest.raises(CosignRefusedError) as refused:
        cosign_minutes(pdf, member, setting.member.home, setting.member.identity, CLOCK)
    assert str(refused.value) == expected


def test_minutes_json_swapped_after_the_chair_signed_is_refused(
    setting: Setting, signed: bytes, data: MinutesData, known: dict[str, KnownSession]
) -> None:
    forged_data = dataclasses.replace(
        data, candidates=(dataclasses.replace(data.candidates[1], reasons="Favorable."),)
    )
    forged = replace_attachment(signed, ATTACHMENT_NAME, forged_data.to_json())
    verdict = verify_minutes(forged, known, require_cosigned=False)
    assert not verdict.valid
    assert any("does not cover the whole file" in p for p in verdict.problems)
    # What counts is still what the chair signed.
    assert verdict.data is not None and verdict.data.candidates == data.candidates
    with _open(setting.member.home) as member, pytest.raises(CosignRefusedError):
        cosign_minutes(forged, member, setting.member.home, setting.member.identity, CLOCK)
    # Co-signed anyway with the member's own key: the chair's signature still says no.
    sneaked = _sign_as(setting, "member", forged, MEMBER_BOX)
    verdict = verify_minutes(sneaked, known, require_cosigned=True)
    assert verdict.problems == [
        "The signature “Signature_chair” of Claire Présidente is followed by a revision that "
        "is not a signature."
    ]


def test_a_third_signature_is_refused(
    setting: Setting, cosigned: bytes, known: dict[str, KnownSession]
) -> None:
    with _open(setting.chair.home) as workspace, workspace.reading() as session:
        chair = session.get(JurorRow, "chair")
        assert chair is not None and chair.certificate_pem
    third = sign_pdf(
        cosigned,
        key=setting.chair.identity.private_key,
        certificate=juror_certificate(chair.certificate_pem, setting.chair.identity),
        chain=[setting.authority.certificate],
        field_name="Signature_encore",
        signer_name=chair.name,
        role="président·e du jury",
        reason="test",
        location=None,
        signed_at=CLOCK.now(),
        stamp_box=None,
    )
    verdict = verify_minutes(third, known, require_cosigned=True)
    assert not verdict.valid
    assert any(
        "3 signatures where only the chair's and the member's" in p for p in verdict.problems
    )


def test_minutes_signed_by_the_member_first_are_refused(
    setting: Setting, data: MinutesData, known: dict[str, KnownSession]
) -> None:
    unsigned = render_minutes_pdf(data)
    by_member = _sign_as(setting, "member", unsigned, CHAIR_BOX)
    verdict = verify_minutes(by_member, known, require_cosigned=False)
    assert verdict.problems == ["the first signature is not by the chair, Claire Présidente"]
    # ... and then by the chair in the second box: the order is wrong both ways.
    both = _sign_as(setting, "chair", by_member, MEMBER_BOX)
    problems = verify_minutes(both, known, require_cosigned=True).problems
    assert "the second signature is not by the member, Łukasz Membre" in problems


def test_minutes_naming_the_member_as_chair_are_refused(
    setting: Setting, data: MinutesData, known: dict[str, KnownSession]
) -> None:
    swapped = dataclasses.replace(
        data,
        jury=(
            dataclasses.replace(data.member, role=data.chair.role),
            dataclasses.replace(data.chair, role=data.member.role),
        ),
    )
    forged = _sign_as(setting, "member", render_minutes_pdf(swapped), CHAIR_BOX)
    problems = verify_minutes(forged, known, require_cosigned=False).problems
    assert problems == ["Łukasz Membre (member) is not the chair of session test-session"]


def test_what_is_not_minutes_is_refused_in_one_line(
    signed: bytes, known: dict[str, KnownSession], setting: Setting
) -> None:
    damaged = bytearray(signed)
    damaged[len(damaged) // 2] ^= 0x01
    for pdf in (b"not a pdf", bytes(damaged), signed[: len(signed) // 2]):
        verdict = verify_minutes(pdf, known, require_cosigned=False)
        assert not verdict.valid and all("\n" not in p for p in verdict.problems)
    unknown = verify_minutes(signed, {}, require_cosigned=False)
    assert unknown.problems == ["minutes of session test-session, which is not known here"]
    with _open(setting.member.home) as member:
        sheet = signed_sheets(member)[0].pdf
    assert not is_minutes_pdf(sheet) and is_minutes_pdf(signed)
    assert verify_minutes(sheet, known, require_cosigned=False).problems == [
        "no minutes.json attached: not jury-desk minutes"
    ]


def _sign_as(
    setting: Setting, juror_id: str, pdf: bytes, box: tuple[float, float, float, float]
) -> bytes:
    """`pdf` signed with a juror's real key and certificate, in `box`: forgeries by insiders."""
    juror = setting.chair if juror_id == "chair" else setting.member
    with _open(juror.home) as workspace, workspace.reading() as session:
        row = session.get(JurorRow, juror_id)
        assert row is not None
    return sign_as_juror(
        pdf,
        row,
        juror.identity,
        setting.authority.certificate,
        reason="test",
        signed_at=CLOCK.now(),
        stamp_box=last_page_box(pdf, box),
    )


# --- Back to the chair --------------------------------------------------------------------


@pytest.fixture
def signed_chair(signed_home: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the chair's data folder holding revision 1, signed, for each test."""
    home = tmp_path / "signed-chair"
    shutil.copytree(signed_home, home)
    with _open(home) as workspace:
        yield workspace


def _stored(workspace: Workspace) -> list[tuple[int, bool, str, bytes]]:
    with workspace.reading() as session:
        rows = session.scalars(select(SignedMinutes).order_by(SignedMinutes.revision)).all()
        return [(r.revision, r.cosigned, r.file_name, r.pdf) for r in rows]


def test_the_co_signed_minutes_come_back_to_the_chair(
    signed_chair: Workspace, signed: bytes, cosigned: bytes, known: dict[str, KnownSession]
) -> None:
    outcome = import_minutes(signed_chair, cosigned, known, CLOCK)
    assert (outcome.kind, outcome.revision, outcome.reason) == (
        MinutesImportKind.IMPORTED,
        1,
        None,
    )
    assert outcome.accepted
    assert _stored(signed_chair) == [
        (1, True, "proces-verbal-test-session-r1-cosigne.pdf", cosigned)
    ]
    latest = latest_minutes(signed_chair)
    assert latest is not None and latest.cosigned and latest.pdf == cosigned
    with signed_chair.reading() as session:
        last = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert last is not None and last.action == "minutes.import"
    again = import_minutes(signed_chair, cosigned, known, CLOCK)
    assert again.kind is MinutesImportKind.UNCHANGED and again.accepted


def test_minutes_not_yet_co_signed_are_not_imported(
    signed_chair: Workspace, signed: bytes, known: dict[str, KnownSession]
) -> None:
    outcome = import_minutes(signed_chair, signed, known, CLOCK)
    assert outcome.kind is MinutesImportKind.REFUSED and not outcome.accepted
    assert outcome.reason == NOT_YET_COSIGNED
    assert _stored(signed_chair)[0][1] is False


def test_only_an_extension_of_a_revision_signed_here_is_imported(
    setting: Setting, signed_chair: Workspace, cosigned: bytes, chair_home: Path, chair: Workspace
) -> None:
    known = _sessions(chair_home, chair)
    # Nothing was exported from this copy of the chair's data folder.
    outcome = import_minutes(chair, cosigned, known, CLOCK)
    assert outcome.reason == "revision 1 of the minutes was not signed here"
    # Another revision 1, signed an hour later elsewhere and co-signed: not the one kept here.
    later = FakeClock(CLOCK.now() + timedelta(hours=1))
    other = export_minutes(chair, chair_home, setting.chair.identity, later).pdf
    with _open(setting.member.home) as member:
        other_cosigned = cosign_minutes(
            other, member, setting.member.home, setting.member.identity, later
        )
    refused = import_minutes(signed_chair, other_cosigned, known, CLOCK)
    assert refused.kind is MinutesImportKind.REFUSED
    assert refused.reason == "the chair's revision in it is not revision 1 as signed here"
    assert _stored(signed_chair)[0][1] is False


def test_a_second_co_signed_copy_of_a_revision_is_a_conflict(
    setting: Setting, signed_chair: Workspace, signed: bytes, cosigned: bytes
) -> None:
    known = _sessions(setting.chair.home, signed_chair)
    later = FakeClock(CLOCK.now() + timedelta(minutes=5))
    with _open(setting.member.home) as member:
        again = cosign_minutes(signed, member, setting.member.home, setting.member.identity, later)
    assert again != cosigned
    assert import_minutes(signed_chair, cosigned, known, CLOCK).accepted
    conflict = import_minutes(signed_chair, again, known, CLOCK)
    assert conflict.kind is MinutesImportKind.CONFLICT and not conflict.accepted
    assert _stored(signed_chair)[0][3] == cosigned


# --- The command line ---------------------------------------------------------------------


def _cli(home: Path, tmp_path: Path, *args: str) -> list[str]:
    secret = tmp_path / "secrets-pass.txt"
    secret.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    return ["--home", str(home), "--secrets-passphrase-file", str(secret), *args]


@pytest.mark.slow
def test_the_command_line_signs_co_signs_verifies_and_imports(
    setting: Setting,
    chair_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: --yes or nothing
    member_home = tmp_path / "member"
    shutil.copytree(setting.member.home, member_home)
    chair_pdf, member_pdf = tmp_path / "pv.pdf", tmp_path / "pv-cosigne.pdf"

    assert main(_cli(chair_home, tmp_path, "minutes", "export", "-o", str(chair_pdf))) == 1
    assert "--yes" in capsys.readouterr().err and not chair_pdf.exists()
    export = ["minutes", "export", "-o", str(chair_pdf), "--yes", "--place", "Lyon"]
    assert main(_cli(chair_home, tmp_path, *export), CLOCK) == 0
    assert "Fait à Lyon, le 30" in _pdf_text(tmp_path, chair_pdf.read_bytes())
    out = capsys.readouterr().out
    assert f"{chair_pdf}: minutes r1 signed by the chair" in out and "minutes cosign" in out

    verify = _cli(chair_home, tmp_path, "minutes", "verify", str(chair_pdf))
    assert main(verify, CLOCK) == 1
    printed = capsys.readouterr()
    assert printed.out == (
        f"{chair_pdf}: minutes of test-session r1, signed by the chair Claire Présidente on "
        "2026-11-30 16:00:00Z, not yet co-signed by the member\n"
    )
    assert printed.err == f"{chair_pdf}: {NOT_YET_COSIGNED}\n"
    assert main([*verify, "--allow-single"], CLOCK) == 0
    capsys.readouterr()

    cosign = ["minutes", "cosign", str(chair_pdf), "-o", str(member_pdf), "--yes"]
    assert main(_cli(chair_home, tmp_path, *cosign), CLOCK) == 1
    assert "chair this jury" in capsys.readouterr().err and not member_pdf.exists()
    assert main(_cli(member_home, tmp_path, *cosign), CLOCK) == 0
    assert "jury-desk import pv-cosigne.pdf" in capsys.readouterr().out

    assert main(_cli(member_home, tmp_path, "minutes", "verify", str(member_pdf)), CLOCK) == 0
    line = capsys.readouterr().out
    assert line.startswith(f"{member_pdf}: minutes of test-session r1, VALID: signed by the chair")
    assert "co-signed by the member Łukasz Membre on 2026-11-30 16:00:00Z" in line

    imported = _cli(chair_home, tmp_path, "import", str(member_pdf), str(chair_pdf))
    assert main(imported, CLOCK) == 1  # the chair-signed copy alone is refused
    printed = capsys.readouterr()
    assert printed.out.splitlines() == [
        f"{member_pdf}: minutes r1, IMPORTED",
        f"{chair_pdf}: minutes r1, REFUSED",
    ]
    assert printed.err == f"{chair_pdf}: {NOT_YET_COSIGNED}\n"
    assert main(_cli(chair_home, tmp_path, "import", str(member_pdf)), CLOCK) == 0
    assert capsys.readouterr().out == f"{member_pdf}: minutes r1, UNCHANGED: already in\n"


def test_the_command_line_refuses_in_one_line(
    setting: Setting,
    chair_home: Path,
    chair: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with chair.session() as session:
        from jury_desk.models import Candidate

        candidate = session.get(Candidate, "cand-2")
        assert candidate is not None and candidate.deliberation is not None
        candidate.deliberation.outcome = None
        candidate.deliberation.decided_at = None
    chair.close()
    out = tmp_path / "pv.pdf"
    export = ["minutes", "export", "-o", str(out), "--yes"]
    assert main(_cli(chair_home, tmp_path, *export), CLOCK) == 1
    err = capsys.readouterr().err
    assert err == (
        "jury-desk: The minutes need a decision for every candidate; none yet for Nguyễn Thị Mai.\n"
    )
    assert main(_cli(setting.member.home, tmp_path, *export), CLOCK) == 1
    assert "Only the chair draws up the minutes" in capsys.readouterr().err
    assert not out.exists()
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7 garbage")
    missing = tmp_path / "missing.pdf"
    verify = ["minutes", "verify", str(garbage), str(missing)]
    assert main(_cli(setting.member.home, tmp_path, *verify), CLOCK) == 1
    printed = capsys.readouterr()
    assert printed.out == f"{garbage}: INVALID\n"
    reasons = printed.err.splitlines()
    assert len(reasons) == 2 and reasons[0].startswith(f"{garbage}: ")
    assert reasons[1] == f"There is no file {missing}."


def test_an_absent_candidate_validates_nothing(
    data: MinutesData, chair: Workspace, tmp_path: Path
) -> None:
    Deliberator(chair, CLOCK).decide(
        "cand-2",
        Outcome.ABSENT,
        "Ne s’est pas présentée à l’entretien.",
        "Absence constatée.",
        despite_signed_sheets=True,
    )
    absent = minutes_data_from_workspace(chair)
    candidate = absent.candidates[1]
    assert (candidate.outcome, candidate.validated, candidate.decision_revision) == (
        Outcome.ABSENT,
        (),
        2,
    )
    counts = absent.statistics.outcome_counts
    assert (counts[Outcome.ABSENT], counts[Outcome.NOT_CERTIFIED], absent.statistics.pass_rate) == (
        1,
        0,
        1.0,
    )
    assert minutes_from_json(absent.to_json()) == absent
    text = _pdf_text(tmp_path, render_minutes_pdf(absent))
    assert "Nguyễn Thị Mai Absence à l’entretien" in text and "révisée (révision 2)" in text
    assert "Ne s’est pas présentée à l’entretien." in text
    # The certified candidate's table only: none between the absence and its reasons.
    absence = text.split("Décisions et motifs")[1].split("Nguyễn Thị Mai Absence")[1]
    assert "Niveau retenu" not in absence.split("Motifs")[0]
    assert "Compétence Niveau retenu Résultat" in text
    assert (
        " ".join(
            f"Taux de réussite : {percent(1.0)} (1 candidat·e certifié·e sur 1 ayant passé "
            "l’entretien ; 1 absent·e).".split()
        )
        in text
    )
