"""Keeping a key pair: the private halves in a SecretStore, the public half in a plain file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.errors import TrustError

PUBLIC_FILE_MODE = 0o644


def store_key_pair(
    secrets: SecretStore,
    private: Mapping[str, bytes],
    public: Mapping[Path, bytes],
) -> None:
    """Put the secrets, then write the public files, the last one being the marker of existence.

    Secrets go first: a public file without its secret would block any new attempt.
    If a file cannot be written, the secrets just put are taken back.
    """
    for name, value in private.items():
        secrets.put(name, value)
    try:
        for path, data in public.items():
            write_atomically(path, data, mode=PUBLIC_FILE_MODE)
    except BaseException:
        for name in private:
            secrets.delete(name)
        raise


def read_secret(secrets: SecretStore, name: str, what: str) -> bytes:
    """The secret `name`, or TrustError naming `what` is missing and where it was looked for.

    `what` is a phrase marked for translation ("The juror's signing key"), shown as it is
    in English and translated in the window.
    """
    value = secrets.get(name)
    if value is None:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{what} is missing from {store}."),
            what=what,
            store=secrets.description,
        )
    return value
