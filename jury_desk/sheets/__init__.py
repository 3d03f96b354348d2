"""Scoring sheets: one juror's signed assessment of one candidate.

The shape every signed document of jury-desk has: data.py (the frozen
dataclasses and their canonical JSON), codec.py (that JSON read back, with the
checks the schema cannot make), gather.py (the data from the workspace),
render.py (the PDF/A-3b a person reads), export.py (signing and writing it),
verify.py (is a file valid), importing.py (the other juror's, into the chair's
workspace).
"""
