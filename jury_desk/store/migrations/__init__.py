"""Alembic migrations of the workspace schema; run by `jury_desk.store.migrate`."""
