"""The certifier's signer designated or replaced, journaled in the registry: who named whom,
when, and for a replacement whom it replaced and why.

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
from jury_desk.trust.signer import (
    Signer,
    holder_name,
    issue_signer,
    refuse_a_second_signer,
    save_signer,
)
from jury_desk.trust.signer_replacement import (
    SignerReplacement,
    new_signer_for,
    save_replacement,
)
from jury_desk.trust.succession import der_fingerprint

JOURNAL_ACTION = "signer.replace"
DESIGNATION_ACTION = "signer.create"


def designate_certifier_signer(
    registry: Registry,
    authority: Authority,
    name: str,
    email: str,
    secrets: SecretStore,
    folder: Path,
) -> Signer:
    """The first signer for the certifier; refused if one exists (replace it instead)."""
    refuse_a_second_signer(folder)
    with registry.write() as writer:
        signer = issue_signer(authority, name, email, writer.now)
        writer.journal(
            DESIGNATION_ACTION,
            der_fingerprint(signer.certificate),
            {"signer": signer.name, "email": signer.email},
        )
        save_signer(signer, secrets, folder)  # after the entry: a failure rolls it back
        return signer


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
