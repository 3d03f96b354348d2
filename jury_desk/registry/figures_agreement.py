"""The jurors' agreement of a period, pooled over its juries: how often the two jurors of a
jury gave the same level to the same competency of the same candidate, and the spread of
the juries' weighted kappas.

Only each jury's current results file counts: the latest exported (the inbox refuses an
older one, and a newer one supersedes the decisions of the one before). A results file
imported before the registry kept statistics has none: its jury is counted as « not
recorded », never as a jury that agreed on nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.registry.models import Jury, ReceivedResults


@dataclass(frozen=True)
class JurorsAgreement:
    """The pairs of levels both jurors gave, pooled over the juries whose statistics are kept.

    `kappas` holds each such jury's weighted kappa (linear weights, as results.json computes
    it) where defined; the figures show their range, lowest to highest, not a mean: with a
    handful of juries a mean would hide the one that disagreed.
    """

    juries: int = 0  # current results files with statistics
    not_recorded: int = 0  # current results files imported before statistics were kept
    pairs: int = 0
    agreed: int = 0
    kappas: tuple[float, ...] = ()

    @property
    def rate(self) -> float | None:
        """Agreed pairs among all pairs; None without any pair."""
        return self.agreed / self.pairs if self.pairs else None

    @property
    def kappa_range(self) -> tuple[float, float] | None:
        return (min(self.kappas), max(self.kappas)) if self.kappas else None


def jurors_agreement(session: Session, session_ids: Iterable[str]) -> JurorsAgreement:
    recorded: list[dict[str, object]] = []
    not_recorded = 0
    for received in current_results(session, session_ids):
        if received.statistics_json is None:
            not_recorded += 1
        else:
            recorded.append(json.loads(received.statistics_json))
    pairs = sum(_count(stats["pairs"]) for stats in recorded)
    # Each jury's rate times its pairs is its own agreed pairs: summed, then rounded once.
    agreed = round(sum(_agreed(stats) for stats in recorded))
    kappas = tuple(
        sorted(float(k) for s in recorded if isinstance(k := s.get("weighted_kappa"), int | float))
    )
    return JurorsAgreement(len(recorded), not_recorded, pairs, agreed, kappas)


def current_results(session: Session, session_ids: Iterable[str]) -> list[ReceivedResults]:
    """Each jury's latest results file, for the juries of `session_ids`."""
    received = session.scalars(
        select(ReceivedResults)
        .join(Jury, ReceivedResults.jury_id == Jury.id)
        .where(Jury.session_id.in_(list(session_ids)))
        .order_by(ReceivedResults.jury_id, ReceivedResults.exported_at)
    )
    latest: dict[str, ReceivedResults] = {}
    for row in received:
        latest[row.jury_id] = row  # ordered by export: the last one stays
    return list(latest.values())


def _agreed(stats: dict[str, object]) -> float:
    """A jury's agreed pairs, from its rate and its pairs (no rate: no pair)."""
    rate = stats.get("agreement_rate")
    return float(rate) * _count(stats["pairs"]) if isinstance(rate, int | float) else 0.0


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0
