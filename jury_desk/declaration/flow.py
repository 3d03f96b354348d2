"""The flow the CDC receives: one `certificateur`, one `certification`, a passage per holder.

Written with lxml in the schema's namespace, every text in NFC (the schema counts
characters, and a decomposed accent would count twice). The pitfalls other
certifiers hit are avoided by construction:

- an optional element with nothing to say is absent, never empty (an empty birth-place
  label rejected whole files);
- a nillable element whose value is unknown is present with xsi:nil="true" (never
  omitted: `dateFinValidite`, `nomUsage`, the birth month and day…);
- the timestamp is Paris time with that day's offset (timestamp.py);
- a holder whose identity the schema cannot express (a sex other than M or F, a birth
  place without a code…) is listed with what is missing, never guessed or dropped
  silently.

Each passage is validated alone against the schema before it joins the flow, so that
one holder's refused data names that holder; the whole flow is validated again
before its bytes are returned.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from lxml import etree

from jury_desk.declaration.errors import DeclarationError
from jury_desk.declaration.schema import FLOW_NAMESPACE, FlowSchema
from jury_desk.declaration.timestamp import flow_timestamp
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.civil_identity import CivilIdentity, identity_problems

XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {"cpf": FLOW_NAMESPACE, "xsi": XSI_NAMESPACE}
_NIL = f"{{{XSI_NAMESPACE}}}nil"
_ABROAD = "99"  # an INSEE code of a birth abroad: 99 and the country's three digits
# RS6247 is obtained by passing its assessment: admission, not a score.
OBTAINED_BY = "PAR_ADMISSION"


@dataclass(frozen=True)
class Emitter:
    """Who declares what: the CDC's ids of the certifier and the certification declared."""

    client_id: str  # idClient, 8 characters
    contract_id: str  # idContrat
    certification_type: str  # RS
    certification_code: str  # RS6247


@dataclass(frozen=True)
class Passage:
    """One holder's certification as declared."""

    technical_id: str  # the same passage always has the same id
    decided_on: date  # the start of validity
    holder: CivilIdentity
    examined_on: date | None = None  # the interview's day
    nir: str | None = None  # only where the schema has the national id's branch


@dataclass(frozen=True)
class Excluded:
    """A passage left out of the flow, and why (each reason one message)."""

    passage: Passage
    problems: tuple[UserError, ...]


@dataclass(frozen=True)
class PreparedFlow:
    """The flow's bytes (None when no passage can go), what is in it and what is not."""

    content: bytes | None
    included: tuple[Passage, ...]
    excluded: tuple[Excluded, ...]


