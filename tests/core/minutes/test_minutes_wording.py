"""What the minutes say, as the certifier's clerk reads them: outcomes that guess no gender,
the rules applied, a pass rate that says what it counts, no kappa, « Fait à …, le … ».

Minutes data made by hand (one candidate certified, absences, a postponement), rendered,
and read back with `pdftotext -layout`, the way a person reads the page.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest

from jury_desk.minutes.codec import minutes_from_json, minutes_schema
from jury_desk.minutes.data import (
    MinutesCandidate,
    MinutesCompetencyStatistics,
    MinutesData,
    MinutesFormatError,
    MinutesJuror,
    MinutesLevel,
    MinutesSession,
    MinutesStatistics,
    place_of,
    validated_competencies,
)
from jury_desk.minutes.render import render_minutes_pdf
from jury_desk.minutes.render_words import outcome_summary, pass_rate_sentence
from jury_desk.models import DecisionRuleKind, JurorRole, Outcome
from jury_desk.rules.document_checks import PrintedLevel
from tests.conftest import require_tool

SCALE = (
    PrintedLevel(0, "Insuffisant", False),
    PrintedLevel(1, "À consolider", False),
    PrintedLevel(2, "Maîtrisé", True),
    PrintedLevel(3, "Expert", True),
)
WHEN = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
DAY = date(2026, 11, 30)
NNBSP = "\u202f"


def _candidate(number: int, outcome: Outcome) -> MinutesCandidate:
    ruled = outcome in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED)
    rank = 3 if outcome is Outcome.CERTIFIED else 1
    levels = tuple(
        MinutesLevel(
            code,
            f"Compétence {code}",
            rank if ruled else None,
            SCALE[rank].label if ruled else None,
            SCALE[rank].passing if ruled else None,
            "",
        )
        for code in ("C1", "C2")
    )
    return MinutesCandidate(
        id=f"cand-{number}",
        name=f"Camille Dupont {number}",
        slot_start=WHEN,
        outcome=outcome,
        decided_at=WHEN,
        decision_revision=1,
        reasons="" if outcome is Outcome.CERTIFIED else "Motif.",
        levels=levels,
        validated=validated_competencies(outcome, levels),
    )


def _minutes(outcomes: list[Outcome], *, place: str | None = None) -> MinutesData:
    candidates = tuple(_candidate(n, outcome) for n, outcome in enumerate(outcomes, 1))
    counts = {outcome: outcomes.count(outcome) for outcome in Outcome}
    ruled = counts[Outcome.CERTIFIED] + counts[Outcome.NOT_CERTIFIED]
    return MinutesData(
        revision=1,
        prepared_at=WHEN,
        session=MinutesSession(
            "s-1", "Session de test", "Concevoir un service public", "RS6247", DAY, DAY
        ),
        decision_rule=DecisionRuleKind.ALL_PASSING,
        minimum_passing=None,
        jury=(
            MinutesJuror("chair", "Claire Présidente", "c@example.org", JurorRole.CHAIR),
            MinutesJuror("member", "Marc Membre", "m@example.org", JurorRole.MEMBER),
        ),
        deliberated_on=DAY,
        scale=SCALE,
        candidates=candidates,
        statistics=MinutesStatistics(
            candidates=len(candidates),
            outcome_counts=counts,
            pass_rate=counts[Outcome.CERTIFIED] / ruled if ruled else None,
            pairs=2,
            agreement_rate=0.5,
            weighted_kappa=0.3333,
            competencies=tuple(
                MinutesCompetencyStatistics(
                    code, f"Compétence {code}", (0, 0, 0, 1), 1, 1, 1.0, 0.25
                )
                for code in ("C1", "C2")
            ),
        ),
        place=place,
    )


def _text(tmp_path: Path, data: MinutesData) -> str:
    """The minutes' text with `pdftotext -layout`, runs of spaces and line ends as one space."""
    path = tmp_path / "minutes.pdf"
    path.write_bytes(render_minutes_pdf(data))
    layout = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(layout.split())


ONE_CERTIFIED_FIVE_ABSENT = [Outcome.CERTIFIED, *[Outcome.ABSENT] * 5]


def test_each_outcome_is_worded_about_the_certification_not_the_person(tmp_path: Path) -> None:
    outcomes = [Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED]
    text = _text(tmp_path, _minutes(outcomes))
    for number, words in enumerate(
        (
            "Certification obtenue",
            "Certification non obtenue",
            "Absence à l’entretien",
            "Décision reportée",
        ),
        1,
    ):
        assert f"Camille Dupont {number} {words}" in text
    for guessed in ("Certifié·e", "certifié·e :", "Non certifié·e", "Absent·e"):
        assert guessed not in text
    assert (
        "4 candidatures examinées : 1 certification obtenue, 1 certification non obtenue, "
        "1 absence à l’entretien et 1 décision reportée." in text
    )


