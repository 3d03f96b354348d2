"""The Jurors tab: the enrolment inbox above (request files chosen or dropped on the page),
the registry's jurors below, each one's profile edited in a dialog guarded by the version
shown (someone else's change since is refused, with who and when)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
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
from jury_desk.registry.jurors import JurorProfile, list_jurors
from jury_desk.registry.models import Juror
from jury_desk.ui.organiser.juror_inbox import InboxPanel
from jury_desk.ui.organiser.juror_profile import ProfileDialog, kind_name
from jury_desk.ui.organiser.person_export import export_person_data
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.titled_table_model import TextRowsModel


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    day = value.astimezone().date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


class JurorsModel(TextRowsModel):
    """The registry's jurors, one row each."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (
            self.tr("Nom"),
            self.tr("Adresse électronique"),
            self.tr("Type"),
            self.tr("Incubateur"),
            self.tr("Start-ups liées"),
            self.tr("Enrôlé·e le"),
            self.tr("Certificat jusqu’au"),
        )
        self._rows: list[Juror] = []

    def load(self, jurors: list[Juror]) -> None:
        self.beginResetModel()
        self._rows = jurors
        self.endResetModel()

    def juror(self, row: int) -> Juror | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def text(self, juror: Juror, column: int, *, full: bool) -> str | None:
        values = (
            juror.name,
            juror.email,
            kind_name(juror.kind),
            juror.incubator or "—",
            ", ".join(juror.startups) or "—",
            _day(juror.accepted_at),
            _day(juror.certificate_expires_on),
        )
        return values[column] if 0 <= column < len(values) else None


class JurorsPage(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("jurors_page")
        self.setAccessibleName(self.tr("Jurés"))
        self.setAcceptDrops(True)
        self.inbox = InboxPanel(state, self)
        self.model = JurorsModel()
        self.model.setParent(self)
        self.table = QTableView(self)
        self.table.setObjectName("jurors_table")
        self.table.setAccessibleName(self.tr("Jurés du registre"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self.edit_profile)
        table_label = QLabel(self.tr("Jurés du re&gistre :"), self)
        table_label.setBuddy(self.table)
        self.edit_button = QPushButton(self.tr("M&odifier le profil…"), self)
        self.edit_button.setObjectName("edit_juror_profile")
        self.edit_button.setAccessibleName(self.tr("Modifier le profil du juré choisi"))
        self.edit_button.clicked.connect(self.edit_profile)
        self.export_button = QPushButton(self.tr("E&xporter ses données (RGPD)…"), self)
        self.export_button.setObjectName("export_juror_data")
        self.export_button.setAccessibleName(self.tr("Exporter les données du juré choisi"))
        self.export_button.clicked.connect(self.export_data)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        group = QGroupBox(self.tr("Jurés"), self)
        group.setObjectName("jurors_group")
        inner = QVBoxLayout(group)
        inner.addWidget(table_label)
        inner.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inbox, 1)
        layout.addWidget(group, 1)
        state.changed.connect(self.refresh)
        state.session_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        current = self.table.currentIndex().row()
        self.model.load(list_jurors(self.state.registry))
        if self.model.rowCount() and current >= 0:
            self.table.setCurrentIndex(self.model.index(min(current, self.model.rowCount() - 1), 0))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.model.juror(self.table.currentIndex().row()) is not None
        self.edit_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)

    @Slot()
    def export_data(self) -> None:
        juror = self.model.juror(self.table.currentIndex().row())
        if juror is not None:
            export_person_data(self.state, self, juror.id, juror.name)

    @Slot()
    def edit_profile(self) -> None:
        from jury_desk.registry.jurors import edit_profile

        juror = self.model.juror(self.table.currentIndex().row())
        if juror is None:
            return
        registry, juror_id, seen = self.state.registry, juror.id, juror.version

        def save(profile: JurorProfile) -> str | None:
            try:
                edit_profile(registry, juror_id, profile, seen)
            except UserError as error:
                return error_text(error)
            except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
                self.state.show_error(self, error, self.tr("Profil du juré"))
                return self.tr("Le profil n’a pas pu être enregistré.")
            return None

        dialog = ProfileDialog(juror.name, save, self)
        dialog.fields.load(juror.kind, juror.incubator, juror.startups)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.state.changed.emit()

    # ------------------------------------------------------------ dropped request files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.inbox.add_files(paths)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
