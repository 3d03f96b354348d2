"""Before signing or co-signing the minutes: what the signature will cover, shown in full.

The chair also types where the jury met (« Lieu »), for « Fait à {lieu}, le … »; the
member sees it as the chair wrote it.
"""

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
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.minutes.data import PLACE_MAX_LENGTH, MinutesCandidate, MinutesData
from jury_desk.models.enums import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.deliberation.text import outcome_words
from jury_desk.ui.flows.sign_dialog import first_words
from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.overview.model import percent
from jury_desk.ui.theme.palette import set_themed_style
from jury_desk.ui.widgets.read_only_table import set_read_only_rows
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

Index = QModelIndex | QPersistentModelIndex


class MinutesPreviewModel(TextRowsModel):
    """One row per candidate: outcome, validated competencies, reasons (first words in the
    cell; in full as tooltip and accessible text)."""

    CANDIDATE, OUTCOME, LEVELS, VALIDATED, REASONS = range(5)

    def __init__(
        self, candidates: tuple[MinutesCandidate, ...] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = candidates
        self._headers = (
            self.tr("Candidat·e"),
            self.tr("Issue"),
            self.tr("Niveaux retenus"),
            self.tr("Compétences validées"),
            self.tr("Motifs"),
        )

    def text(self, candidate: MinutesCandidate, column: int, *, full: bool) -> str | None:
        if column == self.CANDIDATE:
            return candidate.name
        if column == self.OUTCOME:
            return outcome_words(candidate.outcome)
        if column == self.LEVELS:
            return self._levels(candidate)
        if column == self.VALIDATED:
            if candidate.outcome not in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED):
                return self.tr("—")
            if not candidate.validated:
                return self.tr("aucune")
            codes = ", ".join(c.code for c in candidate.validated)
            return self.tr("{n} sur {total} :\n{codes}").format(
                n=len(candidate.validated), total=len(candidate.levels), codes=codes
            )
        if column == self.REASONS:
            if not candidate.reasons.strip():
                return self.tr("—")
            return candidate.reasons if full else first_words(candidate.reasons)
        return None

    def _levels(self, candidate: MinutesCandidate) -> str:
        """One line per level, best first, then the casting votes: « Expert : C1, C8 »,
        « Maîtrisé : C2, C3 », « (voix prépondérante : C3) » (lines keep the table narrow
        enough for the reasons to show beside them)."""
        if candidate.outcome not in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED):
            return self.tr("—")
        by_level: dict[tuple[int, str], list[str]] = {}
        for level in candidate.levels:
            if level.level is not None:
                key = (level.level, level.level_label or str(level.level))
                by_level.setdefault(key, []).append(level.code)
        groups = [
            self.tr("{level} : {codes}").format(level=label, codes=", ".join(codes))
            for (_rank, label), codes in sorted(by_level.items(), reverse=True)
        ]
        casting = [level.code for level in candidate.levels if level.casting_note]
        if casting:
            groups.append(
                self.tr("(voix prépondérante : {codes})").format(codes=", ".join(casting))
            )
        return "\n".join(groups)


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
        place: str = "",
        contradictions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_dialog")
        self.setModal(True)
        # Wide enough for the reasons beside the levels, never beyond the screen.
        area = self.screen().availableGeometry()
        self.resize(min(980, area.width() - 40), min(620, area.height() - 40))
        if cosigning:
            self.setWindowTitle(self.tr("Cosigner le procès-verbal"))
            intro_text = self.tr(
                "Vous allez cosigner le procès-verbal (révision {revision}) avec votre clé "
                "de juré·e. La signature de la présidence a été vérifiée : {signed}."
            ).format(revision=data.revision, signed=chair_signed)
            confirm_text = self.tr("&Cosigner")
            confirm_name = self.tr("Cosigner le procès-verbal")
        else:
            self.setWindowTitle(self.tr("Signer le procès-verbal"))
            intro_text = self.tr(
                "Vous allez signer le procès-verbal de délibération (révision {revision}) avec "
                "votre clé de président·e du jury ; le membre du jury le cosignera."
            ).format(revision=data.revision)
            confirm_text = self.tr("&Signer")
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
        self.place_edit: QLineEdit | None = None
        if cosigning:
            self.place_value = self._value(
                "minutes_place", data.place or self.tr("non indiqué (« Fait le … »)")
            )
            form.addRow(self.tr("Lieu :"), self.place_value)
        else:
            self.place_edit = self._place_edit(place)
            place_caption = QLabel(self.tr("&Lieu :"), self)
            place_caption.setBuddy(self.place_edit)
            form.addRow(place_caption, self.place_edit)

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
        self.contradictions = self._contradictions(contradictions)

        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("&Annuler"), self)
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
        spoken = [intro_text, self.contradictions.text(), self.warning.text()]
        self.setAccessibleDescription(" ".join(text for text in spoken if text))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.contradictions)
        layout.addLayout(form)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        if self.place_edit is not None:
            QWidget.setTabOrder(self.place_edit, self.table)
        QWidget.setTabOrder(self.table, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.confirm_button)
        self.cancel_button.setFocus()

    def _contradictions(self, points: tuple[str, ...]) -> QLabel:
        """What the minutes say against the member's signed sheets, before anything else."""
        label = QLabel(self)
        label.setObjectName("minutes_contradictions")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setVisible(bool(points))
        if points:
            title = self.tr(
                "Attention : ce procès-verbal contredit {n} point(s) de vos grilles signées. "
                "Ne le cosignez qu’après en avoir parlé avec la présidence du jury."
            ).format(n=len(points))
            label.setText("\n".join([title, *(f"• {point}" for point in points)]))
            make_bold(label)
            set_themed_style(
                label,
                lambda colours: (
                    f"QLabel {{ color: {colours.error}; background: {colours.error_background};"
                    " padding: 8px; }"
                ),
            )
        return label

    def _place_edit(self, place: str) -> QLineEdit:
        edit = QLineEdit(place, self)
        edit.setObjectName("minutes_place")
        edit.setAccessibleName(self.tr("Lieu de la délibération"))
        edit.setAccessibleDescription(
            self.tr(
                "Facultatif : le procès-verbal se termine par « Fait à » ce lieu, ou par "
                "« Fait le » la date s’il est vide."
            )
        )
        edit.setPlaceholderText(self.tr("Ville où le jury a siégé (facultatif)"))
        edit.setMaxLength(PLACE_MAX_LENGTH)
        return edit

    def place(self) -> str:
        """Where the jury met, as typed by the chair ("" when co-signing or left empty)."""
        return self.place_edit.text().strip() if self.place_edit is not None else ""

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
