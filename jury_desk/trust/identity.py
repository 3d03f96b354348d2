"""A juror's own identity: a signing key and an age key, kept in the juror's SecretStore.

Only the public summary (`identity.json`) is a plain file; it lets the app show who
the juror is and detect a key that was swapped in the store.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import (
    age_recipient_of,
    fingerprint,
    generate_age_identity,
    generate_signing_key,
    private_key_from_pem,
    private_key_to_pem,
)
from jury_desk.trust.storage import read_secret, store_key_pair

# Names under which the SecretStore keeps the keys, not secrets themselves.
SIGNING_KEY_SECRET = "juror/signing-key"  # noqa: S105
AGE_IDENTITY_SECRET = "juror/age-identity"  # noqa: S105
IDENTITY_FILE = "identity.json"

# X.509 caps a common name at 64 characters (RFC 5280, ub-common-name).
MAX_NAME_LENGTH = 64
MAX_EMAIL_LENGTH = 254
# identity.json holds a name, an e-mail and two short keys: a few hundred bytes.
_MAX_SUMMARY_BYTES = 64 * 1024
# ASCII only: certificates carry email addresses as IA5 strings (RFC 5280 §4.2.1.6).
_EMAIL = re.compile(r"[!-?A-~]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")

# Each problem of a name or an address in two wordings: a clause for a longer message
# (the enrolment request's), and a sentence of its own (`check_name`, `check_email`).
_EMPTY = QT_TRANSLATE_NOOP("messages", "the name is empty")
_SPACES = QT_TRANSLATE_NOOP("messages", "the name begins or ends with spaces")
_TOO_LONG = QT_TRANSLATE_NOOP("messages", "the name is longer than {limit} characters")
_CONTROL = QT_TRANSLATE_NOOP("messages", "the name contains control characters")
_NOT_EMAIL = QT_TRANSLATE_NOOP(
    "messages", "“{email}” is not an email address of the form name@domain"
)
_SENTENCE_OF = {
    _EMPTY: QT_TRANSLATE_NOOP("messages", "The name is empty."),
    _SPACES: QT_TRANSLATE_NOOP("messages", "The name begins or ends with spaces."),
    _TOO_LONG: QT_TRANSLATE_NOOP("messages", "The name is longer than {limit} characters."),
    _CONTROL: QT_TRANSLATE_NOOP("messages", "The name contains control characters."),
    _NOT_EMAIL: QT_TRANSLATE_NOOP(
        "messages", "“{email}” is not an email address of the form name@domain."
    ),
}


@dataclass(frozen=True)
class JurorIdentity:
    name: str
    email: str
    private_key: ec.EllipticCurvePrivateKey
    age_identity: str

    @property
    def age_recipient(self) -> str:
        return age_recipient_of(self.age_identity)


def name_problem(name: str) -> TrustError | None:
    """What is wrong with a juror's name, as a clause for a message (not raised), or None."""
    if not name.strip():
        return TrustError(_EMPTY)
    if name != name.strip():
        return TrustError(_SPACES)
    if len(name) > MAX_NAME_LENGTH:
        return TrustError(_TOO_LONG, limit=MAX_NAME_LENGTH)
    if any(unicodedata.category(char).startswith("C") for char in name):
        return TrustError(_CONTROL)
    return None


def email_problem(email: str) -> TrustError | None:
    """What is wrong with an email address, as a clause for a message (not raised), or None."""
    if len(email) > MAX_EMAIL_LENGTH or not _EMAIL.fullmatch(email):
        return TrustError(_NOT_EMAIL, email=email)
    return None


def check_name(name: str) -> str:
    """The name without surrounding spaces; TrustError if empty, too long or with control codes."""
    return _checked(name.strip(), name_problem)


def check_email(email: str) -> str:
    """The address without surrounding spaces; TrustError unless it looks like local@domain."""
    return _checked(email.strip(), email_problem)


def _checked(value: str, problem_of: Callable[[str], TrustError | None]) -> str:
    problem = problem_of(value)
    if problem is not None:
        sentence = _SENTENCE_OF[problem.template]
        raise TrustError(sentence, **problem.params)
    return value


class NoIdentityError(TrustError):
    """This data folder has no juror identity yet: the window offers to create one."""

    command_hint = "jury-desk identity create"


def has_identity(folder: Path) -> bool:
    """Whether `folder` holds an identity's public summary (its keys are in the store)."""
    return (folder / IDENTITY_FILE).is_file()


def create_identity(name: str, email: str) -> JurorIdentity:
    """A new identity with fresh keys; nothing is stored until `save_identity`."""
    age_identity, _ = generate_age_identity()
    return JurorIdentity(check_name(name), check_email(email), generate_signing_key(), age_identity)


def save_identity(identity: JurorIdentity, secrets: SecretStore, folder: Path) -> None:
    """Keys into `secrets`, the public summary into `folder/identity.json`; never overwrites."""
    path = folder / IDENTITY_FILE
    if path.exists():
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "A juror identity already exists in {folder}."),
            folder=folder,
        )
    summary = {
        "name": identity.name,
        "email": identity.email,
        "age_recipient": identity.age_recipient,
        "public_key_fingerprint": fingerprint(identity.private_key.public_key()),
    }
    store_key_pair(
        secrets,
        {
            SIGNING_KEY_SECRET: private_key_to_pem(identity.private_key),
            AGE_IDENTITY_SECRET: identity.age_identity.encode("ascii"),
        },
        {path: json.dumps(summary, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"},
    )


def load_identity(secrets: SecretStore, folder: Path) -> JurorIdentity:
    """The identity saved in `folder`, with its keys checked against the public summary."""
    summary = _read_summary(folder)
    key = private_key_from_pem(
        read_secret(
            secrets, SIGNING_KEY_SECRET, QT_TRANSLATE_NOOP("messages", "The juror's signing key")
        )
    )
    age_secret = read_secret(
        secrets, AGE_IDENTITY_SECRET, QT_TRANSLATE_NOOP("messages", "The juror's age key")
    )
    identity = JurorIdentity(summary["name"], summary["email"], key, _decode(age_secret))
    # Another identity's keys (another data folder, a restored keyring) must not pass silently.
    path = folder / IDENTITY_FILE
    if fingerprint(key.public_key()) != summary["public_key_fingerprint"]:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The juror's signing key in {store} does not match {path}."
            ),
            store=secrets.description,
            path=path,
        )
    if identity.age_recipient != summary["age_recipient"]:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "The juror's age key in {store} does not match {path}."),
            store=secrets.description,
            path=path,
        )
    return identity


def _read_summary(folder: Path) -> dict[str, str]:
    path = folder / IDENTITY_FILE
    if not path.exists():
        raise NoIdentityError(
            QT_TRANSLATE_NOOP("messages", "No juror identity in {folder} yet."),
            folder=folder,
        )
    try:
        # jury-desk's own file, but in plain in the data folder: read as outside JSON, so a
        # damaged one is a refusal of one line, never a crash.
        document: Any = load_outside_json(path.read_bytes(), max_bytes=_MAX_SUMMARY_BYTES)
    except OutsideJsonError:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not JSON."), path=path
        ) from None
    fields = ("name", "email", "age_recipient", "public_key_fingerprint")
    if not isinstance(document, dict) or not all(
        isinstance(document.get(field), str) for field in fields
    ):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "{path} is damaged: a field of the juror identity is missing."
            ),
            path=path,
        )
    return {field: document[field] for field in fields}


def _decode(age_secret: bytes) -> str:
    try:
        return age_secret.decode("ascii")
    except UnicodeDecodeError:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The stored age identity is damaged: it is not an age key."
            )
        ) from None
