"""Results to the organiser: minutes, both jurors' sheets and a results table, encrypted to them.

`export` builds the file in the chair's home; `opening` decrypts and verifies it
in the organiser's. The format is docs/results-format.md.
"""
