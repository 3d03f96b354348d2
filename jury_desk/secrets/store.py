"""Secret stores: the OS keyring, or a file encrypted with a passphrase. Never plaintext.

A secret is a short byte string (a workspace key, a private key) under a name.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
from pathlib import Path
from typing import Any, Protocol

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.kernel.paths import secrets_file
from jury_desk.secrets.passphrase import AskingPassphraseSource, PassphraseSource

KEYRING_SERVICE = "jury-desk"
SECRETS_ENV = "JURY_DESK_SECRETS"  # "keyring", "file" or unset (automatic)
_FILE_FORMAT = 1

# Backends that would lose secrets (fail, null) or keep them readable on disk (keyrings.alt).
_REFUSED_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreError(UserError):
    pass


class SecretStore(Protocol):
    # Where the secrets are, in words a person understands.
    description: Phrase  # where the secrets are kept, for messages

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, value: bytes) -> None: ...

    def delete(self, name: str) -> None: ...


class KeyringSecretStore:
    """Secrets in the operating system's keyring (Secret Service, Keychain, Credential Locker)."""

    def __init__(self, home: Path, backend: Any | None = None) -> None:
        # keyring is imported where it is used: a data folder whose secrets are in the
        # passphrase-protected file never loads it (the window starts faster, issue #17),
        # nor hashlib, whose OpenSSL (3 MiB) the window needs no sooner than a document.
        import hashlib

        import keyring

        self._backend = backend if backend is not None else keyring.get_keyring()
        # Several data folders (--home) must not share or overwrite each other's secrets.
        self._namespace = hashlib.sha256(str(home).encode()).hexdigest()[:16]
        self.description = Phrase(
            QT_TRANSLATE_NOOP("messages", "the system keyring ({backend})"),
            backend=type(self._backend).__name__,
        )

    def _username(self, name: str) -> str:
        return f"{self._namespace}/{name}"

    def get(self, name: str) -> bytes | None:
        import keyring.errors

        try:
            value = self._backend.get_password(KEYRING_SERVICE, self._username(name))
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "messages", "The system keyring refused to give a secret: {reason}"
                ),
                reason=str(exc),
            ) from None
        return None if value is None else base64.b64decode(value)

    def put(self, name: str, value: bytes) -> None:
        import keyring.errors

        try:
            self._backend.set_password(
                KEYRING_SERVICE, self._username(name), base64.b64encode(value).decode("ascii")
            )
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "messages", "The system keyring refused to keep a secret: {reason}"
                ),
                reason=str(exc),
            ) from None

    def delete(self, name: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(KEYRING_SERVICE, self._username(name))


def keyring_is_secure(backend: Any) -> bool:
    """True if `backend` keeps secrets encrypted and for real (checked by writing one)."""
    module = type(backend).__module__
    if module.startswith(_REFUSED_BACKEND_MODULES):
        return False
    if module == "keyring.backends.chainer":
        inner = list(getattr(backend, "backends", []))
        if not inner or not all(keyring_is_secure(b) for b in inner):
            return False
    import secrets  # with hmac and OpenSSL, only on the keyring's route (see above)

    # The null backend and some broken ones accept writes and keep nothing.
    probe_user = f"probe-{secrets.token_hex(8)}"
    probe_value = secrets.token_hex(16)
    try:
        backend.set_password(KEYRING_SERVICE, probe_user, probe_value)
        kept = backend.get_password(KEYRING_SERVICE, probe_user) == probe_value
        backend.delete_password(KEYRING_SERVICE, probe_user)
    except Exception:  # noqa: BLE001 - any failure of the probe means "not usable"
        return False
    return bool(kept)


class PassphraseFileSecretStore:
    """Secrets in a file encrypted with age, under a passphrase the user chooses.

    The passphrase unlocks a random key kept in `<file>-key` (one scrypt
    derivation per process); the secrets themselves are encrypted to that key,
    so keeping a new secret costs no derivation.
    """

    def __init__(self, path: Path, passphrase: PassphraseSource) -> None:
        self._path = path
        self._slot_path = path.with_name(path.name.removesuffix(".age") + "-key.age")
        self._passphrase_source = passphrase
        self._identity: str | None = None
        self._secrets: dict[str, bytes] | None = None
        self._early_passphrase: str | None = None  # read by start_unlocking, used by _unlock
        self.description = Phrase(
            QT_TRANSLATE_NOOP("messages", "the passphrase-protected file {path}"), path=path
        )

    def _load(self) -> dict[str, bytes]:
        if self._secrets is not None:
            return self._secrets
        if not self._slot_path.exists():
            self._secrets = {}
            return self._secrets
        identity = self._unlock()
        if not self._path.exists():
            self._secrets = {}  # the key was made, then the process stopped
            return self._secrets
        import pyrage  # with the unlock, on its worker, not before the window's first frame

        try:
            plaintext = pyrage.decrypt(
                self._path.read_bytes(), [pyrage.x25519.Identity.from_str(identity)]
            )
        except pyrage.DecryptError:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP("messages", "{path} is damaged: it cannot be decrypted."),
                path=self._path,
            ) from None
        self._secrets = _decode_secrets(plaintext, self._path)
        return self._secrets

    def _unlock(self) -> str:
        from jury_desk.crypto.age_stream import (
            AgeDecryptError,
            decrypt_identities_from_passphrase_slot,
        )

        while self._identity is None:
            passphrase, self._early_passphrase = self._early_passphrase, None
            if passphrase is None:
                passphrase = self._passphrase_source(False)
            try:
                identities = decrypt_identities_from_passphrase_slot(
                    self._slot_path.read_bytes(), passphrase
                )
            except AgeDecryptError:
                if isinstance(self._passphrase_source, AskingPassphraseSource):
                    self._passphrase_source.refused()  # a person: asked again, told why
                    continue
                raise SecretStoreError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Wrong passphrase for {path} (or the file is damaged)."
                    ),
                    path=self._path,
                ) from None
            self._identity = identities[0]
        return self._identity

    def _create_slot(self) -> str:
        from jury_desk.crypto.age_stream import encrypt_small_with_passphrase, generate_x25519

        identity, _recipient = generate_x25519()
        passphrase = self._passphrase_source(True)
        slot = encrypt_small_with_passphrase(f"{identity}\n".encode(), passphrase)
        write_atomically(self._slot_path, slot)
        self._identity = identity
        return identity

    def exists(self) -> bool:
        return self._slot_path.exists()

    def ensure_ready(self) -> None:
        """Ask for the passphrase now (to unlock, or to choose it), not in the middle of work."""
        if self._identity is None:
            if self._slot_path.exists():
                self._unlock()
            else:
                self._create_slot()

    def start_unlocking(self) -> None:
        """Start the unlock's scrypt now, in its helper process; ensure_unlocked ends it.

        For a passphrase given (in a file), not asked: only the helper starts here, not
        the crypto stack, so the window can draw while it works (issue #17). Whatever
        fails here is reported by ensure_unlocked, which reads nothing again.
        """
        if (
            self._identity is not None
            or self._early_passphrase is not None
            or isinstance(self._passphrase_source, AskingPassphraseSource)
        ):
            return
        from jury_desk.crypto.scrypt_early import start_deriving

        try:
            slot = self._slot_path.read_bytes()
            passphrase = self._passphrase_source(False)
        except (OSError, UserError):
            return
        self._early_passphrase = passphrase
        start_deriving(slot, passphrase)

    def ensure_unlocked(self) -> None:
        """Unlock an existing file now; a new one is made only when a key must be stored."""
        if self._identity is None and self._slot_path.exists():
            self._unlock()

    def get(self, name: str) -> bytes | None:
        return self._load().get(name)

    def put(self, name: str, value: bytes) -> None:
        current = self._load()
        if self._identity is None:
            self._create_slot()
        updated = {**current, name: value}
        self._write(updated)
        self._secrets = updated

    def delete(self, name: str) -> None:
        current = self._load()
        if name in current:
            updated = {key: value for key, value in current.items() if key != name}
            self._write(updated)
            self._secrets = updated

    def _write(self, values: dict[str, bytes]) -> None:
        assert self._identity is not None
        document = {
            "format": _FILE_FORMAT,
            "secrets": {
                key: base64.b64encode(value).decode("ascii") for key, value in values.items()
            },
        }
        plaintext = json.dumps(document, sort_keys=True).encode()
        import pyrage

        recipient = pyrage.x25519.Identity.from_str(self._identity).to_public()
        write_atomically(self._path, pyrage.encrypt(plaintext, [recipient]))


