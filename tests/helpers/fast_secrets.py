"""Secrets files for the tests' data folders, their key slot sealed at a small scrypt work factor.

A data folder keeps its keys in a passphrase-protected secrets file
(jury_desk/secrets/store.py): the passphrase unlocks a key slot, an age scrypt file the
application writes at the production work factor, 2^18 (about a second and 256 MiB here,
once when it is made and once more in every process, or store object, that unlocks it).
Most tests are not about scrypt: `ready_fast` makes the slot with the store's own code
(the real age writer, the real scrypt helper process), only at 2^10, so that making it and
every later unlock, of this folder or of a copy of it, take milliseconds. What is read and
written after is the application's code path unchanged.

The production work factor stays tested where it is the point: tests/core/crypto,
tests/core/secrets, the window's start (tests/ui/test_startup*.py, test_open_flow.py) and
the complete demo's commands (tests/core/cli/test_end_to_end.py: `jury-desk demo` makes
every data folder at 2^18, and the later commands unlock them so).
"""

from __future__ import annotations

from functools import partial

import pytest

from jury_desk.crypto import age_scrypt
from jury_desk.crypto.age_scrypt import encrypt_with_passphrase
from jury_desk.secrets import PassphraseFileSecretStore

FAST_LOG2 = 10


def ready_fast(store: PassphraseFileSecretStore) -> PassphraseFileSecretStore:
    """`store` with its key slot made now at 2^FAST_LOG2, unless it has one already."""
    if store.exists():
        return store
    fast = partial(encrypt_with_passphrase, work_factor_log2=FAST_LOG2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(age_scrypt, "encrypt_with_passphrase", fast)  # age_stream imports it at use
        store.ensure_ready()
    return store
