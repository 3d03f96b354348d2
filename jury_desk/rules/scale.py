"""The level scale of a session: which levels exist and which ones pass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    """Levels by rank (0 = lowest); `passing[rank]` says whether that level passes.

    "Not scored" is None everywhere, never a rank: it is not the lowest level.
    """

    labels: tuple[str, ...]
    passing: tuple[bool, ...]

    def __post_init__(self) -> None:
        if len(self.labels) != len(self.passing) or not self.labels:
            raise ValueError("a scale needs one passing flag per level, and at least one level")
        if list(self.passing) != sorted(self.passing) or not any(self.passing):
            raise ValueError("the passing levels must be the upper ones, and there must be some")

    @classmethod
    def default(cls) -> Scale:
        """Four levels, the upper two passing (design.md §6)."""
        return cls(
            ("Insuffisant", "À consolider", "Maîtrisé", "Expert"), (False, False, True, True)
        )

    @property
    def size(self) -> int:
        return len(self.labels)

    def check_rank(self, rank: int | None) -> None:
        if rank is not None and not 0 <= rank < self.size:
            raise ValueError(f"level {rank} is not on this scale (0 to {self.size - 1})")

    def is_passing(self, rank: int | None) -> bool:
        self.check_rank(rank)
        return rank is not None and self.passing[rank]

    def needs_comment(self, rank: int | None) -> bool:
        """A comment is mandatory for any level below passing (not for "not scored")."""
        self.check_rank(rank)
        return rank is not None and not self.passing[rank]
