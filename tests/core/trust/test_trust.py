"""The organiser's authority, jurors' identities, enrolment and certificates, with real crypto."""

from __future__ import annotations

import json
import re
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from jury_desk.trust import (
    Authority,
    EnrolmentRequest,
    JurorIdentity,
    TrustedAuthorities,
    TrustError,
    cert_fingerprint,
    create_authority,
    create_identity,
    fingerprint,
    generate_age_identity,
    generate_signing_key,
    issue_juror_certificate,
    juror_age_recipient,
    juror_email,
    load_authority,
    load_identity,
    make_request,
    private_key_from_pem,
    private_key_to_pem,
    save_authority,
    save_identity,
    sign_bytes,
    verify_authority_certificate,
    verify_juror_certificate,
    verify_signature,
)
from jury_desk.trust.identity import NoIdentityError
from jury_desk.trust.keys import cert_comparison_code, comparison_code, comparison_code_of
from tests.conftest import require_tool

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
_Ext = TypeVar("_Ext", bound=x509.ExtensionType)


class MemorySecrets:
    """A SecretStore in a dict: the real stores have their own tests."""

    description = "the test's memory"

    def __init__(self) -> None:
        self.values: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.values.get(name)

    def put(self, name: str, value: bytes) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


@pytest.fixture
def authority() -> Authority:
    return create_authority("Organisation de test", NOW)


@pytest.fixture
def juror() -> JurorIdentity:
    return create_identity("Camille Martin", "camille.martin@example.gouv.fr")


@pytest.fixture
def juror_cert(authority: Authority, juror: JurorIdentity) -> x509.Certificate:
    return issue_juror_certificate(authority, make_request(juror), NOW, NOW + timedelta(days=90))


def _extension(cert: x509.Certificate, kind: type[_Ext]) -> x509.Extension[_Ext]:
    return cert.extensions.get_extension_for_class(kind)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- Keys -------------------------------------------------------------------------------


def test_fingerprints_are_16_groups_of_4_upper_case_hex_digits(juror: JurorIdentity) -> None:
    printed = fingerprint(juror.private_key.public_key())
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", printed)
    assert fingerprint(generate_signing_key().public_key()) != printed


