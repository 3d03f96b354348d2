"""The flows written validate against the CDC's schema 1.1.2 for every kind of holder."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from lxml import etree

from jury_desk.declaration.flow import prepare_flow
from jury_desk.declaration.schema import FLOW_NAMESPACE, FlowSchema
from tests.core.declaration.conftest import EMITTER, SUMMER, passage

NS = {"cpf": FLOW_NAMESPACE, "xsi": "http://www.w3.org/2001/XMLSchema-instance"}


def _tree(content: bytes | None) -> etree._Element:
    assert content is not None
    return etree.fromstring(content)


def _valid(schema: FlowSchema, content: bytes | None) -> bool:
    assert content is not None
    return schema.xml_schema.validate(etree.fromstring(content).getroottree())


def test_one_holder_validates(schema: FlowSchema) -> None:
    prepared = prepare_flow(EMITTER, [passage()], "RS6247-1", SUMMER, schema)
    assert prepared.excluded == ()
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    assert root.findtext(".//cpf:idTechnique", namespaces=NS) == "RS6247-rs6247-2027-05-c1"
    assert root.findtext(".//cpf:obtentionCertification", namespaces=NS) == "PAR_ADMISSION"
    assert root.findtext(".//cpf:dateDebutValidite", namespaces=NS) == "2027-06-30"
    assert root.findtext(".//cpf:dateDebutExamen", namespaces=NS) == "2027-05-18"
    assert root.findtext(".//cpf:prenom2", namespaces=NS) == "Marie"
    assert root.find(".//cpf:prenom3", namespaces=NS) is None


def test_many_holders_validate_in_one_certificateur(schema: FlowSchema) -> None:
    passages = [passage(number, birth_name=f"Nom{number}") for number in range(1, 41)]
    prepared = prepare_flow(EMITTER, passages, "RS6247-2", SUMMER, schema)
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    assert len(root.findall(".//cpf:passageCertification", namespaces=NS)) == 40
    assert len(root.findall(".//cpf:certificateur", namespaces=NS)) == 1  # xsd:all: once


def test_a_holder_born_abroad_has_the_country_of_the_insee_code(schema: FlowSchema) -> None:
    abroad = passage(birth_insee_code="99109", birth_commune="Berlin", birth_country="Allemagne")
    prepared = prepare_flow(EMITTER, [abroad], "RS6247-3", SUMMER, schema)
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    assert root.findtext(".//cpf:codeInsee", namespaces=NS) == "99109"
    assert root.findtext(".//cpf:codePaysNaissance", namespaces=NS) == "109"
    assert root.findtext(".//cpf:libellePaysNaissance", namespaces=NS) == "Allemagne"


def test_names_at_the_length_limit_with_accents_and_apostrophes(schema: FlowSchema) -> None:
    # 60 characters once composed; written decomposed (e + combining acute), 66 code points.
    long_name = "D'Éléonore-Hélène " + "é" * 42
    decomposed = unicodedata.normalize("NFD", long_name)
    assert len(unicodedata.normalize("NFC", decomposed)) == 60 < len(decomposed)
    holder = passage(
        birth_name=decomposed,
        usage_name="L'Hôpital-Saint-Étienne",
        first_names=("Jean-Noël", "Maëlys", "Zoé"),
    )
    prepared = prepare_flow(EMITTER, [holder], "RS6247-4", SUMMER, schema)
    assert prepared.excluded == ()
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    assert root.findtext(".//cpf:nomNaissance", namespaces=NS) == long_name  # NFC
    assert root.findtext(".//cpf:nomUsage", namespaces=NS) == "L'Hôpital-Saint-Étienne"
    assert root.findtext(".//cpf:prenom3", namespaces=NS) == "Zoé"


def test_a_name_one_character_too_long_is_listed_not_cut(schema: FlowSchema) -> None:
    prepared = prepare_flow(EMITTER, [passage(birth_name="A" * 61)], "RS6247-5", SUMMER, schema)
    assert prepared.content is None
    assert "61 characters" in str(prepared.excluded[0].problems[0])


def test_an_unknown_birth_month_and_day_are_nil(schema: FlowSchema) -> None:
    prepared = prepare_flow(
        EMITTER, [passage(birth_month=None, birth_day=None)], "RS6247-6", SUMMER, schema
    )
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    nil = "{http://www.w3.org/2001/XMLSchema-instance}nil"
    for name in ("moisNaissance", "jourNaissance", "dateFinValidite", "nomUsage"):
        element = root.find(f".//cpf:{name}", namespaces=NS)
        assert element is not None and element.get(nil) == "true" and not element.text


def test_a_birth_place_known_by_its_postal_code_only_is_never_written_as_insee(
    schema: FlowSchema,
) -> None:
    holder = passage(birth_insee_code=None, birth_postal_code="69003", birth_commune="Lyon")
    prepared = prepare_flow(EMITTER, [holder], "RS6247-7", SUMMER, schema)
    assert _valid(schema, prepared.content)
    root = _tree(prepared.content)
    assert root.find(".//cpf:codeInsee", namespaces=NS) is None
    assert root.findtext(".//cpf:codePostalNaissance/cpf:codePostal", namespaces=NS) == "69003"


def test_the_timestamp_is_paris_time_in_winter_too(schema: FlowSchema) -> None:
    winter = datetime(2027, 1, 15, 14, 30, 0, tzinfo=UTC)
    prepared = prepare_flow(EMITTER, [passage()], "RS6247-8", winter, schema)
    assert _tree(prepared.content).findtext("cpf:horodatage", namespaces=NS) == (
        "2027-01-15T15:30:00+01:00"
    )
