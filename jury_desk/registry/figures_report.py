"""The renewal figures as a PDF/A report in French, with its charts.

For each period (a session, or every session of a year): the counts from the applications
to the decisions, the pass rate with its base said in words (those heard and decided: the
absent and the postponed are not in it), a bar chart of the outcomes, a chart of the
levels given per competency, where the candidates not certified fail, the jurors'
agreement (pooled over the juries, with its base; the juries' weighted kappas as a range),
and the delays from the interview to the decision and from the decision to its
declaration to the Caisse des Dépôts. The charts are vector drawings in the page (reportlab's
graphics), every number they show also written in the text. The figures travel attached
as `chiffres-renouvellement.json`, like the data of the project's other documents. The
report is not signed: it counts, it decides nothing. The same figures give the same bytes.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Spacer

from jury_desk.kernel.clock import SESSION_TIMEZONE
from jury_desk.models.enums import Outcome
from jury_desk.pdf.document import render_document
from jury_desk.pdf.flow import para, ruled_table
from jury_desk.pdf.fonts import register_reportlab_fonts
from jury_desk.pdf.header import institutional_header
from jury_desk.pdf.page import BLUE, GREY, INK, RULE, TEXT_WIDTH, PageTexts
from jury_desk.pdf.wording import NARROW_NBSP, drawable, french, long_date
from jury_desk.registry.convene import CERTIFIER
from jury_desk.registry.figures import Figures
from jury_desk.rules.rs6247 import RS6247_CODE, RS6247_TITLE, rs6247_referential

TITLE = "Chiffres pour le renouvellement de l'enregistrement"
ATTACHMENT_NAME = "chiffres-renouvellement.json"

# The outcomes in the order the chart and the table show them, with their French names.
OUTCOME_NAMES = (
    (Outcome.CERTIFIED, "Certifiés"),
    (Outcome.NOT_CERTIFIED, "Non certifiés"),
    (Outcome.ABSENT, "Absents"),
    (Outcome.POSTPONED, "Ajournés"),
)
_OUTCOME_COLOURS = (
    colors.HexColor("#000091"),
    colors.HexColor("#CE0500"),
    colors.HexColor("#929292"),
    colors.HexColor("#B34000"),
)
# From the lowest level to the highest; a rank beyond them takes the last colour.
_LEVEL_COLOURS = (
    colors.HexColor("#CE0500"),
    colors.HexColor("#FC5D00"),
    colors.HexColor("#6A6AF4"),
    colors.HexColor("#000091"),
)
_CHART_HEIGHT = 62 * mm
_LABEL_WIDTH = 110 * mm


@dataclass(frozen=True)
class _Session:
    """The names `render_document` prints in the PDF's metadata."""

    title: str
    certification_title: str
    rs_code: str


def render_figures_report(periods: Sequence[Figures], issued_on: date) -> bytes:
    """The report of `periods` (at least one), dated `issued_on`: PDF/A-3b, unsigned."""
    if not periods:
        raise ValueError("a figures report needs at least one period")
    labels = ", ".join(figures.label for figures in periods)
    return render_document(
        title=f"{TITLE} — {labels}",
        author=CERTIFIER,
        session=_Session(labels, RS6247_TITLE, RS6247_CODE),
        # Dated by its day: midnight in Paris keeps the bytes the same all day.
        created=datetime.combine(issued_on, time(0), tzinfo=SESSION_TIMEZONE),
        story=lambda: _story(periods, issued_on),
        page_texts=PageTexts(
            running_header=drawable(french(f"{TITLE} — {labels}")),
            sheet_line=drawable(french(f"Certification {RS6247_CODE} · {labels}")),
            digest_line=drawable(
                f"Édité le {long_date(issued_on)} par jury-desk · document non signé"
            ),
            signature_slots=(),
        ),
        attachment_name=ATTACHMENT_NAME,
        data=figures_json(periods),
        data_description=f"Chiffres de la certification {RS6247_CODE} : {labels}",
    )


