"""The candidate's social security number (NIR) in the form: typed masked, checked as typed,
and once kept shown only as « Enregistré (chiffré) », never the number.

The number is sealed to the organiser's authority when the form is saved
(candidates_page.py, registry/nir.py): this widget only holds what was typed, or that
the kept number is to be deleted, until then. Emits `edited` on every change the
organiser makes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jury_desk.kernel.messages import Phrase
from jury_desk.rules.nir import nir_problems
from jury_desk.ui.shell.error_text import error_text


@dataclass(frozen=True)
class NirChange:
    """What saving the form does to the number: keep `typed` sealed, or delete it (None)."""

    typed: str | None


class _Mode(Enum):
    KEPT = auto()  # a number is kept: « Enregistré (chiffré) », Remplacer…, Effacer
    ENTRY = auto()  # typing one (the first, or a replacement)
    CLEARING = auto()  # the kept one will be deleted at the save


class CandidateNirField(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nir_field")
        self._kept = False
        self._mode = _Mode.ENTRY
        self.entry = QLineEdit(self)
        self.entry.setObjectName("nir")
        self.entry.setAccessibleName(self.tr("Numéro de sécurité sociale"))
        # Visible while typed (to check it), masked once the field is left.
        self.entry.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.entry.setMaxLength(40)  # 15 characters and their separators
        self.entry.setToolTip(
            self.tr("13 caractères, ou 15 avec la clé ; chiffré à l’enregistrement de la fiche")
        )
        self.entry.textEdited.connect(self._typed)
        self.status = QLabel(self)
        self.status.setObjectName("nir_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("État du numéro de sécurité sociale"))
        self.replace_button = self._button("replace_nir", self.tr("Re&mplacer…"), self._replace)
        self.clear_button = self._button("clear_nir", self.tr("Efface&r"), self._clear)
        self.keep_button = self._button(
            "keep_nir", self.tr("Conser&ver le numéro enregistré"), self._keep
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.entry, self.replace_button, self.clear_button, self.keep_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._show()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ values

    def set_kept(self, kept: bool) -> None:
        """Show whether a number is kept, forgetting anything typed; `edited` is not emitted."""
        self._kept = kept
        self._mode = _Mode.KEPT if kept else _Mode.ENTRY
        self.entry.clear()
        self._show()

    def change(self) -> NirChange | None:
        """What the save is to do to the number; None: leave it as it is."""
        if self._mode is _Mode.CLEARING:
            return NirChange(None)
        typed = self.entry.text()
        if self._mode is _Mode.ENTRY and typed.strip():
            return NirChange(typed)
        return None

    # ------------------------------------------------------------------ acting

    def _typed(self) -> None:
        self._show()
        self.edited.emit()

    def _replace(self) -> None:
        self._mode = _Mode.ENTRY
        self._show()
        self.entry.setFocus()
        self.edited.emit()

    def _clear(self) -> None:
        self._mode = _Mode.CLEARING
        self._show()
        self.keep_button.setFocus()
        self.edited.emit()

    def _keep(self) -> None:
        self._mode = _Mode.KEPT
        self.entry.clear()
        self._show()
        self.replace_button.setFocus()
        self.edited.emit()

    def _show(self) -> None:
        mode = self._mode
        self.entry.setVisible(mode is _Mode.ENTRY)
        self.replace_button.setVisible(mode is _Mode.KEPT)
        self.clear_button.setVisible(mode is _Mode.KEPT)
        self.keep_button.setVisible(self._kept and mode is not _Mode.KEPT)
        self.status.setText(self._status_text())
        # The row's label (its shortcut) leads to what can be used in this state.
        proxies = {
            _Mode.ENTRY: self.entry,
            _Mode.KEPT: self.replace_button,
            _Mode.CLEARING: self.keep_button,
        }
        self.setFocusProxy(proxies[mode])

    def _status_text(self) -> str:
        if self._mode is _Mode.KEPT:
            return self.tr("Enregistré (chiffré)")
        if self._mode is _Mode.CLEARING:
            return self.tr("Sera effacé à l’enregistrement de la fiche.")
        typed = self.entry.text()
        if not typed.strip():
            return self.tr("Facultatif : transmis à la Caisse des Dépôts, conservé chiffré.")
        problems = nir_problems(typed)
        if problems:
            return "\n".join(
                error_text(Phrase(problem.template, **dict(problem.params))) for problem in problems
            )
        return self.tr("Numéro valide ; il sera chiffré à l’enregistrement de la fiche.")
