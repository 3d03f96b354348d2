"""The questions and messages of « Écrire la déclaration… » (declaration_export.py): the
holders the schema cannot take, listed with their reasons (the core's, in the window's
language); whether a file never marked deposited was uploaded; and, once written, where
the file is and what comes next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.ui.shell.error_text import error_text

if TYPE_CHECKING:
    from jury_desk.registry.declaration_export import DeclarationWritten, HoldersLeftOut


def written_text(written: DeclarationWritten) -> str:
    version = written.schema_version or QCoreApplication.translate(
        "DeclarationExport", "non indiquée"
    )
    lines = [
        QCoreApplication.translate(
            "DeclarationExport",
            "La déclaration est écrite : « {file} », dans le dossier « {folder} ».",
        ).format(file=written.path.name, folder=written.path.parent.name),
        QCoreApplication.translate(
            "DeclarationExport",
            "Elle déclare {n} titulaire(s) et a été validée contre le schéma {schema} "
            "(version {version}).",
        ).format(n=len(written.holders), schema=written.schema_name, version=version),
    ]
    if written.left_out:
        lines.append(
            QCoreApplication.translate(
                "DeclarationExport", "Laissé(s) de côté, toujours à déclarer : {names}."
            ).format(names=", ".join(name for name, _why in written.left_out))
        )
    lines.append(
        QCoreApplication.translate(
            "DeclarationExport",
            "Déposez maintenant ce fichier sur le portail de la CDC, puis choisissez-le dans "
            "la liste des fichiers et cliquez « Marquer comme déposé ».",
        )
    )
    return "\n".join(lines)


def left_out_text(left_out: HoldersLeftOut) -> str:
    """Each holder the schema cannot take, with the reasons in the window's language."""
    lines = [
        QCoreApplication.translate(
            "DeclarationExport", "Ces titulaires ne peuvent pas être déclarés tels quels :"
        )
    ]
    for name, why in left_out.excluded:
        reasons = " ".join(error_text(problem) for problem in why.problems)
        lines.append(
            QCoreApplication.translate("DeclarationExport", "– {name} : {reasons}").format(
                name=name, reasons=reasons
            )
        )
    lines += [
        "",
        QCoreApplication.translate(
            "DeclarationExport",
            "Corrigez leur fiche dans l’onglet Candidats puis écrivez de nouveau la "
            "déclaration, ou écrivez-la sans eux : ils resteront à déclarer.",
        ),
    ]
    return "\n".join(lines)


def ask_leave_out(parent: QWidget, left_out: HoldersLeftOut, title: str) -> bool:
    """True when the organiser chooses to write the file without the holders listed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        left_out_text(left_out),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("declaration_left_out")
    write = box.addButton(
        QCoreApplication.translate("DeclarationExport", "Écrire &sans eux"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    write.setObjectName("write_without_them")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel_declaration")
    box.setDefaultButton(write)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is write


def ask_unsent(parent: QWidget, file_name: str, title: str) -> QMessageBox.StandardButton:
    """Yes: the earlier file was uploaded; No: it was not (the new one replaces it)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        QCoreApplication.translate(
            "DeclarationExport",
            "Le fichier « {file} », écrit plus tôt, n’a jamais été marqué comme déposé.\n\n"
            "Ce fichier a-t-il été déposé sur le portail de la CDC ?\n\n"
            "Oui : il est marqué comme déposé, et la nouvelle déclaration ne reprend pas ses "
            "titulaires. Non : la nouvelle déclaration le remplace et reprend ses titulaires ; "
            "ne déposez plus l’ancien fichier.",
        ).format(file=file_name),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("declaration_unsent")
    for button, name in (
        (QMessageBox.StandardButton.Yes, "unsent_was_deposited"),
        (QMessageBox.StandardButton.No, "unsent_was_not_deposited"),
        (QMessageBox.StandardButton.Cancel, "unsent_cancel"),
    ):
        found = box.button(button)
        if found is not None:
            found.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())
