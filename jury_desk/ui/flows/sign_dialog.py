"""Before signing: what the signature will cover, shown in full, and a short busy notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.widgets.busy_notice import BusyNotice
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

if TYPE_CHECKING:
    from jury_desk.models.enums import JurorRole, Recommendation
    from jury_desk.sheets.data import SheetCompetency, SheetData

FIRST_WORDS = 12
_FIRST_CHARACTERS = 90

Index = QModelIndex | QPersistentModelIndex


def first_words(text: str, words: int = FIRST_WORDS) -> str:
    """The start of a comment on one line, ending with "…" when something was left out."""
    parts = text.split()
    start = " ".join(parts[:words])
    if len(start) > _FIRST_CHARACTERS:
        start = start[:_FIRST_CHARACTERS].rstrip()
    return start + "…" if start != " ".join(parts) else start


class SignPreviewModel(TextRowsModel):
    """The competencies of the sheet to be signed: title, level, first words of the comment.

    The full comment is the cell's tooltip and the name a screen reader reads.
    """

    COMPETENCY, LEVEL, COMMENT = range(3)

    def __init__(
        self, competencies: tuple[SheetCompetency, ...] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = competencies
        self._headers = (self.tr("Compétence"), self.tr("Niveau"), self.tr("Commentaire (début)"))

    def text(self, row: SheetCompetency, column: int, *, full: bool) -> str | None:
        if column == self.COMMENT:
            if full:
                return row.comment if row.comment.strip() else self.tr("Aucun commentaire")
            return first_words(row.comment) if row.comment.strip() else self.tr("—")
        if full:
            return None  # the cell says it all
        if column == self.COMPETENCY:
            return self.tr("{code} · {title}").format(code=row.code, title=row.title)
        if column == self.LEVEL:
            return row.level_label if row.level_label is not None else self.tr("Non noté")
        return None


class SignDialog(QDialog):
    """Asks the juror to confirm, showing everything the signed sheet will say.

    « Annuler » is the default button: Enter never signs; signing takes a deliberate
    click or Tab to « Signer » and Space.
    """

    def __init__(self, sheet: SheetData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_dialog")
        self.setWindowTitle(self.tr("Signer la grille d’évaluation"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.resize(760, 560)

        intro = QLabel(
            self.tr(
                "Vous allez signer cette grille (version {version}) avec votre clé de juré·e."
            ).format(version=sheet.version),
            self,
        )
        intro.setObjectName("sign_intro")
        intro.setWordWrap(True)
        make_bold(intro)

        self.candidate = self._value(
            "sign_candidate",
            self.tr("{name} — {startup}").format(
                name=sheet.candidate.name, startup=sheet.candidate.startup
            ),
        )
        self.juror = self._value(
            "sign_juror",
            self.tr("{name}, {role}").format(
                name=sheet.juror.name, role=self._role_words(sheet.juror.role)
            ),
        )
        self.session = self._value("sign_session", sheet.session.title)
        who = QFormLayout()
        who.addRow(self.tr("Candidat·e :"), self.candidate)
        who.addRow(self.tr("Juré·e :"), self.juror)
        who.addRow(self.tr("Session :"), self.session)

        self.model = SignPreviewModel(sheet.competencies, self)
        self.table = QTableView(self)
        self.table.setObjectName("sign_competencies")
        self.table.setAccessibleName(self.tr("Compétences, niveaux et commentaires signés"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            SignPreviewModel.COMPETENCY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(SignPreviewModel.LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SignPreviewModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        caption = QLabel(self.tr("&Compétences :"), self)
        caption.setBuddy(self.table)

        self.recommendation = self._value(
            "sign_recommendation", self._recommendation_words(sheet.recommendation)
        )
        self.overall_comment = self._value(
            "sign_overall_comment",
            first_words(sheet.overall_comment) if sheet.overall_comment.strip() else self.tr("—"),
        )
        self.conflict = self._value("sign_conflict", self._conflict_words(sheet))
        overall = QFormLayout()
        overall.addRow(self.tr("Avis global :"), self.recommendation)
        overall.addRow(self.tr("Commentaire général :"), self.overall_comment)
        overall.addRow(self.tr("Conflit d’intérêts :"), self.conflict)

        self.warning = QLabel(
            self.tr(
                "Une fois signée, la grille ne peut plus être modifiée ; "
                "une modification créera une nouvelle version."
            ),
            self,
        )
        self.warning.setObjectName("sign_warning")
        self.warning.setWordWrap(True)
        make_bold(self.warning)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("sign_buttons")
        self.cancel_button = QPushButton(self.tr("&Annuler"), self)
        self.cancel_button.setObjectName("sign_cancel_button")
        self.cancel_button.setAccessibleName(self.tr("Annuler, ne pas signer"))
        self.sign_button = QPushButton(self.tr("&Signer"), self)
        self.sign_button.setObjectName("sign_confirm_button")
        self.sign_button.setAccessibleName(self.tr("Signer la grille"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter answers « Annuler », wherever the focus is except on « Signer » itself.
        self.sign_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.setAccessibleDescription(
            self.tr("Grille de {name}, version {version}. {warning}").format(
                name=sheet.candidate.name, version=sheet.version, warning=self.warning.text()
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(who)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(overall)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.sign_button)
        self.cancel_button.setFocus()

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and comments are never markup
        return label

    def _role_words(self, role: JurorRole) -> str:
        from jury_desk.models.enums import JurorRole

        if role is JurorRole.CHAIR:
            return self.tr("président·e du jury")
        return self.tr("membre du jury")

    def _recommendation_words(self, recommendation: Recommendation | None) -> str:
        from jury_desk.models.enums import Recommendation

        return {
            None: self.tr("aucun avis"),
            Recommendation.FAVOURABLE: self.tr("Favorable"),
            Recommendation.RESERVED: self.tr("Réservé"),
            Recommendation.UNFAVOURABLE: self.tr("Défavorable"),
        }[recommendation]

    def _conflict_words(self, sheet: SheetData) -> str:
        conflict = sheet.conflict
        statement = conflict.statement.strip()
        if conflict.recused:
            return self.tr("déclaré, je me récuse : {statement}").format(statement=statement)
        if conflict.declared:
            if statement:
                return self.tr("déclaré : {statement}").format(statement=statement)
            return self.tr("déclaré, sans précision")
        return self.tr("aucun conflit d’intérêts déclaré")


class SigningNotice(BusyNotice):
    """Window-modal while the signature is made, so the grid cannot change under it.

    Opened at once (`open()`), not after a delay: nothing may be typed meanwhile.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SigningNotice", "Signature"), text, parent)
        self.setObjectName("signing_notice")
