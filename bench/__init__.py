"""Benchmarks, printed as ratios against a reference run in the same process."""

from jury_desk.kernel.third_party_warnings import quiet_known_warnings

# As the application's entry points do, before any benchmark loads pyHanko: its known
# deprecation warning is not a finding of the benchmark.
quiet_known_warnings()
