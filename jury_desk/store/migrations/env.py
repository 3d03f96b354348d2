"""Alembic environment: always given a live connection by `jury_desk.store.migrate`."""

from alembic import context

from jury_desk.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
