"""The caps a bundle must respect: beyond them it is refused before it costs much."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BundleLimits:
    # Manifest, signature and every dossier file, in the payload.
    max_entries: int = 10_000
    max_document_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 8 * 1024 * 1024 * 1024
    max_manifest_bytes: int = 8 * 1024 * 1024
    max_signature_bytes: int = 1024
    # The small files beside the payload in the outer archive.
    max_slot_bytes: int = 64 * 1024
    max_descriptor_bytes: int = 64 * 1024


DEFAULT_LIMITS = BundleLimits()
