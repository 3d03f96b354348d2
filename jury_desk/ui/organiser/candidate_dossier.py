"""The third tab of the candidate's form: the dossier's documents (and adding some), the
status with its history, and the organiser's status decisions (shortlist, withdraw)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.intake.document_kinds import guess_kind, media_type_of
from jury_desk.intake.limits import ATTACHMENTS_CAPS
from jury_desk.kernel.outside_files import FileCap, read_outside_file
from jury_desk.models.enums import ApplicationStatus, DocumentKind
from jury_desk.registry.candidates import NewDocument, add_documents, set_status
from jury_desk.rules.dossier_files import MEDIA_TYPES
from jury_desk.ui.organiser.candidate_models import DocumentsModel, HistoryModel
from jury_desk.ui.organiser.candidate_rows import CandidateDetail, status_word
from jury_desk.ui.organiser.person_export import export_person_data
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.read_only_table import set_read_only_rows

# The same words as the intake's cap: the message is in the catalogue already.
_DOCUMENT_CAP = FileCap("a candidate's attachment", ATTACHMENTS_CAPS.max_file_bytes)
# Before the organiser shortlists by hand: where intake leaves an application.
_SHORTLISTABLE = (
    ApplicationStatus.APPLIED,
    ApplicationStatus.INCOMPLETE,
    ApplicationStatus.ELIGIBLE,
)


def read_documents(paths: list[Path]) -> tuple[tuple[NewDocument, ...], tuple[str, ...]]:
    """The files jury-desk shows as dossier documents, and the names of those it does not."""
    documents, skipped = [], []
    for path in paths:
        media_type = media_type_of(path.name)
        if media_type is None:
            skipped.append(path.name)
            continue
        kind = guess_kind(path.name) or DocumentKind.OTHER
        data = read_outside_file(path, _DOCUMENT_CAP)
        documents.append(NewDocument(kind, path.stem, path.name, media_type, data))
    return tuple(documents), tuple(skipped)


class CandidateDossier(QWidget):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidate_dossier")
        self.state = state
        self.detail: CandidateDetail | None = None
        self.documents_model = DocumentsModel(self)
        self.documents = self._table("documents_table", self.documents_model)
        self.documents.setAccessibleName(self.tr("Pièces du dossier"))
        self.add_button = QPushButton(self.tr("Aj&outer des pièces…"), self)
        self.add_button.setObjectName("add_documents")
        self.add_button.clicked.connect(self.add_documents)
        self.status = QLabel(self)
        self.status.setObjectName("candidate_status")
        self.history_model = HistoryModel(self)
        self.history = self._table("history_table", self.history_model)
        self.history.setAccessibleName(self.tr("Historique du statut"))
        self.shortlist_button = QPushButton(self.tr("Rete&nir pour l’entretien"), self)
        self.shortlist_button.setObjectName("shortlist")
        self.shortlist_button.clicked.connect(self.shortlist)
        self.withdraw_button = QPushButton(self.tr("Ret&irer la candidature…"), self)
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.export_button = QPushButton(self.tr("E&xporter ses données (RGPD)…"), self)
        self.export_button.setObjectName("export_person")
        self.export_button.setToolTip(
            self.tr("Tout ce que le registre garde sur cette personne, en un ZIP (droit d’accès)")
        )
        self.export_button.clicked.connect(self.export_data)
        self._lay_out()
        self.show_detail(None)

    def _table(self, name: str, model: DocumentsModel | HistoryModel) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        set_read_only_rows(table, word_wrap=False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        documents_label = QLabel(self.tr("Pièces du &dossier :"), self)
        documents_label.setBuddy(self.documents)
        layout.addWidget(documents_label)
        layout.addWidget(self.documents)
        layout.addWidget(self.add_button)
        layout.addWidget(self.status)
        history_label = QLabel(self.tr("Histo&rique du statut :"), self)
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history)
        actions = QHBoxLayout()
        actions.addWidget(self.shortlist_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)

    def show_detail(self, detail: CandidateDetail | None, *, form_edited: bool = False) -> None:
        """The saved candidate's dossier and status; None for a candidate not saved yet.

        While the form holds unsaved edits, the dossier's actions wait: each moves the
        candidate's version, and the form's own save would then be refused as stale.
        """
        self.detail = detail
        self.documents_model.set_rows(detail.documents if detail else ())
        self.history_model.set_rows(detail.history if detail else ())
        if detail is None:
            self.status.setText(self.tr("Enregistrez d’abord la fiche du candidat."))
        elif form_edited:
            self.status.setText(
                self.tr("Statut : %1 (enregistrez ou rétablissez la fiche pour agir)").replace(
                    "%1", status_word(detail.status)
                )
            )
        else:
            self.status.setText(self.tr("Statut : %1").replace("%1", status_word(detail.status)))
        status = detail.status if detail and not form_edited else None
        self.add_button.setEnabled(status is not None)
        self.shortlist_button.setEnabled(status in _SHORTLISTABLE)
        self.withdraw_button.setEnabled(
            status is not None and status is not ApplicationStatus.WITHDRAWN
        )
        self.export_button.setEnabled(detail is not None)

    def export_data(self) -> None:
        if self.detail is not None:
            draft = self.detail.draft
            name = f"{draft.first_names.split(',')[0].strip()} {draft.birth_name}".strip()
            export_person_data(self.state, self, self.detail.id, name)

    def add_documents(self) -> None:
        detail = self.detail
        if detail is None:
            return
        patterns = " ".join(f"*{suffix}" for suffix in MEDIA_TYPES)
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Ajouter des pièces au dossier"),
            "",
            self.tr("Pièces d’un dossier (%1)").replace("%1", patterns),
        )
        if not chosen:
            return
        paths = [Path(name) for name in chosen]
        title = self.tr("Ajouter des pièces")

        def work() -> tuple[str, ...]:
            documents, skipped = read_documents(paths)
            if documents:
                add_documents(self.state.registry, detail.id, documents)
            return skipped

        self.state.run_slow(
            self, title, self.tr("Lecture et enregistrement des pièces…"), work, self._added
        )

    def _added(self, skipped: tuple[str, ...]) -> None:
        if skipped:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Ajouter des pièces"),
                self.tr("Ces fichiers ne sont pas d’un type que jury-desk montre : %1").replace(
                    "%1", ", ".join(skipped)
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("skipped_documents")
            box.open()

    def shortlist(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.state.write(
            self,
            self.tr("Retenir pour l’entretien"),
            lambda: set_status(
                self.state.registry,
                detail.id,
                ApplicationStatus.SHORTLISTED,
                "",
                seen_version=detail.version,
            ),
        )

    def withdraw(self) -> None:
        detail = self.detail
        if detail is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Retirer la candidature"),
            self.tr("&Motif du retrait (gardé dans l’historique) :"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not accepted:
            return
        if not reason.strip():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Retirer la candidature"),
                self.tr("Donnez le motif du retrait : il est gardé dans l’historique."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("reason_needed")
            box.open()
            return
        self.state.write(
            self,
            self.tr("Retirer la candidature"),
            lambda: set_status(
                self.state.registry,
                detail.id,
                ApplicationStatus.WITHDRAWN,
                reason,
                seen_version=detail.version,
            ),
        )
