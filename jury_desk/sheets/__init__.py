"""Scoring sheets: the data a juror signs, its JSON format, its PDF rendering, export and import."""
