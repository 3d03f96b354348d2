"""A session's settings as fields (title, dates, place, slot and break minutes), and the
dialog that creates a session from them with its id.

The same fields serve the Session page (the current session, edited) and the creation
dialog; their Alt+letters are chosen so that neither clashes with the page's buttons nor
with the organiser window's tabs (S, E, J, C, P) and menu (F).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jury_desk.registry.models import RegistrySession
from jury_desk.registry.sessions import SessionDraft, SittingDraft
from jury_desk.ui.theme.palette import set_themed_style
from jury_desk.ui.widgets.button_mnemonics import name_standard_buttons

# As the registry's constraints allow (registry/models/session.py).
SLOT_RANGE = (15, 240)
BREAK_RANGE = (0, 120)
_PROBLEM_STYLE = "QLabel#new_session_problem {{ color: {error}; font-weight: bold; }}"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SessionFields(QWidget):
    """The settings of a session as a form; `edited` on any change the person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setObjectName("session_title")
        self.title.setAccessibleName(self.tr("Titre de la session"))
        self.title.setMaxLength(200)
        self.starts_on = self._date_field("session_starts_on", self.tr("Premier jour"))
        self.ends_on = self._date_field("session_ends_on", self.tr("Dernier jour"))
        self.place = QPlainTextEdit(self)
        self.place.setObjectName("session_place")
        self.place.setAccessibleName(self.tr("Lieu ou lien de visioconférence"))
        self.place.setTabChangesFocus(True)  # Tab goes on to the next field
        self.place.setFixedHeight(self.place.fontMetrics().lineSpacing() * 4)
        self.slot_minutes = self._minutes_field(
            "session_slot_minutes", self.tr("Durée d’un entretien, en minutes"), SLOT_RANGE
        )
        self.break_minutes = self._minutes_field(
            "session_break_minutes",
            self.tr("Pause entre deux entretiens, en minutes"),
            BREAK_RANGE,
        )
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("&Titre :"), self.title)
        self.form.addRow(self.tr("&Du :"), self.starts_on)
        self.form.addRow(self.tr("A&u :"), self.ends_on)
        self.form.addRow(self.tr("&Lieu ou lien de visioconférence :"), self.place)
        self.form.addRow(self.tr("Durée d’un entret&ien :"), self.slot_minutes)
        self.form.addRow(self.tr("Pause entre deu&x entretiens :"), self.break_minutes)
        self.slot_minutes.setValue(60)
        self.break_minutes.setValue(15)
        self.title.textEdited.connect(self.edited)
        self.place.textChanged.connect(self._place_changed)
        for field in (self.starts_on, self.ends_on):
            field.dateChanged.connect(self.edited)
        for spin in (self.slot_minutes, self.break_minutes):
            spin.valueChanged.connect(self.edited)
        self._loading = False

    def _date_field(self, name: str, accessible: str) -> QDateEdit:
        field = QDateEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setCalendarPopup(True)
        field.setDisplayFormat("dd/MM/yyyy")
        field.setDate(QDate.currentDate())
        return field

    def _minutes_field(self, name: str, accessible: str, bounds: tuple[int, int]) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(*bounds)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        return spin

    def _place_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, row: RegistrySession) -> None:
        """Show the session's settings (no `edited`: nothing was changed by the person)."""
        self._loading = True
        for widget in (self.title, self.starts_on, self.ends_on, self.slot_minutes):
            widget.blockSignals(True)
        self.break_minutes.blockSignals(True)
        try:
            self.title.setText(row.title)
            self.starts_on.setDate(QDate(row.starts_on))
            self.ends_on.setDate(QDate(row.ends_on))
            self.place.setPlainText(row.place)
            self.slot_minutes.setValue(row.slot_minutes)
            self.break_minutes.setValue(row.break_minutes)
        finally:
            for widget in (self.title, self.starts_on, self.ends_on, self.slot_minutes):
                widget.blockSignals(False)
            self.break_minutes.blockSignals(False)
            self._loading = False

    def draft(self, session_id: str, sittings: tuple[SittingDraft, ...] = ()) -> SessionDraft:
        return SessionDraft(
            id=session_id,
            title=self.title.text(),
            starts_on=to_date(self.starts_on.date()),
            ends_on=to_date(self.ends_on.date()),
            place=self.place.toPlainText(),
            slot_minutes=self.slot_minutes.value(),
            break_minutes=self.break_minutes.value(),
            sittings=sittings,
        )


class NewSessionDialog(QDialog):
    """The id and settings of a new session; its sittings are added on the page after.

    OK hands the draft to `create`, which answers None once the session is made, else
    what is wrong: said in the dialog, which stays open with what was typed.
    """

    def __init__(
        self, create: Callable[[SessionDraft], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.created = ""
        self.setObjectName("new_session_dialog")
        self.setWindowTitle(self.tr("Nouvelle session"))
        self.setAccessibleName(self.tr("Créer une session"))
        self.session_id = QLineEdit(self)
        self.session_id.setObjectName("new_session_id")
        self.session_id.setAccessibleName(self.tr("Identifiant de la session"))
        self.session_id.setPlaceholderText(self.tr("par exemple rs6247-2027-05"))
        self.session_id.setToolTip(
            self.tr("Lettres minuscules, chiffres et tirets : il préfixe les paquets de ses jurys.")
        )
        self.fields = SessionFields(self)
        self.fields.form.insertRow(0, self.tr("Ide&ntifiant :"), self.session_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("new_session_buttons")
        buttons.accepted.connect(self._create_if_acceptable)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("new_session_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        set_themed_style(self.problem, lambda colours: _PROBLEM_STYLE.format(error=colours.error))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.session_id.setFocus()

    def draft(self) -> SessionDraft:
        return self.fields.draft(self.session_id.text().strip())

    @Slot()
    def _create_if_acceptable(self) -> None:
        draft = self.draft()
        problem = self._create(draft)
        if problem is None:
            self.created = draft.id
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.show()
