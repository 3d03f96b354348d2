"""`jury-desk org init` and `jury-desk identity create|request|show`."""

from __future__ import annotations

from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import read_file
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.paths import identity_dir, organiser_dir
from jury_desk.secrets.passphrase import passphrase_source
from jury_desk.trust.authority import create_authority, load_authority, save_authority
from jury_desk.trust.backup import BACKUP_FILE, identity_backup, read_identity_backup
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity, load_identity, save_identity
from jury_desk.trust.keys import cert_fingerprint, comparison_code_of, fingerprint


def run_org_init(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    authority = create_authority(context.args.name, context.clock.now())
    save_authority(authority, secrets, organiser_dir(context.home))
    print(f"authority: {organiser_dir(context.home) / 'authority.pem'}", file=context.out)
    _print_fingerprint(context, cert_fingerprint(authority.certificate))
    print(f"results-recipient: {authority.age_recipient}", file=context.out)
    print(f"private keys: in {secrets.description}", file=context.out)
    return 0


def run_org_show(context: CommandContext) -> int:
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    print(f"name: {authority.name}", file=context.out)
    _print_fingerprint(context, cert_fingerprint(authority.certificate))
    print(f"valid-until: {authority.certificate.not_valid_after_utc:%Y-%m-%d}", file=context.out)
    return 0


def run_org_renew(context: CommandContext) -> int:
    from jury_desk.trust.succession import renew_authority, save_renewal

    secrets = secret_store_from_args(context)
    folder = organiser_dir(context.home)
    old = load_authority(secrets, folder)
    new, succession = renew_authority(old, context.clock.now(), context.args.years)
    save_renewal(new, succession, secrets, folder)
    print(f"previous: {cert_fingerprint(old.certificate)}", file=context.out)
    _print_fingerprint(context, cert_fingerprint(new.certificate))
    print(f"valid-until: {new.certificate.not_valid_after_utc:%Y-%m-%d}", file=context.out)
    print(
        "jurors who trust the previous authority take the new one from its next bundle",
        file=context.out,
    )
    return 0


def run_identity_create(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    identity = create_identity(context.args.name, context.args.email)
    save_identity(identity, secrets, identity_dir(context.home))
    _print_identity(context, identity.name, identity.email, identity.age_recipient,
                    fingerprint(identity.private_key.public_key()))  # fmt: skip
    print(f"private keys: in {secrets.description}", file=context.out)
    return 0


def run_identity_request(context: CommandContext) -> int:
    identity = load_identity(secret_store_from_args(context), identity_dir(context.home))
    request = make_request(identity)
    write_atomically(context.args.output, request.to_json(), mode=0o644)
    print(f"request: {context.args.output}", file=context.out)
    _print_fingerprint(context, request.fingerprint)
    return 0


def run_identity_show(context: CommandContext) -> int:
    identity = load_identity(secret_store_from_args(context), identity_dir(context.home))
    _print_identity(context, identity.name, identity.email, identity.age_recipient,
                    fingerprint(identity.private_key.public_key()))  # fmt: skip
    return 0


def run_identity_age_key(context: CommandContext) -> int:
    identity = load_identity(secret_store_from_args(context), identity_dir(context.home))
    # Readable by you alone: whoever has this line can open the bundles sent to you.
    write_atomically(context.args.output, f"{identity.age_identity}\n".encode(), mode=0o600)
    print(
        f"age-key: {context.args.output} (keep it private; delete it after use)", file=context.out
    )
    return 0


def run_identity_backup(context: CommandContext) -> int:
    identity = load_identity(secret_store_from_args(context), identity_dir(context.home))
    passphrase = _backup_passphrase(context, creating=True)
    write_atomically(context.args.output, identity_backup(identity, passphrase), mode=0o600)
    print(f"backup: {context.args.output} (both private keys, under its passphrase)",
          file=context.out)  # fmt: skip
    return 0


def run_identity_restore(context: CommandContext) -> int:
    data = read_file(context.args.file, BACKUP_FILE)
    identity = read_identity_backup(data, _backup_passphrase(context, creating=False))
    secrets = secret_store_from_args(context)
    save_identity(identity, secrets, identity_dir(context.home))  # refuses where one exists
    _print_identity(context, identity.name, identity.email, identity.age_recipient,
                    fingerprint(identity.private_key.public_key()))  # fmt: skip
    print(f"private keys: in {secrets.description}", file=context.out)
    return 0


def _backup_passphrase(context: CommandContext, *, creating: bool) -> str:
    path: Path | None = context.args.passphrase_file
    ask = passphrase_source(path, "Passphrase of the identity backup: ")
    return ask(creating)


def _print_identity(
    context: CommandContext, name: str, email: str, recipient: str, key_fingerprint: str
) -> None:
    print(f"name: {name}", file=context.out)
    print(f"email: {email}", file=context.out)
    _print_fingerprint(context, key_fingerprint)
    print(f"age-recipient: {recipient}", file=context.out)


def _print_fingerprint(context: CommandContext, key_fingerprint: str) -> None:
    """The comparison code to read by phone, then the full fingerprint it comes from."""
    print(f"comparison-code: {comparison_code_of(key_fingerprint)}", file=context.out)
    print(f"fingerprint: {key_fingerprint}", file=context.out)