def _decode_secrets(plaintext: bytes, path: Path) -> dict[str, bytes]:
    try:
        # jury-desk's own file, encrypted to its own key (not outside JSON).
        document = json.loads(plaintext)
        if document.get("format") != _FILE_FORMAT:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} was written by another version of jury-desk."
                ),
                path=path,
            )
        return {key: base64.b64decode(value) for key, value in document["secrets"].items()}
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise SecretStoreError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: its content is not a secrets list."),
            path=path,
        ) from None


def choose_secret_store(
    home: Path, passphrase: PassphraseSource, prefer: str | None = None
) -> SecretStore:
    """The secure keyring if there is one, else the passphrase-protected file in `home`."""
    choice = prefer or os.environ.get(SECRETS_ENV, "auto")
    file_store = PassphraseFileSecretStore(secrets_file(home), passphrase)
    # Once secrets are in the file they stay there: switching silently would lose them.
    if choice == "file" or (choice == "auto" and file_store.exists()):
        return file_store
    import keyring

    backend = keyring.get_keyring()
    if keyring_is_secure(backend):
        return KeyringSecretStore(home, backend)
    if choice == "keyring":
        raise SecretStoreError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No secure system keyring is available (found {backend}); "
                "unset {variable} to keep secrets in a passphrase-protected file instead.",
            ),
            backend=type(backend).__name__,
            variable=SECRETS_ENV,
        )
    return file_store
