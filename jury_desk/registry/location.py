"""Where the registry lives: an encrypted file (one organiser) or a PostgreSQL server (a team).

Told by `--registry`, else by the preferences, else the file in the data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.errors import RegistryError

FILE_NAME = "registry.db"
_POSTGRES_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class RegistryLocation:
    file: Path | None = None
    server: URL | None = None

    @property
    def shown(self) -> str:
        """For messages and the window: a server's address never shows its password."""
        if self.server is not None:
            return self.server.render_as_string(hide_password=True)
        assert self.file is not None
        return str(self.file)


def registry_file(home: Path) -> Path:
    """The registry's file in a data folder: where it is kept unless told otherwise."""
    return organiser_dir(home) / FILE_NAME


def default_location(home: Path) -> RegistryLocation:
    return RegistryLocation(file=registry_file(home))


def parse_location(text: str, home: Path) -> RegistryLocation:
    """A `postgresql://…` address, or a path to the registry's file ("" for the default)."""
    text = text.strip()
    if not text:
        return default_location(home)
    scheme = text.split("://", 1)[0].split("+", 1)[0].lower() if "://" in text else ""
    if not scheme:
        return RegistryLocation(file=Path(text).expanduser())
    if scheme not in _POSTGRES_SCHEMES:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The registry must be a file or a postgresql:// address, not {scheme}://.",
            ),
            scheme=scheme,
        )
    try:
        url = make_url(text)
    except ArgumentError:
        raise RegistryError(
            QT_TRANSLATE_NOOP("messages", "The registry address {address} cannot be read."),
            address=text.split("@")[-1],
        ) from None
    # psycopg (version 3) is the driver the application ships.
    return RegistryLocation(server=url.set(drivername="postgresql+psycopg"))
