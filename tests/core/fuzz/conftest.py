"""Hypothesis settings for the property tests of the readers of outside files.

`make test` runs them with the "ci" profile: derandomised (the same examples on
every run and machine, so a failure is reproducible and CI never flakes) and
few examples. `make fuzz` runs the "fuzz" profile: random, many examples, its
findings kept in .hypothesis/ to be replayed first next time.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=timedelta(seconds=5),  # a reader that hangs is a finding, not a slow machine
    database=None,  # nothing written into the tree by `make test`
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("JURY_DESK_FUZZ", "ci"))