def test_a_private_key_survives_pem_and_other_keys_are_refused() -> None:
    key = generate_signing_key()
    assert private_key_from_pem(private_key_to_pem(key)).private_numbers() == key.private_numbers()
    other_curve = ec.generate_private_key(ec.SECP384R1())
    with pytest.raises(TrustError, match="not an ECDSA P-256 key"):
        private_key_from_pem(private_key_to_pem(other_curve))
    with pytest.raises(TrustError, match="not a private key"):
        private_key_from_pem(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")


def test_age_identities_come_with_their_recipient() -> None:
    identity, recipient = generate_age_identity()
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert recipient.startswith("age1")


# --- Authority --------------------------------------------------------------------------


def test_the_authority_is_a_proper_one_level_ca(authority: Authority) -> None:
    ca = authority.certificate
    assert ca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Organisation de test"
    assert ca.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == (
        "jury-desk organiser"
    )
    assert ca.issuer == ca.subject
    constraints = _extension(ca, x509.BasicConstraints)
    assert constraints.critical
    assert constraints.value.ca and constraints.value.path_length == 0
    usage = _extension(ca, x509.KeyUsage)
    assert usage.critical
    assert usage.value.key_cert_sign and usage.value.crl_sign and usage.value.digital_signature
    assert not usage.value.content_commitment
    ski = _extension(ca, x509.SubjectKeyIdentifier).value
    assert _extension(ca, x509.AuthorityKeyIdentifier).value.key_identifier == ski.digest
    assert isinstance(ca.signature_hash_algorithm, hashes.SHA256)
    public_key = ca.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    assert public_key.curve.name == "secp256r1"
    ca.verify_directly_issued_by(ca)
    verify_authority_certificate(ca, NOW)
    assert authority.age_recipient.startswith("age1")


def test_the_authority_is_valid_three_years_from_just_before_now(authority: Authority) -> None:
    assert authority.certificate.not_valid_before_utc == NOW - timedelta(minutes=5)
    assert authority.certificate.not_valid_after_utc == datetime(2029, 11, 30, 8, 0, tzinfo=UTC)
    leap_day = create_authority("Bissextile", datetime(2028, 2, 29, 12, 0, 30, 999, tzinfo=UTC))
    assert leap_day.certificate.not_valid_after_utc == datetime(2031, 2, 28, 12, 0, 30, tzinfo=UTC)


def test_the_authority_is_refused_outside_its_validity(authority: Authority) -> None:
    with pytest.raises(TrustError, match="valid from 2026-11-30 07:55 UTC to 2029-11-30"):
        verify_authority_certificate(authority.certificate, datetime(2030, 1, 1, tzinfo=UTC))
    with pytest.raises(TrustError, match="valid from"):
        verify_authority_certificate(authority.certificate, NOW - timedelta(hours=1))


def test_the_authority_round_trips_through_secrets_and_files(
    authority: Authority, tmp_path: Path
) -> None:
    secrets = MemorySecrets()
    save_authority(authority, secrets, tmp_path)
    assert set(secrets.values) == {"organiser/signing-key", "organiser/age-identity"}
    certificate_file = tmp_path / "authority.pem"
    recipient_file = tmp_path / "authority-recipient.txt"
    assert recipient_file.read_text() == authority.age_recipient + "\n"
    assert _mode(certificate_file) == _mode(recipient_file) == 0o644
    assert b"PRIVATE" not in certificate_file.read_bytes()
    loaded = load_authority(secrets, tmp_path)
    assert loaded.name == authority.name
    assert loaded.certificate == authority.certificate
    assert loaded.age_identity == authority.age_identity
    assert loaded.private_key.private_numbers() == authority.private_key.private_numbers()


def test_a_second_authority_is_refused(authority: Authority, tmp_path: Path) -> None:
    secrets = MemorySecrets()
    save_authority(authority, secrets, tmp_path)
    kept = dict(secrets.values)
    with pytest.raises(TrustError, match="An organiser authority already exists in"):
        save_authority(create_authority("Autre", NOW), secrets, tmp_path)
    assert secrets.values == kept
    assert load_authority(secrets, tmp_path).certificate == authority.certificate


def test_a_failed_save_takes_its_secrets_back(authority: Authority, tmp_path: Path) -> None:
    secrets = MemorySecrets()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        save_authority(authority, secrets, blocker / "organiser")
    assert secrets.values == {}


def test_loading_a_missing_or_mismatched_authority_is_refused(
    authority: Authority, tmp_path: Path
) -> None:
    secrets = MemorySecrets()
    with pytest.raises(TrustError, match="No organiser authority in"):
        load_authority(secrets, tmp_path)
    save_authority(authority, secrets, tmp_path)
    secrets.put("organiser/signing-key", private_key_to_pem(generate_signing_key()))
    with pytest.raises(TrustError, match="signing key in the test's memory does not match"):
        load_authority(secrets, tmp_path)
    secrets.delete("organiser/signing-key")
    with pytest.raises(TrustError, match="signing key is missing from the test's memory"):
        load_authority(secrets, tmp_path)
    secrets.put("organiser/signing-key", private_key_to_pem(authority.private_key))
    secrets.put("organiser/age-identity", generate_age_identity()[0].encode())
    with pytest.raises(TrustError, match="age key in the test's memory does not match"):
        load_authority(secrets, tmp_path)


# --- Juror identity ---------------------------------------------------------------------


def test_a_juror_identity_round_trips_through_secrets_and_files(
    juror: JurorIdentity, tmp_path: Path
) -> None:
    secrets = MemorySecrets()
    save_identity(juror, secrets, tmp_path)
    assert set(secrets.values) == {"juror/signing-key", "juror/age-identity"}
    public = tmp_path / "identity.json"
    assert _mode(public) == 0o644
    assert json.loads(public.read_text()) == {
        "name": "Camille Martin",
        "email": "camille.martin@example.gouv.fr",
        "age_recipient": juror.age_recipient,
        "public_key_fingerprint": fingerprint(juror.private_key.public_key()),
    }
    loaded = load_identity(secrets, tmp_path)
    assert (loaded.name, loaded.email, loaded.age_identity) == (
        juror.name,
        juror.email,
        juror.age_identity,
    )
    assert loaded.private_key.private_numbers() == juror.private_key.private_numbers()


def test_a_second_identity_is_refused_and_a_missing_one_explained(
    juror: JurorIdentity, tmp_path: Path
) -> None:
    secrets = MemorySecrets()
    with pytest.raises(NoIdentityError, match=r"No juror identity in .* yet") as missing:
        load_identity(secrets, tmp_path)
    # The command line adds the command that helps; the window says no command.
    assert missing.value.command_hint == "jury-desk identity create"
    save_identity(juror, secrets, tmp_path)
    with pytest.raises(TrustError, match="A juror identity already exists"):
        save_identity(create_identity("Autre", "autre@example.org"), secrets, tmp_path)
    secrets.put("juror/signing-key", private_key_to_pem(generate_signing_key()))
    with pytest.raises(TrustError, match="does not match"):
        load_identity(secrets, tmp_path)


def test_names_and_emails_are_cleaned_then_checked() -> None:
    identity = create_identity("  Dominique Lefèvre ", " d.lefevre@example.org ")
    assert (identity.name, identity.email) == ("Dominique Lefèvre", "d.lefevre@example.org")


@pytest.mark.parametrize(
    ("name", "email", "message"),
    [
        ("   ", "a@example.org", "The name is empty"),
        ("x" * 65, "a@example.org", "longer than 64"),
        ("Line\nbreak", "a@example.org", "control characters"),
        ("Camille", "camille", "not an email address"),
        ("Camille", "camille@localhost", "not an email address"),
        ("Camille", "two words@example.org", "not an email address"),
        ("Camille", "a@b@example.org", "not an email address"),
        ("Camille", "camille@exémple.fr", "not an email address"),
    ],
)
def test_bad_names_and_emails_are_refused(name: str, email: str, message: str) -> None:
    with pytest.raises(TrustError, match=message):
        create_identity(name, email)


# --- Enrolment request ------------------------------------------------------------------


def test_an_enrolment_request_round_trips_through_json(juror: JurorIdentity) -> None:
    request = make_request(juror)
    request.verify()
    document = json.loads(request.to_json())
    assert document["format"] == "jury-desk-enrolment-request"
    assert document["version"] == 1
    assert document["csr"].startswith("-----BEGIN CERTIFICATE REQUEST-----")
    loaded = EnrolmentRequest.from_json(request.to_json(), "camille.json")
    assert (loaded.name, loaded.email, loaded.age_recipient) == (
        juror.name,
        juror.email,
        juror.age_recipient,
    )
    assert loaded.csr == request.csr
    assert loaded.fingerprint == request.fingerprint == fingerprint(juror.private_key.public_key())


def _edited(request: EnrolmentRequest, **changes: object) -> bytes:
    document = json.loads(request.to_json())
    document.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "Camille Dupont", "its name differs"),
        ("email", "attacker@example.org", "its email address differs"),
        ("age_recipient", generate_age_identity()[1], "age recipient differs"),
        ("age_recipient", "age1notarecipient", "not a valid age public key"),
    ],
    # Named, not derived from the values: one of them is a fresh random key, and
    # every worker of the suite must collect the same test ids.
    ids=["other-name", "other-email", "other-age-recipient", "invalid-age-recipient"],
)
def test_an_edited_enrolment_request_is_refused(
    juror: JurorIdentity, field: str, value: str, message: str
) -> None:
    edited = _edited(make_request(juror), **{field: value})
    with pytest.raises(TrustError, match=f"^camille.json: the enrolment request is .*{message}"):
        EnrolmentRequest.from_json(edited, "camille.json")


