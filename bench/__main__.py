"""`make bench`: run every benchmark and print its ratios."""

from bench import bundle_open, store_commit

for benchmark in (store_commit, bundle_open):
    benchmark.main()
