"""`jury-desk certificate verify`, `registry letters|signer create|code|revoke`: the certifier's
documents, signed by the person who signs for the certifier and recorded in the registry."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from cryptography import x509

from jury_desk.certificates.data import Certificate, shown_code
from jury_desk.certificates.verify import (
    CERTIFIER_DOCUMENT_FILE,
    CertifierVerdict,
    verify_certificate_document,
)
from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import read_file
from jury_desk.cli.registry_arguments import REGISTRY_ENV
from jury_desk.cli.registry_context import location_from_args, open_from_args
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.kernel.errors import joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap, read_outside_file
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.issue_settings import IssueSettings, issue_settings, save_issue_settings
from jury_desk.registry.issued_documents import (
    IssuedRecord,
    check_issued,
    issue_letters,
    lookup_code,
    revoke_document,
    unknown_code,
)
from jury_desk.registry.signer_change import designate_certifier_signer
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.trust.authority import load_authority, load_authority_certificate
from jury_desk.trust.errors import TrustError
from jury_desk.trust.signer import load_signer
from jury_desk.trust.succession import previous_certificates

_AUTHORITY_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "authority certificate"), 64 * 1024)
_RECOURSE_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "text of the means of recourse"), 64 * 1024)


def run_verify(context: CommandContext) -> int:
    path: Path = context.args.file
    pdf = read_file(path, CERTIFIER_DOCUMENT_FILE)
    verdict = _verdict(pdf, _authorities(context))
    findings = list(verdict.findings)
    consulted = None
    if verdict.document is not None and not findings and _registry_reachable(context):
        registry = open_from_args(context)
        try:
            findings += check_issued(registry, verdict.document, pdf)
        finally:
            registry.close()
        consulted = registry.location.shown
    if findings:
        text = " ".join(str(joined(findings)).splitlines())
        print(f"INVALID: {path}: {text}", file=context.out)
        return 1
    _print_valid(context, path, verdict)
    print(
        f"registry: {'in force in ' + consulted if consulted else 'not consulted'}",
        file=context.out,
    )
    print(f"sha256: {hashlib.sha256(pdf).hexdigest()}", file=context.out)
    return 0


def _verdict(pdf: bytes, authorities: list[x509.Certificate]) -> CertifierVerdict:
    """The verdict against the first authority, or an earlier one it is valid against."""
    verdict = verify_certificate_document(pdf, authorities[0])
    for earlier in authorities[1:]:  # a document signed before the authority's renewal
        if verdict.valid:
            break
        if (again := verify_certificate_document(pdf, earlier)).valid:
            verdict = again
    return verdict


def _print_valid(context: CommandContext, path: Path, verdict: CertifierVerdict) -> None:
    document = verdict.document
    assert document is not None and verdict.signed_at is not None  # a valid verdict has both
    kind, name = (
        ("certificate", document.holder_name)
        if isinstance(document, Certificate)
        else ("decision letter", document.candidate_name)
    )
    signed = verdict.signed_at.astimezone(SESSION_TIMEZONE)
    print(
        f"VALID: {path}: {kind} of {name}, code {shown_code(document.code)}, "
        f"signed by {verdict.signer_name} on {signed:%Y-%m-%d %H:%M} (Paris)",
        file=context.out,
    )


def _authorities(context: CommandContext) -> list[x509.Certificate]:
    """The authority given, else the data folder's, then its certificates before renewals."""
    given: Path | None = context.args.authority
    if given is None:
        folder = organiser_dir(context.home)
        return [load_authority_certificate(folder), *previous_certificates(folder)]
    try:
        return [x509.load_pem_x509_certificate(read_outside_file(given, _AUTHORITY_FILE))]
    except ValueError:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not a certificate."),
            path=given,
        ) from None


def _registry_reachable(context: CommandContext) -> bool:
    if context.args.no_registry:
        return False
    if context.args.registry or os.environ.get(REGISTRY_ENV):
        return True  # named: a registry that cannot be opened is said, not skipped
    location = location_from_args(context)
    return location.file is not None and location.file.exists()


def run_letters(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    signer = load_signer(secrets, organiser_dir(context.home))
    registry = open_from_args(context)
    try:
        settings = _settings(context, issue_settings(registry))
        if settings != issue_settings(registry):
            settings = save_issue_settings(registry, settings)
        done = issue_letters(
            registry,
            context.args.session,
            signer,
            context.args.output,
            settings,
            again=context.args.again,
        )
    finally:
        registry.close()
    print(f"letters: {done.folder} ({done.letters})", file=context.out)
    print(f"certificates: {done.folder} ({done.certificates})", file=context.out)
    print(f"signer: {signer.name} <{signer.email}>", file=context.out)
    return 0


def _settings(context: CommandContext, kept: IssueSettings) -> IssueSettings:
    args = context.args
    settings = kept
    if args.recourse_file is not None:
        text = read_outside_file(args.recourse_file, _RECOURSE_FILE).decode("utf-8", "replace")
        if text.strip() != kept.recourse:  # another wording: confirmed only if said now
            settings = replace(settings, recourse=text, recourse_confirmed=False)
    if args.confirm_recourse:
        settings = replace(settings, recourse_confirmed=True)
    if args.registration_text:
        settings = replace(settings, registration_text=args.registration_text)
    if args.registration_date is not None:
        settings = replace(settings, registration_date=args.registration_date)
    return settings


def run_signer_create(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    folder = organiser_dir(context.home)
    authority = load_authority(secrets, folder)
    registry = open_from_args(context)
    try:
        signer = designate_certifier_signer(
            registry, authority, context.args.name, context.args.email, secrets, folder
        )
    finally:
        registry.close()
    print(f"signer: {signer.name} <{signer.email}>", file=context.out)
    print(f"certificate: {folder / 'signer.pem'}", file=context.out)
    print(
        f"valid until: {signer.certificate.not_valid_after_utc:%Y-%m-%d}",
        file=context.out,
    )
    return 0


def run_code(context: CommandContext) -> int:
    registry = open_from_args(context)
    try:
        record = lookup_code(registry, context.args.code)
    finally:
        registry.close()
    if record is None:
        raise unknown_code(context.args.code)
    _print_record(record, context)
    return 0 if record.in_force else 1


def run_revoke(context: CommandContext) -> int:
    registry = open_from_args(context)
    try:
        record = revoke_document(registry, context.args.code, context.args.reason)
    finally:
        registry.close()
    _print_record(record, context)
    return 0


def _print_record(record: IssuedRecord, context: CommandContext) -> None:
    state = (
        f"revoked: {record.revocation_reason}"
        if record.revoked
        else "superseded: its decision was corrected"
        if record.superseded
        else "in force"
    )
    out = context.out
    print(f"code: {shown_code(record.code)} ({record.kind}, {state})", file=out)
    print(f"candidate: {record.candidate_name} ({record.candidate_id})", file=out)
    print(f"session: {record.session_id}", file=out)
    print(f"decision: {record.outcome.value}, {record.decided_at:%Y-%m-%d}", file=out)
    print(f"issued: {record.issued_at:%Y-%m-%d %H:%M} UTC by {record.issued_by}", file=out)
    print(f"signer: {record.signer}", file=out)
    print(f"file: {record.file_name} (sha256 {record.sha256})", file=out)
