"""`jury-desk registry signer replace`: a new person signs for the certifier, after a question
(or --yes), the previous signer's certificate kept and the change journaled in the registry."""

from __future__ import annotations

import sys

from jury_desk.cli.confirm import confirmed
from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.signer_change import replace_certifier_signer
from jury_desk.trust.authority import load_authority
from jury_desk.trust.signer import SIGNER_FILE, holder_name, load_signer_certificate
from jury_desk.trust.signer_replacement import PREVIOUS_SIGNERS_FOLDER
from jury_desk.trust.succession import der_fingerprint


def run_signer_replace(context: CommandContext) -> int:
    args = context.args
    folder = organiser_dir(context.home)
    current = load_signer_certificate(folder)  # none yet: said before anything is asked
    if not args.yes and not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Replacing the signer needs a confirmation: run in a terminal, or add --yes.",
            )
        )
    if not confirmed(
        context,
        lambda: (
            f"{holder_name(current)} will no longer sign for the certifier; {args.name} "
            f"<{args.email}> will, with a new key. What {holder_name(current)} signed still "
            "verifies."
        ),
        "Replace the signer?",
    ):
        return 1
    secrets = secret_store_from_args(context)
    authority = load_authority(secrets, folder)
    registry = open_from_args(context)
    try:
        replacement = replace_certifier_signer(
            registry, authority, args.name, args.email, args.reason, secrets, folder
        )
    finally:
        registry.close()
    kept = folder / PREVIOUS_SIGNERS_FOLDER / f"{der_fingerprint(replacement.previous)}.pem"
    signer = replacement.signer
    print(
        f"replaced: {holder_name(replacement.previous)} (certificate kept: {kept})",
        file=context.out,
    )
    print(f"signer: {signer.name} <{signer.email}>", file=context.out)
    print(f"certificate: {folder / SIGNER_FILE}", file=context.out)
    print(f"valid until: {signer.certificate.not_valid_after_utc:%Y-%m-%d}", file=context.out)
    return 0
