"""Bringing a workspace's schema to the code's: refuse newer, back up, then upgrade."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.store.errors import NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest migration's revision; tests/core/store/test_migrations.py keeps it equal to
# alembic's head. Opening an up-to-date workspace then needs no alembic at all (about
# 17 MiB and 0.1 s at every start): it is imported only to migrate. A workspace opens
# (store/workspace.py) reading its stamped revision in plain SQL: equal to this one, it
# needs no SQLAlchemy either.
HEAD_REVISION = "0004_document_payloads"


def alembic_config(migrations: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def code_head(migrations: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(migrations)).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _stamped_revision(connection: Connection) -> str | None:
    """The revision alembic stamped, read as plain SQL (None in a new, empty file)."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # no such table: nothing was ever migrated here
        connection.rollback()  # the connection stays usable for alembic's own look
        return None


def known_revisions(migrations: Path = MIGRATIONS_DIR) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(
    engine: Engine, database: Path, now: datetime, migrations: Path = MIGRATIONS_DIR
) -> Path | None:
    """Migrate in place; returns the backup copied aside first, if an existing file migrated."""
    with engine.connect() as connection:
        if migrations == MIGRATIONS_DIR and _stamped_revision(connection) == HEAD_REVISION:
            return None  # the usual case: up to date, decided without loading alembic
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
    from alembic import command

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
