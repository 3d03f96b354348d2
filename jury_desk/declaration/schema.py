"""The XML Schema of the CDC's kit, as the organiser points to it.

The application does not pretend to know the CDC's latest schema: the organiser gives
the file of the kit they hold, and every flow is validated against it before it is
written. The file is read with guards (a regular file, capped; no DTD, no entity, no
network), must be an XML Schema, and must describe the CDC's flow (its namespace and
its `flux` element); anything else is refused in one line.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from jury_desk.declaration.errors import DeclarationError
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, FileCap, read_outside_file

FLOW_NAMESPACE = "urn:cdc:cpf:pc5:schema:1.0.0"
XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema"
SCHEMA_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "an XML Schema"), 8 * MIB)
_XSD = f"{{{XSD_NAMESPACE}}}"
_LINKS = (f"{_XSD}include", f"{_XSD}import", f"{_XSD}redefine", f"{_XSD}override")


def safe_parser() -> etree.XMLParser:
    """A parser for files from outside: no DTD loaded, no entity expanded, no network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class FlowSchema:
    """A loaded schema: its version attribute, its digest, and what it can express."""

    path: Path
    version: str
    sha256: str
    xml_schema: etree.XMLSchema
    # The 2025 rules' branch (identifiantNational { nir, nomNaissance }), in later kits.
    declares_national_id: bool

    def problems(self, document: etree._ElementTree) -> tuple[str, ...]:
        """The schema's refusals of `document`, one line each (empty: it validates)."""
        if self.xml_schema.validate(document):
            return ()
        return tuple(f"{error.line}: {error.message}" for error in self.xml_schema.error_log)


def load_schema(path: Path) -> FlowSchema:
    """The schema at `path`; DeclarationError if it is not the CDC's flow schema."""
    data = read_outside_file(path, SCHEMA_FILE)
    try:
        document = etree.fromstring(data, safe_parser(), base_url=str(path))
    except etree.XMLSyntaxError as error:
        raise _not_a_schema(path, str(error)) from None
    tree = document.getroottree()
    if tree.docinfo.doctype:
        raise _not_a_schema(path, "a DOCTYPE declaration")
    if document.tag != f"{_XSD}schema":
        raise _not_a_schema(path, f"its root is <{etree.QName(document).localname}>")
    for link in document.iter(*_LINKS):
        location = link.get("schemaLocation", "")
        if "://" in location:  # a schema from the network: never fetched
            raise _not_a_schema(path, f"it refers to {location}")
    if document.get("targetNamespace") != FLOW_NAMESPACE:
        raise DeclarationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is an XML Schema, but not the CDC's flow schema: its namespace is "
                "'{namespace}', not '{expected}'.",
            ),
            file=path.name,
            namespace=document.get("targetNamespace", ""),
            expected=FLOW_NAMESPACE,
        )
    try:
        xml_schema = etree.XMLSchema(tree)
    except etree.XMLSchemaParseError as error:
        raise _not_a_schema(path, str(error)) from None
    names = {element.get("name") for element in document.iter(f"{_XSD}element")}
    if "flux" not in names:
        raise _not_a_schema(path, "it declares no flux element")
    return FlowSchema(
        path=path,
        version=document.get("version", ""),
        sha256=hashlib.sha256(data).hexdigest(),
        xml_schema=xml_schema,
        declares_national_id={"identifiantNational", "nir"} <= names,
    )


def _not_a_schema(path: Path, detail: str) -> UserError:
    return DeclarationError(
        QT_TRANSLATE_NOOP(
            "messages", "{file} is not a usable XML Schema of the CDC's kit ({detail})."
        ),
        file=path.name,
        detail=" ".join(detail.split()),  # lxml's messages may hold line breaks
    )
