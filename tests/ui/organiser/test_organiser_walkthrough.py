"""An organiser from an empty registry to the bundles of a session, through the window only.

The desk (OrganiserWindow) over a new SQLCipher registry: a session with its sittings and
the authority (Session tab); four jurors' request files taken in and accepted once their
codes matched (Jurés); eight applications imported from an XLSX and a ZIP of dossiers,
then each retained for the interview (Candidats); two juries formed, a proposed schedule
applied that keeps each juror away from the candidates of their own incubator or
start-up, and the convocations written (Jurys, planning et convocations); each jury's
bundle made (Paquets des jurys). Then both jurors of the first jury open their bundle,
each in their own home with their own keys, and find the candidates the registry placed
with them. The native file dialogs, which cannot be driven offscreen, are replaced by
functions answering a path; dates are set in their date fields (QTest types ASCII only;
accented text is typed as key events carrying the text).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import identity_dir, organiser_dir
from jury_desk.models.enums import ApplicationStatus, JurorKind, JurorRole
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.jurors import list_jurors
from jury_desk.registry.models import Placement, RegistrySession
from jury_desk.registry.store import Registry
from jury_desk.trust.authority import load_authority_certificate
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity, create_identity, save_identity
from jury_desk.trust.keys import comparison_code
from jury_desk.trust.trusted import TrustedAuthorities
from jury_desk.ui.organiser.authority_box import AuthorityNameDialog
from jury_desk.ui.organiser.intake_dialog import IntakeDialog
from jury_desk.ui.organiser.schedule_proposal import ProposalDialog
from jury_desk.ui.organiser.session_form import NewSessionDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from tests.bundle_factory import Juror, secret_store
from tests.factories import FakeClock
from tests.helpers.intake_files import APPLICATIONS, write_applications_xlsx, write_dossiers_zip
from tests.helpers.modal_answer import answer_next_modal

SESSION = "rs6247-2027-05"
LEFT = Qt.MouseButton.LeftButton


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    email: str
    kind: JurorKind
    incubator: str
    startups: str = ""


# Two juries' worth: a portfolio manager to chair each, a certified intrapreneur beside.
# Marc works at the DGFiP's incubator (Étienne's and Fournier's), Sophie at the Fabrique
# (Chevalier's, Diallo's, N'Diaye's); Karim is linked to Pix Orga (Garnier's start-up).
CLAIRE = Person(
    "claire", "Claire Dubois", "claire.dubois@anct.example", JurorKind.PORTFOLIO_MANAGER, "ANCT"
)
MARC = Person(
    "marc",
    "Marc Petit",
    "marc.petit@dgfip.example",
    JurorKind.CERTIFIED_INTRAPRENEUR,
    "Incubateur de la DGFiP",
)
SOPHIE = Person(
    "sophie",
    "Sophie Martin",
    "sophie.martin@social.example",
    JurorKind.PORTFOLIO_MANAGER,
    "Fabrique des ministères sociaux",
)
KARIM = Person(
    "karim",
    "Karim Haddad",
    "karim.haddad@education.example",
    JurorKind.CERTIFIED_INTRAPRENEUR,
    "Incubateur de l'Éducation",
    "Pix Orga",
)
PEOPLE = (CLAIRE, MARC, SOPHIE, KARIM)
# Who may not sit with whom: each juror's conflicts among the eight applications.
CONFLICTS = {
    MARC.name: {"Étienne", "Fournier"},
    SOPHIE.name: {"Chevalier", "Diallo", "N'Diaye"},
    KARIM.name: {"Garnier"},
}


# ---------------------------------------------------------------------- how a person acts


def _type(widget: QWidget, text: str) -> None:
    """Text typed into the focused field, one key event per character (accents included:
    QTest's keyClicks takes ASCII only)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def _letter(text: str) -> str:
    return text[text.index("&") + 1].upper()


def _open_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    """The tab chosen with its Alt+letter (S&ession, &Jurés, &Candidats, …, Pa&quets…):
    each tab has its own, so one press is enough."""
    letters = [_letter(tabs.tabText(i)) for i in range(tabs.count())]
    assert len(set(letters)) == len(letters), letters
    letter = _letter(tabs.tabText(tabs.indexOf(page)))
    window = tabs.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is page


def _click_row(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == index.row()


def _ok(dialog: QWidget) -> None:
    boxes = dialog.findChildren(QDialogButtonBox)
    assert len(boxes) == 1
    button = boxes[0].button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    button.click()


def _row_named(model_rows: list[str], name: str) -> int:
    matches = [row for row, text in enumerate(model_rows) if name in text]
    assert len(matches) == 1, (name, model_rows)
    return matches[0]


# ---------------------------------------------------------------------- the walkthrough


@pytest.mark.slow
def test_an_organiser_from_an_empty_registry_to_the_bundles_the_jurors_open(
    qtbot: QtBot,
    state: OrganiserState,
    registry: Registry,
    home: Path,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.session_choice.count() == 0

    _session_and_authority(qtbot, window, registry)
    identities = _jurors(qtbot, window, registry, tmp_path, monkeypatch)
    _candidates(qtbot, window, registry, tmp_path, monkeypatch)
    _juries_and_schedule(qtbot, window, registry, tmp_path, monkeypatch)
    bundles = _bundles(qtbot, window, tmp_path, monkeypatch)

    # Both jurors of the first jury, each on their own computer, trusting the authority.
    certificate = load_authority_certificate(organiser_dir(home))
    with registry.read() as session:
        placed = session.query(Placement).filter(Placement.jury_id == f"{SESSION}-jury-1")
        expected = sorted(p.candidate.display_name for p in placed)
    assert len(expected) >= 3
    for person, role in ((CLAIRE, JurorRole.CHAIR), (MARC, JurorRole.MEMBER)):
        juror_home = tmp_path / "postes" / person.key
        juror = Juror(juror_home, identities[person.key], secret_store(juror_home))
        save_identity(juror.identity, juror.secrets, identity_dir(juror_home))
        TrustedAuthorities(juror_home).trust(certificate)
        opened = juror.open(bundles[1], clock)
        assert (opened.me.name, opened.me.role) == (person.name, role)
        assert opened.manifest.spec.id == f"{SESSION}-jury-1"
        assert sorted(c.name for c in opened.manifest.spec.candidates) == expected
    # A juror of the other jury cannot open it: it was not made for their keys.
    other_home = tmp_path / "postes" / SOPHIE.key
    other = Juror(other_home, identities[SOPHIE.key], secret_store(other_home))
    TrustedAuthorities(other_home).trust(certificate)
    with pytest.raises(UserError) as refused:
        other.open(bundles[1], clock)
    assert "it was encrypted for other keys" in str(refused.value)
    window.close()


def _session_and_authority(qtbot: QtBot, window: OrganiserWindow, registry: Registry) -> None:
    page = window.session_page
    _open_tab(qtbot, window.tabs, page)
    assert page.heading.text().startswith("Aucune session")
    assert not page.add_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewSessionDialog)
        qtbot.keyClicks(dialog.session_id, SESSION)
        qtbot.keyClicks(dialog.fields.title, "Session de mai 2027")
        dialog.fields.starts_on.setDate(QDate(2027, 5, 18))
        dialog.fields.ends_on.setDate(QDate(2027, 5, 19))
        _type(dialog.fields.place, "20 avenue de Ségur, Paris")
        _ok(dialog)

    answer_next_modal(fill)
    qtbot.mouseClick(page.new_button, LEFT)
    assert window.state.session_id == SESSION
    assert window.session_choice.currentData() == SESSION
    assert page.fields.title.text() == "Session de mai 2027"

    # Two mornings, 09:00–12:30 (the new sitting's hours), one on each day of the session.
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.mouseClick(page.add_button, LEFT)
    shown = [
        [str(page.sittings.index(row, column).data()) for column in range(3)]
        for row in range(page.sittings.rowCount())
    ]
    assert [row[1:] for row in shown] == [["09:00", "12:30"], ["09:00", "12:30"]]
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.save_button.isEnabled() and not page.dirty
    with registry.read() as session:
        row = session.get(RegistrySession, SESSION)
        assert row is not None
        sittings = [
            (s.day.isoformat(), s.start.isoformat(), s.finish.isoformat()) for s in row.sittings
        ]
        assert (row.place, row.slot_minutes) == ("20 avenue de Ségur, Paris", 60)
    assert sittings == [
        ("2027-05-18", "09:00:00", "12:30:00"),
        ("2027-05-19", "09:00:00", "12:30:00"),
    ]

    box = page.authority

    def name(dialog: QWidget) -> None:
        assert isinstance(dialog, AuthorityNameDialog)
        _type(dialog.name, "Certification RS6247 — beta.gouv.fr")
        _ok(dialog)

    answer_next_modal(name)
    qtbot.mouseClick(box.create_button, LEFT)
    assert box.status.text().startswith("Autorité : Certification RS6247 — beta.gouv.fr.")
    assert box.backup_button.isVisible() and not box.create_button.isVisible()


def _jurors(
    qtbot: QtBot,
    window: OrganiserWindow,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, JurorIdentity]:
    page = window.jurors_page
    _open_tab(qtbot, window.tabs, page)
    identities = {p.key: create_identity(p.name, p.email) for p in PEOPLE}
    received = tmp_path / "demandes"
    received.mkdir()
    files = []
    for person in PEOPLE:
        path = received / f"demande-{person.key}.json"
        path.write_bytes(make_request(identities[person.key]).to_json())
        files.append(str(path))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_args: (list(files), ""))
    )
    inbox = page.inbox
    qtbot.mouseClick(inbox.add_button, LEFT)
    assert inbox.model.rowCount() == 4

    for accepted, person in enumerate(PEOPLE, start=1):
        assert f"{person.name} — {person.email}" in inbox.person.text()
        # The code the juror reads over the phone is the one their own keys give.
        key = identities[person.key].private_key.public_key()
        assert inbox.code.text() == comparison_code(key)
        inbox.profile.kind.setCurrentIndex(inbox.profile.kind.findData(person.kind.value))
        _type(inbox.profile.incubator, person.incubator)
        if person.startups:
            _type(inbox.profile.startups, person.startups)
        assert not inbox.accept_button.isEnabled()  # not before the codes matched
        inbox.codes_matched.setFocus()
        qtbot.keyClick(inbox.codes_matched, Qt.Key.Key_Space)
        assert inbox.codes_matched.isChecked() and inbox.accept_button.isEnabled()
        qtbot.mouseClick(inbox.accept_button, LEFT)
        assert inbox.note.text() == f"{person.name} est enregistré·e parmi les jurés."
        assert inbox.model.rowCount() == 4 - accepted
        assert page.model.rowCount() == accepted
    assert inbox.person.text() == "Aucune demande en attente."

    stored = {j.name: (j.kind, j.incubator, j.startups) for j in list_jurors(registry)}
    assert stored == {
        p.name: (p.kind, p.incubator, (p.startups,) if p.startups else ()) for p in PEOPLE
    }
    return identities


