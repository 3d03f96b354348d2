"""Convocations: the letter to each candidate and the calendar files for candidates and jurors."""
