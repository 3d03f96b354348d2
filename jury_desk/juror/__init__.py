"""The juror's work: a candidate as the window shows it, a sheet's edits, the interview clock."""
