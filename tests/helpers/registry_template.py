"""A new organiser's data folder with its SQLCipher registry, for a module's played template.

Several modules build, once, an organiser's folder played to some point (a jury's bundle
issued, results imported, letters issued), which each test then copies. They all start
the same way: the folder's secrets file with a fast key slot (see fast_secrets.py), the
people of a setting, and a registry created there; this is that start.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.paths import secrets_file
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from tests.bundle_factory import Setting, make_setting
from tests.helpers.fast_secrets import ready_fast


@dataclass(frozen=True)
class NewRegistry:
    registry: Registry
    setting: Setting  # its people, in root / "people"
    home: Path  # the organiser's data folder, root / "home"
    secrets: PassphraseFileSecretStore


@contextmanager
def new_registry(
    root: Path, clock: Clock, organiser: str, passphrase: str
) -> Iterator[NewRegistry]:
    """A registry created in `root / "home"` by `organiser`, closed when the block ends."""
    home = root / "home"
    secrets = ready_fast(
        PassphraseFileSecretStore(secrets_file(home), lambda _creating: passphrase)
    )
    setting = make_setting(root / "people", clock.now(), fast_secrets=True)
    registry = open_registry(home, default_location(home), secrets, clock, organiser, create=True)
    try:
        yield NewRegistry(registry, setting, home, secrets)
    finally:
        registry.close()
