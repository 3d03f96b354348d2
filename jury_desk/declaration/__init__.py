"""The declaration of holders to the Caisse des Dépôts (« accrochage certificateur »).

schema.py (the XML Schema of the CDC's kit, loaded with guards), flow.py (the flow
written with lxml, each passage checked alone then the whole file against the schema),
timestamp.py (the flow's timestamp in Paris time), report.py (the CDC's processing
report read back). Plain values in and out: the registry decides what goes in a file
and keeps what became of each passage.
"""
