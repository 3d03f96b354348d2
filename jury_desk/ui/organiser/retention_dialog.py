"""« Conservation des données… »: how long the registry keeps personal data, and deleting
what is due, explicitly.

The schedule's four periods in months, each with what it means, saved with « Enregistrer
la durée »; below, what the schedule says may be deleted today (the candidate, the session,
what goes — identity and files, or files alone — and since when). « Supprimer ce qui est
échu… » asks first, saying that it cannot be undone and that the figures stay, then deletes
(journaled by id in the registry) and lists again. « Today » is the state's clock's day in
Paris.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jury_desk.registry.models import Candidate
from jury_desk.registry.retention import (
    Due,
    DueKind,
    RetentionSchedule,
    delete_due,
    due_for_deletion,
    retention_schedule,
    set_retention_schedule,
)
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.read_only_table import read_only_table
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

# RetentionSchedule's fields, in the order the dialog shows them.
FIELDS = ("recourse_months", "not_certified_months", "unheard_months", "documents_months")


@dataclass(frozen=True)
class DueLine:
    """One thing due for deletion, with the names the registry gives it."""

    due: Due
    name: str
    session: str


class DueModel(TextRowsModel):
    """Columns: candidate, session, what goes, due since."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Session"),
            self.tr("Ce qui sera supprimé"),
            self.tr("Échu depuis le"),
        )
        self._rows: list[DueLine] = []

    def load(self, lines: list[DueLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def what(self, kind: DueKind) -> str:
        if kind is DueKind.PERSONAL_DATA:
            return self.tr("identité et pièces")
        return self.tr("pièces seules")

    def text(self, row: DueLine, column: int, *, full: bool) -> str | None:
        if column == 0:
            return row.name
        if column == 1:
            return row.session
        if column == 2:
            return self.what(row.due.kind)
        day = QLocale().toString(QDate(row.due.due_on), QLocale.FormatType.ShortFormat)
        if full:
            return (
                self.tr("%1 : %2, échu depuis le %3")
                .replace("%1", row.name)
                .replace("%2", self.what(row.due.kind))
                .replace("%3", day)
            )
        return day


class RetentionDialog(QDialog):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.due: list[Due] = []
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Conservation des données"))
        self.setAccessibleName(self.tr("Conservation des données"))
        self._build()
        self._load_schedule()
        self.refresh()
        self.resize(820, 640)

    # ------------------------------------------------------------------ building

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _texts(self) -> dict[str, tuple[str, str, str]]:
        """Each period: its label (with its Alt+letter), its name, what it means."""
        return {
            "recourse_months": (
                self.tr("Délai de &recours :"),
                self.tr("Délai de recours"),
                self.tr(
                    "Le temps pendant lequel une décision peut être contestée (les voies de "
                    "recours : deux mois)."
                ),
            ),
            "not_certified_months": (
                self.tr("Non certifiés et &absents :"),
                self.tr("Conservation des candidatures non certifiées ou absentes"),
                self.tr(
                    "Après le délai de recours, l’identité, les coordonnées et les pièces d’un "
                    "candidat non certifié ou absent sont gardées ce temps, puis supprimées."
                ),
            ),
            "unheard_months": (
                self.tr("Candidatures n&on entendues :"),
                self.tr("Conservation des candidatures non entendues"),
                self.tr(
                    "Une candidature retirée, incomplète ou non retenue est gardée ce temps "
                    "après la fin de sa session."
                ),
            ),
            "documents_months": (
                self.tr("Pièces du &dossier :"),
                self.tr("Conservation des pièces du dossier"),
                self.tr(
                    "Les pièces déposées par un candidat, certifié ou non, sont gardées ce temps "
                    "après la décision. L’identité des certifiés reste au registre des titulaires."
                ),
            ),
        }

    def _build(self) -> None:
        grid = QGridLayout()
        self.spins: dict[str, QSpinBox] = {}
        for row, (field, (label_text, name, meaning)) in enumerate(self._texts().items()):
            spin = QSpinBox(self)
            spin.setObjectName(field)
            spin.setRange(0, 600)
            spin.setSuffix(self.tr(" mois"))
            spin.setAccessibleName(name)
            spin.setAccessibleDescription(meaning)
            label = QLabel(label_text, self)
            label.setBuddy(spin)
            explained = QLabel(meaning, self)
            explained.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(explained, row, 2)
            self.spins[field] = spin
        grid.setColumnStretch(2, 1)
        self.save_button = self._button(
            self.tr("Enre&gistrer la durée"), "save_schedule", self.tr("Enregistrer la durée")
        )
        self.save_button.clicked.connect(self.save_schedule)
        self.model = DueModel(self)
        self.table = read_only_table(
            self, "due_table", self.tr("Données échues à supprimer"), self.model
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("due_summary")
        self.summary.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("retention_note")
        self.note.setWordWrap(True)
        self.delete_button = self._button(
            self.tr("S&upprimer ce qui est échu…"),
            "delete_due",
            self.tr("Supprimer ce qui est échu"),
        )
        self.delete_button.clicked.connect(self.confirm_delete)
        self.close_button = self._button(self.tr("Fer&mer"), "close", self.tr("Fermer"))
        self.close_button.clicked.connect(self.reject)
        due_label = QLabel(self.tr("À supprimer aujourd’&hui :"), self)
        due_label.setBuddy(self.table)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.save_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(saving)
        layout.addWidget(due_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ the schedule

    def _load_schedule(self) -> None:
        schedule = retention_schedule(self.state.registry)
        for field, spin in self.spins.items():
            spin.setValue(getattr(schedule, field))

    def schedule(self) -> RetentionSchedule:
        return RetentionSchedule(**{field: spin.value() for field, spin in self.spins.items()})

    @Slot()
    def save_schedule(self) -> None:
        schedule = self.schedule()

        def save() -> bool:
            set_retention_schedule(self.state.registry, schedule)
            return True

        saved = self.state.write(self, self.tr("Enregistrer la durée"), save)
        if saved:
            self._say(self.note, self.tr("Durées de conservation enregistrées."))
            self.refresh()

    # ------------------------------------------------------------------ what is due

    def today(self) -> date:
        return self.state.context.clock.now().astimezone(SESSION_TIMEZONE).date()

    @Slot()
    def refresh(self) -> None:
        registry = self.state.registry
        self.due = due_for_deletion(registry, self.today())
        lines = []
        with registry.read() as session:
            for item in self.due:
                candidate = session.get(Candidate, item.candidate_id)
                name = candidate.display_name if candidate is not None else item.candidate_id
                title = candidate.session.title if candidate is not None else ""
                lines.append(DueLine(item, name, title))
        self.model.load(lines)
        self.delete_button.setEnabled(bool(self.due))
        if self.due:
            people = len({item.candidate_id for item in self.due})
            text = self.tr(
                "{n} suppression(s) échue(s) aujourd’hui, pour {people} candidature(s)."
            ).format(n=len(self.due), people=people)
        else:
            text = self.tr("Rien n’est échu aujourd’hui.")
        self._say(self.summary, text)

    @Slot()
    def confirm_delete(self) -> None:
        if not self.due:
            return
        items = list(self.due)
        people = len({item.candidate_id for item in items})
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Supprimer ce qui est échu"),
            self.tr(
                "Supprimer définitivement ce qui est échu pour {people} candidature(s) "
                "({n} suppression(s)) ?\n\nCela ne peut pas être annulé : l’identité, les "
                "coordonnées et les pièces supprimées ne pourront pas être retrouvées. Les "
                "chiffres (candidatures, décisions, taux de réussite) restent inchangés, et "
                "le journal du registre garde la trace de la suppression."
            ).format(people=people, n=len(items)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirm_deletion")
        delete = box.addButton(self.tr("&Supprimer"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirm_delete")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_delete")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.state.run_slow(
            self,
            self.tr("Supprimer ce qui est échu"),
            self.tr("Suppression des données échues…"),
            lambda: delete_due(self.state.registry, items),
            self._deleted,
        )

    def _deleted(self, count: object) -> None:
        self._say(
            self.note,
            self.tr("{n} suppression(s) faite(s) ; les chiffres restent inchangés.").format(
                n=count
            ),
        )
        self.refresh()

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
