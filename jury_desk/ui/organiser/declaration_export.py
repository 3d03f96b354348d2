"""« Écrire la déclaration… » on the Déclaration tab: where to save the file, then the core's
export off the GUI thread behind the busy notice (each passage is checked against the
kit's schema), and the two questions the core may ask first:

- a file written earlier was never marked deposited: was it uploaded to the CDC's portal?
  Yes: marked deposited, then the export goes on with what it did not hold; No: the new
  file replaces it (its holders written again); Cancel: nothing is written;
- some holders cannot be declared as they stand: each is listed with the reasons; the
  file is written without them (they stay to declare) or not at all.

Then a message says where the file is, how many holders it declares, against which
schema it was validated, and that it must now be deposited, then marked as deposited.
The core raises its questions as exceptions; the worker hands them back as results, so
that they are asked on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.declaration_lines import NextStep
from jury_desk.registry.declaration_settings import declaration_settings
from jury_desk.ui.organiser.declaration_questions import ask_leave_out, ask_unsent, written_text
from jury_desk.ui.organiser.state import OrganiserState

if TYPE_CHECKING:
    from jury_desk.registry.declaration_export import DeclarationWritten, UnsentFlowPending

DECLARATION_FOLDER_SETTING = "organiser/declaration_folder"
SUFFIX = ".xml"


def suggested_name(session_id: str, today: date) -> str:
    return f"declaration-cdc-{session_id}-{today:%Y-%m-%d}{SUFFIX}"


def write_declaration(
    parent: QWidget, state: OrganiserState, on_said: Callable[[str], None]
) -> None:
    """Ask where, then write the current session's declaration; `on_said` gets the words of
    the outcome (the file written, or a file marked deposited with nothing left to write)."""
    from jury_desk.rules.deadlines import SESSION_TIMEZONE
    from jury_desk.ui.organiser.authority_box import keys_ready
    from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder

    session_id = state.session_id
    title = QCoreApplication.translate("DeclarationExport", "Écrire la déclaration à la CDC")
    if not session_id:
        return
    try:
        settings = declaration_settings(state.registry)
        settings.emitter()  # ids missing or wrong: said before asking where to write
        if not settings.schema_path:
            settings.schema()  # says that the kit's schema is to be chosen first
    except UserError as error:
        state.show_error(parent, error, title)
        return
    stored = state.context.settings
    today = state.context.clock.now().astimezone(SESSION_TIMEZONE).date()
    folder = remembered_folder(stored, DECLARATION_FOLDER_SETTING)
    destination = ask_save_path(
        parent,
        title,
        folder / suggested_name(session_id, today),
        QCoreApplication.translate("DeclarationExport", "Déclarations à la CDC (*.xml)"),
        SUFFIX,
    )
    if destination is None:
        return
    stored.setValue(DECLARATION_FOLDER_SETTING, str(destination.parent))
    # The authority opens the kept social security numbers: its keys unlocked here.
    if settings.keep_nir and not keys_ready(state, parent, title):
        return
    _Export(parent, state, session_id, destination, settings.keep_nir, title, on_said).run()


class _Export:
    """One export and the answers given to the core's questions, until written or dropped."""

    def __init__(
        self,
        parent: QWidget,
        state: OrganiserState,
        session_id: str,
        destination: Path,
        keep_nir: bool,
        title: str,
        on_said: Callable[[str], None],
    ) -> None:
        self.parent, self.state, self.session_id = parent, state, session_id
        self.destination, self.keep_nir, self.title = destination, keep_nir, title
        self.on_said = on_said
        self.leave_out_listed = False
        self.replace_unsent = False

    def run(self) -> None:
        registry, session_id, destination = self.state.registry, self.session_id, self.destination
        profile, keep_nir = self.state.context.profile, self.keep_nir
        leave_out, replace = self.leave_out_listed, self.replace_unsent

        def work() -> object:
            from jury_desk.registry.declaration_export import (
                HoldersLeftOut,
                UnsentFlowPending,
                export_declaration,
            )
            from jury_desk.trust.authority import load_authority

            authority = (
                load_authority(profile.secrets, organiser_dir(profile.home)) if keep_nir else None
            )
            try:
                return export_declaration(
                    registry,
                    session_id,
                    destination,
                    authority,
                    leave_out_listed=leave_out,
                    replace_unsent=replace,
                )
            except (HoldersLeftOut, UnsentFlowPending) as question:
                return question  # asked on the GUI thread

        self.state.run_slow(
            self.parent,
            self.title,
            QCoreApplication.translate(
                "DeclarationExport",
                "Écriture de la déclaration et vérification contre le schéma de la CDC…",
            ),
            work,
            self._answered,
        )

    def _answered(self, result: object) -> None:
        from jury_desk.registry.declaration_export import (
            DeclarationWritten,
            HoldersLeftOut,
            UnsentFlowPending,
        )

        if isinstance(result, UnsentFlowPending):
            self._ask_unsent(result)
        elif isinstance(result, HoldersLeftOut):
            if ask_leave_out(self.parent, result, self.title):
                self.leave_out_listed = True
                self.run()
        elif isinstance(result, DeclarationWritten):
            self._written(result)

    # ------------------------------------------------------------ a file never marked sent

    def _ask_unsent(self, pending: UnsentFlowPending) -> None:
        from jury_desk.registry.declaration_tracking import mark_sent

        flow_id, file_name = str(pending.params["flow"]), str(pending.params["file"])
        answer = ask_unsent(self.parent, file_name, self.title)
        if answer == QMessageBox.StandardButton.No:
            self.replace_unsent = True
            self.run()
            return
        if answer != QMessageBox.StandardButton.Yes:
            return
        registry = self.state.registry
        if self.state.write(self.parent, self.title, lambda: mark_sent(registry, flow_id)) is None:
            return
        if self._something_to_declare():
            self.run()
            return
        self.on_said(
            QCoreApplication.translate(
                "DeclarationExport",
                "« {file} » est marqué comme déposé. Plus rien n’est à déclarer pour cette "
                "session : le rapport de traitement de la CDC dira ce qu’elle a accepté.",
            ).format(file=file_name)
        )

    def _something_to_declare(self) -> bool:
        from jury_desk.ui.organiser.declaration_models import lines_to_declare

        lines = lines_to_declare(self.state.registry, self.session_id)
        return any(line.step is NextStep.DECLARE for line in lines)

    # ------------------------------------------------------------ written

    def _written(self, written: DeclarationWritten) -> None:
        text = written_text(written)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.title,
            text,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setObjectName("declaration_written")
        box.open()
        self.on_said(text)
