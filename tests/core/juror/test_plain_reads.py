"""The desk's plain-SQL reads give exactly what the ORM reads, in every state a session passes.

The window's first frame reads its snapshots in plain SQL (jury_desk/juror/reading)
so that it needs no SQLAlchemy; `OrmDesk` (orm_reads.py) reads the same through the
mapped models. Each state is compared whole: the header, the next step, the scale,
the candidate list, and each candidate's dossier (each document's content, byte
for byte), grid and interview clock, as the chair and as the member; a damaged
document store is refused alike by both routes. A column renamed in a model, a new
status or a changed meaning makes the two differ here.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.chair.deliberation import Deliberator
from jury_desk.demo.build import MEMBER_SHEETS_IN_DEMO, DemoCast, build_demo
from jury_desk.demo.content import DEMO_STARTUPS
from jury_desk.demo.deliberating import deliberate, import_sheets
from jury_desk.demo.scoring import export_sheets, score_and_sign
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.juror.desk import CandidateSummary, JurorDesk, SessionHeader
from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.loaded import event_payload, load, stop_payload, under_way
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    DossierDocument,
    Juror,
    Outcome,
    SignedMinutes,
)
from jury_desk.models.enums import JurorRole, Recommendation
from jury_desk.rules.scale import Scale
from jury_desk.session.payloads import stored_payload_files
from jury_desk.session.progress import Progress, Step
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.store.errors import CorruptWorkspaceError
from jury_desk.store.workspace import Workspace
from tests.bundle_factory import Juror as Person
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.core.juror.orm_reads import OrmDesk
from tests.factories import COMPETENCY_CODES, FakeClock, small_session_spec
from tests.helpers.two_jurors import ALL_EXPERT, mark_chair_sheet_signed, member_sheet, with_level


@dataclass(frozen=True)
class _Reads:
    """Everything the window reads of a workspace, by one route."""

    header: SessionHeader
    kept_until: date
    progress: Progress
    scale: Scale
    competency_titles: list[tuple[str, str]]
    candidates: list[CandidateSummary]
    under_way: list[tuple[str, str]]
    # dossier, grid, clock, interview record, each document's content by id
    per_candidate: dict[str, tuple[object, ...]]


def _plain(workspace: Workspace) -> _Reads:
    desk = JurorDesk(workspace)
    candidates = desk.candidates()
    per_candidate: dict[str, tuple[object, ...]] = {}
    for candidate in candidates:
        with workspace.plain_reading() as sql:
            loaded = load(sql, candidate.id)
            payload = stop_payload(sql, candidate.id)
        record = None if payload is None else event_payload(payload).get("record")
        dossier = desk.dossier(candidate.id)
        per_candidate[candidate.id] = (
            dossier,
            desk.grid(candidate.id),
            loaded,
            record,
            {document.id: desk.document_content(document.id) for document in dossier},
        )
    with workspace.plain_reading() as sql:
        going = under_way(sql)
    return _Reads(
        desk.header(),
        desk.kept_until(),
        desk.progress(),
        desk.scale(),
        desk.competency_titles(),
        candidates,
        going,
        per_candidate,
    )


def _orm(workspace: Workspace) -> _Reads:
    desk = OrmDesk(workspace)
    candidates = desk.candidates()
    per_candidate: dict[str, tuple[object, ...]] = {
        candidate.id: (
            desk.dossier(candidate.id),
            desk.grid(candidate.id),
            desk.clock_loaded(candidate.id),
            desk.stop_record(candidate.id),
            {d.id: desk.document_content(d.id) for d in desk.dossier(candidate.id)},
        )
        for candidate in candidates
    }
    return _Reads(
        desk.header(),
        desk.kept_until(),
        desk.progress(),
        desk.scale(),
        desk.competency_titles(),
        candidates,
        desk.under_way(),
        per_candidate,
    )


def assert_same_reads(workspace: Workspace) -> _Reads:
    plain, orm = _plain(workspace), _orm(workspace)
    assert plain.per_candidate == orm.per_candidate
    assert plain == orm
    return plain


# ---------------------------------------------------------------- the demo, played


@dataclass
class _Demo:
    cast: DemoCast
    clock: FakeClock

    def workspace(self, role: JurorRole) -> Workspace:
        juror = self.cast.jurors[role]
        return open_session_workspace(juror.home, DEMO_SESSION_ID, juror.secrets, self.clock)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> _Demo:
    clock = FakeClock(datetime(2026, 11, 30, 18, 0, tzinfo=UTC))
    result = build_demo(tmp_path_factory.mktemp("demo") / "demo", clock)
    assert result.cast is not None
    return _Demo(result.cast, clock)


@pytest.mark.slow
def test_the_demo_reads_the_same_at_each_of_its_steps(demo: _Demo, tmp_path: Path) -> None:
    slugs = [startup.slug for startup in DEMO_STARTUPS]
    certificate = demo.cast.authority.certificate
    member, chair = demo.cast.jurors[JurorRole.MEMBER], demo.cast.jurors[JurorRole.CHAIR]
    with demo.workspace(JurorRole.MEMBER) as workspace:
        # The demo as built: the member's first sheets signed, the chair's workspace untouched.
        first = assert_same_reads(workspace)
        assert {c.status.value for c in first.candidates} == {"signed", "to_prepare"}
        score_and_sign(
            workspace,
            JurorRole.MEMBER,
            slugs[MEMBER_SHEETS_IN_DEMO:],
            member.identity,
            certificate,
            demo.clock,
        )
        assert_same_reads(workspace)
        member_files = export_sheets(workspace, tmp_path / "member")
    with demo.workspace(JurorRole.CHAIR) as workspace:
        assert_same_reads(workspace)
        score_and_sign(
            workspace, JurorRole.CHAIR, slugs[:2], chair.identity, certificate, demo.clock
        )
        assert_same_reads(workspace)
        score_and_sign(
            workspace, JurorRole.CHAIR, slugs[2:], chair.identity, certificate, demo.clock
        )
        import_sheets(workspace, chair.home, member_files, demo.clock)
        assert assert_same_reads(workspace).progress.step.value == "deliberate"
        deliberate(workspace, demo.clock)
        last = assert_same_reads(workspace)
        assert {c.status.value for c in last.candidates} == {"deliberated"}


# ---------------------------------------------------------------- one state at a time


def test_each_state_of_a_small_session_reads_the_same(
    workspace: Workspace, clock: FakeClock
) -> None:
    editor = ScoringEditor(workspace)
    assert_same_reads(workspace)  # prepared: nothing written yet
    editor.set_preparation_notes("cand-1", "Questions sur le financement")
    assert_same_reads(workspace)  # an assessment with no level at all

    interview = InterviewClock(workspace, "cand-1", clock)
    interview.start()
    clock.advance(60)
    interview.focus("C2")
    clock.advance(90)
    assert_same_reads(workspace)  # in interview
    interview.pause()
    assert_same_reads(workspace)
    interview.resume()
    interview.next_phase()
    interview.stop()
    assert_same_reads(workspace)  # the interview's record kept with its STOP

    editor.set_level("cand-1", "C1", 0)  # below passing, no comment yet: a problem
    editor.set_comment("cand-1", "C2", "   ")
    assert_same_reads(workspace)
    for code, level in zip(COMPETENCY_CODES, ALL_EXPERT, strict=True):
        editor.set_level("cand-1", code, level)
    editor.set_overall("cand-1", Recommendation.FAVOURABLE, "Très bon dossier")
    assert_same_reads(workspace)  # scored

    editor.declare_conflict("cand-2", "Ancien collègue", recused=False)
    assert_same_reads(workspace)  # a conflict declared
    editor.declare_conflict("cand-2", "Ancien collègue", recused=True)
    assert_same_reads(workspace)  # recused

    mark_chair_sheet_signed(workspace, "cand-1")
    mark_chair_sheet_signed(workspace, "cand-2")
    assert_same_reads(workspace)  # signed
    member_sheet(workspace, "cand-1", ALL_EXPERT)
    member_sheet(workspace, "cand-2", with_level(ALL_EXPERT, 2, 1))
    assert_same_reads(workspace)  # the member's sheets imported

    clock.advance(timedelta(days=1).total_seconds())
    deliberator = Deliberator(workspace, clock)
    deliberator.decide("cand-1", Outcome.CERTIFIED, "")
    assert_same_reads(workspace)  # one deliberated
    deliberator.decide("cand-2", Outcome.NOT_CERTIFIED, "Compétences C3 et C5 à consolider")
    _sign_minutes(workspace, cosigned=False)
    assert_same_reads(workspace)  # minutes signed, awaiting the co-signature
    clock.advance(60)
    deliberator.decide(
        "cand-2", Outcome.NOT_CERTIFIED, "Compétence C3 à consolider", "Motifs précisés"
    )
    assert_same_reads(workspace)  # revised after the minutes

    _supersede(workspace, "cand-1")
    last = assert_same_reads(workspace)  # a new version of a signed sheet
    assert last.per_candidate["cand-1"][1] is not None


def test_the_member_reads_the_same(workspace: Workspace) -> None:
    # The member's view: "me" moved to the member in the same file.
    with workspace.session() as session:
        for juror in session.scalars(select(Juror)):
            juror.is_me = False
        session.flush()
        member = session.get(Juror, "member")
        assert member is not None
        member.is_me = True
    assert assert_same_reads(workspace).header.me_role == "member"
    member_sheet(workspace, "cand-1", ALL_EXPERT)
    member_sheet(workspace, "cand-2", ALL_EXPERT)
    reads = assert_same_reads(workspace)
    assert reads.progress == Progress(Step.SEND_SHEETS)
    assert {c.status.value for c in reads.candidates} == {"signed"}


def test_both_routes_refuse_an_unknown_candidate_alike(workspace: Workspace) -> None:
    with pytest.raises(UserError) as plain, workspace.plain_reading() as sql:
        load(sql, "nobody")
    with pytest.raises(UserError) as orm:
        OrmDesk(workspace).clock_loaded("nobody")
    assert str(plain.value) == str(orm.value)


# ---------------------------------------------------------------- a damaged document store


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    return make_setting(tmp_path_factory.mktemp("documents"), NOW, fast_secrets=True)


NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SESSION_ID = small_session_spec().id


@pytest.fixture
def opened(setting: Setting, tmp_path: Path) -> Person:
    """A private copy of the chair's data folder, with the session's bundle opened in it."""
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    chair = Person(home, setting.chair.identity, secret_store(home))
    chair.open(setting.build("session.jdbundle", FakeClock(NOW), passphrase=None), FakeClock(NOW))
    return chair


def _open(home: Path) -> Workspace:
    return open_session_workspace(home, SESSION_ID, secret_store(home), FakeClock(NOW))


def _outcomes(workspace: Workspace) -> list[tuple[object, object]]:
    """Each document's content, or the refusal (its type and message), by each route."""

    def outcome(read: Callable[[int], bytes], document_id: int) -> object:
        try:
            return read(document_id)
        except CorruptWorkspaceError as refusal:
            return type(refusal), str(refusal)

    plain, orm = JurorDesk(workspace), OrmDesk(workspace)
    ids = [d.id for c in plain.candidates() for d in plain.dossier(c.id)]
    assert len(ids) == sum(len(c.documents) for c in small_session_spec().candidates)
    return [(outcome(plain.document_content, i), outcome(orm.document_content, i)) for i in ids]


