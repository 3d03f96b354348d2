"""Who signs the certifier's letters and certificates: said in words for the letters' box,
and the dialog that designates that person (name and e-mail address; their key is then
made and certified by the organiser's authority, off the GUI thread, by the box), or that
names a new one in place of the current signer, with the reason the registry journals."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.errors import UserError
from jury_desk.ui.organiser.authority_box import in_words
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.button_mnemonics import name_standard_buttons


def signer_exists(folder: Path) -> bool:
    from jury_desk.trust.signer import SIGNER_FILE

    return (folder / SIGNER_FILE).exists()


def signer_words(folder: Path) -> str:
    """The signer saved in `folder` (name, e-mail, certificate's end), or that there is none."""
    from jury_desk.trust.signer import load_signer_certificate

    if not signer_exists(folder):
        return QCoreApplication.translate(
            "LettersBox",
            "Aucun signataire n’est désigné : les lettres et les parchemins sont signés par "
            "une personne qui signe pour le certificateur, certifiée par l’autorité de "
            "l’organisateur. Désignez-la avant d’émettre les lettres.",
        )
    try:
        certificate = load_signer_certificate(folder)
    except UserError as error:
        return error_text(error)
    return QCoreApplication.translate(
        "LettersBox",
        "Signataire : {name} <{email}>, certificat valable jusqu’au {date}.",
    ).format(
        name=_subject(certificate, NameOID.COMMON_NAME),
        email=_subject(certificate, NameOID.EMAIL_ADDRESS),
        date=in_words(certificate.not_valid_after_utc.date()),
    )


def _subject(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


class SignerDialog(QDialog):
    """The name and e-mail address of the person who will sign for the certifier; when
    `replacing`, also why the current signer is replaced."""

    def __init__(self, parent: QWidget | None = None, *, replacing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("signer_dialog")
        title = (
            self.tr("Remplacer le signataire") if replacing else self.tr("Désigner le signataire")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explanation = QLabel(
            self.tr(
                "La personne qui signe les lettres de décision et les parchemins pour le "
                "certificateur reçoit sa propre clé, certifiée par l’autorité de "
                "l’organisateur pour trois ans au plus. Sa clé privée reste sur cet ordinateur."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("signer_name")
        self.name.setAccessibleName(self.tr("Nom du signataire"))
        self.email = QLineEdit(self)
        self.email.setObjectName("signer_email")
        self.email.setAccessibleName(self.tr("Courriel du signataire"))
        name_label = QLabel(self.tr("&Nom et prénom :"), self)
        name_label.setBuddy(self.name)
        email_label = QLabel(self.tr("&Courriel :"), self)
        email_label.setBuddy(self.email)
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(email_label, self.email)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("signer_reason")
        self.reason.setAccessibleName(self.tr("Motif du remplacement"))
        if replacing:
            self.reason.setPlaceholderText(self.tr("par exemple : départ, certificat bientôt échu"))
            reason_label = QLabel(self.tr("&Motif du remplacement :"), self)
            reason_label.setBuddy(self.reason)
            form.addRow(reason_label, self.reason)
        else:
            self.reason.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()
