"""The juror's snapshots read in plain SQL, for the window's first frame without SQLAlchemy."""
