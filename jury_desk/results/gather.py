"""results.json built from the chair's workspace: every candidate decided, every file listed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from jury_desk.chair.statistics import SessionStatistics
from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.document_values import nfc, rounded_rate, utc_text
from jury_desk.kernel.json_schema import schema_problem
from jury_desk.models import Candidate, CertificationSession, JurorRole, Outcome, ScaleLevel
from jury_desk.results.data import SheetEntry
from jury_desk.results.layout import (
    MINUTES_PDF,
    RESULTS_FORMAT,
    RESULTS_VERSION,
    SCHEMA_FILE,
    sheet_member,
)
from jury_desk.rules.deadlines import decision_due_date, interview_day

KAPPA_WEIGHTS = "linear"


def build_results_json(
    row: CertificationSession,
    statistics: SessionStatistics,
    sheets: Sequence[SheetEntry],
    minutes_sha256: str,
    exported_at: datetime,
) -> bytes:
    """The bytes of results.json for the session as it stands (every candidate decided)."""
    labels = {level.rank: level for level in row.levels}
    candidates = sorted(row.candidates, key=lambda c: (c.slot_start, c.id))
    document: dict[str, Any] = {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "exported_at": utc_text(exported_at),
        "session": {
            "id": row.id,
            "title": nfc(row.title),
            "certification_title": nfc(row.certification_title),
            "rs_code": row.rs_code,
            "starts_on": row.starts_on.isoformat(),
            "ends_on": row.ends_on.isoformat(),
            "bundle_version": row.bundle_version,
            "decision_rule": {
                "kind": row.decision_rule.value,
                "minimum_passing": row.minimum_passing,
            },
        },
        "organiser": {"name": nfc(row.organiser_name or "")},
        "jury": [
            {
                "id": juror.id,
                "name": nfc(juror.name),
                "email": juror.email,
                "role": juror.role.value,
                "certificate": juror.certificate_pem or "",
            }
            for juror in sorted(row.jurors, key=lambda j: (j.role is not JurorRole.CHAIR, j.id))
        ],
        "scale": [
            {"rank": level.rank, "label": nfc(level.label), "passing": level.passing}
            for level in row.levels
        ],
        "competencies": [{"code": c.code, "title": nfc(c.title)} for c in row.competencies],
        "minutes": {"file": MINUTES_PDF, "sha256": minutes_sha256},
        "candidates": [_candidate_json(candidate, row, labels, sheets) for candidate in candidates],
        "statistics": statistics_json(statistics),
    }
    problem = schema_problem(SCHEMA_FILE, document)
    if problem is not None:  # a bug of ours: what we write must read back
        raise AssertionError(f"results.json breaks its own schema {problem}")
    return document_json(document)


def _candidate_json(
    candidate: Candidate,
    row: CertificationSession,
    labels: dict[int, ScaleLevel],
    sheets: Sequence[SheetEntry],
) -> dict[str, Any]:
    deliberation = candidate.deliberation
    assert deliberation is not None and deliberation.outcome is not None
    assert deliberation.decided_at is not None
    by_competency = {score.competency_id: score.level_rank for score in deliberation.scores}
    levels = []
    for competency in row.competencies:
        rank = by_competency.get(competency.id)
        level = labels.get(rank) if rank is not None else None
        levels.append(
            {
                "code": competency.code,
                "title": nfc(competency.title),
                "level": rank,
                "level_label": nfc(level.label) if level is not None else None,
                "passing": level.passing if level is not None else None,
            }
        )
    # Absent and postponed candidates validate nothing, whatever was scored.
    ruled = deliberation.outcome in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED)
    due = decision_due_date(interview_day(candidate.slot_start), row.decision_delay_months)
    return {
        "id": candidate.id,
        "name": nfc(candidate.name),
        "startup": nfc(candidate.startup),
        "slot_start": utc_text(candidate.slot_start),
        "decision_due_on": due.isoformat(),
        "outcome": deliberation.outcome.value,
        "decided_at": utc_text(deliberation.decided_at),
        "decision_revision": deliberation.revision,
        "reasons": nfc(deliberation.reasons),
        "levels": levels,
        "validated_competencies": [
            {"code": level["code"], "title": level["title"]}
            for level in levels
            if ruled and level["passing"]
        ],
        "sheets": [
            {
                "file": sheet_member(sheet.file_name),
                "juror": sheet.juror_id,
                "version": sheet.version,
                "sha256": sheet.sha256,
            }
            for sheet in sheets
            if sheet.candidate_id == candidate.id
        ],
    }


def statistics_json(statistics: SessionStatistics) -> dict[str, Any]:
    return {
        "candidates": statistics.candidates,
        "undecided": statistics.undecided,
        "outcome_counts": {
            outcome.value: count for outcome, count in statistics.outcome_counts.items()
        },
        "pass_rate": rounded_rate(statistics.pass_rate),
        "kappa_weights": KAPPA_WEIGHTS,
        "pairs": statistics.pairs,
        "agreement_rate": rounded_rate(statistics.agreement_rate),
        "weighted_kappa": rounded_rate(statistics.weighted_kappa),
        "competencies": [
            {
                "code": c.code,
                "title": nfc(c.title),
                # By rank of the scale, lowest first.
                "level_counts": [c.level_counts[rank] for rank in statistics.scale_ranks],
                "pairs": c.pairs,
                "agreements": c.agreements,
                "agreement_rate": rounded_rate(c.agreement_rate),
                "weighted_kappa": rounded_rate(c.weighted_kappa),
            }
            for c in statistics.competencies
        ],
    }
