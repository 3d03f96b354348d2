"""The registry's migrations make exactly the models' schema, on both engines."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from jury_desk.registry.models import RegistryBase
from jury_desk.registry.store import Registry


def test_the_migrated_schema_is_the_models_schema(registry: Registry) -> None:
    with registry.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": "registry_alembic_version"}
        )
        differences = compare_metadata(context, RegistryBase.metadata)
    assert differences == []