def prepare_flow(
    emitter: Emitter,
    passages: Sequence[Passage],
    flow_id: str,
    moment: datetime,
    schema: FlowSchema | None,
) -> PreparedFlow:
    """The flow of every passage the schema takes, validated; the others listed with why.

    Without a schema (the demo, with no CDC kit at hand) the identities are checked by the
    rules of schema 1.1.2 alone and nothing is validated: the caller must say so.
    """
    included: list[Passage] = []
    excluded: list[Excluded] = []
    for passage in passages:
        fitted, reasons = _fit(emitter, passage, flow_id, moment, schema)
        if fitted is None:
            excluded.append(Excluded(passage, reasons))
        else:
            included.append(fitted)
    if not included:
        return PreparedFlow(None, (), tuple(excluded))
    document = flow_document(emitter, included, flow_id, moment, schema)
    problems = schema.problems(document) if schema is not None else ()
    if problems:  # each passage passed alone: the emitter's ids are what the schema refuses
        raise DeclarationError(
            QT_TRANSLATE_NOOP(
                "messages", "The declaration does not validate against {schema}: {problems}"
            ),
            schema=schema.path.name if schema is not None else "",
            problems="; ".join(problems[:5]),
        )
    content = etree.tostring(document, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return PreparedFlow(content, tuple(included), tuple(excluded))


def _fit(
    emitter: Emitter,
    passage: Passage,
    flow_id: str,
    moment: datetime,
    schema: FlowSchema | None,
) -> tuple[Passage | None, tuple[UserError, ...]]:
    """The passage as the schema takes it (with its NIR if the schema can carry it)."""
    identity = tuple(
        UserError(problem.template, **problem.params)
        for problem in identity_problems(passage.holder)
    )
    if identity:
        return None, identity
    if schema is None:
        return replace(passage, nir=None), ()
    variants = [passage]
    if passage.nir is not None:
        without = replace(passage, nir=None)
        variants = [passage, without] if schema.declares_national_id else [without]
    refusals: tuple[str, ...] = ()
    for variant in variants:
        refusals = schema.problems(flow_document(emitter, [variant], flow_id, moment, schema))
        if not refusals:
            return variant, ()
    refused = DeclarationError(
        QT_TRANSLATE_NOOP("messages", "The CDC's schema refuses this passage: {problems}"),
        problems="; ".join(refusals[:3]),
    )
    return None, (refused,)


def flow_document(
    emitter: Emitter,
    passages: Iterable[Passage],
    flow_id: str,
    moment: datetime,
    schema: FlowSchema | None,
) -> etree._ElementTree:
    """The flow as written, not yet validated."""
    root = etree.Element(f"{{{FLOW_NAMESPACE}}}flux", nsmap=_NSMAP)
    _text(root, "idFlux", flow_id)
    _text(root, "horodatage", flow_timestamp(moment))
    sender = _element(root, "emetteur")
    _text(sender, "idClient", emitter.client_id)
    certifier = _element(_element(sender, "certificateurs"), "certificateur")
    _text(certifier, "idClient", emitter.client_id)
    _text(certifier, "idContrat", emitter.contract_id)
    certification = _element(_element(certifier, "certifications"), "certification")
    _text(certification, "type", emitter.certification_type)
    _text(certification, "code", emitter.certification_code)
    listed = _element(certification, "passageCertifications")
    for passage in passages:
        _passage(listed, passage, schema)
    return root.getroottree()


def _passage(parent: etree._Element, passage: Passage, schema: FlowSchema | None) -> None:
    element = _element(parent, "passageCertification")
    _text(element, "idTechnique", passage.technical_id)
    _text(element, "obtentionCertification", OBTAINED_BY)
    # The certifier checked the identity against a document at intake.
    _text(element, "donneeCertifiee", "true")
    if passage.examined_on is not None:
        _text(element, "dateDebutExamen", passage.examined_on.isoformat())
        _text(element, "dateFinExamen", passage.examined_on.isoformat())
    _text(element, "dateDebutValidite", passage.decided_on.isoformat())
    _nil(element, "dateFinValidite")  # the certification has no end of validity
    _text(element, "presenceNiveauLangueEuro", "false")
    _text(element, "presenceNiveauNumeriqueEuro", "false")
    _nil(element, "scoring")
    _nil(element, "mentionValidee")
    _nil(_element(element, "modalitesInscription"), "modaliteAcces")  # not asked at intake
    identification = _element(element, "identificationTitulaire")
    if passage.nir is not None and schema is not None and schema.declares_national_id:
        national = _element(identification, "identifiantNational")
        _text(national, "nir", passage.nir)
        _text(national, "nomNaissance", passage.holder.birth_name)
    else:
        _holder(identification, passage.holder)


def _holder(parent: etree._Element, holder: CivilIdentity) -> None:
    element = _element(parent, "titulaire")
    _text(element, "nomNaissance", holder.birth_name)
    _nillable(element, "nomUsage", holder.usage_name)
    for number, first_name in enumerate(holder.first_names, start=1):
        _text(element, f"prenom{number}", first_name)
    _text(element, "anneeNaissance", str(holder.birth_year))
    _nillable(element, "moisNaissance", _number(holder.birth_month))
    _nillable(element, "jourNaissance", _number(holder.birth_day))
    _text(element, "sexe", str(holder.sex))
    place = _element(element, "codeCommuneNaissance")
    insee = _present(holder.birth_insee_code)
    if insee is not None:
        _text(_element(place, "codeInseeNaissance"), "codeInsee", insee)
    else:
        _text(_element(place, "codePostalNaissance"), "codePostal", str(holder.birth_postal_code))
    _optional(element, "libelleCommuneNaissance", holder.birth_commune)
    country = _present(holder.birth_country_code)
    if country is None and insee is not None and insee.startswith(_ABROAD):
        country = insee[len(_ABROAD) :]  # the same code, not a guess
    _optional(element, "codePaysNaissance", country)
    _optional(element, "libellePaysNaissance", holder.birth_country)


def _number(value: int | None) -> str | None:
    return None if value is None else str(value)


def _present(value: str | None) -> str | None:
    """`value` trimmed, or None where there is nothing to say."""
    if value is None or not value.strip():
        return None
    return value.strip()


def _element(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{FLOW_NAMESPACE}}}{name}")


def _text(parent: etree._Element, name: str, value: str) -> None:
    _element(parent, name).text = unicodedata.normalize("NFC", value.strip())


def _optional(parent: etree._Element, name: str, value: str | None) -> None:
    """Absent when there is nothing to say: an empty optional element fails the schema."""
    present = _present(value)
    if present is not None:
        _text(parent, name, present)


def _nillable(parent: etree._Element, name: str, value: str | None) -> None:
    """Nil when unknown: a nillable element the schema requires is never left out."""
    present = _present(value)
    if present is None:
        _nil(parent, name)
    else:
        _text(parent, name, present)


def _nil(parent: etree._Element, name: str) -> None:
    _element(parent, name).set(_NIL, "true")
