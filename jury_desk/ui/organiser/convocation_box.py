"""The convocations of the session: the organiser's contact (printed on the letters and named
as the events' organiser, remembered in the settings), then the letters and calendar files
written into a new folder `convocations-<session id>` of the folder chosen, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.registry.convene import Contact, Convened, convene_session
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.save_folder import remembered_folder

NAME_KEY = "organiser/contact_name"
EMAIL_KEY = "organiser/contact_email"
FOLDER_KEY = "organiser/convocations_folder"


class _Progress(QObject):
    """Brings the core's progress (called on the worker thread) to the GUI thread."""

    moved = Signal(int, int)


class ConvocationBox(QGroupBox):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Convocations"))
        self.setObjectName("convocation_box")
        self.state = state
        settings = state.context.settings
        self.contact_name = QLineEdit(str(settings.value(NAME_KEY, "") or ""), self)
        self.contact_name.setObjectName("contact_name")
        self.contact_name.setAccessibleName(self.tr("Nom du contact"))
        self.contact_name.textEdited.connect(lambda text: settings.setValue(NAME_KEY, text))
        self.contact_email = QLineEdit(str(settings.value(EMAIL_KEY, "") or ""), self)
        self.contact_email.setObjectName("contact_email")
        self.contact_email.setAccessibleName(self.tr("Courriel du contact"))
        self.contact_email.textEdited.connect(lambda text: settings.setValue(EMAIL_KEY, text))
        self.write_button = QPushButton(self.tr("Écrire les con&vocations…"), self)
        self.write_button.setObjectName("write_convocations")
        self.write_button.clicked.connect(self.ask_folder)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("convocation_progress")
        self.progress.setAccessibleName(self.tr("Avancement des convocations"))
        self.progress.setVisible(False)
        self.result = QLabel(self)
        self.result.setObjectName("convocation_result")
        self.result.setWordWrap(True)
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved)
        # Done or refused, the registry is read again: the bar has nothing more to say.
        state.changed.connect(lambda: self.progress.setVisible(False))
        form = QFormLayout()
        name_label = QLabel(self.tr("Nom d&u contact :"), self)
        name_label.setBuddy(self.contact_name)
        email_label = QLabel(self.tr("Courriel &du contact :"), self)
        email_label.setBuddy(self.contact_email)
        form.addRow(name_label, self.contact_name)
        form.addRow(email_label, self.contact_email)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.write_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)

    def set_session(self, session_id: str) -> None:
        self.write_button.setEnabled(bool(session_id))
        self.result.clear()

    def ask_folder(self) -> None:
        settings = self.state.context.settings
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choisir où créer le dossier des convocations"),
            str(remembered_folder(settings, FOLDER_KEY)),
        )
        if chosen:
            settings.setValue(FOLDER_KEY, chosen)
            self.write_into(Path(chosen))

    def write_into(self, parent_folder: Path) -> None:
        session_id = self.state.session_id
        target = _fresh_folder(parent_folder, f"convocations-{session_id}")
        contact = Contact(self.contact_name.text().strip(), self.contact_email.text().strip())
        registry, relay = self.state.registry, self._relay
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.result.clear()
        self.state.run_slow(
            self,
            self.tr("Écrire les convocations"),
            self.tr("Écriture des lettres et des calendriers…"),
            lambda: convene_session(registry, session_id, target, contact, relay.moved.emit),
            self._written,
        )

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _written(self, convened: Convened) -> None:
        self.progress.setVisible(False)
        self.result.setText(
            self.tr(
                "%1 lettre(s) de convocation, avec le calendrier de chaque candidat, et "
                "%2 calendrier(s) de jurés écrits dans le dossier « %3 »."
            )
            .replace("%1", str(convened.letters))
            .replace("%2", str(convened.juror_calendars))
            .replace("%3", convened.folder.name)
        )


def _fresh_folder(parent: Path, name: str) -> Path:
    """`name` in `parent`, or `name-2`, `name-3`… once written: a re-issue never replaces
    the convocations already sent."""
    target, number = parent / name, 1
    while target.exists():
        number += 1
        target = parent / f"{name}-{number}"
    return target
