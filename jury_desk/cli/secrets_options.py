"""What the passphrase options give: the local secrets store, a command's own passphrase."""

from __future__ import annotations

import os
from pathlib import Path

from jury_desk.cli.arguments import SECRETS_PASSPHRASE_ENV
from jury_desk.cli.context import CommandContext
from jury_desk.secrets import SecretStore, choose_secret_store
from jury_desk.secrets.passphrase import passphrase_source, read_passphrase_file


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