def figures_json(periods: Sequence[Figures]) -> bytes:
    """The figures as the report carries them: one object per period, keys sorted."""
    return json.dumps(
        {
            "certification": RS6247_CODE,
            "periods": [
                {
                    "label": figures.label,
                    "applications": figures.applications,
                    "eligible": figures.eligible,
                    "shortlisted": figures.shortlisted,
                    "outcomes": {o.value: figures.outcomes[o] for o, _name in OUTCOME_NAMES},
                    "heard_and_decided": figures.heard,
                    "pass_rate": figures.pass_rate,
                    "levels": {
                        code: {str(rank): n for rank, n in sorted(counter.items())}
                        for code, counter in figures.levels.items()
                    },
                    "failing": dict(sorted(figures.failing.items())),
                    "days_to_decision": list(figures.days_to_decision),
                    "median_days_to_decision": figures.median_days_to_decision,
                    "days_to_letter": list(figures.days_to_letter),
                    "days_to_declaration": list(figures.days_to_declaration),
                    "median_days_to_declaration": figures.median_days_to_declaration,
                    "jurors_agreement": _agreement_json(figures),
                }
                for figures in periods
            ],
        },
        ensure_ascii=False,
        indent=2,
        sort_keys=True,
    ).encode("utf-8")


def _agreement_json(figures: Figures) -> dict[str, Any]:
    agreement = figures.agreement
    kappas = agreement.kappa_range
    return {
        "juries": agreement.juries,
        "juries_not_recorded": agreement.not_recorded,
        "pairs": agreement.pairs if agreement.juries else None,
        "agreed_pairs": agreement.agreed if agreement.juries else None,
        "agreement_rate": agreement.rate,
        "weighted_kappa_min": kappas[0] if kappas else None,
        "weighted_kappa_max": kappas[1] if kappas else None,
    }


# ---------------------------------------------------------------- wording, shared with tests


def percent(rate: float) -> str:
    """« 50,0 % » (a narrow no-break space before the sign, as French typography has it)."""
    return f"{rate * 100:.1f}".replace(".", ",") + NARROW_NBSP + "%"


def pass_rate_sentence(figures: Figures) -> str:
    """The pass rate with its base said: « 50,0 % des 2 candidats entendus et décidés »."""
    rate, heard = figures.pass_rate, figures.heard
    if rate is None:
        return "Taux de réussite : sans objet, aucun candidat n'a encore été entendu et décidé."
    base = (
        "du seul candidat entendu et décidé"
        if heard == 1
        else f"des {heard} candidats entendus et décidés"
    )
    return (
        f"Taux de réussite : {percent(rate)} {base} "
        "(les absents et les ajournés ne sont pas comptés dans la base)."
    )


def delay_sentence(figures: Figures) -> str:
    median = figures.median_days_to_decision
    if median is None:
        return "Délai de l'entretien à la décision : aucune décision après entretien."
    count = len(figures.days_to_decision)
    days = f"{median:g}".replace(".", ",")
    return (
        f"Délai médian de l'entretien à la décision : {days} jour{'s' if median >= 2 else ''} "
        f"(sur {count} décision{'s' if count > 1 else ''} ; de {figures.days_to_decision[0]} à "
        f"{figures.days_to_decision[-1]} jours)."
    )


def declaration_delay_sentence(figures: Figures) -> str:
    median = figures.median_days_to_declaration
    if median is None:
        return (
            "Délai de la décision à la déclaration à la Caisse des Dépôts : aucun titulaire "
            "dont la déclaration a été acceptée."
        )
    delays = figures.days_to_declaration
    count = len(delays)
    days = f"{median:g}".replace(".", ",")
    return (
        f"Délai médian de la décision à la déclaration à la Caisse des Dépôts : {days} "
        f"jour{'s' if median >= 2 else ''} (date d'envoi du fichier, sur {count} "
        f"déclaration{'s' if count > 1 else ''} acceptée{'s' if count > 1 else ''} ; "
        f"de {delays[0]} à {delays[-1]} jours)."
    )


