"""Candidate intake: the organiser's spreadsheets and attachments, read with guards."""
