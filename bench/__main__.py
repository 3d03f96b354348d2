"""`make bench`: run every benchmark and print its ratios."""

from bench import bundle_open, sheets, store_commit

for benchmark in (store_commit, bundle_open, sheets):
    benchmark.main()
