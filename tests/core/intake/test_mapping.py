"""The column mapping: guessed from the headers, remembered as JSON, applied; the parse helpers."""

from __future__ import annotations

import json
import re

import pytest

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.mapping import (
    CandidateField,
    ColumnMapping,
    apply_mapping,
    guess_mapping,
    normalise_sex,
    parse_birth_date,
)
from jury_desk.intake.table_shape import Table
from jury_desk.kernel.errors import UserError

F = CandidateField
# Headers as a Démarches Simplifiées form of the certification could name them.
FRENCH_HEADERS = (
    "ID",
    "Civilité",
    "NOM DE NAISSANCE",
    "Nom d’usage",
    "Prénom(s)",
    "Date de naissance",
    "Sexe",
    "Code INSEE de la commune de naissance",
    "Code postal de naissance",
    "Commune de naissance",
    "Code pays de naissance",
    "Pays de naissance",
    "Adresse électronique",
    "Téléphone",
    "Start-up d'État",
    "Incubateur",
    "Phase",
    "Fonction",
    "Lien vers le service",
    "Lien vers la fiche produit",
    "Commentaire",
)


def test_the_mapping_is_guessed_from_french_headers() -> None:
    mapping = guess_mapping(FRENCH_HEADERS)
    assert dict(mapping.columns) == {
        F.REFERENCE: "ID",
        F.BIRTH_NAME: "NOM DE NAISSANCE",
        F.USAGE_NAME: "Nom d’usage",
        F.FIRST_NAMES: "Prénom(s)",
        F.BIRTH_DATE: "Date de naissance",
        F.SEX: "Sexe",  # « Sexe » says it better than « Civilité »
        F.BIRTH_INSEE_CODE: "Code INSEE de la commune de naissance",
        F.BIRTH_POSTAL_CODE: "Code postal de naissance",
        F.BIRTH_COMMUNE: "Commune de naissance",
        F.BIRTH_COUNTRY_CODE: "Code pays de naissance",
        F.BIRTH_COUNTRY: "Pays de naissance",
        F.EMAIL: "Adresse électronique",
        F.PHONE: "Téléphone",
        F.STARTUP: "Start-up d'État",
        F.INCUBATOR: "Incubateur",
        F.PHASE: "Phase",
        F.ROLE: "Fonction",
        F.SITE_URL: "Lien vers le service",
        F.PRODUCT_SHEET_URL: "Lien vers la fiche produit",
    }


def test_english_and_loose_headers_are_guessed() -> None:
    mapping = guess_mapping(["E-mail", "Last name", "First names", "Date of birth", "Rôle", "x"])
    assert dict(mapping.columns) == {
        F.EMAIL: "E-mail",
        F.BIRTH_NAME: "Last name",
        F.FIRST_NAMES: "First names",
        F.BIRTH_DATE: "Date of birth",
        F.ROLE: "Rôle",
    }
    assert guess_mapping(["Courriel", "Courriel"]).columns == {F.EMAIL: "Courriel"}


def test_the_mapping_round_trips_through_json() -> None:
    mapping = guess_mapping(FRENCH_HEADERS)
    text = mapping.to_json()
    assert json.loads(text)["columns"]["birth_name"] == "NOM DE NAISSANCE"
    assert ColumnMapping.from_json(text) == mapping
    assert ColumnMapping.from_json(ColumnMapping({}).to_json()).columns == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": 1, "columns": {"shoe_size": "Pointure"}}', "unknown field, shoe_size"),
        ('{"format": 1, "columns": {"email": 3}}', "no header for e-mail address"),
        ('{"format": 2, "columns": {}}', "not readable"),
        ("[1, 2]", "not readable"),
        ("{", ""),
    ],
)
def test_a_remembered_mapping_that_is_not_one_is_refused(text: str, words: str) -> None:
    with pytest.raises(UserError) as caught:
        ColumnMapping.from_json(text)
    assert words in str(caught.value)


def test_the_mapping_is_applied_row_by_row_with_true_line_numbers() -> None:
    table = Table(
        source_name="candidats.csv",
        headers=("Nom", "Prénom", "Remarque"),
        rows=(("Dupont", "Zoé", "x"), ("", "", "blank for us"), ("Martin", "", "")),
        header_line=2,
    )
    mapping = ColumnMapping({F.BIRTH_NAME: "Nom", F.FIRST_NAMES: "Prénom"})
    rows = apply_mapping(table, mapping)
    assert [(row.line, dict(row.values)) for row in rows] == [
        (3, {F.BIRTH_NAME: "Dupont", F.FIRST_NAMES: "Zoé"}),
        (5, {F.BIRTH_NAME: "Martin"}),  # an empty value is left out
    ]
    with pytest.raises(
        IntakeError, match=re.escape("candidats.csv has no column « Courriel », chosen")
    ):
        apply_mapping(table, ColumnMapping({F.EMAIL: "Courriel"}))


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("17/05/1990", (1990, 5, 17)),
        ("7.5.1990", (1990, 5, 7)),
        ("1990-05-17", (1990, 5, 17)),
        ("1990-05-17 00:00:00", (1990, 5, 17)),
        ("1990", (1990, None, None)),
        ("00/00/1990", (1990, None, None)),
        ("XX/XX/1990", (1990, None, None)),
        ("00/05/1990", (1990, 5, None)),
        ("05/1990", (1990, 5, None)),
        ("29/02/2000", (2000, 2, 29)),
        ("29/02/1990", None),
        ("31/04/1990", None),
        ("15/00/1990", None),  # a day without its month
        ("17/13/1990", None),
        ("1990/05/17", None),
        ("le 17 mai", None),
        ("", None),
    ],
)
def test_birth_dates(text: str, parsed: tuple[int, int | None, int | None] | None) -> None:
    assert parse_birth_date(text) == parsed


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("F", "F"),
        ("femme", "F"),
        ("Féminin", "F"),
        ("Female", "F"),
        ("Mme", "F"),
        ("M", "M"),
        ("M.", "M"),
        ("Homme", "M"),
        ("MASCULIN", "M"),
        ("male", "M"),
        ("X", None),
        ("non précisé", None),
        ("", None),
    ],
)
def test_sexes(text: str, sex: str | None) -> None:
    assert normalise_sex(text) == sex