def _candidates(
    qtbot: QtBot,
    window: OrganiserWindow,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.candidates_page
    _open_tab(qtbot, window.tabs, page)
    assert page.model.rowCount() == 0
    spreadsheet = write_applications_xlsx(tmp_path / "candidatures.xlsx")
    dossiers = write_dossiers_zip(tmp_path / "dossiers.zip")
    answers = [str(spreadsheet), str(dossiers)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (answers.pop(0), ""))
    )
    qtbot.mouseClick(page.import_button, LEFT)
    dialog = page.findChild(IntakeDialog, "intake_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.preview_button.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_sheet, LEFT)
    assert dialog.sheet_name.text() == "candidatures.xlsx : 8 ligne(s)"
    qtbot.mouseClick(dialog.choose_zip, LEFT)
    assert dialog.attachments_name.text() == "dossiers.zip"
    assert answers == []
    qtbot.mouseClick(dialog.preview_button, LEFT)  # « Aperçu »
    preview = dialog.preview_model
    column = {
        c: [str(preview.index(r, c).data()) for r in range(preview.rowCount())] for c in range(6)
    }
    assert len(column[1]) == 8
    assert column[2] == ["4"] * 8  # the four files of each folder of the ZIP
    assert column[3] == ["aucun"] * 8
    assert column[5] == ["oui"] * 8
    assert dialog.outcome.text() == "8 ligne(s) à importer sur 8."
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.outcome.text() == "8 candidat(s) ajouté(s) à la session."
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()
    assert page.model.rowCount() == 8
    assert page.summary.text() == "8 candidat(s) dans la session, 8 affiché(s)."

    # Each application retained for the interview, from its « Pièces et statut » tab.
    for _ref, birth_name, *_rest in APPLICATIONS:
        names = [str(page.model.index(r, 0).data()) for r in range(page.model.rowCount())]
        _click_row(qtbot, page.table, page.model.index(_row_named(names, birth_name), 0))
        assert birth_name in page.heading.text()
        if page.form.currentWidget() is not page.dossier:
            bar = page.form.tabBar()
            qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(page.form.indexOf(page.dossier)).center())
        assert page.form.currentWidget() is page.dossier
        assert page.dossier.status.text() == "Statut : Recevable"
        qtbot.mouseClick(page.dossier.shortlist_button, LEFT)
        assert page.dossier.status.text() == "Statut : Retenu pour l’entretien"
        assert not page.dossier.shortlist_button.isEnabled()
    statuses = {c.birth_name: c.status for c in session_candidates(registry, SESSION)}
    assert statuses == {a[1]: ApplicationStatus.SHORTLISTED for a in APPLICATIONS}
    listed = {str(page.model.index(r, 3).data()) for r in range(page.model.rowCount())}
    assert listed == {"Retenu pour l’entretien"}


