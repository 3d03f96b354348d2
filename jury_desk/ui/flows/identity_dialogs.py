"""The juror's identity in the window: the assistant that creates it, the dialog that shows it.

Both show the comparison code large (what the juror reads to the organiser by
phone) with the full fingerprint below, and offer to save the enrolment
request. The assistant also takes an identity from a backup; the identity
dialog writes one. What each button does is IdentityFlow's (identity_flow.py);
these widgets only lay things out and say what is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jury_desk.ui.theme.palette import set_themed_style

_PROBLEM_STYLE = "QLabel#identity_problem {{ color: {error}; font-weight: bold; }}"


class FingerprintBlock(QWidget):
    """The comparison code, large, then the full fingerprint; both selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel(self)
        self.code.setObjectName("identity_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.code.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.code.setFont(big)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("identity_fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addWidget(self.fingerprint)

    def show_key(self, code: str, fingerprint: str) -> None:
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Code de comparaison : {code}").format(code=code))
        self.fingerprint.setText(
            self.tr("Empreinte complète : {fingerprint}").format(fingerprint=fingerprint)
        )


class IdentityAssistant(QDialog):
    """First: name and e-mail (or a backup); then the code and the enrolment request.

    Emits `create_requested(name, email)`, `restore_requested()` and
    `save_request_requested()`; the flow answers with `show_problem` or
    `show_created`.
    """

    create_requested = Signal(str, str)
    restore_requested = Signal()
    save_request_requested = Signal()
    # The organiser needs no juror identity: their desk opens instead.
    organiser_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_assistant")
        self.setWindowTitle(self.tr("Votre identité de juré·e"))
        self.setAccessibleName(self.tr("Créer votre identité de juré·e"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._created_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.name.setFocus()

    def _ask_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Pour signer vos grilles et ouvrir les paquets de session, jury-desk crée sur "
                "cet ordinateur deux clés qui n’appartiennent qu’à vous. L’organisateur les "
                "certifiera à partir de votre demande d’enrôlement."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(page)
        self.name.setObjectName("identity_name")
        self.name.setAccessibleName(self.tr("Prénom et nom"))
        self.email = QLineEdit(page)
        self.email.setObjectName("identity_email")
        self.email.setAccessibleName(self.tr("Adresse électronique"))
        form = QFormLayout()
        form.addRow(self.tr("&Prénom et nom :"), self.name)
        form.addRow(self.tr("Adresse &électronique :"), self.email)
        self.problem = QLabel(page)
        self.problem.setObjectName("identity_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        set_themed_style(self.problem, lambda colours: _PROBLEM_STYLE.format(error=colours.error))
        self.create_button = QPushButton(self.tr("&Créer mes clés"), page)
        self.create_button.setObjectName("create_identity")
        self.create_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("&Importer une sauvegarde…"), page)
        self.restore_button.setObjectName("restore_identity")
        self.restore_button.setToolTip(
            self.tr("Reprendre l’identité exportée depuis un autre ordinateur")
        )
        self.later_button = QPushButton(self.tr("Plus &tard"), page)
        self.later_button.setObjectName("identity_later")
        self.organiser_button = QPushButton(self.tr("Je suis l’&organisateur…"), page)
        self.organiser_button.setObjectName("identity_organiser")
        self.organiser_button.setToolTip(
            self.tr(
                "L’équipe de certification prépare les sessions dans l’espace organisateur ; "
                "elle n’a pas besoin d’identité de juré·e."
            )
        )
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.organiser_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._create)
        self.restore_button.clicked.connect(self.restore_requested)
        self.organiser_button.clicked.connect(self._organiser)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _organiser(self) -> None:
        self.organiser_requested.emit()
        self.reject()

    def _created_page(self) -> QWidget:
        page = QWidget(self)
        self.created_text = QLabel(page)
        self.created_text.setObjectName("identity_created")
        self.created_text.setWordWrap(True)
        self.key = FingerprintBlock(page)
        next_step = QLabel(
            self.tr(
                "Enregistrez votre demande d’enrôlement et envoyez-la à l’organisateur. "
                "Il vous appellera : lisez-lui alors ce code, qu’il compare au sien."
            ),
            page,
        )
        next_step.setWordWrap(True)
        self.save_request_button = QPushButton(
            self.tr("&Enregistrer ma demande d’enrôlement…"), page
        )
        self.save_request_button.setObjectName("save_enrolment_request")
        self.save_request_button.clicked.connect(self.save_request_requested)
        self.saved = QLabel(page)
        self.saved.setObjectName("request_saved")
        self.saved.setWordWrap(True)
        self.done_button = QPushButton(self.tr("&Terminer"), page)
        self.done_button.setObjectName("identity_done")
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.created_text)
        layout.addWidget(self.key)
        layout.addWidget(next_step)
        layout.addWidget(self.save_request_button)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    @Slot()
    def _create(self) -> None:
        self.create_requested.emit(self.name.text(), self.email.text())

    def show_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.show()

    def show_created(self, name: str, code: str, fingerprint: str) -> None:
        self.created_text.setText(
            self.tr("Vos clés sont créées, {name}. Votre code de comparaison :").format(name=name)
        )
        self.key.show_key(code, fingerprint)
        self.pages.setCurrentIndex(1)
        self.save_request_button.setDefault(True)
        self.save_request_button.setFocus()

    def show_saved(self, where: str) -> None:
        self.saved.setText(self.tr("Demande enregistrée : {file}").format(file=where))
        self.done_button.setDefault(True)


class IdentityDialog(QDialog):
    """Fichier › Mon identité… : who I am, my code, my request again, a backup to export."""

    save_request_requested = Signal()
    export_backup_requested = Signal()

    def __init__(
        self, name: str, email: str, code: str, fingerprint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(self.tr("Mon identité"))
        self.setAccessibleName(self.tr("Mon identité de juré·e"))
        who = QLabel(self.tr("{name} — {email}").format(name=name, email=email), self)
        who.setObjectName("identity_who")
        who.setWordWrap(True)
        self.key = FingerprintBlock(self)
        self.key.show_key(code, fingerprint)
        self.save_request_button = QPushButton(
            self.tr("&Enregistrer ma demande d’enrôlement…"), self
        )
        self.save_request_button.setObjectName("save_enrolment_request")
        self.save_request_button.clicked.connect(self.save_request_requested)
        self.export_button = QPushButton(self.tr("E&xporter une sauvegarde…"), self)
        self.export_button.setObjectName("export_identity_backup")
        self.export_button.setToolTip(
            self.tr("Vos deux clés dans un fichier protégé par une phrase de passe")
        )
        self.export_button.clicked.connect(self.export_backup_requested)
        self.status = QLabel(self)
        self.status.setObjectName("identity_status")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.key)
        layout.addWidget(self.save_request_button)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
