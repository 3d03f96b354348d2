"""Importing juries' results files from the Results tab: the authority's keys unlocked on the
GUI thread, then every file imported one after the other off it, behind a dialog counting
the files, and one summary at the end, a line per file: its jury and number of decisions,
« déjà importé », or the refusal in words (a file is named by its name, never its folder).

One file refused does not stop the others: each is its own transaction in the registry.
The worker says which file it reads through a relay whose queued signal reaches the dialog
on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.results_inbox import Imported
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.busy_notice import SHOWN_AFTER_MS

if TYPE_CHECKING:
    from jury_desk.trust.authority import Authority

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: imported (or already there), or refused with its error."""

    name: str
    path: Path | None = None
    imported: Imported | None = None
    error: BaseException | None = None
    # The title of the jury's session when it is not the one shown, else "".
    other_session: str = ""


class _Relay(QObject):
    """Made on the GUI thread; the worker emits, the dialog hears on the GUI thread."""

    reading = Signal(int, str)  # the file's rank (from 0) and its name


class ImportProgress(QProgressDialog):
    """Which file is being imported, « Fichier 2 sur 3 : jury-2.jdresults… », the bar
    counting the files. Shown only if the import lasts over half a second; no cancel:
    the file being entered is one transaction."""

    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_import_progress")
        self.setWindowTitle(self.tr("Importation des résultats"))
        self.setCancelButton(None)
        self.setRange(0, total)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._total = total
        self._finished = False
        self.steps_seen: list[str] = []
        self.relay = _Relay(self)
        self.relay.reading.connect(self.show_file)
        # Our own timer: QProgressDialog shows itself only when a value is set, and the
        # first file may take long before the second one sets one.
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._show_if_still_busy)

    def start(self, after_ms: int = SHOWN_AFTER_MS) -> None:
        self._delay.start(after_ms)

    @Slot()
    def _show_if_still_busy(self) -> None:
        if not self._finished:
            self.open()

    @Slot(int, str)
    def show_file(self, rank: int, name: str) -> None:
        text = self.tr("Fichier {n} sur {total} : {file}…").format(
            n=rank + 1, total=self._total, file=name
        )
        self.setLabelText(text)
        self.setAccessibleName(text)
        self.setValue(rank)
        self.steps_seen.append(text)

    def finish(self) -> None:
        self._finished = True
        self._delay.stop()
        shown, parent = self.isVisible(), self.parentWidget()
        self.setValue(self._total)
        self.close()
        if shown and parent is not None:
            parent.window().activateWindow()

    def reject(self) -> None:
        """Escape does not close it while the files are read."""
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()


def import_files(
    parent: QWidget,
    state: OrganiserState,
    paths: Sequence[Path],
    on_finished: Callable[[list[FileOutcome] | None], None],
    correction_reason: str = "",
) -> ImportProgress | None:
    """Import `paths` in that order; the summary is shown, then `on_finished` called with
    each file's outcome (None if the import could not start or failed as a whole). The
    progress dialog is returned (tests read its steps); None if the keys stayed locked."""
    from jury_desk.ui.organiser.authority_box import keys_ready

    title = QCoreApplication.translate("ResultsImport", "Importation des résultats")
    if not paths or not keys_ready(state, parent, title):
        on_finished(None)
        return None
    registry, profile, session_id = state.registry, state.context.profile, state.session_id
    files = list(paths)
    progress = ImportProgress(len(files), parent)
    relay = progress.relay

    def work() -> list[FileOutcome]:
        from jury_desk.trust.authority import load_authority

        authority = load_authority(profile.secrets, organiser_dir(profile.home))
        return [
            _import_one(registry, rank, path, authority, session_id, relay, correction_reason)
            for rank, path in enumerate(files)
        ]

    def done(outcomes: list[FileOutcome]) -> None:
        progress.finish()
        state.changed.emit()
        show_summary(parent, outcomes)
        on_finished(outcomes)

    def failed(error: BaseException) -> None:
        progress.finish()
        state.changed.emit()  # files before the failure may be in
        state.show_error(parent, error, title)
        on_finished(None)

    progress.start()
    state.context.runner.run(work, done, failed)
    return progress