def test_the_minutes_state_the_rules_they_apply(tmp_path: Path) -> None:
    text = _text(tmp_path, _minutes([Outcome.CERTIFIED]))
    assert "Règles appliquées" in text
    assert (
        "chaque compétence est évaluée selon les niveaux « Insuffisant », « À consolider », "
        "« Maîtrisé » et « Expert », du plus faible au plus élevé ; « Maîtrisé » et "
        "« Expert » valident la compétence." in text.replace(NNBSP, " ")
    )
    assert "la présidence du jury retient par voix prépondérante l’un des deux niveaux" in text
    assert "la certification est obtenue lorsque chacune des 2 compétences est à un niveau" in text
    minimum = dataclasses.replace(
        _minutes([Outcome.CERTIFIED]),
        decision_rule=DecisionRuleKind.MINIMUM_PASSING,
        minimum_passing=1,
    )
    assert "lorsqu’au moins 1 des 2 compétences sont à un niveau validant" in _text(
        tmp_path, minimum
    )


def test_the_pass_rate_says_what_it_counts(tmp_path: Path) -> None:
    text = _text(tmp_path, _minutes(ONE_CERTIFIED_FIVE_ABSENT)).replace(NNBSP, " ")
    assert (
        "Taux de réussite : 100 % (1 candidat·e certifié·e sur 1 ayant passé l’entretien ; "
        "5 absent·e·s)." in text
    )


@pytest.mark.parametrize(
    ("outcomes", "sentence"),
    [
        (
            [Outcome.CERTIFIED, Outcome.ABSENT],
            "Taux de réussite : 100 % (1 candidat·e certifié·e sur 1 ayant passé "
            "l’entretien ; 1 absent·e).",
        ),
        (
            [Outcome.CERTIFIED, Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.POSTPONED],
            "Taux de réussite : 66,7 % (2 candidat·e·s certifié·e·s sur 3 ayant passé "
            "l’entretien ; 1 décision reportée).",
        ),
        (
            [Outcome.NOT_CERTIFIED, Outcome.POSTPONED, Outcome.POSTPONED],
            "Taux de réussite : 0 % (0 candidat·e certifié·e sur 1 ayant passé l’entretien ; "
            "2 décisions reportées).",
        ),
        (
            [Outcome.ABSENT, Outcome.ABSENT],
            "Taux de réussite : non calculable (aucun·e candidat·e n’a passé l’entretien ; "
            "2 absent·e·s).",
        ),
    ],
)
def test_the_pass_rate_counts_in_words(outcomes: list[Outcome], sentence: str) -> None:
    data = _minutes(outcomes)
    words = pass_rate_sentence(data.statistics.outcome_counts, data.statistics.pass_rate)
    assert words.replace(NNBSP, " ") == sentence


def test_the_summary_leaves_out_outcomes_nobody_had() -> None:
    counts = _minutes(ONE_CERTIFIED_FIVE_ABSENT).statistics.outcome_counts
    assert outcome_summary(counts) == (
        "6 candidatures examinées : 1 certification obtenue et 5 absences à l’entretien."
    )


def test_no_kappa_is_printed_though_the_data_keeps_it(tmp_path: Path) -> None:
    data = _minutes([Outcome.CERTIFIED, Outcome.NOT_CERTIFIED])
    text = _text(tmp_path, data)
    assert "kappa" not in text.lower()
    assert "0,33" not in text and "0,25" not in text
    assert "Accord des deux membres du jury" in text and "des 2 niveaux comparés" in text
    # The signed data keeps its format: the kappa stays in minutes.json.
    document = json.loads(data.to_json())
    assert document["statistics"]["weighted_kappa"] == 0.3333


def test_the_minutes_end_with_the_place_and_the_day(tmp_path: Path) -> None:
    text = _text(tmp_path, _minutes([Outcome.CERTIFIED], place="Lyon"))
    assert "Fait à Lyon, le 30 novembre 2026. Le présent procès-verbal" in text.replace(
        "\u00a0", " "
    )
    without = _text(tmp_path, _minutes([Outcome.CERTIFIED]))
    assert "Fait le 30 novembre 2026. Le présent procès-verbal" in without.replace("\u00a0", " ")
    assert "Fait à" not in without


def test_the_place_is_optional_in_the_data() -> None:
    older = _minutes([Outcome.CERTIFIED])
    document = json.loads(older.to_json())
    assert "place" not in document  # minutes without a place keep the bytes they had
    assert minutes_from_json(older.to_json()).place is None
    placed = _minutes([Outcome.CERTIFIED], place="Saint-Étienne")
    document = json.loads(placed.to_json())
    assert document["place"] == "Saint-Étienne"
    jsonschema.Draft202012Validator(minutes_schema()).validate(document)
    assert minutes_from_json(placed.to_json()) == placed
    for bad in ("", " Lyon", "Lyon\nParis", "x" * 121):
        document["place"] = bad
        with pytest.raises(MinutesFormatError, match="place"):
            minutes_from_json(json.dumps(document).encode())


def test_the_place_is_kept_as_one_trimmed_line() -> None:
    assert place_of("  Saint-Denis \n (La Réunion) ") == "Saint-Denis (La Réunion)"
    assert place_of("   ") is None and place_of(None) is None
    assert place_of("Ville\u0301") == "Villé"  # NFC
