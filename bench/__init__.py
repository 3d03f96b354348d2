"""Benchmarks, printed as ratios against a reference run in the same process."""
