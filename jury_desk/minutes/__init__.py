"""The minutes of deliberation: drawn up and signed by the chair, co-signed by the member.

The shape every signed document of jury-desk has: data.py, codec.py,
gather.py, render.py (with render_words.py), export.py (the chair signs),
verify.py, importing.py (the co-signed minutes back to the chair); and
cosign.py, the member's second signature.
"""
