"""pyHanko's match of a signature's signing-certificate attribute, once per certificate.

pyHanko checks the ESS signing-certificate attribute against the signer's certificate
three times a file, and the issuer names compare by RFC 4518 string preparation
(asn1crypto, character by character): about a sixth of verifying a sheet. The check is
a function of the two DER values alone, and every sheet a juror signs carries the same
two, so its answer is remembered by those bytes: an equal key is an equal input. What
pyHanko raises is never remembered. `install` puts the remembering check in place of
the one pyHanko's generic_cms looks up at each call; tests/core/signing/test_batch_caches.py
compares the two.
"""

from __future__ import annotations

from typing import Any

from pyhanko.sign.general import check_ess_certid as _pyhanko_check
from pyhanko.sign.validation import generic_cms

from jury_desk.signing.memo import BoundedMemo

_answers: BoundedMemo[bool] = BoundedMemo(64)


def check_ess_certid(cert: Any, certid: Any) -> bool:
    """pyHanko's `check_ess_certid(cert, certid)`, computed once per pair of DER values."""
    # The class decides the hash algorithm (ESSCertID is SHA-1, v2 names its own).
    key = (type(certid).__qualname__, bytes(certid.dump()), bytes(cert.dump()))
    known = _answers.get(key)
    if known is None:
        known = bool(_pyhanko_check(cert, certid))
        _answers.put(key, known)
    return known


def install() -> None:
    """Check signing-certificate attributes with `check_ess_certid` from now on (idempotent)."""
    # generic_cms imports pyHanko's check by name and looks it up there at each call.
    generic_cms.check_ess_certid = check_ess_certid  # type: ignore[attr-defined]
