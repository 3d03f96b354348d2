"""`verify_juror_certificate` for a batch: a pass remembered per certificate, authority, dates.

Its checks on the juror's certificate and the authority (issuer, extensions, key, the
authority's self-signature: two ECDSA verifications) are the same for every sheet the
juror signed; only the signing time changes, and it enters only as `start <= at <= end`
against each certificate's validity. So a pass is remembered under the two DER values
and where `at` falls against those four dates, and reused; a refusal is never
remembered: each is found again, its message naming its own time.
"""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.signing.memo import BoundedMemo
from jury_desk.trust.verify import verify_juror_certificate

_passed: BoundedMemo[bool] = BoundedMemo(64)


def check_juror_certificate(
    certificate: x509.Certificate, authority: x509.Certificate, at: datetime
) -> None:
    """What `verify_juror_certificate(certificate, authority, at=at)` does: TrustError or pass."""
    if at.tzinfo is None:  # refused there, whatever is remembered
        verify_juror_certificate(certificate, authority, at=at)
        return
    key = (_der(certificate), _der(authority), _sides(at, certificate), _sides(at, authority))
    if _passed.get(key):
        return
    verify_juror_certificate(certificate, authority, at=at)
    _passed.put(key, True)


def forget() -> None:
    """Empty the table (for tests that count fresh checks)."""
    _passed.clear()


def _sides(at: datetime, certificate: x509.Certificate) -> tuple[int, int]:
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    return (at > start) - (at < start), (at > end) - (at < end)


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)
