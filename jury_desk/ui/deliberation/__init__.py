"""The chair's deliberation: both jurors' levels side by side, casting votes, decisions."""
