"""Importing the other juror's signed sheets from the window: « Importer des grilles… » and drops.

The files chosen (or dropped: PDF files, and folders, whose *.pdf files are
taken without going into sub-folders) are imported in one background job
against the window's open workspace, each one verified exactly as
`sheet verify` does (`import_sheet`); the minutes the member co-signed are
told apart by their attached data and go to `import_minutes`, as with
`jury-desk import`. A window-modal notice is shown meanwhile; then a report
lists every file with its outcome in French, and the candidate statuses are
refreshed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.outside_files import read_outside_file
from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.shell.error_text import error_text

if TYPE_CHECKING:
    from jury_desk.minutes.importing import MinutesImportOutcome
    from jury_desk.sheets.importing import ImportOutcome
    from jury_desk.signing.authority import KnownSession
    from jury_desk.store.workspace import Workspace

if TYPE_CHECKING:
    from jury_desk.kernel.clock import Clock


@dataclass(frozen=True)
class ImportLine:
    """One file and what became of it; `unreadable` says why it was not read (not a
    regular file, over the cap, …), and `minutes` is set when the file was the
    co-signed minutes rather than a sheet."""

    path: Path
    outcome: ImportOutcome | None
    candidate_name: str | None = None
    unreadable: UserError | None = None
    minutes: MinutesImportOutcome | None = None

    @property
    def accepted(self) -> bool:
        found = self.minutes if self.minutes is not None else self.outcome
        return found is not None and found.accepted


def pdf_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: PDF files as given, and the *.pdf files directly in folders."""
    chosen: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Not only regular files: a pipe named *.pdf is listed, and refused with its reason.
            chosen += sorted(
                child
                for child in path.iterdir()
                if not child.is_dir() and child.suffix.lower() == ".pdf"
            )
        elif path.suffix.lower() == ".pdf":
            chosen.append(path)
    return chosen


def open_session_known(home: Path, workspace: Workspace) -> dict[str, KnownSession]:
    """What `verify_sheet` and the minutes' verification must know, from the open workspace."""
    from jury_desk.signing.authority import known_session

    known = known_session(home, workspace)
    return {known.id: known}


def import_files(
    home: Path, workspace: Workspace, files: list[Path], clock: Clock
) -> list[ImportLine]:
    """Import each file in turn (one transaction per sheet); never stops at a refused one."""
    from jury_desk.minutes.importing import SHEET_OR_MINUTES_FILE, import_minutes, is_minutes_pdf
    from jury_desk.sheets.importing import import_sheet
    from jury_desk.store.queries import the_session

    sessions = open_session_known(home, workspace)
    with workspace.reading() as session:
        names = {c.id: c.name for c in the_session(session).candidates}
    lines = []
    for path in files:
        try:
            pdf = read_outside_file(path, SHEET_OR_MINUTES_FILE)
        except UserError as error:  # the same one-line reason as `jury-desk import`
            lines.append(ImportLine(path, None, unreadable=error))
            continue
        # Minutes carry minutes.json where a sheet carries its own data: as `jury-desk import`.
        if is_minutes_pdf(pdf):
            minutes = import_minutes(workspace, pdf, sessions, clock)
            lines.append(ImportLine(path, None, minutes=minutes))
            continue
        outcome = import_sheet(workspace, pdf, sessions, clock)
        name = names.get(outcome.candidate_id) if outcome.candidate_id else None
        lines.append(ImportLine(path, outcome, name))
    return lines


