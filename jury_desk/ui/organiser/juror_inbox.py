"""The enrolment inbox: the jurors' request files taken in (chosen or dropped), each shown
with the comparison code the juror reads over the phone, and accepted only once the
organiser has ticked that the two codes matched.

The requests wait here, in the window, until accepted or set aside: the registry keeps
only the accepted ones. Reading a request is bounded and verifies its CSR (core:
registry.jurors.read_request); the files refused are said together in one message.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.registry.jurors import InboxRequest, list_jurors
from jury_desk.ui.organiser.juror_profile import ProfileFields
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text

Index = QModelIndex | QPersistentModelIndex
REQUESTS_FOLDER_SETTING = "organiser/requests_folder"


class InboxModel(QAbstractListModel):
    """The requests waiting, one line each: name and e-mail."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[InboxRequest] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.requests)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            request = self.requests[index.row()].request
            return f"{request.name} <{request.email}>"
        return None

    def add(self, inbox: InboxRequest) -> bool:
        """False if the same keys are already waiting."""
        if any(r.request.fingerprint == inbox.request.fingerprint for r in self.requests):
            return False
        row = len(self.requests)
        self.beginInsertRows(QModelIndex(), row, row)
        self.requests.append(inbox)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.requests):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.requests[row]
            self.endRemoveRows()


