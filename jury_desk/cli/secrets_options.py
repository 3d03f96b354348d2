"""The `--passphrase-file` option shared by every command that needs a secret."""

from __future__ import annotations

import argparse
from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.secrets import SecretStore, choose_secret_store
from jury_desk.secrets.passphrase import passphrase_source


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from FILE instead of asking on the terminal",
    )


def secret_store_from_args(context: CommandContext) -> SecretStore:
    source = passphrase_source(
        context.args.passphrase_file, "Passphrase of the jury-desk secrets file: "
    )
    return choose_secret_store(context.home, source)
