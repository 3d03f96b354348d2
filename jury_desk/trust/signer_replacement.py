"""A new person signs for the certifier: the signer leaves, or their certificate nears its end.

The new signer gets a key of their own, certified by the organiser's authority, kept as the
current signer's is. The previous signer's certificate is kept in `previous-signers/`, named
by its fingerprint, beside a note that marks it replaced (when, why, by whom after): what it
signed still verifies, since a signed letter carries its signer's certificate and is checked
against the authority, and the note says whose signature an old letter bears. The previous
key is not kept: nobody signs with it any more.

The order lets a crash be repaired by replacing again: the previous certificate and its
note are written first, the new key and certificate last; replacing needs the previous
certificate only, never its key (the person may have left with it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import Authority
from jury_desk.trust.errors import TrustError
from jury_desk.trust.signer import Signer, issue_signer, load_signer_certificate, save_signer
from jury_desk.trust.storage import PUBLIC_FILE_MODE
from jury_desk.trust.succession import der_fingerprint

PREVIOUS_SIGNERS_FOLDER = "previous-signers"


@dataclass(frozen=True)
class SignerReplacement:
    """Who signed before, who signs now, when and why the one replaced the other."""

    previous: x509.Certificate
    signer: Signer
    replaced_at: datetime
    reason: str


def new_signer_for(
    authority: Authority, name: str, email: str, now: datetime, reason: str, folder: Path
) -> SignerReplacement:
    """The replacement of the signer saved in `folder`, made but not yet saved."""
    reason = reason.strip()
    if not reason:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "Say why the signer is replaced: the registry's journal keeps it."
            )
        )
    previous = load_signer_certificate(folder)  # none yet: create one instead
    return SignerReplacement(previous, issue_signer(authority, name, email, now), now, reason)


def save_replacement(replacement: SignerReplacement, secrets: SecretStore, folder: Path) -> None:
    """Keep the previous certificate marked replaced, then make the new signer the current."""
    kept = folder / PREVIOUS_SIGNERS_FOLDER
    stem = der_fingerprint(replacement.previous)
    write_atomically(
        kept / f"{stem}.pem",
        replacement.previous.public_bytes(serialization.Encoding.PEM),
        mode=PUBLIC_FILE_MODE,
    )
    note = {
        "replaced_at": replacement.replaced_at.isoformat(),
        "reason": replacement.reason,
        "successor": der_fingerprint(replacement.signer.certificate),
        "successor_name": replacement.signer.name,
    }
    write_atomically(
        kept / f"{stem}.json", (journal_json(note) + "\n").encode("utf-8"), mode=PUBLIC_FILE_MODE
    )
    save_signer(replacement.signer, secrets, folder)


def replace_signer(
    authority: Authority,
    name: str,
    email: str,
    now: datetime,
    reason: str,
    secrets: SecretStore,
    folder: Path,
) -> SignerReplacement:
    """A new signer for the certifier in `folder`, the previous one kept as replaced."""
    replacement = new_signer_for(authority, name, email, now, reason, folder)
    save_replacement(replacement, secrets, folder)
    return replacement


@dataclass(frozen=True)
class ReplacedSigner:
    certificate: x509.Certificate
    replaced_at: str
    reason: str


def replaced_signers(folder: Path) -> list[ReplacedSigner]:
    """The signers replaced so far, with their notes, the earliest replaced first."""
    found = []
    for path in (folder / PREVIOUS_SIGNERS_FOLDER).glob("*.pem"):
        try:
            certificate = x509.load_pem_x509_certificate(path.read_bytes())
            note = json.loads(path.with_suffix(".json").read_text("utf-8"))
        except (OSError, ValueError):
            continue  # a damaged copy: the signed documents carry their certificate anyway
        found.append(
            ReplacedSigner(certificate, str(note.get("replaced_at", "")), str(note.get("reason")))
        )
    return sorted(found, key=lambda replaced: replaced.replaced_at)
