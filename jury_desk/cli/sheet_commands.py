"""`jury-desk sheet export|edit`: signed scoring sheets from the command line (verify:
sheet_verify_command.py)."""

from __future__ import annotations

from jury_desk.cli.confirm import confirmed
from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.cli.session_choice import open_chosen_workspace
from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import identity_dir
from jury_desk.sheets.export import (
    SheetNotReadyError,
    reopen_for_edit,
    sign_sheet,
    signed_sheets,
    write_sheet,
)
from jury_desk.signing.authority import issuing_authority
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.identity import load_identity


def run_export(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    identity = load_identity(secrets, identity_dir(context.home))
    refused = 0
    with open_chosen_workspace(context, secrets) as workspace:
        authority = issuing_authority(context.home, workspace)
        candidates = _candidates(workspace, None if context.args.all else context.args.candidate)
        if context.args.all:
            context.args.output.mkdir(parents=True, exist_ok=True)
        for candidate_id, name in candidates:
            existing = signed_sheets(workspace, candidate_id)
            if not existing or not _latest_is_signed(workspace, candidate_id):
                if not _confirmed(context, name, workspace, candidate_id):
                    print(f"{candidate_id}: not signed (not confirmed)", file=context.err)
                    refused += 1
                    continue
                try:
                    sign_sheet(workspace, candidate_id, identity, authority, context.clock)
                except SheetNotReadyError as error:
                    print(f"{candidate_id}: {error}", file=context.err)
                    refused += 1
                    continue
            sheet = signed_sheets(workspace, candidate_id)[-1]
            path = write_sheet(sheet, context.args.output)
            print(f"{candidate_id}: v{sheet.version} {path}", file=context.out)
    return 1 if refused else 0


def run_edit(context: CommandContext) -> int:
    with open_chosen_workspace(context, secret_store_from_args(context)) as workspace:
        version = reopen_for_edit(workspace, context.args.candidate, context.clock)
    print(f"{context.args.candidate}: version {version} is open for editing", file=context.out)
    return 0


def _candidates(workspace: Workspace, only: str | None) -> list[tuple[str, str]]:
    with workspace.reading() as session:
        rows = sorted(the_session(session).candidates, key=lambda c: (c.slot_start, c.id))
        chosen = [(c.id, c.name) for c in rows if only is None or c.id == only]
    if only is not None and not chosen:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
            candidate=only,
        )
    return chosen


def what_will_be_signed(desk: JurorDesk, candidate_id: str) -> str:
    """The sheet in a few lines, shown before the juror confirms the signature."""
    grid = desk.grid(candidate_id)
    labels = desk.scale().labels
    lines = []
    for row in grid.rows:
        level = "not scored" if row.level is None else labels[row.level]
        comment = " ".join(row.comment.split()[:10])
        lines.append(f"  {row.code} {row.title}: {level}" + (f" — {comment}…" if comment else ""))
    recommendation = grid.recommendation.value if grid.recommendation else "none"
    lines.append(f"  recommendation: {recommendation}")
    if grid.conflict_declared:
        lines.append(f"  conflict of interest: {grid.conflict_statement}")
    return "\n".join(lines)


def _latest_is_signed(workspace: Workspace, candidate_id: str) -> bool:
    return JurorDesk(workspace).grid(candidate_id).frozen


def _confirmed(context: CommandContext, name: str, workspace: Workspace, candidate_id: str) -> bool:
    return confirmed(
        context,
        lambda: what_will_be_signed(JurorDesk(workspace), candidate_id),
        f"Sign the sheet for {name}? Signed, it can no longer change.",
    )