def _juries_and_schedule(
    qtbot: QtBot,
    window: OrganiserWindow,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.schedule_page
    _open_tab(qtbot, window.tabs, page)
    assert page.juries_model.rowCount() == 0 and not page.propose_button.isEnabled()
    for chair, member in ((CLAIRE, MARC), (SOPHIE, KARIM)):
        page.chair.setCurrentIndex(page.chair.findText(chair.name, Qt.MatchFlag.MatchStartsWith))
        page.member.setCurrentIndex(page.member.findText(member.name, Qt.MatchFlag.MatchStartsWith))
        qtbot.mouseClick(page.form_button, LEFT)
    juries = [
        [str(page.juries_model.index(r, c).data()) for c in range(3)]
        for r in range(page.juries_model.rowCount())
    ]
    assert juries == [
        ["Jury 1", CLAIRE.name, MARC.name],
        ["Jury 2", SOPHIE.name, KARIM.name],
    ]

    qtbot.mouseClick(page.propose_button, LEFT)
    dialog = page.findChild(ProposalDialog, "proposal_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 8
    assert [dialog.problems.item(r).text() for r in range(dialog.problems.count())] == [
        "Chaque candidat a un créneau ; toutes les règles sont respectées."
    ]
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert [page.problems.item(r).text() for r in range(page.problems.count())] == [
        "Aucun : le planning respecte toutes les règles."
    ]
    grid = page.grid_model
    cells = [str(grid.index(r, c).data()) for r in range(grid.rowCount()) for c in range(2)]
    assert len(set(cells) - {"libre"}) == 8

    # No juror sits with a candidate of their own incubator or start-up.
    with registry.read() as session:
        sits = {
            p.candidate.birth_name: {p.jury.chair.name, p.jury.member.name}
            for p in session.query(Placement)
        }
    assert len(sits) == 8
    for juror, theirs in CONFLICTS.items():
        for birth_name in theirs:
            assert juror not in sits[birth_name], (juror, birth_name, sits)
    assert sits["Étienne"] == sits["Fournier"] == {SOPHIE.name, KARIM.name}
    assert sits["Garnier"] == {CLAIRE.name, MARC.name}

    # The convocations, written into a new folder of the one chosen.
    out = tmp_path / "envois"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(out)))
    box = page.convocations
    _type(box.contact_name, "Équipe certification")
    qtbot.keyClicks(box.contact_email, "certification@beta.example")
    qtbot.mouseClick(box.write_button, LEFT)
    assert box.result.text() == (
        "8 lettre(s) de convocation, avec le calendrier de chaque candidat, et "
        f"4 calendrier(s) de jurés écrits dans le dossier « convocations-{SESSION} »."
    )
    assert len(list((out / f"convocations-{SESSION}").rglob("convocation.pdf"))) == 8


