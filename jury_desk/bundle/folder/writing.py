"""`write_folder`: a `SessionSpec` written as an organiser's folder that loads back the same."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import tomli_w

from jury_desk.bundle.folder.layout import (
    DEFAULT_TIMEZONE,
    DOSSIERS_DIR,
    EXTENSION_FOR,
    FOLDER_FORMAT_VERSION,
    LINK_KINDS,
    REQUESTS_DIR,
    SESSION_FILE,
)
from jury_desk.bundle.folder.scaffold import create_folder, write_readmes
from jury_desk.models.enums import DocumentKind
from jury_desk.rules.referential import (
    CompetencySpec,
)
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec


def write_folder(
    folder: Path, spec: SessionSpec, requests: dict[str, bytes], timezone: str = DEFAULT_TIMEZONE
) -> None:
    """Write `spec` as an organiser's folder that `load_folder` reads back to the same session.

    `requests` maps juror ids to their enrolment request bytes; a juror without
    one gets no `request` key. Link documents become `site_url` and
    `product_sheet_url`; every other document becomes a file under `dossiers/`.
    """
    zone = ZoneInfo(timezone)
    unknown = sorted(set(requests) - {juror.id for juror in spec.jurors})
    if unknown:
        raise ValueError(f"requests for jurors not in the session: {', '.join(unknown)}")
    files = {f"{REQUESTS_DIR}/{juror_id}.json": data for juror_id, data in requests.items()}
    document = _document(spec, timezone, zone, files)
    text = _GENERATED_HEADER + tomli_w.dumps(document)

    def fill(root: Path) -> None:
        (root / SESSION_FILE).write_text(text, encoding="utf-8")
        write_readmes(root)
        for relative, data in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    create_folder(folder, fill)


def _document(
    spec: SessionSpec, timezone: str, zone: ZoneInfo, files: dict[str, bytes]
) -> dict[str, object]:
    rule: dict[str, object] = {"kind": spec.rule.kind.value}
    if spec.rule.minimum_passing is not None:
        rule["minimum_passing"] = spec.rule.minimum_passing
    return {
        "format": FOLDER_FORMAT_VERSION,
        "session": {
            "id": spec.id,
            "title": spec.title,
            "certification_title": spec.certification_title,
            "rs_code": spec.rs_code,
            "starts_on": spec.starts_on,
            "ends_on": spec.ends_on,
            "version": spec.version,
            "decision_delay_months": spec.decision_delay_months,
            "timezone": timezone,
        },
        "levels": [
            {"label": level.label, "passing": level.passing} for level in spec.referential.levels
        ],
        "competencies": [_competency_table(c) for c in spec.referential.competencies],
        "decision_rule": rule,
        "interview_plan": {
            "warning_marks_minutes": list(spec.plan.warning_marks_minutes),
            "phases": [
                {"code": phase.code, "title": phase.title, "minutes": phase.minutes}
                for phase in spec.plan.phases
            ],
        },
        "jurors": [_juror_table(juror, files) for juror in spec.jurors],
        "candidates": [_candidate_table(c, zone, files) for c in spec.candidates],
    }


def _competency_table(competency: CompetencySpec) -> dict[str, object]:
    return {
        "code": competency.code,
        "title": competency.title,
        "description": competency.description,
        "criteria": list(competency.criteria),
        "descriptors": list(competency.descriptors),
    }


def _juror_table(juror: JurorSpec, files: dict[str, bytes]) -> dict[str, object]:
    table: dict[str, object] = {
        "id": juror.id,
        "name": juror.name,
        "email": juror.email,
        "role": juror.role.value,
    }
    request = f"{REQUESTS_DIR}/{juror.id}.json"
    if request in files:
        table["request"] = request
    return table


def _candidate_table(
    candidate: CandidateSpec, zone: ZoneInfo, files: dict[str, bytes]
) -> dict[str, object]:
    documents: list[dict[str, object]] = []
    dossier = [document for document in candidate.documents if document.kind not in LINK_KINDS]
    for number, document in enumerate(dossier, start=1):
        relative = f"{DOSSIERS_DIR}/{candidate.id}/{_file_name(number, document)}"
        files[relative] = _content(candidate, document)
        documents.append({"kind": document.kind.value, "title": document.title, "file": relative})
    return {
        "id": candidate.id,
        "name": candidate.name,
        "startup": candidate.startup,
        "incubator": candidate.incubator,
        "phase": candidate.phase,
        "role": candidate.role,
        "slot": _local_slot(candidate.slot_start, zone),
        "slot_minutes": candidate.slot_minutes,
        "site_url": _url_of(candidate, DocumentKind.SITE_LINK),
        "product_sheet_url": _url_of(candidate, DocumentKind.PRODUCT_SHEET_LINK),
        "documents": documents,
    }


def _file_name(number: int, document: DocumentSpec) -> str:
    extension = EXTENSION_FOR.get(document.media_type)
    if extension is None:
        raise ValueError(f"{document.title}: no file extension for {document.media_type}")
    return f"{number:02d}-{_slug(document.title)}{extension}"


def _content(candidate: CandidateSpec, document: DocumentSpec) -> bytes:
    if document.content is None:
        raise ValueError(f"{candidate.id}: {document.title}: no content to write")
    return document.content


def _url_of(candidate: CandidateSpec, kind: DocumentKind) -> str:
    links = [document for document in candidate.documents if document.kind is kind]
    if len(links) != 1 or links[0].content is None:
        raise ValueError(f"{candidate.id}: needs exactly one {kind.value} document with content")
    return links[0].content.decode("utf-8").strip()


def _local_slot(moment: datetime, zone: ZoneInfo) -> datetime:
    """Local time in the session's zone, or with its offset when that time happens twice."""
    local = moment.astimezone(zone)
    naive = local.replace(tzinfo=None, fold=0)  # as a local time-of-day reads back
    if naive.replace(tzinfo=zone).astimezone(UTC) == moment.astimezone(UTC):
        return naive
    return local  # the second 02:30 of an autumn night: the offset tells which one


def _slug(title: str) -> str:
    # Accents dropped; anything else, apostrophes included, separates words.
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", letters.lower()).strip("-")
    return slug[:40].rstrip("-") or "document"


_GENERATED_HEADER = (
    "# Généré par jury-desk à partir d'une session existante ; il se modifie comme tout "
    "session.toml.\n\n"
)
