"""Keys and certificates handed from `cryptography` to pyHanko, which speaks asn1crypto.

asn1crypto ships no type information; going through pyHanko's typed loaders keeps it out
of jury-desk's imports, so these values are `Any` to mypy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data

from jury_desk.trust.keys import private_key_to_pem


def asn1_certificate(certificate: x509.Certificate) -> Any:
    """`certificate` as an asn1crypto certificate."""
    (loaded,) = load_certs_from_pemder_data(certificate.public_bytes(serialization.Encoding.DER))
    return loaded


def asn1_certificates(certificates: Iterable[x509.Certificate]) -> list[Any]:
    return [asn1_certificate(certificate) for certificate in certificates]


def asn1_private_key(key: ec.EllipticCurvePrivateKey) -> Any:
    """`key` as an asn1crypto PKCS#8 PrivateKeyInfo (pyHanko's SimpleSigner holds that)."""
    return load_private_key_from_pemder_data(private_key_to_pem(key), passphrase=None)


def pyca_certificate(certificate: Any) -> x509.Certificate:
    """An asn1crypto certificate (from pyHanko) as a `cryptography` one."""
    return x509.load_der_x509_certificate(certificate.dump())
