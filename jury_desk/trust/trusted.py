"""Which organiser authorities this data folder trusts, one certificate file each.

Trust is in the exact certificate: a lookalike authority with the same name but
another key (or the same key with other dates) is not trusted until trusted itself.
"""

from __future__ import annotations

import builtins
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import cert_fingerprint
from jury_desk.trust.storage import PUBLIC_FILE_MODE
from jury_desk.trust.verify import check_authority_structure

TRUSTED_FOLDER = "trusted-authorities"


class TrustedAuthorities:
    def __init__(self, folder: Path) -> None:
        self._folder = folder / TRUSTED_FOLDER

    def trust(self, cert: x509.Certificate) -> None:
        """Trust `cert` from now on; it replaces a certificate of the same key, if any."""
        check_authority_structure(cert)
        data = cert.public_bytes(serialization.Encoding.PEM)
        write_atomically(self._path_of(cert), data, mode=PUBLIC_FILE_MODE)

    def is_trusted(self, cert: x509.Certificate) -> bool:
        """True only if this very certificate (same DER bytes) was trusted."""
        path = self._path_of(cert)
        if not path.exists():
            return False
        stored = _load(path)
        return stored.public_bytes(serialization.Encoding.DER) == cert.public_bytes(
            serialization.Encoding.DER
        )

    def list(self) -> builtins.list[x509.Certificate]:
        """The trusted certificates, in file name order."""
        if not self._folder.is_dir():
            return []
        return [_load(path) for path in sorted(self._folder.glob("*.pem"))]

    def _path_of(self, cert: x509.Certificate) -> Path:
        return self._folder / (cert_fingerprint(cert).replace(" ", "") + ".pem")


def _load(path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not a certificate."), path=path
        ) from None
