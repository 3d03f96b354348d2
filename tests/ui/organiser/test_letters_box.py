"""« Lettres et parchemins » on the Results tab: a real registry with a jury's decisions
imported (Arnaud certified, Bérénice not), the organiser's authority in its data folder.
The signer designated, the letters refused until the means of recourse is confirmed, then
issued with their progress into a new folder (a PDF per candidate, a certificate for the
laureate); a document verified valid, the same tampered said invalid; a code looked up."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from jury_desk.certificates.data import shown_code
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.issue_settings import issue_settings
from jury_desk.registry.issued_documents import revoke_document
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.models import IssuedDocument, RegistryJournalEntry
from jury_desk.registry.models.documents import CERTIFICATE
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import save_authority
from jury_desk.ui.organiser.letters_box import LETTERS_FOLDER_SETTING, LettersBox
from jury_desk.ui.organiser.results_page import ResultsPage
from jury_desk.ui.organiser.signer_dialog import SignerDialog
from jury_desk.ui.organiser.state import OrganiserState
from tests.bundle_factory import Setting
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results
from tests.helpers.modal_answer import answer_next_modal, click
from tests.helpers.registry_template import new_registry
from tests.ui.organiser.conftest import ORGANISER, SECRETS_PASSPHRASE, mnemonic_problems, tab_walk

REGISTRATION = date(2023, 3, 30)


# The time of the `clock` fixture, and of the registry's clock when the template was made.
CLOCK_START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """What `decided` starts from, made once for the module: the organiser's data folder
    (registry, authority), the people and the jury's files, in a folder of its own that
    each test copies into its tmp_path (see `home`), to change as it likes; with the
    candidates' ids."""
    root = tmp_path_factory.mktemp("letters-box")
    clock = FakeClock(CLOCK_START)
    with new_registry(root, clock, ORGANISER, SECRETS_PASSPHRASE) as made:
        ids = _decide(made.registry, made.setting, made.home, made.secrets, root)
    return root, ids


def _decide(
    registry: Registry,
    setting: Setting,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    root: Path,
) -> list[str]:
    """Two candidates heard by Jury 1, its results imported: Arnaud certified, Bérénice not;
    the authority that issued the bundle is the organiser's, in the data folder."""
    save_authority(setting.authority, organiser_secrets, organiser_dir(home))
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
def home(template: tuple[Path, list[str]], tmp_path: Path) -> Path:
    """This test's own copy of the module's template; the organiser's data folder in it."""
    shutil.copytree(template[0], tmp_path, dirs_exist_ok=True)
    return tmp_path / "home"


@pytest.fixture
def decided(template: tuple[Path, list[str]], home: Path, clock: FakeClock) -> list[str]:
    """The template's candidates, their decisions in this test's copy of the registry."""
    # The organiser issues the letters a few days after the decisions.
    clock.advance((AFTER_THE_INTERVIEWS + timedelta(days=3) - clock.now()).total_seconds())
    return list(template[1])


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, decided: list[str]) -> ResultsPage:
    page = ResultsPage(state)
    qtbot.addWidget(page)
    state.set_session(SESSION_ID)
    return page


def _error(widget: QWidget) -> str:
    boxes = widget.findChildren(QMessageBox, "error_box")
    assert len(boxes) == 1, [box.text() for box in boxes]
    text = boxes[0].text()
    boxes[0].close()
    boxes[0].setParent(None)
    return text


def _designate(box: LettersBox, monkeypatch: pytest.MonkeyPatch) -> None:
    def filled(dialog: SignerDialog) -> QDialog.DialogCode:
        dialog.name.setText("Camille Signataire")
        dialog.email.setText("camille@numerique.gouv.fr")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignerDialog, "exec", filled)
    box.signer_button.click()


def _choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(folder))
    )


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(path), ""))
    )


