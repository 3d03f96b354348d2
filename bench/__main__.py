"""`make bench`: run every benchmark and print its ratios."""

from bench import store_commit

for benchmark in (store_commit,):
    benchmark.main()