def agreement_sentence(figures: Figures) -> str:
    """The jurors' agreement with its base; a jury whose results came before the registry
    kept statistics is said « non enregistré », never counted as a 0."""
    agreement = figures.agreement
    missing = agreement.not_recorded
    juries_missing = "1 jury" if missing == 1 else f"{missing} jurys"
    unrecorded = (
        f" Non enregistré pour {juries_missing} (résultats reçus avant que le registre "
        "garde l'accord)."
        if missing
        else ""
    )
    if not agreement.juries:
        if missing:
            return (
                f"Accord des jurés : non enregistré ({juries_missing}, résultats reçus avant "
                "que le registre garde l'accord)."
            )
        return "Accord des jurés : aucun résultat reçu."
    rate = agreement.rate
    if rate is None:
        return "Accord des jurés : aucun candidat noté par les deux jurés." + unrecorded
    juries = "du seul jury" if agreement.juries == 1 else f"des {agreement.juries} jurys"
    text = (
        f"Accord des jurés : {percent(rate)} des {agreement.pairs} paires de niveaux "
        f"données par les deux jurés {juries} ({agreement.agreed} paires identiques)."
    )
    kappas = agreement.kappa_range
    if kappas is not None:
        low, high = (f"{k:.2f}".replace(".", ",") for k in kappas)
        text += (
            f" Kappa pondéré (linéaire) des jurys : de {low} à {high}, du plus bas au plus haut."
            if low != high
            else f" Kappa pondéré (linéaire) : {low}."
        )
    return text + unrecorded


@functools.cache
def level_names() -> dict[int, str]:
    return {level.rank: level.label for level in rs6247_referential().levels}


@functools.cache
def competency_titles() -> dict[str, str]:
    return {c.code: c.title for c in rs6247_referential().competencies}


def level_name(rank: int) -> str:
    return level_names().get(rank, f"Niveau {rank}")


# ---------------------------------------------------------------- the story


