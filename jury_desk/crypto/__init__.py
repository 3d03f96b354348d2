"""Encryption helpers around age (pyrage) that the rest of the core shares."""
