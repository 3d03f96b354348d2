"""Pieces the areas share: read-only tables and their models, headers, save dialogs."""
