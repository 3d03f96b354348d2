"""Bringing a workspace's schema to the code's: refuse newer, back up, then upgrade."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.store.errors import NewerSchemaError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(migrations: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def code_head(migrations: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(alembic_config(migrations)).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions(migrations: Path = MIGRATIONS_DIR) -> set[str]:
    script = ScriptDirectory.from_config(alembic_config(migrations))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(
    engine: Engine, database: Path, now: datetime, migrations: Path = MIGRATIONS_DIR
) -> Path | None:
    """Migrate in place; returns the backup copied aside first, if an existing file migrated."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision is not None and revision not in known_revisions(migrations):
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The workspace {path} was written by a newer version of jury-desk "
                "(schema {revision}); install the newer version to open it.",
            ),
            path=database,
            revision=revision,
        )
    if revision == code_head(migrations):
        return None
    backup = None
    if revision is not None:
        backup = _backup(engine, database, revision, now)
    config = alembic_config(migrations)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _backup(engine: Engine, database: Path, revision: str, now: datetime) -> Path:
    # Fold the WAL into the main file so that the copy alone is complete.
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    backup = database.with_name(f"{database.stem}.schema-{revision}.{stamp}.bak")
    shutil.copy2(database, backup)
    return backup
