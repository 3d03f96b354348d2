"""The candidate's form: every field of a CandidateDraft, in two tabs (the identity the Caisse
des Dépôts will need, then contact and start-up), with the identity's problems said under
its fields as they are typed; and, when the registry keeps them, a third tab for the
social security number (candidate_nir.py), never shown once kept. Its own tab keeps
the number out of sight while the identity is checked, and leaves its buttons Alt+letters
the identity's fields already take.

Emits `edited` on every change the organiser makes (not when the form is filled).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.messages import Phrase
from jury_desk.registry.candidates import CandidateDraft
from jury_desk.registry.intake_import import identity_of
from jury_desk.rules.civil_identity import identity_problems
from jury_desk.ui.organiser.candidate_nir import CandidateNirField, NirChange
from jury_desk.ui.shell.error_text import error_text


class CandidateForm(QTabWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidate_form")
        self.setAccessibleName(self.tr("Fiche du candidat"))
        self.texts: dict[str, QLineEdit] = {}
        self._filling = False
        self.addTab(self._identity_tab(), self.tr("Identité (CDC)"))
        self.addTab(self._contact_tab(), self.tr("Contact et start-up"))
        self.nir_tab = self._nir_tab()  # inserted by `show_nir` when the registry keeps them
        self._show_problems()

    # ------------------------------------------------------------------ building

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._changed)
        self.texts[name] = edit
        return edit

    def _row(
        self, form: QFormLayout, label_text: str, field: QWidget, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(label_text, self)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def _identity_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("identity_tab")
        form = QFormLayout()
        self._row(
            form,
            self.tr("Nom de &naissance :"),
            self._line("birth_name", self.tr("Nom de naissance")),
        )
        self._row(form, self.tr("Nom d’&usage :"), self._line("usage_name", self.tr("Nom d’usage")))
        first = self._line("first_names", self.tr("Prénoms"))
        first.setProperty("hint", self.tr("Dans l’ordre de l’état civil, séparés par des virgules"))
        self._row(form, self.tr("P&rénoms :"), first)
        date = self._birth_date()
        self._row(form, self.tr("&Date de naissance :"), date, self.day)
        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        self.sex.setEditable(True)
        self.sex.addItems(["", "F", "M"])
        self.sex.setAccessibleName(self.tr("Sexe"))
        line = self.sex.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Sexe"))
        self.sex.setProperty(
            "hint", self.tr("F ou M, comme le schéma de la CDC ; sinon tel que saisi")
        )
        self.sex.currentTextChanged.connect(self._changed)
        self._row(form, self.tr("Se&xe :"), self.sex)
        self._row(
            form,
            self.tr("Code &INSEE de la commune de naissance :"),
            self._line("birth_insee_code", self.tr("Code INSEE de la commune de naissance")),
        )
        self._row(
            form,
            self.tr("Code p&ostal de naissance :"),
            self._line("birth_postal_code", self.tr("Code postal de naissance")),
        )
        self._row(
            form,
            self.tr("Co&mmune de naissance :"),
            self._line("birth_commune", self.tr("Commune de naissance")),
        )
        self._row(
            form,
            self.tr("Code pays de naissance (&3 chiffres) :"),
            self._line("birth_country_code", self.tr("Code pays de naissance")),
        )
        self._row(
            form,
            self.tr("Pa&ys de naissance (né à l’étranger) :"),
            self._line("birth_country", self.tr("Pays de naissance")),
        )
        self.problems = QLabel(self)
        self.problems.setObjectName("identity_problems")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        return tab

    def _birth_date(self) -> QWidget:
        """Day, month and year, each of which may be unknown (the CDC allows it for two)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = QComboBox(box)
        self.day.setObjectName("birth_day")
        self.day.addItem(self.tr("jour inconnu"), None)
        for number in range(1, 32):
            self.day.addItem(str(number), number)
        self.day.setAccessibleName(self.tr("Jour de naissance"))
        self.month = QComboBox(box)
        self.month.setObjectName("birth_month")
        self.month.addItem(self.tr("mois inconnu"), None)
        for number in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(number), number)
        self.month.setAccessibleName(self.tr("Mois de naissance"))
        self.year = QSpinBox(box)
        self.year.setObjectName("birth_year")
        self.year.setRange(0, 2999)
        self.year.setSpecialValueText(self.tr("année inconnue"))
        self.year.setAccessibleName(self.tr("Année de naissance"))
        self.day.currentIndexChanged.connect(self._changed)
        self.month.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        for widget in (self.day, self.month, self.year):
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _nir_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("nir_tab")
        self.nir = CandidateNirField(tab)
        self.nir.edited.connect(self.edited)
        why = QLabel(
            self.tr(
                "Transmis à la Caisse des Dépôts avec la déclaration des titulaires. Conservé "
                "chiffré pour l’autorité de l’organisateur, jamais affiché, effacé une fois "
                "la déclaration acceptée."
            ),
            tab,
        )
        why.setObjectName("nir_note")
        why.setWordWrap(True)
        form = QFormLayout()
        self._row(form, self.tr("Numéro de sécurité sociale (&NIR) :"), self.nir)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addStretch(1)
        tab.hide()
        return tab

    def _contact_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("contact_tab")
        form = QFormLayout(tab)
        self._row(form, self.tr("Courr&iel :"), self._line("email", self.tr("Courriel")))
        self._row(form, self.tr("Téléph&one :"), self._line("phone", self.tr("Téléphone")))
        self._row(
            form, self.tr("Sta&rt-up d’État :"), self._line("startup", self.tr("Start-up d’État"))
        )
        self._row(form, self.tr("I&ncubateur :"), self._line("incubator", self.tr("Incubateur")))
        phase = self._line("phase", self.tr("Phase de la start-up"))
        phase.setProperty("hint", self.tr("Seule la phase « accélération » est recevable"))
        self._row(form, self.tr("Phase de la start-&up :"), phase)
        self._row(
            form,
            self.tr("Rôle dans l’équipe :"),
            self._line("role", self.tr("Rôle dans l’équipe")),
        )
        self._row(
            form,
            self.tr("Lien vers le ser&vice :"),
            self._line("site_url", self.tr("Lien vers le service")),
        )
        self._row(
            form,
            self.tr("Lien vers la fiche pro&duit :"),
            self._line("product_sheet_url", self.tr("Lien vers la fiche produit")),
        )
        self._row(
            form,
            self.tr("Nu&méro de dossier (référence) :"),
            self._line("reference", self.tr("Numéro de dossier")),
        )
        return tab

    # ------------------------------------------------------------------ values

    def set_draft(self, draft: CandidateDraft | None) -> None:
        """Fill the form (None: empty, for a new candidate); `edited` is not emitted."""
        self._filling = True
        try:
            for name, edit in self.texts.items():
                edit.setText(getattr(draft, name) if draft is not None else "")
            self.sex.setCurrentText(draft.sex if draft is not None else "")
            self.year.setValue((draft.birth_year or 0) if draft is not None else 0)
            month = draft.birth_month if draft is not None else None
            day = draft.birth_day if draft is not None else None
            self.month.setCurrentIndex(max(self.month.findData(month), 0) if month else 0)
            self.day.setCurrentIndex(max(self.day.findData(day), 0) if day else 0)
        finally:
            self._filling = False
        self._show_problems()

    def show_nir(self, *, keep: bool, kept: bool) -> None:
        """The social security number's tab only if the registry keeps them (`keep`), after
        the identity's; `kept`: whether one is kept for this candidate. Anything typed is
        forgotten."""
        at = self.indexOf(self.nir_tab)
        if keep and at < 0:
            self.insertTab(1, self.nir_tab, self.tr("Sécurité sociale"))
        elif not keep and at >= 0:
            self.removeTab(at)
        self.nir.set_kept(kept)

    def nir_change(self) -> NirChange | None:
        """What saving does to the social security number; None: nothing."""
        return self.nir.change() if self.indexOf(self.nir_tab) >= 0 else None

    def draft(self) -> CandidateDraft:
        values = {name: edit.text().strip() for name, edit in self.texts.items()}
        return CandidateDraft(
            birth_year=self.year.value() or None,
            birth_month=self.month.currentData(),
            birth_day=self.day.currentData(),
            sex=self.sex.currentText().strip(),
            **values,
        )

    def _changed(self) -> None:
        self._show_problems()
        if not self._filling:
            self.edited.emit()

    def _show_problems(self) -> None:
        problems = identity_problems(identity_of(self.draft()))
        fields: dict[str, QWidget] = dict(self.texts)
        fields.update(
            sex=self.sex, birth_year=self.year, birth_month=self.month, birth_day=self.day
        )
        for widget in fields.values():
            widget.setToolTip(str(widget.property("hint") or ""))
        lines = []
        for problem in problems:
            text = error_text(Phrase(problem.template, **dict(problem.params)))
            lines.append(f"• {text}")
            beside = fields.get(problem.field)
            if beside is not None:
                beside.setToolTip(text)
        if lines:
            self.problems.setText(
                "\n".join([self.tr("Pour la déclaration à la Caisse des Dépôts :"), *lines])
            )
        else:
            self.problems.setText(self.tr("Identité complète pour la déclaration à la CDC."))
