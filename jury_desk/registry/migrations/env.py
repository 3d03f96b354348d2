"""Alembic environment of the registry: always given a live connection by `registry.migrate`."""

from alembic import context

from jury_desk.registry.migrate import VERSION_TABLE
from jury_desk.registry.models import RegistryBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=RegistryBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
)
with context.begin_transaction():
    context.run_migrations()
