"""« Chiffres pour le renouvellement… »: the figures France compétences asks for when the
registration is renewed, for the current session or a year among the sessions'.

A table of the counts, the outcomes as a bar chart (read out in words), the pass rate with
its base stated, the levels per competency, where the candidates not certified fail, the
jurors' agreement pooled over the juries (the juries' weighted kappas as a range, lowest to
highest; « non enregistré » for results received before the registry kept it), the median
delays from the interview to the decision and from the decision to the letter and to the
declaration to the Caisse des Dépôts; exported as a CSV for French spreadsheets
or as the PDF report with its charts, written atomically off the GUI thread. The window
names the file written, never its folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.file_names import ascii_words
from jury_desk.models.enums import Outcome
from jury_desk.registry.figures import Figures, session_figures, year_figures
from jury_desk.registry.figures_csv import figures_csv
from jury_desk.registry.figures_report import competency_titles, level_name
from jury_desk.registry.sessions import list_sessions
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.ui.organiser.figures_chart import OutcomesChart
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.widgets.read_only_table import read_only_table
from jury_desk.ui.widgets.save_folder import ask_save_path, remembered_folder
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

FIGURES_FOLDER_SETTING = "organiser/figures_folder"


class CountsModel(TextRowsModel):
    """Columns: step (applications, eligible…), number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Étape"), self.tr("Nombre"))
        self._rows: list[tuple[str, int]] = []

    def load(self, figures: Figures | None, chart: OutcomesChart) -> None:
        self.beginResetModel()
        self._rows = []
        if figures is not None:
            self._rows = [
                (self.tr("Candidatures"), figures.applications),
                (self.tr("Recevables"), figures.eligible),
                (self.tr("Retenues pour l’entretien"), figures.shortlisted),
                (self.tr("Entendus et décidés (certifiés ou non)"), figures.heard),
                *(
                    (chart.outcome_name(outcome), figures.outcomes[outcome])
                    for outcome in (
                        Outcome.CERTIFIED,
                        Outcome.NOT_CERTIFIED,
                        Outcome.ABSENT,
                        Outcome.POSTPONED,
                    )
                ),
            ]
        self.endResetModel()

    def text(self, row: tuple[str, int], column: int, *, full: bool) -> str | None:
        if column == 0:
            return row[0]
        return f"{row[0]} : {row[1]}" if full else str(row[1])


