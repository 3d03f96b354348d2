"""The scoring grid of the 8 competencies, written to the workspace as it is edited."""
