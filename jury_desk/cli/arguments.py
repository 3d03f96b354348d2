"""The command line's words: every command, its arguments, and which function runs it.

Only argparse and constants here, nothing heavy: `--version`, `--help` and a
refused argument are answered before any library loads. Each command names the
function that runs it as "module:function" inside jury_desk.cli, imported only
once that command is chosen (see main.run_target).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jury_desk import __version__
from jury_desk.cli.certificate_arguments import add_certificate
from jury_desk.cli.lazy_commands import LazyCommands
from jury_desk.cli.registry_arguments import add_registry
from jury_desk.kernel.paths import HOME_ENV
from jury_desk.results.layout import SUFFIX

SECRETS_PASSPHRASE_ENV = "JURY_DESK_SECRETS_PASSPHRASE_FILE"  # noqa: S105 - a variable name


def build_parser(lazy: bool = False) -> argparse.ArgumentParser:
    """The whole command line; `lazy`: only the chosen command's parser is filled (see
    lazy_commands.py), what a run of jury-desk needs, with the same help and errors."""
    parser = argparse.ArgumentParser(
        prog="jury-desk",
        description="Jury tool of the certification « Concevoir un service public numérique "
        "au sein de l'État » (RS6247).",
    )
    parser.add_argument("--version", action="version", version=f"jury-desk {__version__}")
    parser.add_argument(
        "--home",
        type=Path,
        help=f"data folder (default: ${HOME_ENV}, else the platform's user data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    add_global_secrets_option(parser)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="with demo, open or window: draw the window, save it as PNG and exit",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="language of the window for this run (default: the preference, else fr)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", action=LazyCommands)
    assert isinstance(commands, LazyCommands)
    for describe in (_demo, _window, _identity, _bundle, _sheet, _import, _minutes, _results,
                     _workspace, _registry, add_certificate):  # fmt: skip
        if lazy:
            commands.add_lazily(describe)
        else:
            describe(commands)
    return parser


def _registry(commands: Any) -> None:
    add_registry(commands, add_passphrase_option)


_VERIFY_HELP = (
    "check signed minutes; exit 0 only if every file is valid and co-signed. Minutes "
    "signed by the chair alone (not yet co-signed by the member) are reported as such "
    "and exit 1, unless --allow-single"
)


def _demo(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "demo", help="play the demo session (fictional data) and print where it is"
    )
    parser.add_argument(
        "--no-gui", action="store_true", help="do not open a window; print a summary"
    )
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="folder for the demo (default: HOME/demo)"
    )
    parser.add_argument(
        "--reset", action="store_true", help="start the demo over, discarding what was scored"
    )
    parser.add_argument(
        "--complete",
        action="store_true",
        help="play the whole session (both jurors' sheets, deliberation, minutes, results) "
        "and print where each file is, then open the chair's window unless --no-gui; "
        "the folder must not hold a demo yet (see --reset)",
    )
    parser.add_argument(
        "--cdc-schema",
        type=Path,
        metavar="FILE",
        help="with --complete: validate the declaration to the Caisse des Dépôts against "
        "this XML Schema (the CDC kit's .xsd); without it the file is not validated",
    )
    parser.set_defaults(run="demo_command:run")


def _window(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "window", help="open the juror's window (the last session, else the welcome page)"
    )
    parser.add_argument("--session", metavar="ID", help="open this session's workspace")
    parser.set_defaults(run="window_command:run")


def _identity(commands: Any) -> None:
    org: argparse.ArgumentParser = commands.add_parser(
        "org", help="the organiser's certificate authority"
    )
    org_actions = org.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = org_actions.add_parser("init", help="create the organiser's authority (3 years)")
    init.add_argument("--name", required=True, help="e.g. « Équipe certification beta.gouv »")
    init.set_defaults(run="identity_commands:run_org_init")
    show = org_actions.add_parser("show", help="print the authority's fingerprint")
    show.set_defaults(run="identity_commands:run_org_show")
    renew = org_actions.add_parser(
        "renew",
        help="a new key and certificate for the authority, vouched for by the old key "
        "(jurors who trust the old one keep trusting it)",
    )
    renew.add_argument("--years", type=int, default=3, help="validity of the new certificate")
    renew.set_defaults(run="identity_commands:run_org_renew")

    identity: argparse.ArgumentParser = commands.add_parser(
        "identity", help="your juror identity: keys, enrolment request, fingerprints"
    )
    actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create your signing and encryption keys")
    create.add_argument("--name", required=True)
    create.add_argument("--email", required=True)
    create.set_defaults(run="identity_commands:run_identity_create")
    request = actions.add_parser("request", help="write the enrolment request for the organiser")
    request.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    request.set_defaults(run="identity_commands:run_identity_request")
    show_identity = actions.add_parser("show", help="print your fingerprints")
    show_identity.set_defaults(run="identity_commands:run_identity_show")
    age_key = actions.add_parser(
        "age-key", help="write your age identity to a file (to open a bundle by hand with age)"
    )
    age_key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    age_key.set_defaults(run="identity_commands:run_identity_age_key")
    backup = actions.add_parser(
        "backup",
        help="write your identity (both private keys) to a file encrypted under a passphrase, "
        "to move to another computer",
    )
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_passphrase_option(backup, "the backup's passphrase (else typed twice at the terminal)")
    backup.set_defaults(run="identity_commands:run_identity_backup")
    restore = actions.add_parser(
        "restore", help="take your identity from a backup (where this data folder has none)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    add_passphrase_option(restore, "the backup's passphrase (else asked at the terminal)")
    restore.set_defaults(run="identity_commands:run_identity_restore")


def _bundle(commands: Any) -> None:
    bundle: argparse.ArgumentParser = commands.add_parser(
        "bundle", help="the organiser's session folder and bundle"
    )
    actions = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create a commented session folder to fill in")
    init.add_argument("folder", type=Path)
    init.set_defaults(run="bundle_commands:run_init")
    build = actions.add_parser("build", help="build the encrypted, signed bundle of a folder")
    build.add_argument("folder", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_passphrase_option(build, "a passphrase that will also open the bundle (optional)")
    build.set_defaults(run="bundle_commands:run_build")
    inspect = actions.add_parser("inspect", help="decrypt and verify a bundle, print a summary")
    _add_opening_options(inspect)
    inspect.set_defaults(run="bundle_commands:run_inspect")

    open_parser: argparse.ArgumentParser = commands.add_parser(
        "open", help="import a session bundle into your workspace"
    )
    _add_opening_options(open_parser)
    open_parser.set_defaults(run="bundle_commands:run_open")


def _add_opening_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bundle", type=Path)
    add_passphrase_option(parser, "the bundle's passphrase (else your juror key opens it)")
    parser.add_argument(
        "--organiser-fingerprint",
        metavar="FP",
        help="the organiser's comparison code (or full fingerprint), checked with them by "
        "phone, to trust their authority",
    )


def _sheet(commands: Any) -> None:
    sheet: argparse.ArgumentParser = commands.add_parser(
        "sheet", help="sign, export and verify scoring sheets"
    )
    actions = sheet.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="sign (if not yet) and write your sheets as PDF")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--candidate", metavar="ID")
    which.add_argument("--all", action="store_true", help="every candidate (-o is a folder)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    export.add_argument("--yes", action="store_true", help="sign without asking for confirmation")
    export.set_defaults(run="sheet_commands:run_export")
    edit = actions.add_parser("edit", help="start a new version of a signed sheet")
    edit.add_argument("--candidate", metavar="ID", required=True)
    edit.add_argument("--session", metavar="ID")
    edit.set_defaults(run="sheet_commands:run_edit")
    verify = actions.add_parser("verify", help="check signed sheets; exit 0 only if all are valid")
    verify.add_argument("files", type=Path, nargs="+", metavar="FILE")
    verify.set_defaults(run="sheet_verify_command:run_verify")


def _import(commands: Any) -> None:
    command: argparse.ArgumentParser = commands.add_parser(
        "import",
        help="import the other juror's signed scoring sheets, or the minutes the member "
        "co-signed (told apart by their attached data); exit 0 only if all are in",
    )
    command.add_argument("files", type=Path, nargs="+", metavar="FILE")
    command.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    command.set_defaults(run="import_command:run_import")


def _minutes(commands: Any) -> None:
    minutes: argparse.ArgumentParser = commands.add_parser(
        "minutes", help="sign, co-sign and verify the minutes of deliberation"
    )
    actions = minutes.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="chair: sign the minutes as they stand (a new revision) and write them"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    export.add_argument("--yes", action="store_true", help="sign without asking for confirmation")
    export.add_argument(
        "--place",
        metavar="PLACE",
        help="where the jury met, for « Fait à PLACE, le … » (else « Fait le … »)",
    )
    export.set_defaults(run="minutes_commands:run_export")
    cosign = actions.add_parser(
        "cosign", help="member: check the chair's signed minutes, then add your signature"
    )
    cosign.add_argument("file", type=Path, metavar="FILE")
    cosign.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    cosign.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    cosign.add_argument("--yes", action="store_true", help="co-sign without asking")
    cosign.set_defaults(run="minutes_commands:run_cosign")
    verify = actions.add_parser("verify", help=_VERIFY_HELP, description=_VERIFY_HELP)
    verify.add_argument("files", type=Path, nargs="+", metavar="FILE")
    verify.add_argument(
        "--allow-single",
        action="store_true",
        help="also accept minutes signed by the chair and not yet co-signed (exit 0)",
    )
    verify.set_defaults(run="minutes_verify_command:run_verify")


def _results(commands: Any) -> None:
    results: argparse.ArgumentParser = commands.add_parser(
        "results", help="the results file: from the jury chair to the organiser"
    )
    actions = results.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="(chair) minutes, both jurors' sheets and the results table, encrypted to the "
        "organiser",
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help=f"e.g. …{SUFFIX}"
    )
    export.add_argument(
        "--minutes",
        type=Path,
        metavar="FILE",
        help="the co-signed minutes (default: the latest kept in the workspace)",
    )
    export.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    export.set_defaults(run="results_commands:run_export")
    opening = actions.add_parser(
        "open", help="(organiser) decrypt and verify a results file; exit 0 only if all is valid"
    )
    opening.add_argument("file", type=Path, metavar="FILE")
    opening.add_argument(
        "--extract",
        type=Path,
        metavar="DIR",
        help="write the verified files as DIR, a new folder (or an empty one)",
    )
    opening.set_defaults(run="results_commands:run_open")
    age_key = actions.add_parser(
        "age-key",
        help="(organiser) write your age identity to a file, to open a results file by hand",
    )
    age_key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    age_key.set_defaults(run="results_commands:run_age_key")


def _workspace(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "workspace", help="list or check the session workspaces in the data folder"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the session workspaces")
    listing.set_defaults(run="workspace_commands:run_list")
    check = actions.add_parser(
        "check",
        help="check a workspace's integrity, its journal and every document (payload copies "
        "read whole)",
    )
    check.add_argument("session_id")
    check.set_defaults(run="workspace_commands:run_check")
    delete = actions.add_parser(
        "delete",
        help="delete a workspace no longer needed: its files, payload copy and key "
        "(asks first; --yes without a terminal)",
    )
    delete.add_argument("session_id")
    delete.add_argument("--yes", action="store_true", help="delete without asking")
    delete.set_defaults(run="workspace_commands:run_delete")


def add_global_secrets_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--secrets-passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrase of the local secrets file, used where no system keyring exists "
        f"(also ${SECRETS_PASSPHRASE_ENV})",
    )


def add_passphrase_option(parser: argparse.ArgumentParser, about: str) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=f"read {about} from FILE"
    )
