"""The Session tab: the current session's settings and sittings, edited in place; a new
session made in a dialog (it becomes the current one); and the organiser's authority.

An edit names the version of the session it was made on: if someone else saved the
session since, the registry refuses it (its message says who and when) and the page keeps
what the person typed. While the page holds unsaved changes, the registry's other changes
do not overwrite them.
"""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.registry.models import RegistrySession
from jury_desk.registry.sessions import SessionDraft
from jury_desk.ui.organiser.authority_box import AuthorityBox
from jury_desk.ui.organiser.session_form import NewSessionDialog, SessionFields, to_date
from jury_desk.ui.organiser.session_sittings import SittingsModel
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text


class SessionPage(QWidget):
    """The current session (state.session_id) and the authority box below it."""

    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("session_page")
        self.setAccessibleName(self.tr("Session"))
        self.loaded_id = ""
        self.loaded_version: int | None = None
        self.dirty = False
        self.heading = QLabel(self)
        self.heading.setObjectName("session_heading")
        self.heading.setWordWrap(True)
        self.fields = SessionFields(self)
        self.fields.edited.connect(self._edited)
        self.sittings = SittingsModel()
        self.sittings.setParent(self)
        self.sittings.dataChanged.connect(self._edited)
        self.table = QTableView(self)
        self.table.setObjectName("sittings_table")
        self.table.setAccessibleName(self.tr("Séances d’entretiens : jour, début, fin"))
        self.table.setModel(self.sittings)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on; arrows move, F2 edits
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        table_label = QLabel(self.tr("&Horaires des séances (jour, début, fin) :"), self)
        table_label.setBuddy(self.table)
        self.add_button = self._button("add_sitting", self.tr("Aj&outer une séance"))
        self.remove_button = self._button("remove_sitting", self.tr("Suppri&mer la séance"))
        self.save_button = self._button("save_session", self.tr("Enre&gistrer la session"))
        self.new_button = self._button("new_session", self.tr("&Nouvelle session…"))
        self.add_button.clicked.connect(self.add_sitting)
        self.remove_button.clicked.connect(self.remove_sitting)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_session)
        self.authority = AuthorityBox(state, self)
        self._lay_out(table_label)
        state.session_changed.connect(self.refresh)
        state.changed.connect(self._registry_changed)
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _lay_out(self, table_label: QLabel) -> None:
        group = QGroupBox(self.tr("Session en cours"), self)
        group.setObjectName("session_group")
        sitting_buttons = QHBoxLayout()
        sitting_buttons.addWidget(self.add_button)
        sitting_buttons.addWidget(self.remove_button)
        sitting_buttons.addStretch(1)
        inner = QVBoxLayout(group)
        inner.addWidget(self.heading)
        inner.addWidget(self.fields)
        inner.addWidget(table_label)
        inner.addWidget(self.table, 1)
        inner.addLayout(sitting_buttons)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.save_button)
        session_buttons.addStretch(1)
        session_buttons.addWidget(self.new_button)
        inner.addLayout(session_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(group, 1)
        layout.addWidget(self.authority)

    # ------------------------------------------------------------ reading

    @Slot()
    def refresh(self) -> None:
        """Show the current session as the registry has it now (unsaved changes dropped)."""
        row = self._current()
        self.dirty = False
        has_session = row is not None
        for widget in (self.fields, self.table, self.add_button, self.remove_button):
            widget.setEnabled(has_session)
        self.save_button.setEnabled(False)
        if row is None:
            self.loaded_id, self.loaded_version = "", None
            if not self.state.session_id:  # else the heading says why it cannot be read
                self.heading.setText(
                    self.tr("Aucune session : créez la première avec « Nouvelle session… ».")
                )
            self.sittings.load([])
            return
        self.loaded_id, self.loaded_version = row.id, row.version
        self.heading.setText(
            self.tr("Identifiant : {id}. Ses jurys ont pour identifiants {id}-jury-1, …").format(
                id=row.id
            )
        )
        self.fields.load(row)
        self.sittings.load(list(row.sittings))

    def _current(self) -> RegistrySession | None:
        from jury_desk.registry.lookup import must_get

        if not self.state.session_id:
            return None
        try:
            with self.state.registry.read() as session:
                row = must_get(session, RegistrySession, self.state.session_id)
                list(row.sittings)  # loaded while the session is open
                return row
        except UserError as error:  # gone, or the registry unreachable: said in the heading
            self.heading.setText(error_text(error))
            return None

    @Slot()
    def _registry_changed(self) -> None:
        if not self.dirty:
            self.refresh()
        self.authority.refresh()

    @Slot()
    def _edited(self) -> None:
        if self.loaded_id:
            self.dirty = True
            self.save_button.setEnabled(True)

    # ------------------------------------------------------------ sittings

    @Slot()
    def add_sitting(self) -> None:
        """A morning after the last day (or on the first), to be edited in place."""
        last = self.sittings.last_day()
        start = self.fields.starts_on.date()
        day = start if last is None else last.addDays(1)
        end = self.fields.ends_on.date()
        if day.toJulianDay() > end.toJulianDay():
            day = end
        row = self.sittings.add(to_date(day), time(9, 0), time(12, 30))
        self.table.setCurrentIndex(self.sittings.index(row, 0))
        self.table.setFocus()
        self._edited()

    @Slot()
    def remove_sitting(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.sittings.remove(index.row())
            self._edited()

    # ------------------------------------------------------------ writing

    @Slot()
    def save(self) -> None:
        from jury_desk.registry.sessions import edit_session

        if not self.loaded_id or self.loaded_version is None:
            return
        draft = self.fields.draft(self.loaded_id, self.sittings.draft())
        seen, registry = self.loaded_version, self.state.registry

        def work() -> bool:
            edit_session(registry, draft, seen)
            return True

        self.dirty = False  # the registry's `changed` after the write shows what it kept
        if self.state.write(self, self.tr("Session"), work) is None:
            self.dirty = True  # refused: what the person typed stays, to be saved again
            self.save_button.setEnabled(True)

    @Slot()
    def new_session(self) -> None:
        dialog = NewSessionDialog(self._create, self)
        month_ahead = QDate(self.state.context.clock.now().date() + timedelta(days=30))
        for field in (dialog.fields.starts_on, dialog.fields.ends_on):
            field.setDate(month_ahead)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dirty = False
            self.state.changed.emit()
            self.state.set_session(dialog.created)

    def _create(self, draft: SessionDraft) -> str | None:
        """None once the session is in the registry, else why not (said in the dialog)."""
        from jury_desk.registry.sessions import create_session

        try:
            create_session(self.state.registry, draft)
        except UserError as error:
            return error_text(error)
        except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
            self.state.show_error(self, error, self.tr("Nouvelle session"))
            return self.tr("La session n’a pas pu être créée.")
        return None
