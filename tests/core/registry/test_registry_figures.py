"""The renewal figures counted from a played session: applications and their path, the
outcomes of the current decisions only, the pass rate over those heard, where candidates
fail, the delay to the decision; the jurors' agreement over each jury's current results and
the delay to the declaration to the Caisse des Dépôts, against hand-computed values; and
their CSV for a French spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.models import Outcome
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.candidates import add_candidate, set_status
from jury_desk.registry.figures import Figures, session_figures, year_figures
from jury_desk.registry.figures_agreement import JurorsAgreement
from jury_desk.registry.figures_csv import figures_csv
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.models import (
    Decision,
    DeclarationFlow,
    DeclaredPassage,
    Jury,
    ReceivedResults,
)
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_the_figures_of_a_played_session(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice", "Chen")]
    # Two applications that went no further: one incomplete, one withdrawn once eligible.
    add_candidate(registry, SESSION_ID, candidate_draft("Incomplet", "Inès"))
    withdrawn = add_candidate(registry, SESSION_ID, candidate_draft("Retiré", "Paul"))
    set_status(registry, withdrawn, ApplicationStatus.ELIGIBLE)
    set_status(registry, withdrawn, ApplicationStatus.WITHDRAWN, "retrait")
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.NOT_CERTIFIED, ids[2]: Outcome.ABSENT}
    results = tmp_path / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)

    figures = session_figures(registry, SESSION_ID)
    assert (figures.applications, figures.eligible, figures.shortlisted) == (5, 4, 3)
    assert figures.heard == 2 and figures.pass_rate == 0.5  # the absent are not in the base
    assert figures.outcomes[Outcome.ABSENT] == 1
    assert sum(figures.failing.values()) >= 1  # the one not certified failed somewhere
    assert all(sum(counter.values()) == 2 for counter in figures.levels.values())
    assert figures.days_to_decision and min(figures.days_to_decision) >= 0
    assert year_figures(registry, 2027).applications == 5
    assert year_figures(registry, 2026).applications == 0

    data = figures_csv([figures])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Période" and rows[1][9] == "50,0"
    assert rows[1][10] == "2 candidats entendus et décidés"


def _play(registry: Registry, setting: Setting, tmp_path: Path) -> tuple[str, list[str]]:
    """Jury 1 hears Arnaud (certified), Bérénice (not) and Chen (absent), its results
    imported; the jury's id and the candidates' ids."""
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice", "Chen")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.NOT_CERTIFIED, ids[2]: Outcome.ABSENT}
    results = tmp_path / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)
    return jury_id, ids


def _utc(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


def _received(jury_id: str, exported: datetime, statistics: str | None) -> ReceivedResults:
    return ReceivedResults(
        jury_id=jury_id,
        bundle_version=1,
        exported_at=exported,
        minutes_sha256="0" * 64,
        file_name=f"{jury_id}-{exported:%d}.jdresults",
        sha256=f"{jury_id}-{exported.isoformat()}",
        imported_at=exported,
        imported_by="Alice Martin",
        content=b"",
        statistics_json=statistics,
    )


def _add_other_juries(registry: Registry, jury_1: str) -> None:
    """Jury 2: an older results file (superseded, must not count) and its current one;
    Jury 3: a results file imported before the registry kept statistics."""
    with registry.write() as writer:
        first = writer.session.get(Jury, jury_1)
        assert first is not None
        for number in (2, 3):
            writer.session.add(
                Jury(
                    id=f"{SESSION_ID}-jury-{number}",
                    session_id=SESSION_ID,
                    label=f"Jury {number}",
                    chair_id=first.member_id,
                    member_id=first.chair_id,
                    updated_by=writer.actor,
                    updated_at=writer.now,
                )
            )
        writer.session.flush()
        jury_2, jury_3 = f"{SESSION_ID}-jury-2", f"{SESSION_ID}-jury-3"
        old = '{"agreement_rate":0.5,"pairs":24,"weighted_kappa":0.1}'
        current = '{"agreement_rate":0.75,"pairs":24,"weighted_kappa":0.4}'
        writer.session.add_all(
            [
                _received(jury_2, _utc(5, 20), old),
                _received(jury_2, _utc(5, 21), current),
                _received(jury_3, _utc(5, 21), None),
            ]
        )


def _declare(registry: Registry, candidate_id: str) -> None:
    """Arnaud's certified decision: rejected in a first file, accepted in a second one sent
    on 13 June at 22:30 UTC (14 June in Paris), written again in a third not yet sent."""
    with registry.write() as writer:
        decision = writer.session.scalars(
            select(Decision).where(
                Decision.candidate_id == candidate_id, Decision.superseded_by.is_(None)
            )
        ).one()
        flows = (
            ("F1", _utc(6, 1), "rejected"),
            ("F2", _utc(6, 13, 22, 30), "accepted"),
            ("F3", None, "generated"),
        )
        for flow_id, sent_at, status in flows:
            writer.session.add(
                DeclarationFlow(
                    id=flow_id,
                    session_id=SESSION_ID,
                    file_name=f"{flow_id}.xml",
                    sha256="0" * 64,
                    generated_at=_utc(6, 1, 8),
                    generated_by=writer.actor,
                    sent_at=sent_at,
                    sent_by=writer.actor if sent_at else None,
                )
            )
            writer.session.flush()
            writer.session.add(
                DeclaredPassage(
                    flow_id=flow_id,
                    candidate_id=candidate_id,
                    decision_id=decision.id,
                    technical_id=f"{flow_id}-1",
                    identity_version=1,
                    status=status,
                    updated_at=writer.now,
                )
            )


@pytest.mark.parametrize("registry_location", ["sqlcipher"], indirect=True)
def test_the_jurors_agreement_and_the_delay_to_the_declaration(
    registry: Registry, setting: Setting, tmp_path: Path
) -> None:
    jury_1, ids = _play(registry, setting, tmp_path)
    with registry.read() as session:
        kept = session.scalars(select(ReceivedResults)).one().statistics_json
    assert kept is not None
    # Both jurors of the play give the same levels: 2 heard × 8 competencies, all agreeing.
    assert '"pairs":16' in kept and '"agreement_rate":1.0' in kept
    assert '"weighted_kappa":1.0' in kept

    _add_other_juries(registry, jury_1)
    _declare(registry, ids[0])

    figures = session_figures(registry, SESSION_ID)
    agreement = figures.agreement
    # Jury 1: 16 pairs, 16 agreed; Jury 2's current file: 24 pairs × 0.75 = 18 agreed (its
    # older file, 24 × 0.5, is superseded); Jury 3: not recorded, not a 0.
    assert (agreement.juries, agreement.not_recorded) == (2, 1)
    assert (agreement.pairs, agreement.agreed, agreement.rate) == (40, 34, 0.85)
    assert agreement.kappa_range == (0.4, 1.0)
    # Decided on 19 May (Paris), declared by the file sent on 14 June (Paris): 26 days; the
    # rejected file and the file not sent do not count.
    assert figures.days_to_declaration == (26,)
    assert figures.median_days_to_declaration == 26
    assert year_figures(registry, 2027).agreement == agreement

    rows = list(csv.reader(io.StringIO(figures_csv([figures]).decode("utf-8-sig")), delimiter=";"))
    named = dict(zip(rows[0], rows[1], strict=True))
    assert named["Délai médian décision → déclaration à la CDC (jours)"] == "26,0"
    assert named["Paires de niveaux des deux jurés"] == "40"
    assert named["Paires concordantes"] == "34"
    assert named["Taux d’accord des jurés (%)"] == "85,0"
    assert named["Kappa pondéré des jurys : le plus bas"] == "0,40"
    assert named["Kappa pondéré des jurys : le plus haut"] == "1,00"
    assert named["Base de l’accord"] == (
        "40 paires sur 2 jurys ; 1 jury sans statistiques enregistrées"
    )


def test_an_agreement_not_recorded_is_no_zero_in_the_csv() -> None:
    figures = Figures(label="2026", agreement=JurorsAgreement(not_recorded=1))
    rows = list(csv.reader(io.StringIO(figures_csv([figures]).decode("utf-8-sig")), delimiter=";"))
    named = dict(zip(rows[0], rows[1], strict=True))
    assert named["Paires de niveaux des deux jurés"] == ""
    assert named["Taux d’accord des jurés (%)"] == ""
    assert named["Base de l’accord"] == "1 jury sans statistiques enregistrées"