def _story(periods: Sequence[Figures], issued_on: date) -> list[Any]:
    story: list[Any] = [
        *institutional_header(RS6247_CODE, CERTIFIER),
        para(f"Certification {RS6247_CODE} · édité le {long_date(issued_on)}", "kicker"),
        para(TITLE, "title"),
        para(f"« {RS6247_TITLE} »", "subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=BLUE, spaceAfter=8),
        para(
            "Comptés dans le registre de l'organisateur tels qu'il les tient : les décisions "
            "en vigueur (une décision rectifiée ne compte qu'une fois), le parcours de chaque "
            "candidature. Le taux de réussite rapporte les certifiés aux candidats entendus et "
            "décidés, certifiés ou non ; les absents et les ajournés n'y entrent pas.",
            "body",
        ),
    ]
    for figures in periods:
        story += _period(figures)
    return story


def _period(figures: Figures) -> list[Any]:
    story: list[Any] = [
        para(f"Période : {figures.label}", "h2"),
        _counts_table(figures),
        Spacer(1, 3 * mm),
        para(pass_rate_sentence(figures), "body"),
        para(delay_sentence(figures), "body"),
        para(declaration_delay_sentence(figures), "body"),
        para(agreement_sentence(figures), "body"),
        KeepTogether([para("Décisions", "h3"), outcomes_drawing(figures)]),
    ]
    if figures.levels:
        story.append(
            KeepTogether(
                [
                    para("Niveaux attribués par compétence", "h3"),
                    levels_drawing(figures),
                    _levels_table(figures),
                ]
            )
        )
    else:
        story.append(para("Aucun niveau attribué pour cette période.", "empty"))
    story += _failing(figures)
    return story


def _counts_table(figures: Figures) -> Any:
    outcomes = figures.outcomes
    rows = [
        ("Candidatures", figures.applications),
        ("Recevables", figures.eligible),
        ("Retenues pour l'entretien", figures.shortlisted),
        ("Entendus et décidés (certifiés ou non)", figures.heard),
        *((name, outcomes[outcome]) for outcome, name in OUTCOME_NAMES),
    ]
    return ruled_table(
        [[para("Étape", "head"), para("Nombre", "head_right")]]
        + [[para(name, "cell"), para(str(count), "cell_right")] for name, count in rows],
        [_LABEL_WIDTH, TEXT_WIDTH - _LABEL_WIDTH],
    )


def _levels_table(figures: Figures) -> Any:
    ranks = _ranks(figures)
    width = (TEXT_WIDTH - 70 * mm) / max(1, len(ranks))
    head = [para("Compétence", "head")] + [para(level_name(r), "head_right") for r in ranks]
    rows = [
        [para(f"{code} · {competency_titles().get(code, code)}", "cell")]
        + [para(str(counter[r]), "cell_right") for r in ranks]
        for code, counter in figures.levels.items()
    ]
    return ruled_table([head, *rows], [70 * mm] + [width] * len(ranks))


def _failing(figures: Figures) -> list[Any]:
    not_certified = figures.outcomes[Outcome.NOT_CERTIFIED]
    title = para("Où les candidats non certifiés échouent", "h3")
    if not figures.failing:
        return [title, para("Aucun candidat non certifié pour cette période.", "empty")]
    rows = [
        [
            para(f"{code} · {competency_titles().get(code, code)}", "cell"),
            para(str(count), "cell_right"),
        ]
        for code, count in sorted(figures.failing.items(), key=lambda item: (-item[1], item[0]))
    ]
    head = [para("Compétence non validée", "head"), para("Candidats", "head_right")]
    return [
        title,
        para(
            f"Sur {not_certified} candidat{'s' if not_certified > 1 else ''} non "
            f"certifié{'s' if not_certified > 1 else ''}, combien n'ont pas validé chaque "
            "compétence :",
            "body",
        ),
        ruled_table([head, *rows], [_LABEL_WIDTH, TEXT_WIDTH - _LABEL_WIDTH]),
    ]


# ---------------------------------------------------------------- the charts


def _ranks(figures: Figures) -> list[int]:
    return sorted({rank for counter in figures.levels.values() for rank in counter})


def _step(top: int) -> int:
    """A whole step for the value axis, about five marks up to `top`."""
    return max(1, math.ceil(top / 5))


def _count_label(value: float) -> str:
    return str(round(value)) if value else ""


def outcomes_drawing(figures: Figures) -> Drawing:
    """One bar per outcome, its number above it."""
    regular, bold = register_reportlab_fonts()
    values = [figures.outcomes[outcome] for outcome, _name in OUTCOME_NAMES]
    drawing = Drawing(TEXT_WIDTH, _CHART_HEIGHT, initialFontName=regular)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = TEXT_WIDTH - 40, _CHART_HEIGHT - 34
    chart.data = [values]
    chart.strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 18
    for index, colour in enumerate(_OUTCOME_COLOURS):
        chart.bars[(0, index)].fillColor = colour
        chart.bars[(0, index)].strokeColor = None
    chart.categoryAxis.categoryNames = [name for _outcome, name in OUTCOME_NAMES]
    _axis_fonts(chart, regular)
    chart.categoryAxis.strokeColor = RULE
    top = max(values) or 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top + _step(top)
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barLabelFormat = str
    chart.barLabels.fontName = bold
    chart.barLabels.fontSize = 9
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def levels_drawing(figures: Figures) -> Drawing:
    """One stacked bar per competency, a segment per level (its count inside), a legend."""
    regular, _bold = register_reportlab_fonts()
    codes = list(figures.levels)
    ranks = _ranks(figures)
    row = 16
    height = max(50, row * len(codes)) + 40
    drawing = Drawing(TEXT_WIDTH, height, initialFontName=regular)
    chart = HorizontalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = TEXT_WIDTH - 150, height - 40
    chart.data = [[figures.levels[code][rank] for code in codes] for rank in ranks]
    chart.categoryAxis.categoryNames = codes
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = True  # the first competency at the top
    chart.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 5
    for index, rank in enumerate(ranks):
        chart.bars[index].fillColor = _level_colour(rank)
        chart.bars[index].strokeColor = colors.white
        chart.bars[index].strokeWidth = 0.5
    _axis_fonts(chart, regular)
    top = max(sum(counter.values()) for counter in figures.levels.values()) or 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = colors.white
    chart.barLabels.boxAnchor = "c"
    chart.barLabels.dx = 0
    chart.barLabels.nudge = 0
    chart.barLabels.boxTarget = "mid"
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = TEXT_WIDTH - 105, height - 12
    legend.fontName = regular
    legend.fontSize = 8
    legend.fillColor = GREY
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 8
    legend.colorNamePairs = [(_level_colour(r), level_name(r)) for r in ranks]
    drawing.add(legend)
    return drawing


def _level_colour(rank: int) -> Any:
    return _LEVEL_COLOURS[max(0, min(rank, len(_LEVEL_COLOURS) - 1))]


def _axis_fonts(chart: Any, font: str) -> None:
    # Each label names its font: reportlab's default (Helvetica) is not embedded, which
    # PDF/A forbids.
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 8
        axis.labels.fillColor = INK
