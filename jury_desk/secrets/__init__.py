"""Where secrets live: the OS keyring when it is secure, else a passphrase-protected file."""

from jury_desk.secrets.store import (
    KeyringSecretStore,
    PassphraseFileSecretStore,
    SecretStore,
    choose_secret_store,
)

__all__ = ["KeyringSecretStore", "PassphraseFileSecretStore", "SecretStore", "choose_secret_store"]
