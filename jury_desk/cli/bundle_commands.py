"""`jury-desk bundle init|build|inspect` and `jury-desk open`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from cryptography import x509

from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.container import Progress, Unlock
from jury_desk.bundle.folder.scaffold import scaffold
from jury_desk.bundle.opening import TrustCheck, inspect_bundle, open_bundle
from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import (
    optional_passphrase,
    secret_store_from_args,
)
from jury_desk.cli.window_command import show_session
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import identity_dir, organiser_dir
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.trust.authority import load_authority, load_authority_certificate
from jury_desk.trust.identity import load_identity
from jury_desk.trust.trusted import TrustedAuthorities


def run_init(context: CommandContext) -> int:
    scaffold(context.args.folder)
    print(f"folder: {context.args.folder}", file=context.out)
    print(f"edit: {context.args.folder / 'session.toml'}", file=context.out)
    return 0


def run_build(context: CommandContext) -> int:
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    result = build_bundle(
        context.args.folder,
        context.args.output,
        authority,
        context.clock.now(),
        passphrase=optional_passphrase(context),
        progress=progress_printer(context.err),
    )
    spec = result.manifest.spec
    print(f"bundle: {result.path}", file=context.out)
    print(f"session: {spec.id} version {spec.version}", file=context.out)
    print(
        f"contents: {len(spec.jurors)} jurors, {len(spec.candidates)} candidates, "
        f"{result.documents} documents ({result.payload_bytes} bytes)",
        file=context.out,
    )
    return 0


def run_inspect(context: CommandContext) -> int:
    unlock = _unlock(context, needs_identity=False)
    report = inspect_bundle(
        context.args.bundle,
        unlock,
        context.clock.now(),
        _trust_check(context.home),
        context.args.organiser_fingerprint,
    )
    spec = report.manifest.spec
    out = context.out
    print(f"session: {spec.title} ({spec.id}), version {spec.version}", file=out)
    print(f"organiser: {report.manifest.organiser.name}", file=out)
    print(f"authority-fingerprint: {report.authority_fingerprint}", file=out)
    for juror in spec.jurors:
        print(f"juror: {juror.name} <{juror.email}> ({juror.role.value})", file=out)
    for candidate in spec.candidates:
        start = candidate.slot_start.astimezone(SESSION_TIMEZONE)
        print(
            f"candidate: {start:%Y-%m-%d %H:%M} {candidate.name} — {candidate.startup} "
            f"({len(candidate.documents)} documents)",
            file=out,
        )
    print(
        f"verified: signature, certificates, {report.documents} documents "
        f"({report.document_bytes} bytes)",
        file=out,
    )
    return 0


def run_open(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    identity = load_identity(secrets, identity_dir(context.home))
    unlock = Unlock((identity.age_identity,), optional_passphrase(context))
    result = open_bundle(
        context.home,
        context.args.bundle,
        unlock,
        identity,
        secrets,
        context.clock,
        context.args.organiser_fingerprint,
        extra_trust=_trust_check(context.home),
    )
    spec = result.manifest.spec
    print(f"session: {spec.title} ({spec.id}), version {spec.version}", file=context.out)
    print(f"workspace: {result.workspace} ({result.outcome})", file=context.out)
    print(f"you: {result.me.name} ({result.me.role.value})", file=context.out)
    if context.args.screenshot is not None:
        context.out.flush()
        return show_session(context, context.home, secrets, spec.id)
    return 0


def _unlock(context: CommandContext, needs_identity: bool) -> Unlock:
    passphrase = optional_passphrase(context)
    if passphrase is not None and not needs_identity:
        return Unlock((), passphrase)
    secrets = secret_store_from_args(context)
    try:
        identity = load_identity(secrets, identity_dir(context.home))
    except UserError:
        if passphrase is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Give the bundle's passphrase (--passphrase-file) or create your juror "
                    "identity first: no key here can open it.",
                )
            ) from None
        return Unlock((), passphrase)
    return Unlock((identity.age_identity,), passphrase)


def _trust_check(home: Path) -> TrustCheck:
    """An organiser trusts their own authority; others trust what they confirmed."""
    trusted = TrustedAuthorities(home)
    own: x509.Certificate | None = None
    if (organiser_dir(home) / "authority.pem").exists():
        own = load_authority_certificate(organiser_dir(home))

    def check(certificate: x509.Certificate) -> bool:
        return certificate == own or trusted.is_trusted(certificate)

    return check


def progress_printer(err: TextIO) -> Progress:
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        if percent != last[0] and (percent % 10 == 0 or done == total):
            last[0] = percent
            print(f"\rpayload: {percent:3d} %", end="" if done < total else "\n", file=err)
            err.flush()

    return report
