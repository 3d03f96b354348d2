"""Everything the registry holds about one person, in one ZIP: the answer to a GDPR access
request (article 15). A candidate's: identity, contact, application, status history,
interview, dossier files, and the journal entries about them; a juror's: profile,
enrolment, juries, bundles issued to them, and the journal entries about them."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.file_names import ascii_words
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import (
    Candidate,
    IssuedBundle,
    Juror,
    Jury,
    Placement,
    RegistryJournalEntry,
)
from jury_desk.registry.nir import has_nir
from jury_desk.registry.store import Registry

FORMAT = "jury-desk-registry-access-export"
_NOT_EXPORTED = frozenset({"nir_sealed"})
_NIR_KEPT = (
    "numéro de sécurité sociale conservé, chiffré, pour la déclaration à la Caisse des "
    "Dépôts ; il n'est pas reproduit ici"
)
_READ_ME = (
    "Données détenues par le registre de l'organisateur de la certification RS6247 "
    "sur une personne (droit d'accès, article 15 du RGPD).\n"
    "donnees.json : les données, lisibles par un programme ; pieces/ : les fichiers du dossier.\n"
)


def export_person(registry: Registry, person_id: str, output: Path) -> int:
    """Write the ZIP for the candidate or juror `person_id`; the number of files in it."""
    with registry.read() as session:
        files: dict[str, bytes] = {}
        if session.get(Juror, person_id) is not None:
            document = _juror(session, person_id)
        else:
            document, files = _candidate(session, must_get(session, Candidate, person_id))
        document["journal"] = _journal(session, person_id)
    document = {"format": FORMAT, "exported_at": registry.clock.now().isoformat(), **document}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LISEZMOI.txt", _READ_ME)
        archive.writestr(
            "donnees.json", json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
        )
        for name, data in files.items():
            archive.writestr(f"pieces/{name}", data)
    write_atomically(output, buffer.getvalue())
    with registry.write() as writer:  # who looked at whose data is itself recorded
        writer.journal("person.export", person_id, {"files": len(files)})
    return len(files) + 2


def _candidate(session: Session, candidate: Candidate) -> tuple[dict[str, Any], dict[str, bytes]]:
    columns = {
        c.key: getattr(candidate, c.key)
        for c in Candidate.__table__.columns
        if c.key not in _NOT_EXPORTED
    }
    # Whether a social security number is kept, never the number: it stays sealed.
    columns["nir"] = _NIR_KEPT if has_nir(session, candidate.id) else None
    placement = session.get(Placement, candidate.id)
    files: dict[str, bytes] = {}
    documents = []
    for position, document in enumerate(candidate.documents, start=1):
        stem, dot, suffix = document.file_name.rpartition(".")
        name = (
            f"{position:02d}-{ascii_words(stem or suffix) or 'piece'}{dot}{suffix if stem else ''}"
        )
        files[name] = document.content
        documents.append(
            {
                "file": f"pieces/{name}",
                "kind": document.kind.value,
                "title": document.title,
                "sha256": document.sha256,
                "added_at": document.added_at.isoformat(),
                "added_by": document.added_by,
            }
        )
    return (
        {
            "candidate": _plain(columns),
            "status_history": [
                {"status": c.status.value, "at": c.at_utc.isoformat(), "by": c.by, "note": c.note}
                for c in candidate.history
            ],
            "interview": None
            if placement is None
            else {"jury": placement.jury.label, "start": placement.start_utc.isoformat()},
            "documents": documents,
        },
        files,
    )


def _juror(session: Session, juror_id: str) -> dict[str, Any]:
    juror = must_get(session, Juror, juror_id)
    columns = {c.key: getattr(juror, c.key) for c in Juror.__table__.columns if c.key != "request"}
    juries = list(
        session.scalars(
            select(Jury).where(or_(Jury.chair_id == juror_id, Jury.member_id == juror_id))
        )
    )
    bundles = session.scalars(
        select(IssuedBundle).where(IssuedBundle.jury_id.in_([j.id for j in juries]))
    )
    return {
        "juror": _plain(columns),
        "enrolment_request": juror.request.decode("utf-8") if juror.request else None,
        "juries": [{"id": j.id, "label": j.label, "session": j.session_id} for j in juries],
        "bundles_issued": [
            {"jury": b.jury_id, "version": b.bundle_version, "at": b.issued_at.isoformat()}
            for b in bundles
        ],
    }


def _journal(session: Session, subject: str) -> list[dict[str, Any]]:
    entries = session.scalars(
        select(RegistryJournalEntry)
        .where(RegistryJournalEntry.subject == subject)
        .order_by(RegistryJournalEntry.seq)
    )
    return [
        {
            "at": e.at_utc.isoformat(),
            "by": e.actor,
            "action": e.action,
            "details": json.loads(e.payload),
        }
        for e in entries
    ]


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else value
        for key, value in values.items()
    }
