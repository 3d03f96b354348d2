"""Fichier › Exporter les résultats pour l'organisateur… : the chair's last step, in the window.

Offered to the chair, enabled once the session has reached that step (every
candidate decided, the minutes signed and co-signed, none revised since). The
file is written off the GUI thread behind a notice, encrypted to the
organiser's key from the bundle, exactly as `jury-desk results export` writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.minutes_flow import quit_separator
from jury_desk.ui.flows.session_views import SessionViews

if TYPE_CHECKING:
    from jury_desk.results.export import ResultsExport
    from jury_desk.session.progress import Progress
    from jury_desk.ui.shell.session_page import SessionPage

RESULTS_FOLDER_SETTING = "results/folder"


class ResultsFlow(QObject):
    """The chair's « Exporter les résultats pour l'organisateur… »."""

    def __init__(self, host: FlowHost, menu: QMenu, views: SessionViews) -> None:
        super().__init__(host.widget())
        self.host = host
        self.busy = False
        self._page: SessionPage | None = None
        self.export_action = QAction(
            self.tr("Exporter les &résultats pour l’organisateur…"), host.widget()
        )
        self.export_action.setObjectName("export_results_action")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.export_action.triggered.connect(self.choose_and_export)
        before = quit_separator(menu)
        if before is not None:
            menu.insertAction(before, self.export_action)
        else:
            menu.addAction(self.export_action)
        host.widget().addAction(self.export_action)
        views.session_changed.connect(self._session_changed)
        self._session_changed(None)

    @Slot(object)
    def _session_changed(self, page: SessionPage | None) -> None:
        if self._page is not None:  # the chair's page it followed
            self._page.progress_changed.disconnect(self._progress_changed)
        chair = page is not None and page.desk.header().me_role == "chair"
        self._page = page if chair else None
        self.export_action.setVisible(page is None or chair)
        self.export_action.setEnabled(False)
        if self._page is not None:
            self._page.progress_changed.connect(self._progress_changed)
            self._progress_changed(self._page.desk.progress())

    @Slot(object)
    def _progress_changed(self, progress: Progress) -> None:
        from jury_desk.session.progress import Step

        self.export_action.setEnabled(progress.step is Step.EXPORT_RESULTS)

    @Slot()
    def choose_and_export(self) -> None:
        from jury_desk.results.export import export_results
        from jury_desk.results.layout import SUFFIX
        from jury_desk.signing.authority import known_session
        from jury_desk.ui.flows.sign_dialog import SigningNotice
        from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

        workspace = self.host.workspace
        if self.busy or workspace is None or self._page is None:
            return
        header = self._page.desk.header()
        folder = remembered_folder(self.host.context.settings, RESULTS_FOLDER_SETTING)
        path = ask_save_path(
            self.host.widget(),
            self.tr("Exporter les résultats pour l’organisateur"),
            folder / f"resultats-{header.id}{SUFFIX}",
            self.tr("Résultats jury-desk (*{suffix})").format(suffix=SUFFIX),
            SUFFIX,
        )
        if path is None:
            return
        home, clock = self.host.context.profile.home, self.host.context.clock
        notice = SigningNotice(
            self.tr("Chiffrement des résultats pour l’organisateur…"), self.host.widget()
        )
        notice.setObjectName("results_notice")
        notice.setWindowTitle(self.tr("Résultats"))

        def work() -> ResultsExport:
            return export_results(workspace, path, known_session(home, workspace), clock)

        def done(exported: ResultsExport) -> None:
            self.busy = False
            notice.finish()
            self.host.context.settings.setValue(RESULTS_FOLDER_SETTING, str(path.parent))
            self.host.show_status(
                self.tr(
                    "Résultats exportés dans {file}, chiffrés pour « {organiser} » : envoyez-lui "
                    "ce fichier."
                ).format(file=Path(exported.path).name, organiser=exported.organiser)
            )

        def failed(error: BaseException) -> None:
            self.busy = False
            notice.finish()
            self.host.clear_status()
            self.host.show_error(error, self.tr("Les résultats n’ont pas été exportés"))

        self.busy = True
        notice.open()  # before running: a synchronous runner finishes inside `run`
        self.host.context.runner.run(work, done, failed)
