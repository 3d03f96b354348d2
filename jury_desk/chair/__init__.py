"""The chair's work after the interviews: deliberation (casting votes, decisions) and statistics."""
