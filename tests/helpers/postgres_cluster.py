"""A throw-away PostgreSQL cluster for the registry tests: Debian's `postgresql` binaries,
a data folder in a temporary directory, a Unix socket there and no TCP port, trust
authentication for a test role. Started once per test process, stopped at its end.

PostgreSQL refuses to run as root (CI runs as root): there, the server runs as the
`postgres` system user the Debian package creates; the tests connect through the socket.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import URL

ROLE = "jury_desk_tests"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them off PATH, per major version."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if found:
        return found[0].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass(frozen=True)
class Cluster:
    socket_dir: Path

    def url(self, database: str) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=ROLE,
            database=database,
            query={"host": str(self.socket_dir)},
        )

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=str(self.socket_dir), user=ROLE, dbname="postgres", autocommit=True
        )

    @contextmanager
    def fresh_database(self) -> Iterator[URL]:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield self.url(name)
        finally:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def running_cluster(binaries: Path) -> Iterator[Cluster]:
    folder = Path(tempfile.mkdtemp(prefix="jury-desk-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    pg_ctl = str(binaries / "pg_ctl")
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "-A",
                    "trust",
                    "-U",
                    ROLE,
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
        )
        options = f"-k {folder} -c listen_addresses='' -c fsync=off -c max_connections=40"
        subprocess.run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
            ),
            check=True,
            capture_output=True,
        )
        try:
            yield Cluster(folder)
        finally:
            subprocess.run(
                _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
