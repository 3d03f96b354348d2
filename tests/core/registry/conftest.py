"""The registry on both its engines: every test taking `registry` runs on SQLCipher and on a
real PostgreSQL server (a throw-away cluster started once per test process)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jury_desk.kernel.paths import secrets_file
from jury_desk.registry.location import RegistryLocation, default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.store import Registry
from jury_desk.secrets import SecretStore
from jury_desk.secrets.store import PassphraseFileSecretStore
from tests.factories import FakeClock
from tests.helpers.fast_secrets import ready_fast
from tests.helpers.postgres_cluster import Cluster, running_cluster, server_binaries

ENGINES = ("sqlcipher", "postgresql")
PASSPHRASE = "registry tests passphrase"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    binaries = server_binaries()
    if binaries is None:
        message = "PostgreSQL is not installed (scripts/install-system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with running_cluster(binaries) as cluster:
        yield cluster


@pytest.fixture
def secrets(home: Path) -> SecretStore:
    return PassphraseFileSecretStore(secrets_file(home), lambda _creating: PASSPHRASE)


@pytest.fixture(params=ENGINES)
def registry_location(request: pytest.FixtureRequest, home: Path) -> Iterator[RegistryLocation]:
    if request.param == "sqlcipher":
        yield default_location(home)
        return
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    with cluster.fresh_database() as url:
        yield RegistryLocation(server=url)


@pytest.fixture
def registry(
    home: Path, registry_location: RegistryLocation, secrets: SecretStore, clock: FakeClock
) -> Iterator[Registry]:
    if registry_location.file is not None and isinstance(secrets, PassphraseFileSecretStore):
        # The file's key goes into the secrets file: its slot made at a small work factor.
        ready_fast(secrets)
    opened = open_registry(home, registry_location, secrets, clock, "Alice Martin", create=True)
    yield opened
    opened.close()
