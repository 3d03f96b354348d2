"""The proposal's working state: who sits when, and which slots a juror can still take.

Slots are numbered in time order. Two slots clash for a juror when they
overlap or, on the same day, leave less than the break between them; a slot
clashes with itself. A placement fits when neither juror of its jury already
sits in a slot that clashes with it, so the board never holds a broken rule
(conflicts of interest are left out by the caller, who offers only allowed juries).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC

from jury_desk.rules.schedule.model import Grid, Jury, Placement


@dataclass(frozen=True)
class Seat:
    """A candidate's place on the board: a jury and a slot number."""

    jury: Jury
    slot: int


class Board:
    """Seats taken so far, each juror's slots and load (interviews, whatever the jury)."""

    def __init__(self, grid: Grid, juries: Sequence[Jury]) -> None:
        self.grid = grid
        self.juries = tuple(juries)
        self.slots = grid.slot_starts
        self.slot_numbers = {start: number for number, start in enumerate(self.slots)}
        self.clashes = _clashes(grid)
        self.jury_rank = {jury.id: rank for rank, jury in enumerate(juries)}
        self.seats: dict[str, Seat] = {}  # by candidate id
        self.busy: dict[str, set[int]] = {
            juror_id: set() for jury in juries for juror_id in jury.juror_ids
        }
        self.load: dict[str, int] = dict.fromkeys(self.busy, 0)

    def fits(self, jury: Jury, slot: int) -> bool:
        clashing = self.clashes[slot]
        return all(clashing.isdisjoint(self.busy[juror_id]) for juror_id in jury.juror_ids)

    def free_seats(self, juries: Iterable[Jury]) -> list[Seat]:
        return [
            Seat(jury, slot)
            for jury in juries
            for slot in range(len(self.slots))
            if self.fits(jury, slot)
        ]

    def sit(self, candidate_id: str, seat: Seat) -> None:
        self.seats[candidate_id] = seat
        for juror_id in seat.jury.juror_ids:
            self.busy[juror_id].add(seat.slot)
            self.load[juror_id] += 1

    def unseat(self, candidate_id: str) -> Seat:
        seat = self.seats.pop(candidate_id)
        for juror_id in seat.jury.juror_ids:
            self.busy[juror_id].discard(seat.slot)
            self.load[juror_id] -= 1
        return seat

    def best_seat(self, juries: Iterable[Jury]) -> Seat | None:
        """The free seat whose jurors have the least load, then the earliest slot, first jury."""
        best: tuple[tuple[int, int, int, int], Seat] | None = None
        for jury in juries:
            chair, member = (self.load[juror_id] for juror_id in jury.juror_ids)
            for slot in range(len(self.slots)):
                key = (max(chair, member), chair + member, slot, self.jury_rank[jury.id])
                if (best is None or key < best[0]) and self.fits(jury, slot):
                    best = (key, Seat(jury, slot))
        return None if best is None else best[1]

    def blockers(self, seat: Seat) -> set[str]:
        """The candidates whose seats keep `seat` from being free."""
        clashing = self.clashes[seat.slot]
        jurors = set(seat.jury.juror_ids)
        return {
            candidate_id
            for candidate_id, taken in self.seats.items()
            if taken.slot in clashing and not jurors.isdisjoint(taken.jury.juror_ids)
        }

    def placements(self) -> tuple[Placement, ...]:
        ordered = sorted(
            self.seats.items(),
            key=lambda item: (item[1].slot, self.jury_rank[item[1].jury.id], item[0]),
        )
        return tuple(
            Placement(candidate_id, seat.jury.id, self.slots[seat.slot])
            for candidate_id, seat in ordered
        )


def _clashes(grid: Grid) -> tuple[frozenset[int], ...]:
    """For each slot, the slots a juror who sits in it cannot also take (itself included)."""
    starts = [start.astimezone(UTC) for start in grid.slot_starts]
    days = [start.date() for start in grid.slot_starts]  # the session's days, not UTC's
    length, pause = grid.slot_length, grid.break_length
    clashes: list[frozenset[int]] = []
    for one, start in enumerate(starts):
        clashing = set()
        for other, other_start in enumerate(starts):
            first, second = sorted((start, other_start))
            gap = second - (first + length)
            if gap.total_seconds() < 0 or (days[one] == days[other] and gap < pause):
                clashing.add(other)
        clashes.append(frozenset(clashing))
    return tuple(clashes)
