"""The session's letters and certificates: issued from the registry's decisions, a folder per
candidate, each signed by the certifier's signer, recorded with its code and verified against
the registry; a revoked document and one of a corrected decision no longer in force."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.certificates.data import Certificate, DecisionLetter, shown_code
from jury_desk.certificates.verify import verify_certificate_document
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.issue_settings import IssueSettings, issue_settings, save_issue_settings
from jury_desk.registry.issued_documents import (
    check_issued,
    issue_letters,
    lookup_code,
    revoke_document,
)
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.location import RegistryLocation
from jury_desk.registry.models import Decision, IssuedDocument, RegistryJournalEntry
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.trust.signer import Signer, create_signer
from tests.bundle_factory import Juror, Setting, make_setting, secret_store
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.conftest import PASSPHRASE
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results
from tests.helpers.registry_template import new_registry

REGISTRATION = date(2023, 3, 30)


# The time of the `clock` fixture, and of the registry's clock when the template was made.
CLOCK_START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Setting, list[str]]:
    """What `decided` starts from on SQLCipher, made once for the module: the organiser's
    data folder (its registry file, the jury's results imported), the people and the
    bundle and results files, in a folder of its own that each test copies into its
    tmp_path (see `home`), to change as it likes; with the candidates' ids."""
    root = tmp_path_factory.mktemp("registry-letters")
    clock = FakeClock(CLOCK_START)
    with new_registry(root, clock, "Alice Martin", PASSPHRASE) as made:
        ids = _decide(made.registry, made.setting, root)
    return root, made.setting, ids


def _decide(registry: Registry, setting: Setting, root: Path) -> list[str]:
    """Two candidates heard by one jury, its results imported: one certified, one not."""
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, root))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = root / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.NOT_CERTIFIED}
    out = root / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, out
    )
    import_results(registry, out, setting.authority)
    return ids


@pytest.fixture
def home(template: tuple[Path, Setting, list[str]], tmp_path: Path) -> Path:
    """This test's own copy of the module's template; the organiser's data folder in it
    (on PostgreSQL its registry file is not used: the registry is on the server)."""
    shutil.copytree(template[0], tmp_path, dirs_exist_ok=True)
    return tmp_path / "home"


@pytest.fixture
def setting(
    template: tuple[Path, Setting, list[str]],
    home: Path,
    registry_location: RegistryLocation,
    tmp_path: Path,
    clock: FakeClock,
) -> Setting:
    """The template's people, in this test's copy; on PostgreSQL, whose registry starts
    empty, new people in a folder of their own (`server`), the jury played there in full."""
    if registry_location.server is not None:
        return make_setting(tmp_path / "server" / "people", clock.now(), fast_secrets=True)
    made, root = template[1], tmp_path / "people"

    def in_copy(juror: Juror) -> Juror:
        juror_home = root / juror.home.name
        return Juror(juror_home, juror.identity, secret_store(juror_home))

    chair, member = in_copy(made.chair), in_copy(made.member)
    return replace(made, root=root, chair=chair, member=member, folder=root / "folder")


@pytest.fixture
def decided(
    template: tuple[Path, Setting, list[str]],
    registry: Registry,
    registry_location: RegistryLocation,
    setting: Setting,
    clock: FakeClock,
) -> list[str]:
    """Two candidates heard by one jury, its results imported: one certified, one not (the
    template's on SQLCipher; on PostgreSQL played now, into the server's new registry)."""
    if registry_location.server is None:
        ids = list(template[2])
    else:
        ids = _decide(registry, setting, setting.root.parent)
    # The organiser issues the letters a few days after the decisions.
    clock.advance((AFTER_THE_INTERVIEWS + timedelta(days=3) - clock.now()).total_seconds())
    return ids


@pytest.fixture
def signer(setting: Setting) -> Signer:
    home = setting.root / "organiser"
    return create_signer(
        setting.authority,
        "Camille Signataire",
        "camille@numerique.gouv.fr",
        AFTER_THE_INTERVIEWS,
        secret_store(home),
        organiser_dir(home),
    )


