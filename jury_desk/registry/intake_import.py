"""Candidate intake into the registry: a spreadsheet mapped to fields, the attachments sorted
to their candidates, a preview saying what is wrong with each row, then the import.

The mapping the organiser chose is remembered in the registry (shared by the team). An
identity the Caisse des Dépôts could not take is said now, at intake, months before the
declaration; it does not stop the import, the organiser corrects it later.

A social security number column is taken only if the organiser keeps NIRs: each number
is checked like the identity, carried to the import (never shown, never in a repr)
and sealed there to the organiser's age recipient (registry/nir.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from jury_desk.intake.attachments import Attachments, read_attachments
from jury_desk.intake.fields import CandidateField
from jury_desk.intake.mapping import ColumnMapping, IntakeRow, apply_mapping, parse_birth_date
from jury_desk.intake.spreadsheet import Table
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.models.enums import DocumentKind
from jury_desk.registry.candidates import CandidateDraft, NewDocument, add_candidate
from jury_desk.registry.declaration_settings import declaration_settings
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Candidate, RegistrySession, Setting
from jury_desk.registry.nir import require_kept, seal_nir
from jury_desk.registry.store import Registry
from jury_desk.rules.civil_identity import CivilIdentity, identity_problems, split_first_names
from jury_desk.rules.nir import cdc_nir, nir_problems

MAPPING_SETTING = "intake.mapping"

_TITLES = {
    DocumentKind.USER_INTERVIEWS: "Compte rendu des entretiens utilisateurs",
    DocumentKind.MOCKUPS: "Maquettes ou captures d'écran",
    DocumentKind.INVESTMENT_TABLE: "Tableau d'investissement",
    DocumentKind.DECK: "Présentation",
    DocumentKind.OTHER: "Autre pièce",
}


@dataclass(frozen=True)
class IntakeCandidate:
    line: int
    key: str  # what the attachments were matched on
    draft: CandidateDraft
    documents: tuple[NewDocument, ...]
    problems: tuple[Phrase, ...] = ()
    # An application already in the session (same reference, or same names and birth date).
    already_there: str | None = None
    # The 13 characters of a social security number the rules accept, to seal at import.
    nir: str | None = field(default=None, repr=False)

    @property
    def importable(self) -> bool:
        return self.already_there is None and bool(self.draft.birth_name and self.draft.first_names)


@dataclass(frozen=True)
class IntakePreview:
    candidates: tuple[IntakeCandidate, ...]
    unmatched_files: tuple[str, ...] = field(default_factory=tuple)
    # A social security number column was mapped, but the registry does not keep them.
    nir_ignored: bool = False


def preview_intake(
    registry: Registry,
    session_id: str,
    table: Table,
    mapping: ColumnMapping,
    attachments: Path | None = None,
) -> IntakePreview:
    """What an import would add; nothing is written."""
    rows = apply_mapping(table, mapping)
    keep_nir = declaration_settings(registry).keep_nir
    keys = [_key(row) for row in rows]
    found = read_attachments(attachments, [k for k in keys if k]) if attachments else None
    with registry.read() as session:
        must_get(session, RegistrySession, session_id)
        existing = list(
            session.scalars(select(Candidate).where(Candidate.session_id == session_id))
        )
    candidates = tuple(
        _candidate(row, key, found, existing, keep_nir) for row, key in zip(rows, keys, strict=True)
    )
    nir_ignored = not keep_nir and CandidateField.NIR in mapping.columns
    return IntakePreview(candidates, found.unmatched if found else (), nir_ignored)


def import_intake(
    registry: Registry, session_id: str, preview: IntakePreview, recipient: str | None = None
) -> tuple[str, ...]:
    """Add every importable candidate of the preview; their ids, in the spreadsheet's order.

    Social security numbers are sealed to `recipient`, the organiser's age recipient;
    refused before anything is added if the preview has some and there is none to seal
    them to, or if the registry stopped keeping them since the preview.
    """
    chosen = [candidate for candidate in preview.candidates if candidate.importable]
    if any(candidate.nir for candidate in chosen):
        require_kept(registry)
        if not recipient:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Social security numbers are sealed to the organiser's authority: create "
                    "it (or restore it) on this computer before importing them.",
                )
            )
    return tuple(
        add_candidate(
            registry,
            session_id,
            candidate.draft,
            candidate.documents,
            nir_sealed=seal_nir(recipient, candidate.nir) if candidate.nir and recipient else None,
        )
        for candidate in chosen
    )


def remembered_mapping(registry: Registry) -> ColumnMapping | None:
    with registry.read() as session:
        row = session.get(Setting, MAPPING_SETTING)
        return ColumnMapping.from_json(row.value) if row is not None else None


def remember_mapping(registry: Registry, mapping: ColumnMapping) -> None:
    with registry.write() as writer:
        row = writer.session.get(Setting, MAPPING_SETTING)
        if row is None:
            row = Setting(key=MAPPING_SETTING)
            writer.session.add(row)
        row.value = mapping.to_json()
        writer.touch(row)
        writer.journal("intake.mapping", MAPPING_SETTING, json.loads(row.value))


def _key(row: IntakeRow) -> str:
    values = row.values
    reference = values.get(CandidateField.REFERENCE, "")
    if reference:
        return reference
    names = (values.get(CandidateField.BIRTH_NAME, ""), values.get(CandidateField.FIRST_NAMES, ""))
    return " ".join(n for n in names if n)


def _candidate(
    row: IntakeRow,
    key: str,
    found: Attachments | None,
    existing: Sequence[Candidate],
    keep_nir: bool,
) -> IntakeCandidate:
    draft, date_problem = _draft(row)
    files = found.by_key.get(key, ()) if found else ()
    documents = tuple(
        NewDocument(
            kind,
            _TITLES.get(kind, Path(f.name).stem),
            Path(f.name).name,
            f.media_type or "application/octet-stream",
            f.data,
        )
        for f in files
        if f.media_type is not None
        for kind in [f.kind or DocumentKind.OTHER]
    )
    problems = [Phrase(p.template, **dict(p.params)) for p in identity_problems(_identity(draft))]
    if date_problem is not None:
        problems.insert(0, date_problem)
    skipped = [f.name for f in files if f.media_type is None]
    if skipped:
        problems.append(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "messages", "files of a type the jurors' app does not show: {names}"
                ),
                names=", ".join(skipped),
            )
        )
    candidate = IntakeCandidate(
        row.line, key, draft, documents, tuple(problems), _already_there(draft, existing)
    )
    return _with_nir(candidate, row) if keep_nir else candidate


def _draft(row: IntakeRow) -> tuple[CandidateDraft, Phrase | None]:
    values = {str(name): text for name, text in row.values.items()}
    values.pop(CandidateField.NIR.value, None)  # never part of the draft: see _with_nir
    birth = values.pop(CandidateField.BIRTH_DATE.value, "")
    parsed = parse_birth_date(birth) if birth else None
    problem = None
    if birth and parsed is None:
        problem = Phrase(
            QT_TRANSLATE_NOOP("messages", "the birth date {text} cannot be read"), text=birth
        )
    year, month, day = parsed if parsed else (None, None, None)
    draft = CandidateDraft(
        birth_name=values.pop(CandidateField.BIRTH_NAME.value, ""),
        first_names=values.pop(CandidateField.FIRST_NAMES.value, ""),
        birth_year=year,
        birth_month=month,
        birth_day=day,
        **values,
    )
    return draft, problem


def _with_nir(candidate: IntakeCandidate, row: IntakeRow) -> IntakeCandidate:
    """The row's social security number, if the rules accept it; else its problems."""
    typed = row.values.get(CandidateField.NIR, "")
    if not typed.strip():
        return candidate
    problems = nir_problems(typed)
    if problems:
        said = tuple(Phrase(p.template, **dict(p.params)) for p in problems)
        return replace(candidate, problems=candidate.problems + said)
    return replace(candidate, nir=cdc_nir(typed))


