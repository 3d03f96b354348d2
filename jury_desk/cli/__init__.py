"""The `jury-desk` command line; it calls the same core functions as the window."""
