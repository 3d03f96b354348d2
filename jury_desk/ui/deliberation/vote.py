"""The casting vote on one competency: the level the chair retains, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_desk.chair.deliberation import CompetencyComparison
from jury_desk.ui.deliberation.text import Agreement, agreement_of, agreement_sentence, level_words
from jury_desk.ui.grid.text import GrowingTextEdit, exact_text
from jury_desk.ui.grid.widgets import WheelSafeComboBox


class VotePanel(QGroupBox):
    """Shows the competency selected in the comparison, both jurors' comments in full; on a
    disagreement, offers the chair's level chooser and reconciliation note. Emits
    `vote_requested(code, level, note)` when the chair saves; the level is -1 when none was
    chosen (the view says so)."""

    vote_requested = Signal(str, int, str)

    # What was typed and not saved, by (candidate, code): kept while the chair looks elsewhere.
    Draft = tuple[int, str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Compétence choisie"), parent)
        self.setObjectName("vote_panel")
        self._code: str | None = None
        self._key: tuple[str, str] | None = None
        self._shown: VotePanel.Draft | None = None  # the stored values, as shown
        self._drafts: dict[tuple[str, str], VotePanel.Draft] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("vote_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel(self)
        self.details.setObjectName("vote_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = WheelSafeComboBox(self)
        self.level.setObjectName("vote_level")
        self.level.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.level_label = QLabel(self.tr("Niveau &retenu :"), self)
        self.level_label.setBuddy(self.level)
        self.note = GrowingTextEdit(2, 6, self)
        self.note.setObjectName("vote_note")
        self.note.setPlaceholderText(
            self.tr("Pourquoi ce niveau : ce qui a départagé les deux appréciations.")
        )
        self.note_label = QLabel(self.tr("&Justification :"), self)
        self.note_label.setBuddy(self.note)
        self.save_button = QPushButton(self.tr("Enregistrer la voix prépondérante"), self)
        self.save_button.setObjectName("vote_save")
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.level_label, self.level)
        form.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self._controls: tuple[QWidget, ...] = (
            self.level_label,
            self.level,
            self.note_label,
            self.note,
            self.save_button,
        )
        self.show_row(None, ())

    def show_row(
        self, row: CompetencyComparison | None, labels: tuple[str, ...], candidate_id: str = ""
    ) -> None:
        """Show `row` of `candidate_id`; the chooser appears only where the jurors disagree.

        A level or note changed and not saved is kept as a draft, shown again on coming back.
        """
        self._stash()
        self._code = row.code if row is not None else None
        self._key = None
        voting = row is not None and not row.agreed
        for widget in self._controls:
            widget.setVisible(voting)
        self.details.setVisible(row is not None)
        if row is None:
            self.setTitle(self.tr("Compétence choisie"))
            self.summary.setText(self.tr("Choisissez une compétence dans le tableau."))
            return
        subject = self.tr("{code} · {title}").format(code=row.code, title=row.title)
        self.setTitle(
            self.tr("{subject} — voix prépondérante").format(subject=subject) if voting else subject
        )
        self.details.setText(self._details(row, labels))
        if not voting:
            agreement = agreement_of(row)
            retained = level_words(labels, row.consolidated_level)
            if agreement is Agreement.ONE_RECUSED:
                text = self.tr("Un·e juré·e s’est récusé·e ; « {level} » est retenu.")
            else:
                text = self.tr("Accord des deux juré·es ; « {level} » est retenu.")
            self.summary.setText(text.format(level=retained))
            return
        self.summary.setText(agreement_sentence(agreement_of(row)))
        self.level.clear()
        # The chair settles between the two jurors' levels, not beyond them.
        for rank in sorted(r for r in {row.my_level, row.other_level} if r is not None):
            self.level.addItem(labels[rank], rank)
        self.level.setPlaceholderText(self.tr("Choisir le niveau…"))
        chosen = row.consolidated_level
        self._shown = (chosen if chosen is not None else -1, row.casting_note)
        self._key = (candidate_id, row.code)
        level, note = self._drafts.get(self._key, self._shown)
        self.level.setCurrentIndex(self.level.findData(level))
        self.level.setAccessibleName(self.tr("Niveau retenu — {subject}").format(subject=subject))
        self.note.setAccessibleName(
            self.tr("Justification du niveau retenu — {subject}").format(subject=subject)
        )
        self.note.setPlainText(note)

    def _stash(self) -> None:
        if self._key is None or self._shown is None:
            return
        typed = (self._chosen_rank(), exact_text(self.note))
        if typed != self._shown:
            self._drafts[self._key] = typed
        else:
            self._drafts.pop(self._key, None)

    def forget(self, candidate_id: str, code: str) -> None:
        """The vote was saved: what stands now is what is stored."""
        self._drafts.pop((candidate_id, code), None)
        if self._key == (candidate_id, code):
            self._key = None

    def _details(self, row: CompetencyComparison, labels: tuple[str, ...]) -> str:
        """Both appreciations in full: the table shows only the start of the comments."""
        none = self.tr("sans commentaire")
        mine = self.tr("Vous : « {level} » — {comment}").format(
            level=level_words(labels, row.my_level, recused=row.my_recused),
            comment=row.my_comment.strip() or none,
        )
        other = self.tr("L’autre juré·e : « {level} » — {comment}").format(
            level=level_words(labels, row.other_level, recused=row.other_recused),
            comment=row.other_comment.strip() or none,
        )
        return f"{mine}\n{other}"

    @property
    def code(self) -> str | None:
        return self._code

    @Slot()
    def _save(self) -> None:
        if self._code is None:
            return
        self.vote_requested.emit(self._code, self._chosen_rank(), exact_text(self.note))

    def _chosen_rank(self) -> int:
        rank = self.level.currentData()
        return rank if isinstance(rank, int) else -1
