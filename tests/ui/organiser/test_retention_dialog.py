"""« Conservation des données… »: the schedule's defaults shown and a change saved; nothing due
the day after the decisions, then, the clock moved on, what is due listed by the candidates'
names (their files, or their identity and files); a refusal to confirm deletes nothing, a
confirmation deletes it all and lists again, the figures unchanged; every control reached and
named; the window's Fichier menu opens it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.figures import session_figures
from jury_desk.registry.retention import ERASED, RetentionSchedule, retention_schedule
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.retention_dialog import RetentionDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal, click
from tests.ui.organiser.test_figures_dialog import play_session


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


@pytest.fixture
def ids(registry: Registry, setting: Setting, tmp_path: Path, clock: FakeClock) -> dict[str, str]:
    played = play_session(registry, setting, tmp_path)
    _move_to(clock, datetime(2027, 5, 20, 8, 0, tzinfo=UTC))  # the day after the decisions
    return played


@pytest.fixture
def dialog(qtbot: QtBot, state: OrganiserState, ids: dict[str, str]) -> RetentionDialog:
    dialog = RetentionDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _move_to(clock: FakeClock, moment: datetime) -> None:
    clock.advance((moment - clock.now()).total_seconds())


def _rows(dialog: RetentionDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [
        (str(model.index(row, 0).data()), str(model.index(row, 2).data()))
        for row in range(model.rowCount())
    ]


def test_the_schedule_is_saved_and_what_is_due_deleted_after_confirmation(
    dialog: RetentionDialog,
    registry: Registry,
    clock: FakeClock,
    ids: dict[str, str],
    qtmodeltester: ModelTester,
) -> None:
    spins = dialog.spins
    assert {field: spin.value() for field, spin in spins.items()} == {
        "recourse_months": 2,
        "not_certified_months": 12,
        "unheard_months": 12,
        "documents_months": 12,
    }
    assert (
        spins["not_certified_months"]
        .accessibleDescription()
        .startswith("Après le délai de recours, l’identité")
    )
    assert dialog.model.rowCount() == 0 and not dialog.delete_button.isEnabled()
    assert dialog.summary.text() == "Rien n’est échu aujourd’hui."

    # Fifteen months on: the files of all three (a year after the decision), and the
    # identity of the two not certified (the recourse, then a year).
    _move_to(clock, datetime(2028, 8, 1, 8, 0, tzinfo=UTC))
    dialog.refresh()
    qtmodeltester.check(dialog.model)
    assert sorted(_rows(dialog)) == [
        ("Camille Arnaud", "pièces seules"),
        ("Camille Bérénice", "identité et pièces"),
        ("Camille Chen", "identité et pièces"),
    ]
    assert dialog.model.index(0, 1).data() == "Session de mai 2027"
    assert dialog.summary.text() == (
        "3 suppression(s) échue(s) aujourd’hui, pour 3 candidature(s)."
    )

    # Two years for those not certified: saved, and only their files are due today.
    spins["not_certified_months"].setValue(24)
    dialog.save_button.click()
    assert retention_schedule(registry) == RetentionSchedule(not_certified_months=24)
    assert dialog.note.text() == "Durées de conservation enregistrées."
    assert {what for _name, what in _rows(dialog)} == {"pièces seules"}

    # Back to a year: asked first, and a refusal deletes nothing.
    spins["not_certified_months"].setValue(12)
    dialog.save_button.click()
    before = session_figures(registry, SESSION_ID)
    said: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        click("cancel_delete")(box)

    seen = answer_next_modal(refuse)
    dialog.delete_button.click()
    assert len(seen) == 1 and dialog.model.rowCount() == 3
    assert "pour 3 candidature(s) (3 suppression(s))" in said[0]
    assert "Cela ne peut pas être annulé" in said[0]
    assert "Les chiffres (candidatures, décisions, taux de réussite) restent inchangés" in said[0]

    # Confirmed: deleted, listed again (nothing left), the figures unchanged.
    seen = answer_next_modal(click("confirm_delete"))
    dialog.delete_button.click()
    assert len(seen) == 1
    assert dialog.model.rowCount() == 0 and not dialog.delete_button.isEnabled()
    assert dialog.note.text() == "3 suppression(s) faite(s) ; les chiffres restent inchangés."
    rows = {c.id: c for c in session_candidates(registry, SESSION_ID)}
    assert rows[ids["Bérénice"]].birth_name == ERASED
    assert rows[ids["Arnaud"]].birth_name == "Arnaud" and rows[ids["Arnaud"]].documents == []
    after = session_figures(registry, SESSION_ID)
    assert (after.applications, after.outcomes, after.pass_rate) == (
        before.applications,
        before.outcomes,
        before.pass_rate,
    )


def test_every_control_is_reached_and_named(
    dialog: RetentionDialog,
    clock: FakeClock,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    _move_to(clock, datetime(2028, 8, 1, 8, 0, tzinfo=UTC))
    dialog.refresh()  # the delete button enabled, so that Tab must reach it
    assert dialog.delete_button.isEnabled()
    assert keyboard_problems(dialog) == []


def test_the_fichier_menu_opens_it(qtbot: QtBot, state: OrganiserState) -> None:
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "retention_action")
    assert action is not None and action.text() == "Conservation des &données…"
    action.trigger()
    dialogs = window.findChildren(RetentionDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
