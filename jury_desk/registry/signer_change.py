"""Replacing the certifier's signer, journaled in the registry: who replaced whom, when, why.

The replacement itself is trust/signer_replacement's (a new key and certificate in the
organiser's data folder, the previous certificate kept as replaced). It is saved inside the
registry's write, after the journal entry: if the files cannot be written the entry is
rolled back, so the journal never names a signer who does not sign.
"""

from __future__ import annotations

from pathlib import Path

from jury_desk.registry.store import Registry
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import Authority
from jury_desk.trust.signer import holder_name
from jury_desk.trust.signer_replacement import (
    SignerReplacement,
    new_signer_for,
    save_replacement,
)
from jury_desk.trust.succession import der_fingerprint

JOURNAL_ACTION = "signer.replace"


def replace_certifier_signer(
    registry: Registry,
    authority: Authority,
    name: str,
    email: str,
    reason: str,
    secrets: SecretStore,
    folder: Path,
) -> SignerReplacement:
    """Name `name` <`email`> the certifier's signer in place of the current one, for `reason`."""
    with registry.write() as writer:
        replacement = new_signer_for(authority, name, email, writer.now, reason, folder)
        previous = replacement.previous
        signer = replacement.signer
        writer.journal(
            JOURNAL_ACTION,
            der_fingerprint(signer.certificate),
            {
                "previous": der_fingerprint(previous),
                "previous_name": holder_name(previous),
                "signer": signer.name,
                "email": signer.email,
                "reason": replacement.reason,
            },
        )
        save_replacement(replacement, secrets, folder)
        return replacement
