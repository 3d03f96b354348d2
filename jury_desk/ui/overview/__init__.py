"""The session overview: every candidate's status and outcome, and the statistics."""
