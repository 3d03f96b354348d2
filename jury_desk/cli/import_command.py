"""`jury-desk import FILE...`: bring the other juror's signed scoring sheets in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.cli.sheet_commands import known_sessions
from jury_desk.errors import UserError
from jury_desk.sheets.importing import ImportOutcome, import_sheet
from jury_desk.workspaces import list_session_ids, open_session_workspace


def register(commands: Any) -> None:
    command: argparse.ArgumentParser = commands.add_parser(
        "import",
        help="import signed scoring sheets of the other juror; exit 0 only if all are in",
    )
    command.add_argument("files", type=Path, nargs="+", metavar="FILE")
    command.add_argument("--session", metavar="ID", help="needed if the data folder has several")
    command.set_defaults(run=run_import)


def run_import(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    session_id = _session_id(context)
    sessions = known_sessions(context.home, secrets, context)
    all_in = True
    with open_session_workspace(context.home, session_id, secrets, context.clock) as workspace:
        for path in context.args.files:
            try:
                pdf = path.read_bytes()
            except OSError as exc:
                print(f"{path}: cannot read ({exc.strerror})", file=context.out)
                all_in = False
                continue
            outcome = import_sheet(workspace, pdf, sessions, context.clock)
            print(f"{path}: {describe(outcome)}", file=context.out)
            all_in = all_in and outcome.accepted
    return 0 if all_in else 1


def describe(outcome: ImportOutcome) -> str:
    """One line: candidate, juror, version, then the outcome and its reason."""
    who = [
        part
        for part in (
            outcome.candidate_id,
            outcome.juror_id,
            f"v{outcome.version}" if outcome.version is not None else None,
        )
        if part is not None
    ]
    what = outcome.kind.value.upper()
    if outcome.reason:
        what = f"{what}: {outcome.reason}"
    return ", ".join([*who, what])


def _session_id(context: CommandContext) -> str:
    ids = list_session_ids(context.home)
    wanted: str | None = context.args.session
    if wanted is not None:
        if wanted not in ids:
            raise UserError(f"There is no session {wanted!r} in {context.home}.")
        return wanted
    if len(ids) != 1:
        raise UserError(
            f"{len(ids)} sessions in {context.home}: say which one with --session."
            if ids
            else f"No session in {context.home}: open a bundle first."
        )
    return ids[0]
