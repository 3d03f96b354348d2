"""The workspace store: one SQLCipher file per session, migrated by Alembic."""
