"""Data files shipped with jury-desk (fonts)."""
