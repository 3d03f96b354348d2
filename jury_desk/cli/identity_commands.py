"""`jury-desk org init` and `jury-desk identity create|request|show`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jury_desk.atomic import write_atomically
from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.paths import identity_dir, organiser_dir
from jury_desk.trust.authority import create_authority, load_authority, save_authority
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity, load_identity, save_identity
from jury_desk.trust.keys import cert_fingerprint, fingerprint


def register(commands: Any) -> None:
    org: argparse.ArgumentParser = commands.add_parser(
        "org", help="the organiser's certificate authority"
    )
    org_actions = org.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = org_actions.add_parser("init", help="create the organiser's authority (3 years)")
    init.add_argument("--name", required=True, help="e.g. « Équipe certification beta.gouv »")
    init.set_defaults(run=run_org_init)
    show = org_actions.add_parser("show", help="print the authority's fingerprint")
    show.set_defaults(run=run_org_show)

    identity: argparse.ArgumentParser = commands.add_parser(
        "identity", help="your juror identity: keys, enrolment request, fingerprints"
    )
    actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create your signing and encryption keys")
    create.add_argument("--name", required=True)
    create.add_argument("--email", required=True)
    create.set_defaults(run=run_identity_create)
    request = actions.add_parser("request", help="write the enrolment request for the organiser")
    request.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    request.set_defaults(run=run_identity_request)
    show_identity = actions.add_parser("show", help="print your fingerprints")
    show_identity.set_defaults(run=run_identity_show)
    age_key = actions.add_parser(
        "age-key", help="write your age identity to a file (to open a bundle by hand with age)"
    )
    age_key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    age_key.set_defaults(run=run_identity_age_key)


def run_org_init(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    authority = create_authority(context.args.name, context.clock.now())
    save_authority(authority, secrets, organiser_dir(context.home))
    print(f"authority: {organiser_dir(context.home) / 'authority.pem'}", file=context.out)
    print(f"fingerprint: {cert_fingerprint(authority.certificate)}", file=context.out)
    print(f"results-recipient: {authority.age_recipient}", file=context.out)
    print(f"private keys: in {secrets.description}", file=context.out)
    return 0


def run_org_show(context: CommandContext) -> int:
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    print(f"name: {authority.name}", file=context.out)
    print(f"fingerprint: {cert_fingerprint(authority.certificate)}", file=context.out)
    print(f"valid-until: {authority.certificate.not_valid_after_utc:%Y-%m-%d}", file=context.out)
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
    print(f"fingerprint: {request.fingerprint}", file=context.out)
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


def _print_identity(
    context: CommandContext, name: str, email: str, recipient: str, key_fingerprint: str
) -> None:
    print(f"name: {name}", file=context.out)
    print(f"email: {email}", file=context.out)
    print(f"fingerprint: {key_fingerprint}", file=context.out)
    print(f"age-recipient: {recipient}", file=context.out)
