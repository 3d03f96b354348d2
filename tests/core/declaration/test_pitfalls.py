"""Each pitfall other certifiers hit (../shared/cdc.md): the naive output fails, ours does not."""

from __future__ import annotations

import copy

from lxml import etree

from jury_desk.declaration.flow import prepare_flow
from jury_desk.declaration.schema import FLOW_NAMESPACE, FlowSchema
from jury_desk.declaration.timestamp import flow_timestamp
from tests.core.declaration.conftest import EMITTER, SUMMER, passage

NS = {"cpf": FLOW_NAMESPACE}
CPF = f"{{{FLOW_NAMESPACE}}}"


def _ours(schema: FlowSchema, **changes: object) -> etree._Element:
    prepared = prepare_flow(EMITTER, [passage(**changes)], "RS6247-P", SUMMER, schema)
    assert prepared.content is not None
    root = etree.fromstring(prepared.content)
    assert schema.xml_schema.validate(root.getroottree())
    return root


def _fails(schema: FlowSchema, root: etree._Element) -> bool:
    return not schema.xml_schema.validate(root.getroottree())


def test_an_optional_label_with_nothing_to_say_is_absent_not_empty(schema: FlowSchema) -> None:
    ours = _ours(schema, birth_commune=None)
    assert ours.find(".//cpf:libelleCommuneNaissance", namespaces=NS) is None
    naive = copy.deepcopy(ours)
    holder = naive.find(".//cpf:titulaire", namespaces=NS)
    assert holder is not None
    etree.SubElement(holder, f"{CPF}libelleCommuneNaissance").text = ""
    assert _fails(schema, naive)


def test_an_unknown_nillable_element_is_nil_not_omitted(schema: FlowSchema) -> None:
    ours = _ours(schema)
    naive = copy.deepcopy(ours)
    end = naive.find(".//cpf:dateFinValidite", namespaces=NS)
    assert end is not None
    end.getparent().remove(end)  # type: ignore[union-attr]
    assert _fails(schema, naive)


def test_the_timestamp_has_the_summer_offset_a_24_hour_clock_and_no_fraction(
    schema: FlowSchema,
) -> None:
    stamp = _ours(schema).findtext("cpf:horodatage", namespaces=NS)
    assert stamp == "2027-07-01T14:05:09+02:00"  # 12:05:09.123456 UTC; not +01:00, not 02:05
    naive = _ours(schema)
    element = naive.find("cpf:horodatage", namespaces=NS)
    assert element is not None
    element.text = SUMMER.isoformat()  # fraction and +00:00: refused by the pattern
    assert _fails(schema, naive)
    element.text = SUMMER.strftime("%Y-%m-%dT%H:%M:%SZ")  # « Z »: refused too
    assert _fails(schema, naive)
    assert flow_timestamp(SUMMER) != SUMMER.strftime("%Y-%m-%dT%I:%M:%S+01:00")


def test_a_sex_the_schema_cannot_express_is_listed_never_guessed(schema: FlowSchema) -> None:
    other = passage(2, sex="X")
    prepared = prepare_flow(EMITTER, [passage(1), other], "RS6247-S", SUMMER, schema)
    assert prepared.content is not None
    assert b"c2" not in prepared.content  # not declared under a guessed sex
    assert [item.passage.technical_id for item in prepared.excluded] == [other.technical_id]
    assert "only as M or F" in str(prepared.excluded[0].problems[0])


def test_a_birth_place_without_a_code_is_listed(schema: FlowSchema) -> None:
    prepared = prepare_flow(
        EMITTER,
        [passage(birth_insee_code=None, birth_postal_code=None)],
        "RS6247-B",
        SUMMER,
        schema,
    )
    assert prepared.content is None
    assert "birth place is missing" in str(prepared.excluded[0].problems[0])
