"""Undo and redo of the grid's edits: one command per change written to the workspace.

A command is pushed as its change is handed to the workspace's writer, so its
first `redo()` (which `QUndoStack.push` calls) does nothing. Later undo and
redo write through a `FieldStore` (after the writes still on their way), which
also shows the value in the panel when that candidate is on screen. A write
that fails makes the command obsolete: the stack drops it rather than keep a
step that does not match the workspace.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from jury_desk.ui.grid.fields import FieldValue

# Text commands share one id so that the stack offers them to `mergeWith`,
# which merges only edits of the same field of the same candidate.
_TEXT_COMMAND_ID = 0x4A44


class FieldStore(Protocol):
    """Where grid commands write, and where typed text not yet written is found."""

    def apply(self, candidate_id: str, key: str, value: FieldValue) -> bool:
        """Write `value` and show it; False when the write failed (already reported)."""
        ...

    def pending_text(self, candidate_id: str, key: str) -> str | None:
        """The text typed in that field and not yet written, if any."""
        ...


class FieldCommand(QUndoCommand):
    """One field of one candidate's grid going from `old` to `new`.

    Text fields (`mergeable`) merge consecutive edits of the same field, so a
    comment typed in several pauses is undone in one step.
    """

    def __init__(
        self,
        store: FieldStore,
        candidate_id: str,
        key: str,
        old: FieldValue,
        new: FieldValue,
        text: str,
        *,
        mergeable: bool,
    ) -> None:
        super().__init__(text)
        self.candidate_id = candidate_id
        self.key = key
        self.old = old
        self.new = new
        self._store = store
        self._mergeable = mergeable
        self._already_written = True
        self.refused = False

    def refuse(self) -> None:
        """The change this step made was refused by the workspace: the step does nothing,
        and the stack drops it when it reaches it."""
        self.refused = True
        self.setObsolete(True)

    def redo(self) -> None:
        if self._already_written:
            self._already_written = False
            return
        if self.refused:
            return
        if not self._store.apply(self.candidate_id, self.key, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if self.refused:
            return
        if self._mergeable:
            # Text typed since the last write is newer than `new`: redo brings it back.
            typed = self._store.pending_text(self.candidate_id, self.key)
            if typed is not None:
                self.new = typed
        if not self._store.apply(self.candidate_id, self.key, self.old):
            self.setObsolete(True)

    def id(self) -> int:
        return _TEXT_COMMAND_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand):
            return False
        if (other.candidate_id, other.key) != (self.candidate_id, self.key):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed, then erased: nothing left to undo
        return True
