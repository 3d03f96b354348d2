"""The session manifest: JSON, versioned, checked against its JSON Schema.

It carries everything about the session except the dossier files themselves,
which it lists with their size and SHA-256. Its bytes are what the organiser
signs (`manifest.sig`), so they are produced once and never re-serialised
before verification.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

import jsonschema

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.json_schema import one_line
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.models.enums import DecisionRuleKind, DocumentKind, JurorRole
from jury_desk.resources import shipped_file
from jury_desk.rules.document_checks import first_repeated
from jury_desk.rules.referential import (
    CompetencySpec,
    DecisionRuleSpec,
    InterviewPlanSpec,
    LevelSpec,
    PhaseSpec,
    ReferentialSpec,
)
from jury_desk.rules.time_zones import is_time_zone_name
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec
from jury_desk.trust.succession import Succession

MANIFEST_FORMAT = "jury-desk-session-manifest"
MANIFEST_VERSION = 1
SCHEMA_FILE = "session-manifest-v1.schema.json"


class ManifestError(UserError):
    pass


@dataclass(frozen=True)
class OrganiserInfo:
    name: str
    certificate_pem: str
    age_recipient: str
    # After a renewal: the previous authority's word for this one (trust/succession.py).
    succession: Succession | None = None


@dataclass(frozen=True)
class Manifest:
    spec: SessionSpec
    organiser: OrganiserInfo
    timezone: str


@cache
def manifest_schema() -> dict[str, Any]:
    text = shipped_file("schemas", SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def manifest_to_json(manifest: Manifest) -> bytes:
    spec = manifest.spec
    document: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "session": {
            "id": spec.id,
            "title": spec.title,
            "certification_title": spec.certification_title,
            "rs_code": spec.rs_code,
            "starts_on": spec.starts_on.isoformat(),
            "ends_on": spec.ends_on.isoformat(),
            "bundle_version": spec.version,
            "issued_at": _utc(spec.issued_at),
            "decision_delay_months": spec.decision_delay_months,
            "timezone": manifest.timezone,
        },
        "decision_rule": {
            "kind": spec.rule.kind.value,
            "minimum_passing": spec.rule.minimum_passing,
        },
        "referential": {
            "levels": [
                {"rank": lv.rank, "label": lv.label, "passing": lv.passing}
                for lv in spec.referential.levels
            ],
            "competencies": [
                {
                    "code": c.code,
                    "title": c.title,
                    "description": c.description,
                    "criteria": list(c.criteria),
                    "descriptors": list(c.descriptors),
                }
                for c in spec.referential.competencies
            ],
        },
        "interview_plan": {
            "phases": [
                {"code": p.code, "title": p.title, "minutes": p.minutes} for p in spec.plan.phases
            ],
            "warning_marks_minutes": list(spec.plan.warning_marks_minutes),
        },
        "organiser": _organiser_json(manifest.organiser),
        "jurors": [_juror_json(juror) for juror in spec.jurors],
        "candidates": [_candidate_json(candidate) for candidate in spec.candidates],
    }
    _validate_schema(document)
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _juror_json(juror: JurorSpec) -> dict[str, Any]:
    if juror.certificate_pem is None or juror.age_recipient is None:
        raise ValueError(f"juror {juror.id} has no certificate or age recipient yet")
    return {
        "id": juror.id,
        "name": juror.name,
        "email": juror.email,
        "role": juror.role.value,
        "certificate": juror.certificate_pem,
        "age_recipient": juror.age_recipient,
    }


def _candidate_json(candidate: CandidateSpec) -> dict[str, Any]:
    return {
        "id": candidate.id,
        "name": candidate.name,
        "startup": candidate.startup,
        "incubator": candidate.incubator,
        "phase": candidate.phase,
        "role": candidate.role,
        "slot_start": _utc(candidate.slot_start),
        "slot_minutes": candidate.slot_minutes,
        "documents": [
            {
                "kind": d.kind.value,
                "title": d.title,
                "media_type": d.media_type,
                "path": d.path,
                "size": d.size,
                "sha256": d.sha256,
            }
            for d in candidate.documents
        ],
    }


def _validate_schema(document: Any) -> None:
    validator = jsonschema.Draft202012Validator(manifest_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "The manifest is not valid at {where}: {reason}"),
            where=where,
            reason=one_line(error.message),  # it may quote a whole list of jurors
        )


def manifest_from_json(data: bytes) -> Manifest:
    """Read and check a manifest; every problem is one `ManifestError` line."""
    try:
        # The payload reader has already capped the manifest's size (BundleLimits).
        document = load_outside_json(data, max_bytes=len(data))
    except OutsideJsonError as error:
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "The manifest is refused: {reason}."), reason=error
        ) from None
    if isinstance(document, dict) and document.get("version") not in (None, MANIFEST_VERSION):
        raise ManifestError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The manifest has version {version}, this jury-desk reads "
                "version {supported}: install a newer jury-desk.",
            ),
            version=document.get("version"),
            supported=MANIFEST_VERSION,
        )
    _validate_schema(document)
    try:
        return _manifest(document)
    except ManifestError as problem:  # from _check_consistency
        reason: object = problem
    except ValueError as exc:
        reason = str(exc)
    raise ManifestError(
        QT_TRANSLATE_NOOP("messages", "The manifest is not consistent: {reason}"), reason=reason
    )


def _manifest(document: dict[str, Any]) -> Manifest:
    session = document["session"]
    referential = document["referential"]
    plan = document["interview_plan"]
    spec = SessionSpec(
        id=session["id"],
        title=session["title"],
        certification_title=session["certification_title"],
        rs_code=session["rs_code"],
        starts_on=date.fromisoformat(session["starts_on"]),
        ends_on=date.fromisoformat(session["ends_on"]),
        version=session["bundle_version"],
        issued_at=_parse_utc(session["issued_at"]),
        decision_delay_months=session["decision_delay_months"],
        rule=DecisionRuleSpec(
            DecisionRuleKind(document["decision_rule"]["kind"]),
            document["decision_rule"]["minimum_passing"],
        ),
        plan=InterviewPlanSpec(
            tuple(PhaseSpec(p["code"], p["title"], p["minutes"]) for p in plan["phases"]),
            tuple(plan["warning_marks_minutes"]),
        ),
        referential=ReferentialSpec(
            tuple(
                LevelSpec(lv["rank"], lv["label"], lv["passing"]) for lv in referential["levels"]
            ),
            tuple(
                CompetencySpec(
                    c["code"],
                    c["title"],
                    c["description"],
                    tuple(c["criteria"]),
                    tuple(c["descriptors"]),
                )
                for c in referential["competencies"]
            ),
        ),
        candidates=tuple(_candidate(c) for c in document["candidates"]),
        jurors=tuple(
            JurorSpec(
                j["id"],
                j["name"],
                j["email"],
                JurorRole(j["role"]),
                j["certificate"],
                j["age_recipient"],
            )
            for j in document["jurors"]
        ),
    )
    _check_consistency(spec)
    timezone = session["timezone"]
    if not is_time_zone_name(timezone):
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "the time zone {value!r} is not an IANA name known here"),
            value=timezone,
        )
    organiser = document["organiser"]
    succession = organiser.get("succession")
    return Manifest(
        spec,
        OrganiserInfo(
            organiser["name"],
            organiser["certificate"],
            organiser["age_recipient"],
            Succession.from_document(succession) if succession is not None else None,
        ),
        timezone,
    )


def _organiser_json(organiser: OrganiserInfo) -> dict[str, Any]:
    document: dict[str, Any] = {
        "name": organiser.name,
        "certificate": organiser.certificate_pem,
        "age_recipient": organiser.age_recipient,
    }
    if organiser.succession is not None:
        document["succession"] = organiser.succession.to_document()
    return document


def _candidate(c: dict[str, Any]) -> CandidateSpec:
    return CandidateSpec(
        id=c["id"],
        name=c["name"],
        startup=c["startup"],
        incubator=c["incubator"],
        phase=c["phase"],
        role=c["role"],
        slot_start=_parse_utc(c["slot_start"]),
        slot_minutes=c["slot_minutes"],
        documents=tuple(
            DocumentSpec(
                DocumentKind(d["kind"]),
                d["title"],
                d["media_type"],
                declared_sha256=d["sha256"],
                declared_size=d["size"],
                path=d["path"],
            )
            for d in c["documents"]
        ),
    )


def _parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _check_consistency(spec: SessionSpec) -> None:
    """What a schema cannot say: uniqueness, order, one chair.

    The ManifestError raised names the problem alone; manifest_from_json gives
    it as the reason why the manifest is not consistent.
    """
    if spec.ends_on < spec.starts_on:
        raise ManifestError(QT_TRANSLATE_NOOP("messages", "the session ends before it starts"))
    _unique(QT_TRANSLATE_NOOP("messages", "candidate id"), [c.id for c in spec.candidates])
    _unique(QT_TRANSLATE_NOOP("messages", "juror id"), [j.id for j in spec.jurors])
    _unique(
        QT_TRANSLATE_NOOP("messages", "competency code"),
        [c.code for c in spec.referential.competencies],
    )
    _unique(QT_TRANSLATE_NOOP("messages", "phase code"), [p.code for p in spec.plan.phases])
    _check_jury(spec)
    _check_rule(spec)
    _check_plan(spec)
    _check_document_paths(spec)


def _check_jury(spec: SessionSpec) -> None:
    """A chair and a member (the schema allows two jurors), two people with their own keys."""
    chairs = [j for j in spec.jurors if j.role is JurorRole.CHAIR]
    if len(chairs) != 1:
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "the jury has {count} chairs instead of one"),
            count=len(chairs),
        )
    _unique(
        QT_TRANSLATE_NOOP("messages", "juror e-mail"), [j.email.casefold() for j in spec.jurors]
    )
    _unique(
        QT_TRANSLATE_NOOP("messages", "juror age recipient"),
        [j.age_recipient or "" for j in spec.jurors],
    )
    # The same certificate twice would let one person sign for two jurors; verification
    # also compares the certificates' keys (bundle/verification.py).
    certificates = ["".join((j.certificate_pem or "").split()) for j in spec.jurors]
    if first_repeated(certificates) is not None:
        raise ManifestError(QT_TRANSLATE_NOOP("messages", "two jurors have the same certificate"))


def _check_plan(spec: SessionSpec) -> None:
    total = spec.plan.total_minutes
    for mark in spec.plan.warning_marks_minutes:
        if mark >= total:
            raise ManifestError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the warning mark at {mark} minutes is not within the {total}-minute interview",
                ),
                mark=mark,
                total=total,
            )


def _check_rule(spec: SessionSpec) -> None:
    if spec.rule.kind is DecisionRuleKind.MINIMUM_PASSING:
        if spec.rule.minimum_passing is None:
            raise ManifestError(
                QT_TRANSLATE_NOOP("messages", "the minimum_passing rule has no minimum")
            )
        if spec.rule.minimum_passing > len(spec.referential.competencies):
            raise ManifestError(
                QT_TRANSLATE_NOOP(
                    "messages", "the minimum_passing rule asks for more competencies than exist"
                )
            )
    elif spec.rule.minimum_passing is not None:
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "minimum_passing is given but the rule is all_passing")
        )


def _check_document_paths(spec: SessionSpec) -> None:
    """Each document once, in its candidate's folder, even on a case-insensitive disk."""
    paths = [d.path or "" for c in spec.candidates for d in c.documents]
    _unique(QT_TRANSLATE_NOOP("messages", "document path"), paths)
    # Case-insensitive file systems (Windows, macOS) would merge these.
    _unique(
        QT_TRANSLATE_NOOP("messages", "document path (ignoring case)"),
        [path.casefold() for path in paths],
    )
    for candidate in spec.candidates:
        for document in candidate.documents:
            if not (document.path or "").startswith(f"documents/{candidate.id}/"):
                raise ManifestError(
                    QT_TRANSLATE_NOOP("messages", "{path} is not in the folder of {candidate}"),
                    path=document.path,
                    candidate=candidate.id,
                )


def _unique(what: str, values: list[str]) -> None:
    """`what`: the kind of value, a phrase marked for translation."""
    repeated = first_repeated(values)
    if repeated is not None:
        raise ManifestError(
            QT_TRANSLATE_NOOP("messages", "the {what} {value!r} appears twice"),
            what=what,
            value=repeated,
        )
