"""Bringing a registry's schema to the code's, on SQLCipher or PostgreSQL: refuse newer, upgrade.

A shared registry is migrated by the first organiser who opens it with the newer
version; alembic's own version table (`registry_alembic_version`, apart from a
workspace's) and a transaction make a concurrent opener wait, then find it done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import RegistryError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "registry_alembic_version"
# The newest revision; tests/core/registry/test_registry_migrations.py keeps it equal to
# alembic's head, so that opening an up-to-date registry does not load alembic.
HEAD_REVISION = "r0004_declaration"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def code_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the registry's migrations folder has no revision"
    return head


def stamped_revision(connection: Connection) -> str | None:
    """The revision alembic stamped (None in a new, empty database)."""
    if not connection.dialect.has_table(connection, VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()  # noqa: S608 - a constant


def upgrade_registry(engine: Engine, shown: str) -> None:
    with engine.connect() as connection:
        revision = stamped_revision(connection)
    if revision == HEAD_REVISION:
        return  # the usual case, decided without loading alembic
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The registry {registry} was written by a newer version of jury-desk "
                "(schema {revision}); install the newer version to open it.",
            ),
            registry=shown,
            revision=revision,
        )
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # One migrator at a time; the others wait here, then find it done.
                connection.execute(text("SELECT pg_advisory_xact_lock(6247001)"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "The registry {registry} cannot be prepared: {reason}"),
            registry=shown,
            reason=str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc),
        ) from exc
