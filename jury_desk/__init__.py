"""jury-desk: the desktop application of the RS6247 certification juries."""

__version__ = "0.1.0"