def test_a_request_with_another_jurors_csr_is_refused(juror: JurorIdentity) -> None:
    other = make_request(create_identity("Camille Martin", "camille.martin@example.gouv.fr"))
    swapped = _edited(make_request(juror), csr=json.loads(other.to_json())["csr"])
    with pytest.raises(TrustError, match="age recipient differs"):
        EnrolmentRequest.from_json(swapped, "camille.json")


def test_a_csr_with_a_broken_signature_is_refused(juror: JurorIdentity) -> None:
    request = make_request(juror)
    der = bytearray(request.csr.public_bytes(serialization.Encoding.DER))
    der[-1] ^= 0x01  # the last byte of the signature value
    broken = x509.load_der_x509_csr(bytes(der))
    tampered = EnrolmentRequest(request.name, request.email, request.age_recipient, broken)
    with pytest.raises(TrustError, match="signature of its certificate request is not valid"):
        tampered.verify()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"{not json", "not JSON"),
        (b"[]", "not a jury-desk enrolment request"),
        (b'{"format": "something-else", "version": 1}', "not a jury-desk enrolment request"),
        (b'{"format": "jury-desk-enrolment-request", "version": 2}', "version 2"),
        (b'{"format": "jury-desk-enrolment-request", "version": true}', "version True"),
        (b'{"format": "jury-desk-enrolment-request", "version": 1}', "no “name” text field"),
        (b" " * 70_000, "too large"),
        # Outside JSON read within bounds (kernel/outside_json.py), not crashing the parser.
        (b"[" * 60_000, "nests deeper than 32 levels"),
        (b'{"format": "jury-desk-enrolment-request", "version": 1%s}' % (b"0" * 5000), "longer"),
        (b'{"format": "jury-desk-enrolment-request", "format": "x"}', "the key 'format' twice"),
    ],
)
def test_malformed_requests_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(TrustError, match=f"^req.json: .*{message}"):
        EnrolmentRequest.from_json(data, "req.json")


