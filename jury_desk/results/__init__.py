"""Results to the organiser: minutes, both jurors' sheets and a results table, encrypted to them.

The shape of the signed documents, for a file that is encrypted rather than
signed (its signatures are those of the minutes and sheets it carries):
data.py (what results.json says), codec.py (results.json read back), gather.py
(built from the chair's workspace), render.py (results.csv for spreadsheets),
export.py (the chair's file for the organiser), verify.py (`results open`:
decrypt and verify everything, with agreement.py: results.json against the
signed minutes); layout.py and archive.py are the file's members and its tar.
"""
