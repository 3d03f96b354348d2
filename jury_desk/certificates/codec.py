"""A letter's or a certificate's attached JSON read back, with the checks a schema cannot make.

The data must be exactly the canonical JSON of what it says: read into the
dataclasses, written again, the same bytes. Any key added, any value spelt
another way (a time not in UTC, text not in NFC), and the document is refused.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jury_desk.certificates.data import (
    CERTIFICATE_FORMAT,
    LETTER_FORMAT,
    SCHEMA_VERSION,
    Certificate,
    CertifierDocument,
    CertifierDocumentError,
    DecisionLetter,
    DocumentSession,
    DocumentSigner,
    Registration,
    normal_code,
)
from jury_desk.kernel.document_values import parse_date, parse_utc
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.models import Outcome

# A letter is a page or two of text: its data is far below this.
MAX_DATA_BYTES = 1024 * 1024

_INVALID = QT_TRANSLATE_NOOP("messages", "The document's data is not valid: {reason}")


def document_from_json(data: bytes) -> CertifierDocument:
    """The letter or certificate `data` holds; CertifierDocumentError if it is not exactly one."""
    try:
        raw = load_outside_json(data, max_bytes=MAX_DATA_BYTES)
    except OutsideJsonError as error:
        raise CertifierDocumentError(_INVALID, reason=str(error)) from None
    try:
        document = _document(_Object(raw, "the document"))
    except (KeyError, TypeError, ValueError) as error:
        raise _refused(str(error)) from None
    if document.to_json() != data:
        raise _refused("not in its canonical form (a value or key that does not belong)")
    return document


def _document(raw: _Object) -> CertifierDocument:
    kind = raw.text("format")
    if raw.value("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"schema version {raw.value('schema_version')!r} is not {SCHEMA_VERSION}")
    code = _code(raw.text("code"))
    session = _session(raw.object("session"))
    signer = _signer(raw.object("signer"))
    if kind == LETTER_FORMAT:
        candidate = raw.object("candidate")
        certificate_code = raw.value("certificate_code")
        return DecisionLetter(
            code=code,
            decision_id=raw.integer("decision_id"),
            candidate_id=candidate.text("id"),
            candidate_name=candidate.text("name"),
            address_lines=tuple(candidate.texts("address_lines")),
            session=session,
            outcome=Outcome(raw.text("outcome")),
            decided_at=_time(raw.text("decided_at")),
            reasons=raw.text("reasons"),
            recourse=raw.text("recourse"),
            issued_at=_time(raw.text("issued_at")),
            signer=signer,
            certificate_code=None if certificate_code is None else _code(str(certificate_code)),
        )
    if kind == CERTIFICATE_FORMAT:
        holder = raw.object("holder")
        registration = raw.object("registration")
        return Certificate(
            code=code,
            decision_id=raw.integer("decision_id"),
            candidate_id=holder.text("id"),
            holder_name=holder.text("name"),
            session=session,
            registration=Registration(
                registration.text("text"), _day(registration.text("decided_on"))
            ),
            decided_at=_time(raw.text("decided_at")),
            issued_at=_time(raw.text("issued_at")),
            signer=signer,
        )
    raise ValueError(f"format {kind!r} is neither a letter nor a certificate")


def _session(raw: _Object) -> DocumentSession:
    return DocumentSession(
        id=raw.text("id"),
        title=raw.text("title"),
        certification_title=raw.text("certification_title"),
        rs_code=raw.text("rs_code"),
        certifier=raw.text("certifier"),
    )


def _signer(raw: _Object) -> DocumentSigner:
    return DocumentSigner(raw.text("name"), raw.text("email"))


def _code(text: str) -> str:
    code = normal_code(text)
    if code is None or code != text:
        raise ValueError(f"{text!r} is not a verification code")
    return code


def _time(text: str) -> datetime:
    return parse_utc(text, ValueError)


def _day(text: str) -> date:
    return parse_date(text, ValueError)


def _refused(reason: str) -> CertifierDocumentError:
    return CertifierDocumentError(_INVALID, reason=reason)


class _Object:
    """A JSON object whose values are read with their expected type, or a ValueError."""

    def __init__(self, raw: Any, what: str) -> None:
        if not isinstance(raw, dict):
            raise ValueError(f"{what} is not an object")
        self._raw: dict[str, Any] = raw
        self._what = what

    def value(self, key: str) -> Any:
        if key not in self._raw:
            raise ValueError(f"{self._what} has no {key!r}")
        return self._raw[key]

    def text(self, key: str) -> str:
        value = self.value(key)
        if not isinstance(value, str):
            raise ValueError(f"{key!r} of {self._what} is not text")
        return value

    def integer(self, key: str) -> int:
        value = self.value(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{key!r} of {self._what} is not a whole number")
        return value

    def texts(self, key: str) -> list[str]:
        values = self.value(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{key!r} of {self._what} is not a list of texts")
        return values

    def object(self, key: str) -> _Object:
        return _Object(self.value(key), repr(key))