def _import_one(
    registry: Registry,
    rank: int,
    path: Path,
    authority: Authority,
    session_id: str,
    relay: _Relay,
    correction_reason: str,
) -> FileOutcome:
    from jury_desk.registry.results_inbox import import_results

    relay.reading.emit(rank, path.name)
    try:
        imported = import_results(registry, path, authority, correction_reason)
    except UserError as error:  # said for this file; the others still go in
        return FileOutcome(path.name, path, error=error)
    except Exception as error:
        log.error("internal error importing a results file", exc_info=error)
        return FileOutcome(path.name, error=error)
    return FileOutcome(
        path.name,
        path,
        imported,
        other_session=_other_session(registry, imported.jury_id, session_id),
    )


def _other_session(registry: Registry, jury_id: str, session_id: str) -> str:
    from jury_desk.registry.models import Jury

    with registry.read() as session:
        jury = session.get(Jury, jury_id)
        if jury is None or jury.session_id == session_id:
            return ""
        return jury.session.title


# ---------------------------------------------------------------------- the summary


def decisions_words(count: int) -> str:
    if count <= 1:
        return QCoreApplication.translate("ResultsImport", "{n} décision").format(n=count)
    return QCoreApplication.translate("ResultsImport", "{n} décisions").format(n=count)


def outcome_line(outcome: FileOutcome) -> str:
    """One file's line of the summary, naming the file by its name only."""
    name, imported = outcome.name, outcome.imported
    if imported is None:
        error = outcome.error
        if isinstance(error, UserError):
            said = " ".join(error_text(error).split())
        else:
            said = QCoreApplication.translate(
                "ResultsImport", "erreur interne de jury-desk ; le détail est dans son journal."
            )
        return (
            said
            if name in said
            else QCoreApplication.translate("ResultsImport", "{file} — {reason}").format(
                file=name, reason=said
            )
        )
    if imported.already_there:
        line = QCoreApplication.translate("ResultsImport", "{file} — déjà importé ({jury})").format(
            file=name, jury=imported.jury_label
        )
    else:
        line = QCoreApplication.translate("ResultsImport", "{file} — {jury} : {decisions}").format(
            file=name, jury=imported.jury_label, decisions=decisions_words(imported.decisions)
        )
        if imported.superseded:
            line += " " + QCoreApplication.translate(
                "ResultsImport", "({n} décision(s) antérieure(s) remplacée(s), gardée(s))"
            ).format(n=imported.superseded)
    if outcome.other_session:
        line += " " + QCoreApplication.translate(
            "ResultsImport", "— jury de la session « {title} »"
        ).format(title=outcome.other_session)
    return line


def summary_text(outcomes: Sequence[FileOutcome]) -> str:
    imported = sum(1 for o in outcomes if o.imported and not o.imported.already_there)
    already = sum(1 for o in outcomes if o.imported and o.imported.already_there)
    refused = sum(1 for o in outcomes if o.imported is None)
    head = QCoreApplication.translate(
        "ResultsImport",
        "{imported} fichier(s) importé(s), {already} déjà importé(s), {refused} refusé(s) :",
    )
    lines = [head.format(imported=imported, already=already, refused=refused)]
    lines += [f"– {outcome_line(outcome)}" for outcome in outcomes]
    return "\n".join(lines)


def show_summary(parent: QWidget, outcomes: Sequence[FileOutcome]) -> QMessageBox:
    refused = any(o.imported is None for o in outcomes)
    box = QMessageBox(
        QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
        QCoreApplication.translate("ResultsImport", "Importation des résultats"),
        summary_text(outcomes),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("results_import_summary")
    box.open()
    return box
