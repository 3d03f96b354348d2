"""Scoring sheets: the data a juror signs, its JSON format and its PDF/A-3b rendering."""
