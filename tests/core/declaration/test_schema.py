"""The kit's schema is loaded with guards; anything that is not the CDC's schema is refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jury_desk.declaration.errors import DeclarationError
from jury_desk.declaration.flow import prepare_flow
from jury_desk.declaration.schema import load_schema
from jury_desk.kernel.errors import UserError
from tests.core.declaration.conftest import EMITTER, SCHEMA_1_1_2, SUMMER, passage, schema_copy


def test_the_schema_of_the_kit_is_loaded_with_its_version() -> None:
    schema = load_schema(SCHEMA_1_1_2)
    assert schema.version == "1.1.2"
    assert not schema.declares_national_id
    assert len(schema.sha256) == 64


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not xml at all", "is not a usable XML Schema"),
        (b"<flux xmlns='urn:cdc:cpf:pc5:schema:1.0.0'/>", "its root is <flux>"),
        (
            b"<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema' "
            b"targetNamespace='urn:other'/>",
            "not the CDC's flow schema",
        ),
        (
            b"<!DOCTYPE x [<!ENTITY a 'b'>]><xsd:schema "
            b"xmlns:xsd='http://www.w3.org/2001/XMLSchema'/>",
            "DOCTYPE",
        ),
        (
            b"<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema' "
            b"targetNamespace='urn:cdc:cpf:pc5:schema:1.0.0'>"
            b"<xsd:include schemaLocation='https://example.org/x.xsd'/></xsd:schema>",
            "refers to https://example.org/x.xsd",
        ),
        (
            b"<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema' "
            b"targetNamespace='urn:cdc:cpf:pc5:schema:1.0.0'>"
            b"<xsd:element name='flux' type='xsd:nothing'/></xsd:schema>",
            "is not a usable XML Schema",
        ),
    ],
)
def test_a_file_that_is_not_the_cdc_schema_is_refused_in_one_line(
    tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "kit.xsd"
    path.write_bytes(content)
    with pytest.raises(DeclarationError, match=said) as raised:
        load_schema(path)
    assert "\n" not in str(raised.value).strip()


def test_a_missing_or_huge_schema_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        load_schema(tmp_path / "absent.xsd")
    huge = tmp_path / "huge.xsd"
    with huge.open("wb") as stream:
        stream.truncate(9 * 1024 * 1024)
    with pytest.raises(UserError, match="over the 8 MiB allowed for an XML Schema"):
        load_schema(huge)


def test_a_later_kit_with_the_national_id_carries_the_nir(tmp_path: Path) -> None:
    # A kit with the 2025 branch, as reported of 1.1.5: identifiantNational { nir, nomNaissance }.
    branch = (
        '<xsd:element name="identifiantNational"><xsd:complexType><xsd:all>'
        '<xsd:element name="nir"><xsd:simpleType><xsd:restriction base="xsd:string">'
        '<xsd:length value="13"/></xsd:restriction></xsd:simpleType></xsd:element>'
        '<xsd:element name="nomNaissance" type="xsd:string"/>'
        "</xsd:all></xsd:complexType></xsd:element>"
    )
    later = load_schema(
        schema_copy(
            tmp_path,
            '<xsd:element name="titulaire" type="cpf:titulaire"/>',
            '<xsd:element name="titulaire" type="cpf:titulaire"/>' + branch,
        )
    )
    assert later.declares_national_id
    with_nir = replace(passage(), nir="2880375056123")
    prepared = prepare_flow(EMITTER, [with_nir], "RS6247-N", SUMMER, later)
    assert prepared.content is not None and b"<cpf:nir>2880375056123</cpf:nir>" in prepared.content
    # The 1.1.2 kit cannot carry it: the holder goes by their civil identity, without the NIR.
    older = prepare_flow(EMITTER, [with_nir], "RS6247-N", SUMMER, load_schema(SCHEMA_1_1_2))
    assert older.content is not None and b"2880375056123" not in older.content


def test_a_kit_the_flow_does_not_fit_says_so_per_holder(tmp_path: Path) -> None:
    # A kit that requires an element jury-desk does not write (as `action` is said to be).
    stricter = load_schema(
        schema_copy(
            tmp_path,
            '<xsd:element name="verbatim" minOccurs="0">',
            '<xsd:element name="verbatim">',
        )
    )
    prepared = prepare_flow(EMITTER, [passage()], "RS6247-K", SUMMER, stricter)
    assert prepared.content is None
    assert "verbatim" in str(prepared.excluded[0].problems[0])
