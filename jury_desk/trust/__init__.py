"""Trust: the organiser's certificate authority, jurors' identities and their certificates.

The organiser holds a small authority (ECDSA P-256); each juror creates a signing key
and an age key, sends an enrolment request, and receives a certificate that binds
their name, email, signing key and age recipient. Private keys only ever live in a
SecretStore; certificates, requests and recipients are public files.
"""

from jury_desk.trust.authority import (
    Authority,
    create_authority,
    issue_juror_certificate,
    load_authority,
    save_authority,
)
from jury_desk.trust.enrolment import EnrolmentRequest, make_request
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import JurorIdentity, create_identity, load_identity, save_identity
from jury_desk.trust.keys import (
    cert_fingerprint,
    fingerprint,
    generate_age_identity,
    generate_signing_key,
    private_key_from_pem,
    private_key_to_pem,
)
from jury_desk.trust.trusted import TrustedAuthorities
from jury_desk.trust.verify import (
    juror_age_recipient,
    juror_email,
    sign_bytes,
    verify_authority_certificate,
    verify_juror_certificate,
    verify_signature,
)

__all__ = [
    "Authority",
    "EnrolmentRequest",
    "JurorIdentity",
    "TrustError",
    "TrustedAuthorities",
    "cert_fingerprint",
    "create_authority",
    "create_identity",
    "fingerprint",
    "generate_age_identity",
    "generate_signing_key",
    "issue_juror_certificate",
    "juror_age_recipient",
    "juror_email",
    "load_authority",
    "load_identity",
    "make_request",
    "private_key_from_pem",
    "private_key_to_pem",
    "save_authority",
    "save_identity",
    "sign_bytes",
    "verify_authority_certificate",
    "verify_juror_certificate",
    "verify_signature",
]
