"""Passphrase options: the local secrets file's, and a command's own (a bundle's)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.secrets import SecretStore, choose_secret_store
from jury_desk.secrets.passphrase import passphrase_source, read_passphrase_file

SECRETS_PASSPHRASE_ENV = "JURY_DESK_SECRETS_PASSPHRASE_FILE"  # noqa: S105 - a variable name


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


def secret_store_from_args(context: CommandContext) -> SecretStore:
    given = context.args.secrets_passphrase_file or os.environ.get(SECRETS_PASSPHRASE_ENV)
    source = passphrase_source(
        Path(given) if given else None,
        "Passphrase of the jury-desk secrets file: ",
        option="--secrets-passphrase-file",
    )
    return choose_secret_store(context.home, source)


def optional_passphrase(context: CommandContext) -> str | None:
    """The command's own passphrase (e.g. a bundle's), if a file was given."""
    path: Path | None = context.args.passphrase_file
    return None if path is None else read_passphrase_file(path)
