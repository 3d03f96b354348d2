"""PAdES signatures: signing a PDF as a juror, its visible stamp, verifying offline."""