def _bundles(
    qtbot: QtBot, window: OrganiserWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[int, Path]:
    page = window.bundles_page
    _open_tab(qtbot, window.tabs, page)
    assert page.model.rowCount() == 2
    folder = tmp_path / "paquets"
    folder.mkdir()
    suggested: list[str] = []
    bundles: dict[int, Path] = {}
    for number in (1, 2):
        _click_row(qtbot, page.table, page.model.index(number - 1, 0))
        summary = page.details.toPlainText()
        assert summary.startswith(f"Paquet de Jury {number}, version 1.")
        assert "À régler" not in summary
        assert page.create_button.isEnabled()
        output = folder / f"jury-{number}.jdbundle"

        def save_as(
            _parent: QWidget, _title: str, proposed: str, *_rest: object, output: Path = output
        ) -> tuple[str, str]:
            suggested.append(Path(proposed).name)
            return str(output), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
        qtbot.mouseClick(page.create_button, LEFT)
        qtbot.waitUntil(lambda: page.findChild(QMessageBox, "bundle_done_box") is not None)
        done = page.findChild(QMessageBox, "bundle_done_box")
        assert done is not None
        text = done.text()
        assert text.startswith(
            f"Le paquet jury-{number}.jdbundle est créé (version 1 de Jury {number})."
        )
        chair, member = (CLAIRE, MARC) if number == 1 else (SOPHIE, KARIM)
        assert f"{chair.name} <{chair.email}>, président·e du jury" in text
        assert f"{member.name} <{member.email}>, membre du jury" in text
        ok = done.button(QMessageBox.StandardButton.Ok)
        assert ok is not None
        qtbot.mouseClick(ok, LEFT)
        assert not done.isVisible()
        done.setObjectName("seen_bundle_done_box")  # the next one is found anew
        done.deleteLater()
        assert page.note.text() == f"Dernier paquet créé : jury-{number}.jdbundle."
        assert output.is_file()
        bundles[number] = output
    assert suggested == [f"{SESSION}-jury-1-v1.jdbundle", f"{SESSION}-jury-2-v1.jdbundle"]
    issued = [str(page.model.index(r, 4).data()) for r in range(page.model.rowCount())]
    assert all(text.startswith("version 1, le ") for text in issued), issued
    return bundles
