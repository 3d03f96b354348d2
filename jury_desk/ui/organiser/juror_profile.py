"""A juror's profile as fields (kind, incubator, linked start-ups: what conflicts of
interest are made of), and the dialog that edits a registered juror's."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jury_desk.models.enums import JurorKind
from jury_desk.registry.jurors import JurorProfile
from jury_desk.ui.theme.palette import set_themed_style
from jury_desk.ui.widgets.button_mnemonics import name_standard_buttons

_PROBLEM_STYLE = "QLabel#juror_profile_problem {{ color: {error}; font-weight: bold; }}"


def kind_name(kind: JurorKind) -> str:
    if kind is JurorKind.PORTFOLIO_MANAGER:
        return QCoreApplication.translate("JurorProfile", "Chargé·e de portefeuille de startups")
    return QCoreApplication.translate("JurorProfile", "Intrapreneur·e certifié·e")


def split_startups(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


class ProfileFields(QWidget):
    """Kind, incubator and start-ups, as the organiser types them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("juror_kind")
        self.kind.setAccessibleName(self.tr("Type de juré·e"))
        for kind in JurorKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.kind.setPlaceholderText(self.tr("à choisir"))
        self.incubator = QLineEdit(self)
        self.incubator.setObjectName("juror_incubator")
        self.incubator.setAccessibleName(self.tr("Incubateur"))
        self.incubator.setMaxLength(200)
        self.startups = QLineEdit(self)
        self.startups.setObjectName("juror_startups")
        self.startups.setAccessibleName(self.tr("Start-ups liées, séparées par des virgules"))
        self.startups.setToolTip(
            self.tr(
                "Les start-ups que la personne accompagne, finance ou où elle a travaillé : "
                "elle n’évaluera aucun de leurs candidats."
            )
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Type de juré·e :"), self.kind)
        form.addRow(self.tr("&Incubateur :"), self.incubator)
        form.addRow(self.tr("Start-&ups liées (séparées par des virgules) :"), self.startups)

    def load(self, kind: JurorKind | None, incubator: str, startups: Sequence[str]) -> None:
        # A new juror's kind is chosen, never assumed: it decides which juries they fit.
        self.kind.setCurrentIndex(-1 if kind is None else self.kind.findData(kind.value))
        self.incubator.setText(incubator)
        self.startups.setText(", ".join(startups))

    def kind_chosen(self) -> bool:
        return self.kind.currentIndex() >= 0

    def profile(self) -> JurorProfile:
        return JurorProfile(
            JurorKind(self.kind.currentData()),
            self.incubator.text(),
            split_startups(self.startups.text()),
        )


class ProfileDialog(QDialog):
    """A registered juror's profile, edited; OK hands it to `save`, which answers None once
    saved, else what is wrong (a stale edit…): said here, the dialog staying open."""

    def __init__(
        self,
        name: str,
        save: Callable[[JurorProfile], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("juror_profile_dialog")
        self.setWindowTitle(self.tr("Profil de {name}").format(name=name))
        self._save = save
        self.fields = ProfileFields(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("juror_profile_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        set_themed_style(self.problem, lambda colours: _PROBLEM_STYLE.format(error=colours.error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save_if_acceptable)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.fields.kind.setFocus()

    @Slot()
    def _save_if_acceptable(self) -> None:
        problem = self._save(self.fields.profile())
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.show()
