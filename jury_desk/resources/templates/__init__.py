"""Texts for people to read and edit: the session.toml scaffold and the read-me files."""
