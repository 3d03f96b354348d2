"""Before signing or co-signing the minutes: what the signature will cover, shown in full."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
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

from jury_desk.minutes.data import MinutesCandidate, MinutesData
from jury_desk.models import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.deliberation.text import outcome_words
from jury_desk.ui.flows.sign_dialog import first_words
from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.overview.model import percent
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

Index = QModelIndex | QPersistentModelIndex


class MinutesPreviewModel(TextRowsModel):
    """One row per candidate: outcome, validated competencies, reasons (first words in the
    cell; in full as tooltip and accessible text)."""

    CANDIDATE, OUTCOME, VALIDATED, REASONS = range(4)

    def __init__(
        self, candidates: tuple[MinutesCandidate, ...] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = candidates
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Issue"),
            self.tr("Compétences validées"),
            self.tr("Motifs"),
        )

    def text(self, candidate: MinutesCandidate, column: int, *, full: bool) -> str | None:
        if column == self.CANDIDATE:
            return candidate.name
        if column == self.OUTCOME:
            return outcome_words(candidate.outcome)
        if column == self.VALIDATED:
            if candidate.outcome not in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED):
                return self.tr("—")
            if not candidate.validated:
                return self.tr("aucune")
            codes = ", ".join(c.code for c in candidate.validated)
            return self.tr("{n} sur {total} : {codes}").format(
                n=len(candidate.validated), total=len(candidate.levels), codes=codes
            )
        if column == self.REASONS:
            if not candidate.reasons.strip():
                return self.tr("—")
            return candidate.reasons if full else first_words(candidate.reasons)
        return None


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "?"
    return f"{moment.astimezone(SESSION_TIMEZONE):%d/%m/%Y %H:%M}"


class MinutesDialog(QDialog):
    """Asks the chair to sign, or the member to co-sign, showing what the minutes say.

    « Annuler » is the default button: Enter never signs.
    """

    def __init__(
        self,
        data: MinutesData,
        *,
        cosigning: bool,
        chair_signed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_dialog")
        self.setModal(True)
        self.resize(820, 560)
        if cosigning:
            self.setWindowTitle(self.tr("Cosigner le procès-verbal"))
            intro_text = self.tr(
                "Vous allez cosigner le procès-verbal (révision {revision}) avec votre clé "
                "de juré·e. La signature de la présidence a été vérifiée : {signed}."
            ).format(revision=data.revision, signed=chair_signed)
            confirm_text = self.tr("Cosigner")
            confirm_name = self.tr("Cosigner le procès-verbal")
        else:
            self.setWindowTitle(self.tr("Signer le procès-verbal"))
            intro_text = self.tr(
                "Vous allez signer le procès-verbal de délibération (révision {revision}) avec "
                "votre clé de président·e du jury ; le membre du jury le cosignera."
            ).format(revision=data.revision)
            confirm_text = self.tr("Signer")
            confirm_name = self.tr("Signer le procès-verbal")
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(intro_text, self)
        intro.setObjectName("minutes_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        make_bold(intro)

        self.session = self._value("minutes_session", data.session.title)
        self.jury = self._value(
            "minutes_jury",
            self.tr("{chair} (présidence), {member} (membre)").format(
                chair=data.chair.name, member=data.member.name
            ),
        )
        counts = data.statistics.outcome_counts
        self.summary = self._value(
            "minutes_summary",
            self.tr(
                "{n} candidat·es : {certified} certifié·e(s), {not_certified} non certifié·e(s), "
                "{absent} absent·e(s), {postponed} reporté·e(s) ; taux de réussite {rate}."
            ).format(
                n=data.statistics.candidates,
                certified=counts[Outcome.CERTIFIED],
                not_certified=counts[Outcome.NOT_CERTIFIED],
                absent=counts[Outcome.ABSENT],
                postponed=counts[Outcome.POSTPONED],
                rate=percent(data.statistics.pass_rate),
            ),
        )
        form = QFormLayout()
        form.addRow(self.tr("Session :"), self.session)
        form.addRow(self.tr("Jury :"), self.jury)
        form.addRow(self.tr("Décisions :"), self.summary)

        self.model = MinutesPreviewModel(data.candidates, self)
        self.table = QTableView(self)
        self.table.setObjectName("minutes_candidates")
        self.table.setAccessibleName(self.tr("Décisions du procès-verbal, par candidat"))
        self.table.setModel(self.model)
        set_read_only_rows(self.table, word_wrap=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MinutesPreviewModel.REASONS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        caption = QLabel(self.tr("&Décisions :"), self)
        caption.setBuddy(self.table)

        self.warning = QLabel(
            self.tr(
                "Une fois signé, le procès-verbal ne peut plus être modifié ; "
                "une nouvelle exportation en crée une nouvelle révision."
            )
            if not cosigning
            else self.tr(
                "Votre signature s’ajoute à celle de la présidence sans rien modifier du "
                "procès-verbal signé."
            ),
            self,
        )
        self.warning.setObjectName("minutes_warning")
        self.warning.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.setObjectName("minutes_cancel_button")
        self.cancel_button.setAccessibleName(self.tr("Annuler, ne pas signer"))
        self.confirm_button = QPushButton(confirm_text, self)
        self.confirm_button.setObjectName("minutes_confirm_button")
        self.confirm_button.setAccessibleName(confirm_name)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setAccessibleDescription(f"{intro_text} {self.warning.text()}")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.confirm_button)
        self.cancel_button.setFocus()

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label


def chair_signature_words(name: str | None, signed_at: datetime | None) -> str:
    """« Claire Présidente, le 30/11/2026 11:05 », for the co-signing dialog."""
    return QCoreApplication.translate("MinutesDialog", "{name}, le {when}").format(
        name=name or "?", when=_when(signed_at)
    )