def _ready(registry: Registry) -> IssueSettings:
    return save_issue_settings(
        registry, IssueSettings(recourse_confirmed=True, registration_date=REGISTRATION)
    )


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_every_decision_gets_its_letter_and_a_laureate_a_certificate(
    registry: Registry,
    setting: Setting,
    decided: list[str],
    signer: Signer,
    tmp_path: Path,
) -> None:
    steps: list[tuple[int, int]] = []
    done = issue_letters(
        registry,
        SESSION_ID,
        signer,
        tmp_path / "letters",
        _ready(registry),
        lambda step, total: steps.append((step, total)),
    )
    assert (done.letters, done.certificates) == (2, 1)
    assert steps[-1] == (3, 3)
    folders = sorted(p.name for p in done.folder.iterdir())
    assert len(folders) == 2 and all(name.startswith("candidat-") for name in folders)
    pdfs = sorted(done.folder.glob("*/*.pdf"))
    assert len(pdfs) == 3
    kinds = []
    for path in pdfs:
        pdf = path.read_bytes()
        verdict = verify_certificate_document(pdf, setting.authority.certificate)
        assert verdict.valid, verdict.problems
        document = verdict.document
        assert document is not None
        assert check_issued(registry, document, pdf) == []
        record = lookup_code(registry, shown_code(document.code).lower())
        assert record is not None and record.in_force and record.file_name == path.name
        kinds.append(type(document))
        if isinstance(document, DecisionLetter) and document.outcome == Outcome.CERTIFIED:
            assert document.certificate_code is not None
            assert lookup_code(registry, document.certificate_code) is not None
        if isinstance(document, Certificate):
            assert document.registration.decided_on == REGISTRATION
            assert document.candidate_id == decided[0]
    assert sorted(k.__name__ for k in kinds) == ["Certificate", "DecisionLetter", "DecisionLetter"]
    with registry.read() as session:
        assert len(list(session.scalars(select(IssuedDocument)))) == 3
        actions = list(session.scalars(select(RegistryJournalEntry.action)))
    assert actions.count("documents.issue") == 3
    # Every decision notified: nothing left to issue unless asked again.
    with pytest.raises(RegistryError, match="left to notify"):
        issue_letters(registry, SESSION_ID, signer, tmp_path / "again", _ready(registry))
    assert lookup_code(registry, "not a code") is None


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_no_letter_before_the_recourse_is_confirmed_and_the_registration_dated(
    registry: Registry, decided: list[str], signer: Signer, tmp_path: Path
) -> None:
    assert issue_settings(registry) == IssueSettings()
    with pytest.raises(RegistryError, match="Confirm the means of recourse"):
        issue_letters(registry, SESSION_ID, signer, tmp_path / "out", issue_settings(registry))
    unconfirmed_date = save_issue_settings(registry, IssueSettings(recourse_confirmed=True))
    with pytest.raises(RegistryError, match="registration decision first"):
        issue_letters(registry, SESSION_ID, signer, tmp_path / "out", unconfirmed_date)
    assert not (tmp_path / "out").exists()
    kept = _ready(registry)
    assert issue_settings(registry) == kept


# On both engines: the revocation and the correction are updates of their own.
def test_a_revoked_document_and_one_of_a_corrected_decision_are_refused(
    registry: Registry,
    setting: Setting,
    decided: list[str],
    signer: Signer,
    tmp_path: Path,
) -> None:
    done = issue_letters(registry, SESSION_ID, signer, tmp_path / "letters", _ready(registry))
    documents = {}
    for path in done.folder.glob("*/*.pdf"):
        pdf = path.read_bytes()
        verdict = verify_certificate_document(pdf, setting.authority.certificate)
        assert verdict.document is not None
        documents[verdict.document.candidate_id, type(verdict.document)] = (verdict.document, pdf)

    certificate, pdf = documents[decided[0], Certificate]
    with pytest.raises(RegistryError, match="Say why"):
        revoke_document(registry, certificate.code, " ")
    record = revoke_document(registry, shown_code(certificate.code), "délivré par erreur")
    assert record.revoked and not record.in_force
    [problem] = check_issued(registry, certificate, pdf)
    assert str(problem) == f"The document {certificate.code} was revoked: délivré par erreur"
    # Still valid as a file: revocation is the registry's word.
    assert verify_certificate_document(pdf, setting.authority.certificate).valid

    # The other candidate's decision corrected: its letter no longer in force.
    letter, letter_pdf = documents[decided[1], DecisionLetter]
    with registry.write() as writer:
        first = writer.session.get(Decision, letter.decision_id)
        assert first is not None
        corrected = Decision(
            candidate_id=first.candidate_id,
            outcome=Outcome.CERTIFIED,
            decided_at=first.decided_at + timedelta(days=5),
            reasons="Nouvelle délibération.",
            recorded_at=writer.now,
            recorded_by=writer.actor,
            correction_reason="erreur de saisie",
        )
        writer.session.add(corrected)
        writer.session.flush()
        first.superseded_by = corrected.id
    [problem] = check_issued(registry, letter, letter_pdf)
    assert "was corrected since" in str(problem)
    # The batch now issues the corrected decision's documents alone: a letter and a certificate.
    again = issue_letters(registry, SESSION_ID, signer, tmp_path / "again", _ready(registry))
    assert (again.letters, again.certificates) == (1, 1)
    # A file the registry never issued with that code (another signing of the same data).
    other = verify_certificate_document(
        next(again.folder.glob("*/decision-*.pdf")).read_bytes(), setting.authority.certificate
    )
    assert other.document is not None
    assert "not the one the registry issued" in str(check_issued(registry, other.document, pdf)[0])


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_the_figures_count_the_delay_from_decision_to_letter(
    registry: Registry, decided: list[str], signer: Signer, tmp_path: Path
) -> None:
    from jury_desk.registry.figures import session_figures

    assert session_figures(registry, SESSION_ID).days_to_letter == ()
    issue_letters(registry, SESSION_ID, signer, tmp_path / "letters", _ready(registry))
    delays = session_figures(registry, SESSION_ID).days_to_letter
    assert len(delays) == 2 and all(days >= 0 for days in delays)