class InboxPanel(QGroupBox):
    """The requests received, the one chosen in detail, its profile and « Accepter »."""

    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("enrolment_inbox")
        self.setTitle(self.tr("Demandes d’enrôlement"))
        self.model = InboxModel()
        self.model.setParent(self)
        self.list = QListView(self)
        self.list.setObjectName("inbox_list")
        self.list.setAccessibleName(self.tr("Demandes reçues"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        list_label = QLabel(self.tr("Demandes &reçues :"), self)
        list_label.setBuddy(self.list)
        self.add_button = self._button("add_requests", self.tr("Ajouter des de&mandes…"))
        self.add_button.setToolTip(
            self.tr("Vous pouvez aussi déposer les fichiers de demande sur cette page.")
        )
        self.set_aside_button = self._button("set_aside_request", self.tr("Retirer de la &liste"))
        self._build_detail()
        self.add_button.clicked.connect(self.choose_files)
        self.set_aside_button.clicked.connect(self.set_aside)
        self.codes_matched.toggled.connect(self._update_buttons)
        self.accept_button.clicked.connect(self.accept_current)
        self._lay_out(list_label)
        self._chosen()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _build_detail(self) -> None:
        self.person = QLabel(self)
        self.person.setObjectName("request_person")
        self.person.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setObjectName("request_code")
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(max(big.pointSizeF(), 10.0) * 2.2)
        big.setWeight(QFont.Weight.Bold)
        self.code.setFont(big)
        self.code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.profile = ProfileFields(self)
        self.profile.kind.currentIndexChanged.connect(self._update_buttons)
        self.codes_matched = QCheckBox(self.tr("Le co&de lu par le juré correspond"), self)
        self.codes_matched.setObjectName("codes_matched")
        self.codes_matched.setAccessibleName(self.tr("Le code lu par le juré correspond"))
        self.codes_matched.setToolTip(
            self.tr(
                "Appelez la personne et faites-lui lire le code affiché par son application : "
                "il doit être celui-ci, chiffre pour chiffre."
            )
        )
        self.accept_button = self._button("accept_request", self.tr("&Accepter"))
        self.note = QLabel(self)
        self.note.setObjectName("inbox_note")
        self.note.setWordWrap(True)

    def _lay_out(self, list_label: QLabel) -> None:
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.set_aside_button)
        left.addLayout(row)
        detail = QFormLayout()
        detail.addRow(self.person)
        detail.addRow(self.code)
        right = QVBoxLayout()
        right.addLayout(detail)
        right.addWidget(self.profile)
        right.addWidget(self.codes_matched)
        right.addWidget(self.accept_button)
        right.addWidget(self.note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    # ------------------------------------------------------------ taking files in

    @Slot()
    def choose_files(self) -> None:
        from jury_desk.ui.widgets.save_folder import remembered_folder

        settings = self.state.context.settings
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Ajouter des demandes d’enrôlement"),
            str(remembered_folder(settings, REQUESTS_FOLDER_SETTING)),
            self.tr("Demandes d’enrôlement (*.json);;Tous les fichiers (*)"),
        )
        if chosen:
            settings.setValue(REQUESTS_FOLDER_SETTING, str(Path(chosen[0]).parent))
            self.add_files(Path(name) for name in chosen)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Each request read and shown; those refused said together in one message."""
        from jury_desk.registry.jurors import read_request

        refused: list[str] = []
        first_new = None
        for path in paths:
            try:
                inbox = read_request(path)
            except UserError as error:
                refused.append(self.tr("{file} : {reason}").format(
                    file=path.name, reason=error_text(error)
                ))  # fmt: skip
                continue
            if self.model.add(inbox) and first_new is None:
                first_new = self.model.rowCount() - 1
        if first_new is not None:
            self.list.setCurrentIndex(self.model.index(first_new, 0))
        if refused:
            self._refused(refused)

    def _refused(self, lines: list[str]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Demandes d’enrôlement"),
            self.tr(
                "Ces fichiers ne sont pas des demandes d’enrôlement lisibles ; demandez à la "
                "personne d’en enregistrer une nouvelle :\n\n{files}"
            ).format(files="\n".join(lines)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("inbox_refused_box")
        box.open()

    # ------------------------------------------------------------ the request chosen

    def current(self) -> InboxRequest | None:
        index = self.list.currentIndex()
        return self.model.requests[index.row()] if index.isValid() else None

    @Slot()
    def _chosen(self) -> None:
        inbox = self.current()
        self.codes_matched.setChecked(False)  # a tick is for one request, read for it
        for widget in (self.profile, self.codes_matched, self.set_aside_button, self.code):
            widget.setEnabled(inbox is not None)
        if inbox is None:
            self.person.setText(self.tr("Aucune demande en attente."))
            self.code.clear()
            self.code.setAccessibleName(self.tr("Code de comparaison"))
            self.profile.load(None, "", ())
            self._update_buttons()
            return
        request = inbox.request
        self.person.setText(
            self.tr("{name} — {email}. Code que la personne doit vous lire :").format(
                name=request.name, email=request.email
            )
        )
        self.code.setText(inbox.comparison_code)
        self.code.setAccessibleName(
            self.tr("Code de comparaison : {code}").format(code=inbox.comparison_code)
        )
        known = [
            j
            for j in list_jurors(self.state.registry)
            if j.email.casefold() == request.email.casefold()
        ]
        if known:
            self.profile.load(known[0].kind, known[0].incubator, known[0].startups)
        else:
            self.profile.load(None, "", ())
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.accept_button.setEnabled(
            self.current() is not None
            and self.codes_matched.isChecked()
            and self.profile.kind_chosen()
        )

    @Slot()
    def set_aside(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self._chosen()

    @Slot()
    def accept_current(self) -> None:
        from jury_desk.registry.jurors import accept_request

        inbox, index = self.current(), self.list.currentIndex()
        if inbox is None:
            return
        profile, matched = self.profile.profile(), self.codes_matched.isChecked()
        registry = self.state.registry
        accepted = self.state.write(
            self, self.tr("Accepter la demande"),
            lambda: accept_request(registry, inbox, profile, codes_matched=matched),
        )  # fmt: skip
        if accepted is None:
            return
        self.model.remove(index.row())
        self._chosen()
        text = self.tr("{name} est enregistré·e parmi les jurés.").format(name=inbox.request.name)
        self.note.setText(text)
        self.note.setAccessibleName(text)