def test_a_damaged_csr_is_refused(juror: JurorIdentity) -> None:
    damaged = _edited(make_request(juror), csr="-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n")
    with pytest.raises(TrustError, match="certificate request in the enrolment request is damaged"):
        EnrolmentRequest.from_json(damaged, "req.json")


# --- Juror certificates -----------------------------------------------------------------


def test_a_juror_certificate_is_fit_for_document_signatures(
    authority: Authority, juror: JurorIdentity, juror_cert: x509.Certificate
) -> None:
    assert juror_cert.issuer == authority.certificate.subject
    assert juror_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == juror.name
    assert juror_cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == juror.email
    usage = _extension(juror_cert, x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_agreement
    purposes = _extension(juror_cert, x509.ExtendedKeyUsage)
    assert not purposes.critical
    assert set(purposes.value) == {ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING}
    assert not _extension(juror_cert, x509.BasicConstraints).value.ca
    san = _extension(juror_cert, x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == [juror.email]
    assert san.get_values_for_type(x509.UniformResourceIdentifier) == [f"age:{juror.age_recipient}"]
    ca_ski = _extension(authority.certificate, x509.SubjectKeyIdentifier).value.digest
    assert _extension(juror_cert, x509.AuthorityKeyIdentifier).value.key_identifier == ca_ski
    assert _extension(juror_cert, x509.SubjectKeyIdentifier).value == (
        x509.SubjectKeyIdentifier.from_public_key(juror.private_key.public_key())
    )
    assert isinstance(juror_cert.signature_hash_algorithm, hashes.SHA256)
    assert cert_fingerprint(juror_cert) == fingerprint(juror.private_key.public_key())
    assert juror_age_recipient(juror_cert) == juror.age_recipient
    assert juror_email(juror_cert) == juror.email
    verify_juror_certificate(juror_cert, authority.certificate, NOW + timedelta(days=1))


def test_issuance_stays_within_the_authority_and_needs_a_sound_request(
    authority: Authority, juror: JurorIdentity
) -> None:
    request = make_request(juror)
    ca_end = authority.certificate.not_valid_after_utc
    with pytest.raises(TrustError, match="beyond its authority, valid until 2029-11-30"):
        issue_juror_certificate(authority, request, NOW, ca_end + timedelta(seconds=1))
    with pytest.raises(TrustError, match="start before its authority"):
        issue_juror_certificate(authority, request, NOW - timedelta(days=1), ca_end)
    with pytest.raises(TrustError, match="not after its start"):
        issue_juror_certificate(authority, request, NOW, NOW)
    renamed = EnrolmentRequest(
        "Quelqu'un d'autre", request.email, request.age_recipient, request.csr
    )
    with pytest.raises(TrustError, match="its name differs"):
        issue_juror_certificate(authority, renamed, NOW, ca_end)
    assert issue_juror_certificate(authority, request, NOW, ca_end).not_valid_after_utc == ca_end


def test_a_certificate_from_another_authority_is_refused(
    authority: Authority, juror: JurorIdentity
) -> None:
    # Same name, another key: only the signature tells them apart.
    impostor = create_authority(authority.name, NOW)
    forged = issue_juror_certificate(impostor, make_request(juror), NOW, NOW + timedelta(days=9))
    with pytest.raises(TrustError, match="was not issued by the organiser authority"):
        verify_juror_certificate(forged, authority.certificate, NOW + timedelta(days=1))


def test_a_certificate_is_refused_outside_its_validity(
    authority: Authority, juror_cert: x509.Certificate
) -> None:
    expired = NOW + timedelta(days=91)
    with pytest.raises(TrustError, match="valid from 2026-11-30 08:00 UTC to 2027-02-28 08:00 UTC"):
        verify_juror_certificate(juror_cert, authority.certificate, expired)
    with pytest.raises(TrustError, match="not at 2026-11-30 07:59 UTC"):
        verify_juror_certificate(juror_cert, authority.certificate, NOW - timedelta(seconds=30))


def _hand_made_cert(
    authority: Authority, usage: x509.KeyUsage, *, ca: bool = False
) -> x509.Certificate:
    key = generate_signing_key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Hand made")])
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW)
        .not_valid_after(NOW + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(authority.private_key, hashes.SHA256())
    )


def _usage(*, digital_signature: bool, key_agreement: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=key_agreement,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def test_a_certificate_not_allowed_to_sign_is_refused(authority: Authority) -> None:
    no_signing = _hand_made_cert(authority, _usage(digital_signature=False, key_agreement=True))
    with pytest.raises(TrustError, match="not allowed to make signatures"):
        verify_juror_certificate(no_signing, authority.certificate, NOW + timedelta(days=1))
    sub_ca = _hand_made_cert(
        authority, _usage(digital_signature=True, key_agreement=False), ca=True
    )
    with pytest.raises(TrustError, match="is a certificate authority"):
        verify_juror_certificate(sub_ca, authority.certificate, NOW + timedelta(days=1))


def test_an_authority_certificate_is_not_a_juror_certificate(authority: Authority) -> None:
    with pytest.raises(TrustError, match="is a certificate authority, not a juror's certificate"):
        verify_juror_certificate(authority.certificate, authority.certificate, NOW)


def test_a_juror_certificate_is_not_an_authority(juror_cert: x509.Certificate) -> None:
    with pytest.raises(TrustError, match="not validly self-signed"):
        verify_authority_certificate(juror_cert, NOW + timedelta(days=1))


def test_an_independent_tool_accepts_the_chain(
    authority: Authority, juror_cert: x509.Certificate, tmp_path: Path
) -> None:
    openssl = require_tool("openssl")
    ca_file, juror_file = tmp_path / "ca.pem", tmp_path / "juror.pem"
    ca_file.write_bytes(authority.certificate.public_bytes(serialization.Encoding.PEM))
    juror_file.write_bytes(juror_cert.public_bytes(serialization.Encoding.PEM))
    at = str(int((NOW + timedelta(days=1)).timestamp()))
    # x509_strict also checks the key identifiers; smimesign checks usage and purpose.
    command = [openssl, "verify", "-x509_strict", "-purpose", "smimesign", "-attime", at]
    result = subprocess.run(
        [*command, "-CAfile", str(ca_file), str(juror_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(": OK")
    impostor = create_authority(authority.name, NOW).certificate
    ca_file.write_bytes(impostor.public_bytes(serialization.Encoding.PEM))
    refused = subprocess.run(
        [*command, "-CAfile", str(ca_file), str(juror_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode != 0


# --- Signatures -------------------------------------------------------------------------


def test_signed_bytes_verify_and_any_change_is_refused(
    juror: JurorIdentity, juror_cert: x509.Certificate
) -> None:
    data = b"manifest of session 2026-11"
    signature = sign_bytes(juror.private_key, data)
    verify_signature(juror_cert, data, signature)
    verify_signature(juror.private_key.public_key(), data, signature)
    flipped = bytearray(data)
    flipped[0] ^= 0x01
    with pytest.raises(TrustError, match="The signature does not match"):
        verify_signature(juror_cert, bytes(flipped), signature)
    broken = bytearray(signature)
    broken[-1] ^= 0x01
    with pytest.raises(TrustError, match="The signature does not match"):
        verify_signature(juror_cert, data, bytes(broken))
    with pytest.raises(TrustError, match="The signature does not match"):
        verify_signature(generate_signing_key().public_key(), data, signature)


# --- Trusted authorities ----------------------------------------------------------------


def test_only_the_very_certificate_trusted_is_trusted(
    authority: Authority, juror_cert: x509.Certificate, tmp_path: Path
) -> None:
    trusted = TrustedAuthorities(tmp_path)
    assert trusted.list() == []
    assert not trusted.is_trusted(authority.certificate)
    trusted.trust(authority.certificate)
    assert trusted.is_trusted(authority.certificate)
    assert trusted.list() == [authority.certificate]
    stored = (
        tmp_path
        / "trusted-authorities"
        / (cert_fingerprint(authority.certificate).replace(" ", "") + ".pem")
    )
    assert _mode(stored) == 0o644
    lookalike = create_authority(authority.name, NOW).certificate
    assert lookalike.subject == authority.certificate.subject
    assert not trusted.is_trusted(lookalike)
    assert TrustedAuthorities(tmp_path).is_trusted(authority.certificate)


def test_a_juror_certificate_cannot_be_trusted_as_an_authority(
    juror_cert: x509.Certificate, tmp_path: Path
) -> None:
    with pytest.raises(TrustError, match="not validly self-signed"):
        TrustedAuthorities(tmp_path).trust(juror_cert)


def test_the_comparison_code_is_24_digits_from_the_fingerprint() -> None:
    fingerprint_text = " ".join(["0000"] * 15 + ["0001"])
    # The first 16 bytes of the digest, as a number, modulo 10**24: here all zero.
    assert comparison_code_of(fingerprint_text) == "0000 0000 0000 0000 0000 0000"
    # 2**128 - 1 modulo 10**24, written out by hand.
    assert comparison_code_of(" ".join(["FFFF"] * 16)) == "4634 6337 4607 4317 6821 1455"
    with pytest.raises(ValueError, match="not a SHA-256 fingerprint"):
        comparison_code_of("ABCD EF01")


def test_a_key_and_its_certificate_have_the_same_comparison_code(
    juror: JurorIdentity,
) -> None:
    authority = create_authority("Organisation de test", NOW)
    certificate = authority.certificate
    assert cert_comparison_code(certificate) == comparison_code(certificate.public_key())
    assert comparison_code(juror.private_key.public_key()) == comparison_code_of(
        fingerprint(juror.private_key.public_key())
    )