def _refusals(outcomes: list[tuple[object, object]]) -> list[str]:
    assert all(plain == orm for plain, orm in outcomes)
    return [plain[1] for plain, _ in outcomes if isinstance(plain, tuple)]


def test_documents_in_a_payload_copy_read_the_same(opened: Person) -> None:
    with _open(opened.home) as workspace:
        outcomes = _outcomes(workspace)
    assert _refusals(outcomes) == []


@pytest.mark.parametrize("damage", ["flipped", "cut", "missing"])
def test_both_routes_refuse_a_damaged_payload_copy_alike(opened: Person, damage: str) -> None:
    [copy] = stored_payload_files(workspace_path(opened.home, SESSION_ID).parent)
    data = copy.read_bytes()
    if damage == "flipped":
        middle = len(data) // 2
        copy.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :])
    elif damage == "cut":
        copy.write_bytes(data[:-100])
    else:
        copy.unlink()
    with _open(opened.home) as workspace:
        refusals = _refusals(_outcomes(workspace))
    assert refusals, "the damage went unnoticed"
    assert all("damaged" in message and "\n" not in message for message in refusals)


def test_both_routes_refuse_a_payload_document_that_differs_from_its_sha256_alike(
    opened: Person,
) -> None:
    with _open(opened.home) as workspace:
        _wrong_sha256(workspace)
        refusals = _refusals(_outcomes(workspace))
    assert len(refusals) == 1 and "SHA-256" in refusals[0]