class ImportReport(QDialog):
    """Every file imported, with its candidate, juror, version and outcome; read-only."""

    FILE, CANDIDATE, JUROR, VERSION, OUTCOME = range(5)

    def __init__(self, lines: list[ImportLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(self.tr("Importation des grilles"))
        self.setAccessibleName(self.tr("Résultat de l’importation des grilles"))
        accepted = sum(1 for line in lines if line.accepted)
        self.summary = QLabel(
            self.tr("{accepted} grille(s) sur {total} présente(s) dans la session.").format(
                accepted=accepted, total=len(lines)
            ),
            self,
        )
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(lines), 5, self)
        self.table.setObjectName("import_table")
        self.table.setAccessibleName(self.tr("Grilles importées et leur résultat"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fichier"),
                self.tr("Candidat"),
                self.tr("Juré"),
                self.tr("Version"),
                self.tr("Résultat"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, line in enumerate(lines):
            for column, text in enumerate(self._cells(line)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("import_report_buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Fermer"))
        close.setObjectName("import_report_close")
        close.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _cells(self, line: ImportLine) -> list[str]:
        if line.minutes is not None:
            return self._minutes_cells(line.path, line.minutes)
        outcome = line.outcome
        if outcome is None:  # not read: the reason names the file and says why
            reason = error_text(line.unreadable) if line.unreadable is not None else ""
            return [line.path.name, "", "", "", reason]
        candidate = outcome.candidate_id or ""
        if line.candidate_name:
            candidate = self.tr("{name} ({id})").format(name=line.candidate_name, id=candidate)
        juror = outcome.juror_name or outcome.juror_id or ""
        version = str(outcome.version) if outcome.version is not None else ""
        return [line.path.name, candidate, juror, version, self.describe(outcome)]

    def _minutes_cells(self, path: Path, minutes: MinutesImportOutcome) -> list[str]:
        from jury_desk.minutes.importing import MinutesImportKind

        revision = str(minutes.revision) if minutes.revision is not None else ""
        kind = minutes.kind
        if kind is MinutesImportKind.IMPORTED:
            result = self.tr("procès-verbal cosigné importé")
            if minutes.reason:  # a newer revision exists: it needs co-signing too
                result = self.tr("{result} ; une révision plus récente existe").format(
                    result=result
                )
        elif kind is MinutesImportKind.UNCHANGED:
            result = self.tr("procès-verbal cosigné déjà présent")
        elif kind is MinutesImportKind.CONFLICT:
            result = self.tr("conflit : un autre exemplaire cosigné est déjà gardé")
        else:
            reason = minutes.reason_message
            result = self.tr("procès-verbal refusé : {reason}").format(
                reason=error_text(reason) if reason is not None else ""
            )
        return [path.name, self.tr("procès-verbal"), "", revision, result]

    def describe(self, outcome: ImportOutcome) -> str:
        from jury_desk.sheets.importing import ImportKind

        kind = outcome.kind
        if kind is ImportKind.IMPORTED:
            return self.tr("importée")
        if kind is ImportKind.UNCHANGED:
            return self.tr("déjà présente")
        if kind is ImportKind.SUPERSEDED_OLDER:
            replaced: object = (outcome.version - 1) if outcome.version is not None else "?"
            if outcome.reason_message is not None:
                replaced = outcome.reason_message.params.get("version", replaced)
            return self.tr("remplace la version {n}").format(n=replaced)
        if kind is ImportKind.OLDER_IGNORED:
            return self.tr("version plus ancienne ignorée")
        if kind is ImportKind.CONFLICT:
            return self.tr("conflit : deux grilles différentes de même version")
        reason = outcome.reason_message
        return self.tr("refusée : {reason}").format(
            reason=error_text(reason) if reason is not None else ""
        )


class ImportFlow(QObject):
    """The window's « Importer des grilles… » and its drops, over the open workspace."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.busy = False
        self.report: ImportReport | None = None

    @Slot()
    def choose_and_import(self) -> None:
        if self.busy or self.host.workspace is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.host.widget(),
            self.tr("Importer des grilles signées"),
            "",
            self.tr("Documents PDF (*.pdf)"),
        )
        if chosen:
            self.import_paths([Path(name) for name in chosen])

    def import_paths(self, paths: Iterable[Path]) -> None:
        """Import the PDF files among `paths` (folders: their *.pdf files, not sub-folders)."""
        from jury_desk.ui.flows.sign_dialog import SigningNotice

        workspace = self.host.workspace
        if self.busy or workspace is None:
            return
        files = pdf_files(paths)
        if not files:
            self.host.show_status(self.tr("Aucun fichier PDF à importer."))
            return
        if self.host.page is not None:
            self.host.page.grid.flush()
        home = self.host.context.profile.home
        clock = self.host.context.clock
        notice = SigningNotice(self.tr("Importation des grilles en cours…"), self.host.widget())
        notice.setObjectName("import_notice")
        notice.setWindowTitle(self.tr("Importation"))

        def work() -> list[ImportLine]:
            return import_files(home, workspace, files, clock)

        def done(lines: list[ImportLine]) -> None:
            self.busy = False
            notice.finish()
            self._imported(workspace, lines)

        def failed(error: BaseException) -> None:
            self.busy = False
            notice.finish()
            self.host.clear_status()
            self.host.show_error(error, self.tr("Les grilles n’ont pas été importées"))

        self.busy = True
        self.host.show_status(self.tr("Importation des grilles en cours…"))
        notice.open()  # before running: a synchronous runner finishes inside `run`
        self.host.context.runner.run(work, done, failed)

    def _imported(self, workspace: Workspace, lines: list[ImportLine]) -> None:
        if self.host.workspace is workspace and self.host.page is not None:
            self.host.page.update_statuses()
        accepted = sum(1 for line in lines if line.accepted)
        self.host.show_status(
            self.tr("Importation terminée : {accepted} grille(s) sur {total}.").format(
                accepted=accepted, total=len(lines)
            )
        )
        if self.report is not None:
            self.report.close()
            self.report.deleteLater()
        self.report = ImportReport(lines, self.host.widget())  # kept until the next import
        self.report.open()
