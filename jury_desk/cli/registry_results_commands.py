"""`jury-desk registry results import|board`: the juries' results entered in the registry."""

from __future__ import annotations

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.results_board import session_board
from jury_desk.registry.results_inbox import import_results
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.trust.authority import load_authority


def run_import(context: CommandContext) -> int:
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    refused = 0
    registry = open_from_args(context)
    try:
        for path in context.args.files:
            try:
                done = import_results(registry, path, authority, context.args.correction)
            except UserError as error:  # said for this file; the others still go in
                refused += 1
                said = str(error)  # each refusal names its file, once
                print(
                    f"jury-desk: {said if path.name in said else f'{path.name}: {said}'}",
                    file=context.err,
                )
                continue
            if done.already_there:
                print(f"{path.name}: already imported ({done.jury_label})", file=context.out)
            else:
                print(
                    f"{path.name}: {done.jury_label}, {done.decisions} decisions"
                    + (f", {done.superseded} superseded" if done.superseded else ""),
                    file=context.out,
                )
    finally:
        registry.close()
    return 1 if refused else 0


def run_board(context: CommandContext) -> int:
    today = context.clock.now().astimezone(SESSION_TIMEZONE).date()
    registry = open_from_args(context)
    try:
        board = session_board(registry, context.args.session)
    finally:
        registry.close()
    for line in board.candidates:
        start = line.interview_start.astimezone(SESSION_TIMEZONE) if line.interview_start else None
        outcome = line.outcome.value if line.outcome else "awaited"
        late = line.days_late(today)
        print(
            f"{line.name}\t{line.jury_label}\t{start:%Y-%m-%d %H:%M}\t"
            f"due {line.due_on}\t{outcome}" + (f"\t{late} days late" if late else ""),
            file=context.out,
        )
    for jury in board.juries:
        state = (
            f"results imported {jury.received_at:%Y-%m-%d}"
            if jury.received_at
            else f"results due {jury.due_on}"
            + (f", {jury.days_late(today)} days late" if jury.days_late(today) else "")
        )
        print(f"{jury.label}: {jury.interviews} interviews, {state}", file=context.out)
    counts = board.outcomes
    print(
        "outcomes: " + ", ".join(f"{o.value} {n}" for o, n in sorted(counts.items())),
        file=context.out,
    )
    return 0