def test_the_signer_designated_then_the_letters_issued_and_checked(
    page: ResultsPage,
    state: OrganiserState,
    registry: Registry,
    decided: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = page.letters_box
    # No signer yet: said, and the button offered.
    assert box.signer_status.text().startswith("Aucun signataire n’est désigné")
    assert box.signer_button.isVisibleTo(page)
    _designate(box, monkeypatch)
    assert box.signer_status.text().startswith(
        "Signataire : Camille Signataire <camille@numerique.gouv.fr>, certificat valable jusqu’au "
    )
    assert not box.signer_button.isVisibleTo(page)
    assert "Camille Signataire signe désormais" in box.issued.text()

    # The defaults shown, not confirmed: the letters refused in words, no folder asked.
    assert box.recourse.toPlainText() == issue_settings(registry).recourse
    assert not box.recourse_read.isChecked()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: asked.append("?") or "")
    )
    box.issue_button.click()
    assert "Confirm the means of recourse" in _error(box)
    assert asked == []
    # Confirmed, but the registration has no date yet: refused too.
    box.recourse_read.setChecked(True)
    box.issue_button.click()
    assert "registration decision first" in _error(box)
    assert issue_settings(registry).recourse_confirmed  # what was given is kept
    # Another wording of the recourse must be read again.
    box.recourse.setPlainText(box.recourse.toPlainText() + "\nTexte ajouté.")
    assert not box.recourse_read.isChecked()
    box.recourse_read.setChecked(True)
    box.registration_date.setDate(QDate(REGISTRATION))
    box.save_button.click()
    kept = issue_settings(registry)
    assert kept.recourse_confirmed and kept.registration_date == REGISTRATION
    assert kept.recourse.endswith("Texte ajouté.")
    assert box.issued.text() == "Réglages des lettres enregistrés."

    # Issued into a new folder of the folder chosen, with the bar counting the candidates.
    out = tmp_path / "envois"
    out.mkdir()
    _choose_folder(monkeypatch, out)
    box.issue_button.click()
    assert box.steps_seen == [(1, 3), (2, 3), (3, 3)]
    assert not box.progress.isVisibleTo(page)
    folder = out / f"lettres-{SESSION_ID}"
    assert box.issued.text() == (
        "2 lettre(s) de décision et 1 parchemin(s) signés, un dossier par candidat, dans le "
        f"dossier « {folder.name} »."
    )
    assert str(tmp_path) not in box.issued.text()
    assert state.context.settings.value(LETTERS_FOLDER_SETTING) == str(out)
    candidates = sorted(path for path in folder.iterdir())
    assert len(candidates) == 2
    per_candidate = {path.name: sorted(p.name for p in path.glob("*.pdf")) for path in candidates}
    assert sorted(len(files) for files in per_candidate.values()) == [1, 2]
    with registry.read() as session:
        certificate = session.scalars(
            select(IssuedDocument).where(IssuedDocument.kind == CERTIFICATE)
        ).one()
        code, certificate_file = certificate.code, certificate.file_name
    [certificate_path] = folder.glob(f"*/{certificate_file}")
    assert decided[0] in certificate_path.parent.name

    # The certificate verified valid, as `certificate verify` does.
    _choose_file(monkeypatch, certificate_path)
    box.verify_button.click()
    said = box.checked.text()
    assert said.startswith(f"VALIDE : {certificate_path.name} — parchemin de Camille Arnaud")
    assert shown_code(code) in said and "signé par Camille Signataire" in said
    assert str(tmp_path) not in said

    # A byte flipped in the signed range: invalid, with its reasons in words.
    tampered = tmp_path / "falsifié.pdf"
    pdf = bytearray(certificate_path.read_bytes())
    pdf[len(pdf) // 4] ^= 0x01
    tampered.write_bytes(bytes(pdf))
    _choose_file(monkeypatch, tampered)
    box.verify_button.click()
    said = box.checked.text()
    assert said.startswith("INVALIDE : falsifié.pdf. Raisons :\n– ")
    assert str(tmp_path) not in said

    # The code looked up, as printed (with its hyphens, any case): whose, and in force.
    box.code.setText(shown_code(code).lower())
    box.look_up_button.click()
    said = box.checked.text()
    assert said.startswith(f"Code {shown_code(code)} : Parchemin de Camille Arnaud")
    assert "décision « Certifié·e »" in said and said.endswith("— en vigueur.")
    revoke_document(registry, code, "Erreur de nom.")
    box.look_up_button.click()
    assert box.checked.text().endswith("— révoqué : Erreur de nom..")
    # Revoked: the certificate itself no longer verifies.
    _choose_file(monkeypatch, certificate_path)
    box.verify_button.click()
    assert box.checked.text().startswith("INVALIDE : ")
    assert "was revoked: Erreur de nom." in box.checked.text()
    box.code.setText("pas un code")
    box.look_up_button.click()
    assert "no document with the code pas un code" in box.checked.text()

    # Nothing left to notify: the next batch is refused in words, no folder written.
    box.issue_button.click()
    assert "left to notify" in _error(box)
    assert not (out / f"lettres-{SESSION_ID}-2").exists()


def test_without_a_signer_the_letters_are_refused_in_words(
    page: ResultsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = page.letters_box
    box.recourse_read.setChecked(True)
    box.registration_date.setDate(QDate(REGISTRATION))
    _choose_folder(monkeypatch, tmp_path)
    box.issue_button.click()
    assert "No signer for the certifier" in _error(box)
    assert not (tmp_path / f"lettres-{SESSION_ID}").exists()
    assert box.issue_button.isEnabled() and not box.progress.isVisibleTo(page)


def test_the_page_with_its_letters_is_reached_and_named_from_the_keyboard(
    qtbot: QtBot, page: ResultsPage, keyboard_problems: Callable[[QWidget], list[str]]
) -> None:
    page.show()
    assert keyboard_problems(page) == []
    # The registration's date not given yet (« à renseigner »): Shift+Tab leaves it too.
    box = page.letters_box
    assert box.registration_date.text() == "à renseigner"
    box.registration_date.setFocus()
    qtbot.keyClick(box.registration_date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is box.recourse_read


def _replace_with(dialog: SignerDialog) -> QDialog.DialogCode:
    dialog.name.setText("Dominique Relève")
    dialog.email.setText("dominique@numerique.gouv.fr")
    dialog.reason.setText("départ de Camille")
    return QDialog.DialogCode.Accepted


def test_the_signer_replaced_after_a_question(
    page: ResultsPage,
    registry: Registry,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    box = page.letters_box
    assert not box.replace_signer_button.isVisibleTo(page)  # nobody to replace yet
    _designate(box, monkeypatch)
    assert box.replace_signer_button.isVisibleTo(page)
    assert box.replace_signer_button.text() == "Remplacer le si&gnataire…"
    assert box.replace_signer_button.accessibleName() == "Remplacer le signataire"
    page.show()
    assert keyboard_problems(page) == []
    folder = organiser_dir(home)
    first = (folder / "signer.pem").read_bytes()

    # The dialog asks the reason too; then a question, whose refusal changes nothing.
    monkeypatch.setattr(SignerDialog, "exec", _replace_with)
    said: list[str] = []

    def refuse(question: QWidget) -> None:
        assert isinstance(question, QMessageBox)
        said.append(question.text())
        click("cancel_replace_signer")(question)

    seen = answer_next_modal(refuse)
    box.replace_signer_button.click()
    assert len(seen) == 1
    assert said[0].startswith("Remplacer le signataire actuel par Dominique Relève ?")
    assert "restent vérifiables" in said[0]
    assert (folder / "signer.pem").read_bytes() == first

    seen = answer_next_modal(click("confirm_replace_signer"))
    box.replace_signer_button.click()
    assert len(seen) == 1
    assert box.signer_status.text().startswith(
        "Signataire : Dominique Relève <dominique@numerique.gouv.fr>, certificat valable "
    )
    assert box.issued.text() == (
        "Dominique Relève signe désormais les lettres et les parchemins ; ce que signait le "
        "signataire précédent reste vérifiable."
    )
    assert [path.suffix for path in sorted((folder / "previous-signers").iterdir())] == [
        ".json",
        ".pem",
    ]
    with registry.read() as session:
        [entry] = session.scalars(
            select(RegistryJournalEntry).where(RegistryJournalEntry.action == "signer.replace")
        )
        assert '"reason":"départ de Camille"' in entry.payload
        [first] = session.scalars(
            select(RegistryJournalEntry).where(RegistryJournalEntry.action == "signer.create")
        )
        assert '"signer":"Camille' in first.payload


def test_the_replacement_dialog_is_reached_and_named(qtbot: QtBot) -> None:
    dialog = SignerDialog(replacing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Remplacer le signataire"
    assert dialog.reason.isVisibleTo(dialog)
    assert dialog.reason.accessibleName() == "Motif du remplacement"
    assert tab_walk(qtbot, dialog) == []
    # A dialog of its own: the window's Alt+letters are not taken while it is open.
    assert [p for p in mnemonic_problems(dialog) if "the window's" not in p] == []