class LevelsModel(TextRowsModel):
    """Columns: competency, then how many heard candidates were given each level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Compétence"),)
        self._ranks: list[int] = []
        self._rows: list[tuple[str, dict[int, int]]] = []

    def load(self, figures: Figures | None) -> None:
        self.beginResetModel()
        levels = figures.levels if figures is not None else {}
        self._ranks = sorted({rank for counter in levels.values() for rank in counter})
        self._headers = (self.tr("Compétence"), *(level_name(rank) for rank in self._ranks))
        self._rows = [
            (f"{code} · {competency_titles().get(code, code)}", dict(counter))
            for code, counter in levels.items()
        ]
        self.endResetModel()

    def text(self, row: tuple[str, dict[int, int]], column: int, *, full: bool) -> str | None:
        if column == 0:
            return row[0]
        rank = self._ranks[column - 1]
        count = row[1].get(rank, 0)
        return f"{row[0]}, {level_name(rank)} : {count}" if full else str(count)


class FiguresDialog(QDialog):
    def __init__(self, state: OrganiserState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.figures: Figures | None = None
        self.setObjectName("figures_dialog")
        self.setWindowTitle(self.tr("Chiffres pour le renouvellement"))
        self.setAccessibleName(self.tr("Chiffres pour le renouvellement"))
        self._build()
        self._fill_periods()
        self.resize(860, 720)

    # ------------------------------------------------------------------ building

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        self.period = QComboBox(self)
        self.period.setObjectName("figures_period")
        self.period.setAccessibleName(self.tr("Période"))
        self.period.currentIndexChanged.connect(self.show_period)
        self.counts_model = CountsModel(self)
        self.counts_table = self._table("figures_table", self.tr("Chiffres"), self.counts_model)
        self.chart = OutcomesChart(self)
        self.levels_model = LevelsModel(self)
        self.levels_table = self._table(
            "levels_table", self.tr("Niveaux par compétence"), self.levels_model
        )
        self.pass_rate = self._line("pass_rate")
        self.failing = self._line("failing")
        self.delay = self._line("median_delay")
        self.after_decision = self._line("delays_after_decision")
        self.agreement = self._line("jurors_agreement")
        self.note = self._line("figures_note")
        self.csv_button = self._button(
            self.tr("E&xporter en CSV…"), "export_csv", self.tr("Exporter en CSV")
        )
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = self._button(
            self.tr("Exporter le &rapport PDF…"), "export_pdf", self.tr("Exporter le rapport PDF")
        )
        self.pdf_button.clicked.connect(self.export_pdf)
        self.close_button = self._button(self.tr("Fer&mer"), "close", self.tr("Fermer"))
        self.close_button.clicked.connect(self.reject)
        self._lay_out()

    def _table(self, name: str, accessible: str, model: TextRowsModel) -> QTableView:
        return read_only_table(self, name, accessible, model)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._label(self.tr("Pério&de :"), self.period))
        top.addWidget(self.period, 1)
        grid = QGridLayout()
        grid.addWidget(self._label(self.tr("&Tableau des chiffres :"), self.counts_table), 0, 0)
        grid.addWidget(self._label(self.tr("&Graphique des décisions :"), self.chart), 0, 1)
        grid.addWidget(self.counts_table, 1, 0)
        grid.addWidget(self.chart, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 3)
        layout.addWidget(self.pass_rate)
        layout.addWidget(self.delay)
        layout.addWidget(self.after_decision)
        layout.addWidget(self.agreement)
        layout.addWidget(self._label(self.tr("&Niveaux par compétence :"), self.levels_table))
        layout.addWidget(self.levels_table, 2)
        layout.addWidget(self.failing)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ the period

    def _fill_periods(self) -> None:
        sessions = list_sessions(self.state.registry)
        current = next((s for s in sessions if s.id == self.state.session_id), None)
        self.period.blockSignals(True)
        if current is not None:
            self.period.addItem(
                self.tr("Session en cours : %1").replace("%1", current.title),
                f"session:{current.id}",
            )
        for year in sorted({s.starts_on.year for s in sessions}, reverse=True):
            self.period.addItem(self.tr("Année %1").replace("%1", str(year)), f"year:{year}")
        self.period.blockSignals(False)
        self.show_period()

    @Slot()
    def show_period(self) -> None:
        chosen = str(self.period.currentData() or "")
        kind, _colon, key = chosen.partition(":")
        registry = self.state.registry
        if kind == "session":
            self.figures = session_figures(registry, key)
        elif kind == "year":
            self.figures = year_figures(registry, int(key))
        else:
            self.figures = None
        self._show(self.figures)

    def _show(self, figures: Figures | None) -> None:
        self.counts_model.load(figures, self.chart)
        self.levels_model.load(figures)
        self.chart.set_figures(figures)
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(figures is not None)
        if figures is None:
            self._say(
                self.pass_rate, self.tr("Aucune session : créez-en une dans l’onglet Session.")
            )
            for label in (self.delay, self.after_decision, self.agreement, self.failing):
                self._say(label, "")
            return
        self._say(self.pass_rate, self.pass_rate_text(figures))
        self._say(self.delay, self._delay_text(figures))
        self._say(self.after_decision, self._after_decision_text(figures))
        self._say(self.agreement, self._agreement_text(figures))
        self._say(self.failing, self._failing_text(figures))

    def pass_rate_text(self, figures: Figures) -> str:
        rate = figures.pass_rate
        if rate is None:
            return self.tr("Taux de réussite : sans objet, aucun candidat entendu et décidé.")
        percent = QLocale().toString(rate * 100, "f", 1)
        if figures.heard == 1:
            return self.tr(
                "Taux de réussite : {rate} % du seul candidat entendu et décidé."
            ).format(rate=percent)
        return self.tr(
            "Taux de réussite : {rate} % des {n} candidats entendus et décidés "
            "(les absents et les ajournés ne sont pas dans la base)."
        ).format(rate=percent, n=figures.heard)

    def _delay_text(self, figures: Figures) -> str:
        median = figures.median_days_to_decision
        if median is None:
            return self.tr("Délai de l’entretien à la décision : aucune décision après entretien.")
        return self.tr(
            "Délai médian de l’entretien à la décision : {days} jour(s), sur {n} décision(s)."
        ).format(days=QLocale().toString(float(median), "g", 4), n=len(figures.days_to_decision))

    def _after_decision_text(self, figures: Figures) -> str:
        locale = QLocale()
        letter = figures.median_days_to_letter
        declared = figures.median_days_to_declaration
        letter_text = (
            self.tr("lettre : aucune lettre émise")
            if letter is None
            else self.tr("lettre : {days} jour(s), sur {n} décision(s)").format(
                days=locale.toString(float(letter), "g", 4), n=len(figures.days_to_letter)
            )
        )
        declared_text = (
            self.tr("déclaration à la Caisse des Dépôts : aucune déclaration acceptée")
            if declared is None
            else self.tr(
                "déclaration à la Caisse des Dépôts (envoi du fichier accepté) : {days} jour(s), "
                "sur {n} titulaire(s)"
            ).format(
                days=locale.toString(float(declared), "g", 4), n=len(figures.days_to_declaration)
            )
        )
        return self.tr("Délais médians depuis la décision — {letter} ; {declared}.").format(
            letter=letter_text, declared=declared_text
        )

    def _agreement_text(self, figures: Figures) -> str:
        agreement, locale = figures.agreement, QLocale()
        missing = agreement.not_recorded
        if not agreement.juries:
            if not missing:
                return self.tr("Accord des jurés : aucun résultat reçu.")
            return self.tr(
                "Accord des jurés : non enregistré ({n} jury(s) dont les résultats ont été "
                "reçus avant que le registre garde l’accord)."
            ).format(n=missing)
        rate = agreement.rate
        if rate is None:
            text = self.tr("Accord des jurés : aucun candidat noté par les deux jurés.")
        else:
            text = self.tr(
                "Accord des jurés : {rate} % des {pairs} paires de niveaux données par les deux "
                "jurés, sur {juries} jury(s) ({agreed} paires identiques)."
            ).format(
                rate=locale.toString(rate * 100, "f", 1),
                pairs=agreement.pairs,
                juries=agreement.juries,
                agreed=agreement.agreed,
            )
        kappas = agreement.kappas
        if len(kappas) == 1:
            text += " " + self.tr("Kappa pondéré du jury : {kappa}.").format(
                kappa=locale.toString(kappas[0], "f", 2)
            )
        elif kappas:
            text += " " + self.tr(
                "Kappa pondéré des jurys : de {low} à {high} (le plus bas et le plus haut)."
            ).format(
                low=locale.toString(min(kappas), "f", 2), high=locale.toString(max(kappas), "f", 2)
            )
        if missing:
            text += " " + self.tr(
                "Non enregistré pour {n} jury(s) : résultats reçus avant que le registre garde "
                "l’accord."
            ).format(n=missing)
        return text

    def _failing_text(self, figures: Figures) -> str:
        if not figures.failing:
            return self.tr("Où les candidats échouent : aucun candidat non certifié.")
        parts = [
            self.tr("{code} ({n})").format(code=code, n=count)
            for code, count in sorted(figures.failing.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        return self.tr(
            "Où les candidats non certifiés échouent (compétences non validées) : {codes}."
        ).format(codes=", ".join(parts))

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)

    # ------------------------------------------------------------------ exports

    def _suggested(self, figures: Figures, suffix: str) -> Path:
        folder = remembered_folder(self.state.context.settings, FIGURES_FOLDER_SETTING)
        return folder / f"chiffres-{ascii_words(figures.label) or 'periode'}{suffix}"

    @Slot()
    def export_csv(self) -> None:
        figures = self.figures
        if figures is None:
            return
        title = self.tr("Exporter les chiffres en CSV")
        path = ask_save_path(
            self,
            title,
            self._suggested(figures, ".csv"),
            self.tr("Fichiers CSV (*.csv)"),
            ".csv",
        )
        if path is not None:
            self._write(title, path, lambda: figures_csv([figures]))

    @Slot()
    def export_pdf(self) -> None:
        figures = self.figures
        if figures is None:
            return
        title = self.tr("Exporter le rapport PDF")
        path = ask_save_path(
            self,
            title,
            self._suggested(figures, ".pdf"),
            self.tr("Documents PDF (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        from jury_desk.registry.figures_report import render_figures_report

        today = self.state.context.clock.now().astimezone(SESSION_TIMEZONE).date()
        self._write(title, path, lambda: render_figures_report([figures], today))

    def _write(self, title: str, path: Path, make: Callable[[], bytes]) -> None:
        self.state.context.settings.setValue(FIGURES_FOLDER_SETTING, str(path.parent))

        def work() -> None:
            write_atomically(path, make(), mode=0o644)

        def done(_result: object) -> None:
            self._say(self.note, self.tr("Enregistré dans « %1 ».").replace("%1", path.name))

        self.state.run_slow(
            self, title, self.tr("Écriture de « %1 »…").replace("%1", path.name), work, done
        )
