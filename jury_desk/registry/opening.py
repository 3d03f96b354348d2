"""Opening the registry where the organiser keeps it, creating it the first time."""

from __future__ import annotations

import secrets as token_source
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.engine import key_name, registry_engine
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.location import RegistryLocation, default_location
from jury_desk.registry.migrate import upgrade_registry
from jury_desk.registry.store import Registry
from jury_desk.secrets import SecretStore
from jury_desk.store.connection import KEY_BYTES


class NoRegistryError(RegistryError):
    command_hint = "jury-desk registry init"


def open_registry(
    home: Path,
    location: RegistryLocation,
    secrets: SecretStore | None,
    clock: Clock,
    actor: str,
    *,
    create: bool = False,
) -> Registry:
    """The registry at `location`, at the code's schema; made first if `create` and absent."""
    key = None
    if location.file is not None:
        # A file's key is a secret of this computer; a server keeps its own access rules.
        assert secrets is not None, "a registry file needs the secret store holding its key"
        key = _file_key(home, location, secrets, create=create)
    engine = registry_engine(location, key)
    try:
        _check_reachable(engine, location)
        upgrade_registry(engine, location.shown)
    except BaseException:
        engine.dispose()
        raise
    return Registry(engine, location, clock, actor)


def _file_key(
    home: Path, location: RegistryLocation, secrets: SecretStore, *, create: bool
) -> bytes:
    assert location.file is not None
    name = key_name(location, default_location(home))
    if not location.file.exists():
        if not create:
            raise NoRegistryError(
                QT_TRANSLATE_NOOP("messages", "There is no registry at {path} yet."),
                path=location.file,
            )
        key = token_source.token_bytes(KEY_BYTES)
        secrets.put(name, key)  # the key is kept before the file exists
        location.file.parent.mkdir(parents=True, exist_ok=True)
        return key
    stored = secrets.get(name)
    if stored is None:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages", "The key of the registry {path} is not in {store}: it cannot be opened."
            ),
            path=location.file,
            store=secrets.description,
        )
    return stored


def _check_reachable(engine: object, location: RegistryLocation) -> None:
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar()
            if location.file is not None:
                # A wrong key or a damaged file shows only when a page is read.
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if location.file is not None and "not a database" in reason:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The registry {path} cannot be opened: the file is damaged or its key "
                    "is not the one it was made with.",
                ),
                path=location.file,
            ) from exc
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "The registry {registry} cannot be opened: {reason}"),
            registry=location.shown,
            reason=reason,
        ) from exc