def test_both_routes_refuse_a_chunked_document_that_differs_from_its_sha256_alike(
    workspace: Workspace,
) -> None:
    # The small session written directly: its documents are kept in chunks.
    _wrong_sha256(workspace)
    refusals = _refusals(_outcomes(workspace))
    assert len(refusals) == 1 and "SHA-256" in refusals[0]


def _wrong_sha256(workspace: Workspace) -> None:
    with workspace.session() as session:
        document = session.scalars(select(DossierDocument).order_by(DossierDocument.id)).first()
        assert document is not None
        document.sha256 = "0" * 64


def _supersede(workspace: Workspace, candidate_id: str) -> None:
    """A signed sheet edited again: the signed version superseded, a draft version 2."""
    with workspace.session() as session:
        old = session.scalars(
            select(Assessment).where(
                Assessment.juror_id == "chair", Assessment.candidate_id == candidate_id
            )
        ).one()
        old.status = AssessmentStatus.SUPERSEDED
        session.flush()
        session.add(
            Assessment(
                candidate_id=candidate_id,
                juror_id="chair",
                version=2,
                status=AssessmentStatus.DRAFT,
                preparation_notes=old.preparation_notes,
            )
        )


def _sign_minutes(workspace: Workspace, *, cosigned: bool) -> None:
    with workspace.session() as session:
        session.add(
            SignedMinutes(
                session_id="test-session",
                revision=1,
                file_name="pv-r1.pdf",
                signed_at=workspace.clock.now(),
                pdf_sha256="0" * 64,
                pdf=b"%PDF",
                cosigned=cosigned,
            )
        )
