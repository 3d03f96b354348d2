"""The registry's migrations make exactly the models' schema, on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import RegistryBase
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import create_session, list_sessions
from jury_desk.registry.store import Registry
from jury_desk.secrets import SecretStore
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.factories import FakeClock


def test_the_migrated_schema_is_the_models_schema(registry: Registry) -> None:
    with registry.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": "registry_alembic_version"}
        )
        differences = compare_metadata(context, RegistryBase.metadata)
    assert differences == []


def test_a_registry_of_the_previous_schema_is_upgraded_keeping_its_rows(
    registry: Registry, home: Path, secrets: SecretStore, clock: FakeClock
) -> None:
    from alembic import command

    from jury_desk.registry.migrate import HEAD_REVISION, alembic_config, stamped_revision

    create_session(registry, session_draft())
    config = alembic_config()
    with registry.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "r0001_registry")
    registry.close()
    reopened = open_registry(home, registry.location, secrets, clock, "Alice")
    try:
        with reopened.engine.connect() as connection:
            assert stamped_revision(connection) == HEAD_REVISION
        assert [s.id for s in list_sessions(reopened)] == [SESSION_ID]
    finally:
        reopened.close()


def test_a_registry_written_by_a_newer_version_is_refused(
    registry: Registry, home: Path, secrets: SecretStore, clock: FakeClock
) -> None:
    with registry.engine.begin() as connection:
        connection.execute(text("UPDATE registry_alembic_version SET version_num = 'r9999_future'"))
    registry.close()
    with pytest.raises(RegistryError, match="written by a newer version of jury-desk"):
        open_registry(home, registry.location, secrets, clock, "Alice")