def _identity(draft: CandidateDraft) -> CivilIdentity:
    def optional(text: str) -> str | None:
        return text or None

    return CivilIdentity(
        birth_name=draft.birth_name,
        usage_name=optional(draft.usage_name),
        first_names=split_first_names(draft.first_names),
        birth_year=draft.birth_year,
        birth_month=draft.birth_month,
        birth_day=draft.birth_day,
        sex=optional(draft.sex),
        birth_insee_code=optional(draft.birth_insee_code),
        birth_postal_code=optional(draft.birth_postal_code),
        birth_commune=optional(draft.birth_commune),
        birth_country_code=optional(draft.birth_country_code),
        birth_country=optional(draft.birth_country),
    )


def identity_of(draft: CandidateDraft) -> CivilIdentity:
    """The civil identity the CDC will need, as the candidate's form holds it."""
    return _identity(draft)


def _already_there(draft: CandidateDraft, existing: Sequence[Candidate]) -> str | None:
    def same_person(candidate: Candidate) -> bool:
        if draft.reference and candidate.reference:
            return draft.reference == candidate.reference
        return (
            candidate.birth_name.casefold() == draft.birth_name.casefold()
            and candidate.first_names.casefold() == draft.first_names.casefold()
            and (candidate.birth_year, candidate.birth_month, candidate.birth_day)
            == (draft.birth_year, draft.birth_month, draft.birth_day)
        )

    return next((c.id for c in existing if same_person(c)), None)
