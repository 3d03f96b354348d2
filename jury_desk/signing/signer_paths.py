"""The signer's certificate path to the organiser's authority, validated once per batch.

pyHanko validates the signer's certificate against its context for each file: the path
to the trust root, each certificate's signature, validity at the context's moment, key
usage. In a batch of sheets, two certificates sign them all. The validation is a
function of what the key below holds, so a success is remembered under it and reused;
a failure is never remembered: each is found again, with pyHanko's own words.

What the key holds: the signer's certificate, every certificate the path builder can
use (the file's own and the trust root, as DER), the key usage required, and where the
moment falls against each of those certificates' validity dates. Nothing else in an
`AuthorityContext` is dated: no revocation data is given and none is fetched, the trust
root carries no dated qualifiers, and the default algorithm policy bans by algorithm,
not by date. pyhanko_certvalidator compares the moment with a date give or take its
tolerance (`_check_validity`): the key says on which side of date - tolerance, date, and
date + tolerance the moment falls, so two moments with one key pass the same tests.
Only contexts built here are served from the table: any other goes to pyHanko as is.
A file served from it gets an earlier file's result, whose path holds certificates
equal to its own byte for byte.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from cryptography import x509
from pyhanko.sign.validation import generic_cms
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleTrustManager

from jury_desk.signing.asn1 import asn1_certificate
from jury_desk.signing.memo import BoundedMemo

# Revocation: nothing to fetch, nothing required (the organiser revokes by not enrolling).
REVOCATION_MODE = "soft-fail"

_pyhanko_validate = generic_cms.validate_cert_usage
_passed: BoundedMemo[Any] = BoundedMemo(64)


class AuthorityContext(ValidationContext):
    """A context whose only trust root is `authority`, judged at `moment`, fetching nothing.

    Its settings are fixed here, which is what lets its validations be remembered.
    `moment` None is now (pyHanko's default).
    """

    def __init__(self, authority: x509.Certificate, moment: datetime | None) -> None:
        manager = _trust_manager(authority)
        self.roots: tuple[Any, ...] = tuple(manager.iter_certs())
        super().__init__(
            trust_manager=manager,
            moment=moment,
            allow_fetching=False,
            revocation_mode=REVOCATION_MODE,
        )


@lru_cache(maxsize=16)
def _trust_manager(authority: x509.Certificate) -> SimpleTrustManager:
    """The authority as the context's only trust root, what `trust_roots=[…]` would build.

    Built once for each authority (certificates compare and hash by their DER): building
    it cost ten times the rest of the context, for every file of a batch checked against
    the same authority. It holds the roots only, never changed by a validation.
    """
    return SimpleTrustManager.build(trust_roots=[asn1_certificate(authority)])


async def validate_cert_usage(
    cert: Any,
    validation_context: Any,
    key_usage_settings: Any,
    paths: Any,
    pkix_validation_params: Any = None,
) -> Any:
    """pyHanko's `validate_cert_usage`, a success in an `AuthorityContext` remembered."""
    if (
        not isinstance(validation_context, AuthorityContext)
        or pkix_validation_params is not None
        or validation_context.soft_fail_exceptions
    ):
        return await _pyhanko(cert, validation_context, key_usage_settings, paths, None)
    key = _key(cert, validation_context, key_usage_settings)
    known = _passed.get(key)
    if known is not None:
        return known
    result = await _pyhanko(cert, validation_context, key_usage_settings, paths, None)
    # A soft failure (revocation data out of reach) is not a plain success: not kept.
    if result.success_result is not None and not validation_context.soft_fail_exceptions:
        _passed.put(key, result)
    return result


async def _pyhanko(
    cert: Any, context: Any, key_usage_settings: Any, paths: Any, params: Any
) -> Any:
    return await _pyhanko_validate(
        cert,
        context,
        key_usage_settings=key_usage_settings,
        paths=paths,
        pkix_validation_params=params,
    )


def _key(cert: Any, context: AuthorityContext, key_usage_settings: Any) -> tuple[object, ...]:
    usable = sorted({bytes(c.dump()) for c in context.certificate_registry})
    roots = sorted(bytes(c.dump()) for c in context.roots)
    dated = [cert, *context.certificate_registry, *context.roots]
    tolerance = context.time_tolerance
    return (
        bytes(cert.dump()),
        tuple(usable),
        tuple(roots),
        # A frozen dataclass of strings, sets and flags: equal texts, equal constraints.
        repr(key_usage_settings),
        tolerance,
        _sides(context.moment, dated, tolerance),
        _sides(context.best_signature_time, dated, tolerance),
    )


def _sides(moment: datetime, certificates: list[Any], tolerance: timedelta) -> tuple[int, ...]:
    """For each validity date of each certificate: -1, 0 or 1 against date - tol, date, + tol."""
    sides = []
    for certificate in certificates:
        validity = certificate["tbs_certificate"]["validity"]
        for date in (validity["not_before"].native, validity["not_after"].native):
            for shift in (-tolerance, timedelta(0), tolerance):
                edge = date + shift
                sides.append((moment > edge) - (moment < edge))
    return tuple(sides)


def forget() -> None:
    """Empty the table (for tests that count fresh validations)."""
    _passed.clear()


def install() -> None:
    """Validate signer paths with `validate_cert_usage` from now on (idempotent)."""
    generic_cms.validate_cert_usage = validate_cert_usage
