"""The decision on one candidate: the outcome, its reasons, and a reason to revise it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_desk.chair.deliberation import RevisionRecord
from jury_desk.models.enums import Outcome
from jury_desk.ui.deliberation.text import OUTCOME_CHOICES, outcome_words
from jury_desk.ui.grid.text import GrowingTextEdit, exact_text
from jury_desk.ui.grid.widgets import WheelSafeComboBox


class DecisionPanel(QGroupBox):
    """The outcome proposed by the decision rule and the one chosen, the reasons (worded for
    the letter to the candidate), and, once a decision exists, the reason for revising it.

    Emits `decide_requested(outcome or None, reasons, revision_reason)` when the chair saves.
    """

    decide_requested = Signal(object, str, str)

    # What the chair changed and did not save, field by field (None: as stored), by candidate.
    Draft = tuple[int | None, str | None, str | None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Décision"), parent)
        self.setObjectName("decision_panel")
        self._key: str | None = None
        self._shown: tuple[int, str, str] | None = None  # the stored values, as shown
        self._drafts: dict[str, DecisionPanel.Draft] = {}
        self.proposal = QLabel(self)
        self.proposal.setObjectName("decision_proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = WheelSafeComboBox(self)
        self.outcome.setObjectName("decision_outcome")
        self.outcome.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outcome.setAccessibleName(self.tr("Issue de la délibération"))
        self.outcome.setPlaceholderText(self.tr("Choisir l’issue…"))
        for outcome in OUTCOME_CHOICES:
            self.outcome.addItem(outcome_words(outcome), outcome.value)
        outcome_label = QLabel(self.tr("&Issue :"), self)
        outcome_label.setBuddy(self.outcome)
        self.reasons = GrowingTextEdit(3, 8, self)
        self.reasons.setObjectName("decision_reasons")
        self.reasons.setAccessibleName(self.tr("Motifs de la décision"))
        self.reasons.setPlaceholderText(
            self.tr(
                "Rédigés pour le courrier adressé au candidat ou à la candidate. "
                "Obligatoires si non certifié·e, absent·e ou reporté·e."
            )
        )
        reasons_label = QLabel(self.tr("&Motifs :"), self)
        reasons_label.setBuddy(self.reasons)
        self.revision_reason = GrowingTextEdit(2, 5, self)
        self.revision_reason.setObjectName("decision_revision_reason")
        self.revision_reason.setAccessibleName(self.tr("Motif de la révision de la décision"))
        self.revision_reason.setPlaceholderText(
            self.tr("Pourquoi la décision déjà prise est modifiée (obligatoire).")
        )
        self.revision_label = QLabel(self.tr("Motif de la révisi&on :"), self)
        self.revision_label.setBuddy(self.revision_reason)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("decision_save")
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(outcome_label, self.outcome)
        form.addRow(reasons_label, self.reasons)
        form.addRow(self.revision_label, self.revision_reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.show_decision(None, [], comparable=False, unsettled=[])

    def show_decision(
        self,
        proposal: Outcome | None,
        history: list[RevisionRecord],
        *,
        comparable: bool,
        unsettled: list[str],
        candidate_id: str = "",
    ) -> None:
        """Show the rule's proposal and the current decision, ready to decide or revise.

        What the chair changed and did not save stays, field by field, and comes back on
        returning to the candidate; an outcome not touched follows the rule's proposal.
        """
        self._stash()
        if proposal is not None:
            text = self.tr("Issue proposée par la règle de décision : {outcome}.").format(
                outcome=outcome_words(proposal)
            )
        elif comparable:
            text = self.tr(
                "La règle de décision proposera une issue quand chaque compétence sera tranchée "
                "(reste : {codes})."
            ).format(codes=", ".join(unsettled))
        else:
            text = self.tr(
                "La règle de décision ne propose rien tant que les deux grilles signées ne sont "
                "pas comparées ; « Absent·e » ou « Reporté·e » peuvent déjà être décidés."
            )
        for index, outcome in enumerate(OUTCOME_CHOICES):
            words = outcome_words(outcome)
            if outcome is proposal:
                words = self.tr("{outcome} (proposée par la règle)").format(outcome=words)
            self.outcome.setItemText(index, words)
        latest = history[-1] if history else None
        if latest is not None:
            text += " " + self.tr("Décision en vigueur : {outcome} (version {n}).").format(
                outcome=outcome_words(latest.outcome), n=latest.revision
            )
        self.proposal.setText(text)
        chosen = latest.outcome if latest is not None else proposal
        index = OUTCOME_CHOICES.index(chosen) if chosen is not None else -1
        self._shown = (index, latest.reasons if latest is not None else "", "")
        self._key = candidate_id
        typed_outcome, reasons, revision = self._drafts.get(candidate_id, (None, None, None))
        self.outcome.setCurrentIndex(index if typed_outcome is None else typed_outcome)
        self.reasons.setPlainText(self._shown[1] if reasons is None else reasons)
        self.revision_reason.setPlainText("" if revision is None else revision)
        revising = latest is not None
        self.revision_label.setVisible(revising)
        self.revision_reason.setVisible(revising)
        self.save_button.setText(
            self.tr("Réviser la décision") if revising else self.tr("Enregistrer la décision")
        )
        self.save_button.setAccessibleName(self.save_button.text())

    def _stash(self) -> None:
        if self._key is None or self._shown is None:
            return
        typed = (
            self.outcome.currentIndex(),
            exact_text(self.reasons),
            exact_text(self.revision_reason),
        )
        draft: DecisionPanel.Draft = (
            typed[0] if typed[0] != self._shown[0] else None,
            typed[1] if typed[1] != self._shown[1] else None,
            typed[2] if typed[2] != self._shown[2] else None,
        )
        if draft == (None, None, None):
            self._drafts.pop(self._key, None)
        else:
            self._drafts[self._key] = draft

    def forget(self, candidate_id: str) -> None:
        """The decision was saved: what stands now is what is stored."""
        self._drafts.pop(candidate_id, None)
        if self._key == candidate_id:
            self._key = None

    def chosen_outcome(self) -> Outcome | None:
        value = self.outcome.currentData()
        return Outcome(value) if isinstance(value, str) else None

    @Slot()
    def _save(self) -> None:
        reason = exact_text(self.revision_reason) if self.revision_reason.isVisibleTo(self) else ""
        self.decide_requested.emit(self.chosen_outcome(), exact_text(self.reasons), reason)
