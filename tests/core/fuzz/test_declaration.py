"""The CDC's processing reports and the kit's schema, crafted: random bytes, a genuine report
damaged byte by byte, reports of any shape.

The property: a ProcessingReport or FlowSchema, or the project's one-line refusal; never
another exception (lxml's own errors included).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jury_desk.declaration.report import ProcessingReport, read_report
from jury_desk.declaration.schema import FlowSchema, load_schema
from tests.core.fuzz.bounds import read_or_refused
from tests.paths import SHARED_TESTDATA

GENUINE_REPORT = (
    b'<?xml version="1.0" encoding="UTF-8"?><rapport xmlns="urn:cdc:cpf:pc5:rapport:schema">'
    b"<nomFichier>f.xml</nomFichier><idFlux>RS6247-1</idFlux><idTraitement>T1</idTraitement>"
    b"<PassagesKO><passage><idTechnique>a</idTechnique><messageErreur>Aucun titulaire"
    b"</messageErreur></passage></PassagesKO><PassagesOK><idTechnique>b</idTechnique>"
    b"</PassagesOK></rapport>"
)
GENUINE_SCHEMA = (SHARED_TESTDATA / "cdc-accrochage" / "cdc-accrochage-1.1.2.xsd").read_bytes()


@st.composite
def damaged(draw: st.DrawFn, genuine: bytes) -> bytes:
    """`genuine` with a few bytes changed, cut or inserted."""
    data = bytearray(genuine)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(("flip", "cut", "insert")))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            data[at:at] = draw(st.sampled_from((b"<", b"&x;", b"<!DOCTYPE a>", b"\x00", b"\xff")))
        if not data:
            break
    return bytes(data)


def _read(data: bytes, reader: object, suffix: str) -> object:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        assert callable(reader)
        return read_or_refused(lambda: reader(path))


@given(st.one_of(st.binary(max_size=400), damaged(GENUINE_REPORT)))
def test_a_crafted_report_is_read_or_refused_in_one_line(data: bytes) -> None:
    report = _read(data, read_report, ".xml")
    assert report is None or isinstance(report, ProcessingReport)


@given(damaged(GENUINE_SCHEMA))
def test_a_crafted_schema_is_loaded_or_refused_in_one_line(data: bytes) -> None:
    schema = _read(data, load_schema, ".xsd")
    assert schema is None or isinstance(schema, FlowSchema)
