"""Opening the registry a `jury-desk registry …` command works on."""

from __future__ import annotations

import getpass
import os

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_arguments import REGISTRY_ENV
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.registry.location import RegistryLocation, parse_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.store import Registry


def location_from_args(context: CommandContext) -> RegistryLocation:
    text = context.args.registry or os.environ.get(REGISTRY_ENV, "")
    return parse_location(text, context.home)


def open_from_args(context: CommandContext, *, create: bool = False) -> Registry:
    location = location_from_args(context)
    # A server's registry needs no local key: the secret store is opened only for a file.
    secrets = secret_store_from_args(context) if location.file is not None else None
    actor = context.args.actor or getpass.getuser()
    return open_registry(context.home, location, secrets, context.clock, actor, create=create)
