"""`make bench`: run every benchmark and print its ratios."""

from bench import bundle_open, idle_lock, schedule, sheets, startup, store_commit

for benchmark in (store_commit, bundle_open, sheets, idle_lock, startup, schedule):
    benchmark.main()
