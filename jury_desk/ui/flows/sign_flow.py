"""Signing and exporting the juror's scoring sheet from the window, and starting a new version.

Signing goes: write any text still being typed; refuse an incomplete grid with
a French list of what is missing; show everything the signature will cover and
ask for confirmation; sign off the GUI thread (identity, issuing authority,
`sign_sheet`) behind a window-modal notice, so that nothing in the grid changes
under the signature; then ask where to save the PDF. A failure is shown in one
message: the signature is one transaction of the workspace, so a refused
signature leaves nothing behind, and a signed sheet that could not be saved
stays in the workspace, from where « Exporter de nouveau… » writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import identity_dir
from jury_desk.ui.flows.host import FlowHost

if TYPE_CHECKING:
    from jury_desk.juror.desk import GridState
    from jury_desk.rules.sheet import SheetProblemKind
    from jury_desk.sheets.data import SheetData
    from jury_desk.sheets.export import SignedSheetFile
    from jury_desk.store.workspace import Workspace
    from jury_desk.ui.shell.session_page import SessionPage

EXPORT_FOLDER_SETTING = "sheets/export_folder"


class SignFlow(QObject):
    """The window's « Signer et exporter la grille… », « Modifier (nouvelle version) » and
    « Exporter de nouveau… », over the window's open workspace."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.busy = False

    # ------------------------------------------------------------- signing

    @Slot()
    def sign_and_export(self) -> None:
        """Sign the selected candidate's sheet after confirmation, then save it as PDF.

        A sheet already signed is saved again as it was signed.
        """
        from jury_desk.ui.flows.sign_dialog import SignDialog

        page, workspace = self.host.page, self.host.workspace
        if self.busy or page is None or workspace is None:
            return
        candidate_id = page.current_candidate()
        if candidate_id is None:
            return
        page.grid.flush()  # the sheet must say what the juror last typed
        if not self._interview_ended(page, candidate_id):
            return
        try:
            grid = page.desk.grid(candidate_id)
            sheet = (
                None
                if grid.frozen
                else _sheet_data(workspace, candidate_id, self.host.context.clock)
            )
        except UserError as error:
            self.host.show_error(error, self.tr("La grille n’a pas été signée"))
            return
        if sheet is None:
            self.export_again(candidate_id)
            return
        if grid.problems:
            self._show_problems(grid, sheet.candidate.name)
            return
        dialog = SignDialog(sheet, self.host.widget())
        try:
            confirmed = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not confirmed:
            self.host.show_status(self.tr("Signature annulée : rien n’a été signé."))
            return
        self._sign(workspace, candidate_id)

    def _interview_ended(self, page: SessionPage, candidate_id: str) -> bool:
        """The interview is over, or ended now on request: the sheet carries its record."""
        from jury_desk.juror.interview.state import ClockStatus

        session = page.clock_strip.session
        state = session.state
        if session.candidate_id != candidate_id or state is None:
            return True
        if state.status not in (ClockStatus.RUNNING, ClockStatus.PAUSED):
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Entretien en cours"),
            self.tr("L’entretien n’est pas terminé : le terminer pour signer la grille ?"),
            QMessageBox.StandardButton.NoButton,
            self.host.widget(),
        )
        box.setObjectName("sign_interview_running")
        box.setInformativeText(
            self.tr(
                "La grille signée indiquera la durée de l’entretien et le temps par compétence."
            )
        )
        end = box.addButton(
            self.tr("&Terminer l’entretien et signer"), QMessageBox.ButtonRole.AcceptRole
        )
        end.setObjectName("sign_end_interview")
        cancel = box.addButton(self.tr("&Annuler"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("sign_keep_interview")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not end:
            self.host.show_status(self.tr("Signature annulée : l’entretien continue."))
            return False
        session.stop()
        return True

    def _sign(self, workspace: Workspace, candidate_id: str) -> None:
        from jury_desk.sheets.export import sign_sheet
        from jury_desk.signing.authority import issuing_authority
        from jury_desk.trust.identity import load_identity
        from jury_desk.ui.flows.sign_dialog import SigningNotice

        profile = self.host.context.profile
        clock = self.host.context.clock

        def work() -> SignedSheetFile:
            identity = load_identity(profile.secrets, identity_dir(profile.home))
            authority = issuing_authority(profile.home, workspace)
            return sign_sheet(workspace, candidate_id, identity, authority, clock)

        notice = SigningNotice(self.tr("Signature de la grille en cours…"), self.host.widget())

        def done(sheet: SignedSheetFile) -> None:
            self.busy = False
            notice.finish()
            self._signed(workspace, sheet)

        def failed(error: BaseException) -> None:
            self.busy = False
            notice.finish()
            self.host.clear_status()
            self.host.show_error(error, self.tr("La grille n’a pas été signée"))

        self.busy = True
        self.host.show_status(self.tr("Signature de la grille en cours…"))
        notice.open()  # before running: a synchronous runner finishes inside `run`
        self.host.context.runner.run(work, done, failed)

    def _signed(self, workspace: Workspace, sheet: SignedSheetFile) -> None:
        page = self.host.page
        if self.host.workspace is workspace and page is not None:
            if page.grid.candidate_id == sheet.candidate_id:
                focus = self.host.widget().focusWidget()
                in_grid = focus is not None and page.grid.isAncestorOf(focus)
                page.grid.show_candidate(sheet.candidate_id)  # read-only, with the banner
                if in_grid:  # the levels are disabled now: the focus moves to the banner's buttons
                    page.grid.export_again_button.setFocus(Qt.FocusReason.OtherFocusReason)
            page.update_statuses()
        # The signature cannot be undone: earlier steps would only fail on the signed sheet.
        self.host.undo_stack.clear()
        try:
            path = self._save(sheet)
        except UserError as error:
            self.host.show_status(
                self.tr("Grille signée (version {version}), non enregistrée.").format(
                    version=sheet.version
                )
            )
            self.host.show_error(error, self.tr("La grille signée n’a pas été enregistrée"))
            return
        if path is None:
            message = self.tr(
                "Grille signée (version {version}), non exportée : "
                "« Exporter de nouveau… » sur la grille l’enregistre."
            ).format(version=sheet.version)
        else:
            message = self.tr("Grille signée (version {version}) et enregistrée : {path}").format(
                version=sheet.version, path=path
            )
        self.host.show_status(message)

    def _show_problems(self, grid: GridState, name: str) -> None:
        from jury_desk.rules.sheet import SheetProblemKind

        titles = {row.code: row.title for row in grid.rows}

        def listed(kind: SheetProblemKind) -> str:
            return ", ".join(
                self.tr("{code} ({title})").format(code=code, title=titles.get(code, ""))
                for code in (p.competency_code for p in grid.problems if p.kind is kind)
                if code is not None
            )

        lines = [self.tr("La grille de {name} ne peut pas encore être signée.").format(name=name)]
        not_scored = listed(SheetProblemKind.NOT_SCORED)
        if not_scored:
            lines.append(self.tr("• Compétences non notées : {list}.").format(list=not_scored))
        needs_comment = listed(SheetProblemKind.COMMENT_REQUIRED)
        if needs_comment:
            lines.append(
                self.tr("• Commentaire obligatoire (niveau non acquis) pour : {list}.").format(
                    list=needs_comment
                )
            )
        if any(p.kind is SheetProblemKind.RECUSAL_WITHOUT_STATEMENT for p in grid.problems):
            lines.append(self.tr("• Vous vous récusez : précisez la nature du conflit d’intérêts."))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Grille incomplète"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.host.widget(),
        )
        box.setObjectName("sign_problems_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------ exporting

    @Slot(str)
    def export_again(self, candidate_id: str) -> None:
        """Save the latest signed PDF of the candidate again: the same bytes."""
        workspace = self.host.workspace
        if self.busy or workspace is None:
            return
        try:
            self._export_latest(workspace, candidate_id)
        except UserError as error:
            self.host.show_error(error, self.tr("La grille signée n’a pas été enregistrée"))

    def _export_latest(self, workspace: Workspace, candidate_id: str) -> None:
        from jury_desk.sheets.export import signed_sheets

        sheets = signed_sheets(workspace, candidate_id)
        if not sheets:
            raise UserError(self.tr("Aucune grille signée n’est gardée pour ce candidat."))
        sheet = sheets[-1]
        path = self._save(sheet)
        if path is not None:
            self.host.show_status(
                self.tr("Grille signée (version {version}) enregistrée : {path}").format(
                    version=sheet.version, path=path
                )
            )

    def _save(self, sheet: SignedSheetFile) -> Path | None:
        """Ask where, then write atomically; None if the juror chose no file."""
        from jury_desk.sheets.export import write_sheet
        from jury_desk.ui.widgets.save_folder import ask_pdf_path

        path = ask_pdf_path(
            self.host.widget(),
            self.tr("Enregistrer la grille signée"),
            self._export_folder() / sheet.file_name,
        )
        if path is None:
            return None
        try:
            written = write_sheet(sheet, path)
        except OSError as exc:
            raise UserError(
                self.tr(
                    "{path} n’a pas pu être écrit ({reason}). La grille signée reste gardée "
                    "dans la session : « Exporter de nouveau… » l’enregistre ailleurs."
                ).format(path=path, reason=exc.strerror or exc.__class__.__name__)
            ) from None
        self.host.context.settings.setValue(EXPORT_FOLDER_SETTING, str(written.parent))
        return written

    def _export_folder(self) -> Path:
        from jury_desk.ui.widgets.save_folder import remembered_folder

        return remembered_folder(self.host.context.settings, EXPORT_FOLDER_SETTING)

    # ---------------------------------------------------------- new version

    @Slot(str)
    def new_version(self, candidate_id: str) -> None:
        """After confirmation, open version n+1 of a signed sheet for editing."""
        from jury_desk.sheets.export import reopen_for_edit, signed_sheets

        page, workspace = self.host.page, self.host.workspace
        if self.busy or page is None or workspace is None:
            return
        try:
            sheets = signed_sheets(workspace, candidate_id)
        except UserError as error:
            self.host.show_error(error, self.tr("Aucune nouvelle version n’a été créée"))
            return
        if not self._confirm_new_version(sheets[-1].version if sheets else None):
            return
        try:
            version = reopen_for_edit(workspace, candidate_id, self.host.context.clock)
        except UserError as error:
            self.host.show_error(error, self.tr("Aucune nouvelle version n’a été créée"))
            return
        if page.grid.candidate_id == candidate_id:
            page.grid.show_candidate(candidate_id)
            page.grid.focus_competency(0)  # the banner's button that had the focus is gone
        page.update_statuses()
        self.host.show_status(
            self.tr(
                "Version {version} de la grille ouverte à la modification : signez-la pour "
                "qu’elle remplace la version {previous}."
            ).format(version=version, previous=version - 1)
        )

    def _confirm_new_version(self, signed_version: int | None) -> bool:
        if signed_version is None:
            text = self.tr(
                "La grille signée restera valable telle qu’elle a été signée. Une nouvelle "
                "version sera ouverte à la modification ; elle devra être signée à son tour."
            )
        else:
            text = self.tr(
                "La version {signed} signée reste valable et exportable. La version {next} sera "
                "ouverte à la modification ; elle devra être signée à son tour pour la remplacer."
            ).format(signed=signed_version, next=signed_version + 1)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Modifier la grille signée"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.host.widget(),
        )
        box.setObjectName("new_version_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        create = QPushButton(self.tr("&Créer la nouvelle version"), box)
        create.setObjectName("new_version_confirm_button")
        create.setAccessibleName(self.tr("Créer la nouvelle version"))
        cancel = QPushButton(self.tr("&Annuler"), box)
        cancel.setObjectName("new_version_cancel_button")
        cancel.setAccessibleName(self.tr("Annuler"))
        box.addButton(create, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        try:
            box.exec()
            return box.clickedButton() is create
        finally:
            box.deleteLater()


def _sheet_data(workspace: Workspace, candidate_id: str, clock: Clock) -> SheetData:
    """What signing now would put on the sheet (the signature time aside)."""
    from jury_desk.sheets.gather import sheet_data_from_workspace

    with workspace.reading() as session:
        return sheet_data_from_workspace(session, candidate_id, now=clock.now())
