"""The renewal figures' PDF report: a valid PDF/A whose text holds every count, the pass rate
with its base said in words, where candidates fail, the delays, the jurors' agreement with
its base (and « non enregistré » where the registry holds none); every font embedded (the
charts' labels too), the figures attached as JSON, the same bytes for the same figures."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from jury_desk.models import Outcome
from jury_desk.registry.figures import Figures
from jury_desk.registry.figures_agreement import JurorsAgreement
from jury_desk.registry.figures_report import ATTACHMENT_NAME, render_figures_report

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("qpdf", "pdftotext", "pdffonts")),
    reason="needs qpdf and poppler-utils",
)

SESSION = Figures(
    label="Session de mai 2027",
    applications=5,
    eligible=4,
    shortlisted=3,
    outcomes=Counter({Outcome.CERTIFIED: 1, Outcome.NOT_CERTIFIED: 1, Outcome.ABSENT: 1}),
    levels={"C1": Counter({1: 1, 2: 1}), "C2": Counter({2: 1, 3: 1})},
    failing=Counter({"C1": 1}),
    days_to_decision=(0, 3),
    days_to_declaration=(26, 40),
    agreement=JurorsAgreement(juries=2, not_recorded=1, pairs=40, agreed=34, kappas=(0.4, 1.0)),
)
EMPTY_YEAR = Figures(label="2026")
NOT_RECORDED = Figures(label="2025", agreement=JurorsAgreement(not_recorded=2))


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _text(path: Path) -> str:
    # French typography: no-break spaces before « % » and « : »; read as plain spaces.
    raw = _run("pdftotext", str(path), "-")
    return " ".join(raw.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_the_report_holds_the_figures_in_words_and_charts(tmp_path: Path) -> None:
    pdf = render_figures_report([SESSION, EMPTY_YEAR, NOT_RECORDED], date(2027, 8, 1))
    path = tmp_path / "chiffres.pdf"
    path.write_bytes(pdf)

    assert "No syntax or stream encoding errors" in _run("qpdf", "--check", str(path))
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # embedded, chart labels included
    text = _text(path)
    assert "Chiffres pour le renouvellement de l’enregistrement" in text
    assert "Période : Session de mai 2027" in text
    for line in (
        "Candidatures 5",
        "Recevables 4",
        "Retenues pour l’entretien 3",
        "Entendus et décidés (certifiés ou non) 2",
        "Certifiés 1",
        "Non certifiés 1",
        "Absents 1",
        "Ajournés 0",
    ):
        assert line in text, line
    assert "Taux de réussite : 50,0 % des 2 candidats entendus et décidés" in text
    assert "les absents et les ajournés ne sont pas comptés dans la base" in text
    assert "Délai médian de l’entretien à la décision : 1,5 jour" in text
    assert "Délai médian de la décision à la déclaration à la Caisse des Dépôts : 33 jours" in text
    assert (
        "Accord des jurés : 85,0 % des 40 paires de niveaux données par les deux jurés des 2 "
        "jurys (34 paires identiques). Kappa pondéré (linéaire) des jurys : de 0,40 à 1,00"
    ) in text
    assert "Non enregistré pour 1 jury" in text
    assert "Accord des jurés : aucun résultat reçu." in text  # 2026: nothing received
    assert "Accord des jurés : non enregistré (2 jurys" in text  # 2025: never a 0
    assert "C1 · Pitch 1" in text  # where the one not certified failed
    assert "Niveaux attribués par compétence" in text and "Maîtrisé" in text
    # A period with nothing decided says so instead of a rate.
    assert "Période : 2026" in text
    assert "Taux de réussite : sans objet, aucun candidat n’a encore été entendu et décidé" in text
    assert "Page 1 sur" in text

    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.open_metadata()["pdfaid:part"] == "3"
        attached = document.attachments[ATTACHMENT_NAME].get_file().read_bytes()
    data = json.loads(attached)
    first = data["periods"][0]
    assert (first["applications"], first["heard_and_decided"], first["pass_rate"]) == (5, 2, 0.5)
    assert first["outcomes"]["absent"] == 1 and first["failing"] == {"C1": 1}
    assert data["periods"][1]["pass_rate"] is None
    assert first["days_to_declaration"] == [26, 40] and first["median_days_to_declaration"] == 33
    assert first["jurors_agreement"] == {
        "juries": 2,
        "juries_not_recorded": 1,
        "pairs": 40,
        "agreed_pairs": 34,
        "agreement_rate": 0.85,
        "weighted_kappa_min": 0.4,
        "weighted_kappa_max": 1.0,
    }
    assert data["periods"][2]["jurors_agreement"]["pairs"] is None  # not recorded: no 0

    assert render_figures_report([SESSION, EMPTY_YEAR, NOT_RECORDED], date(2027, 8, 1)) == pdf


def test_a_report_needs_a_period() -> None:
    with pytest.raises(ValueError, match="at least one period"):
        render_figures_report([], date(2027, 8, 1))
