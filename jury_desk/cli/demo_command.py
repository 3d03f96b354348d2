"""`jury-desk demo`: play the demo session and say where everything is."""

from __future__ import annotations

import shutil
from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.cli.window_command import show_session
from jury_desk.demo.build import DEMO_PASSPHRASE, DemoLayout, build_demo, demo_secret_store
from jury_desk.demo.complete import play_complete_demo
from jury_desk.demo.declaration import DemoDeclaration
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.kernel.environment import has_display
from jury_desk.kernel.errors import UsageError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import JurorRole
from jury_desk.rules.deadlines import SESSION_TIMEZONE, decision_due_date, interview_day
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.store.queries import the_session


def run(context: CommandContext) -> int:
    root = (context.args.out or context.home / "demo").expanduser().resolve()
    if context.args.reset and root.exists():
        shutil.rmtree(root)
    artefacts: list[tuple[str, Path]] = []
    declaration = None
    if context.args.cdc_schema is not None and not context.args.complete:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "messages", "--cdc-schema goes with --complete: only the whole session declares."
            )
        )
    if context.args.complete:
        complete = play_complete_demo(root, context.clock, context.args.cdc_schema)
        result, artefacts = complete.result, complete.artefacts
        declaration = complete.declaration
    else:
        result = build_demo(root, context.clock)
    layout = result.layout
    out = context.out
    chair_home = layout.juror_home(JurorRole.CHAIR)
    with (
        open_session_workspace(
            chair_home, DEMO_SESSION_ID, demo_secret_store(chair_home), context.clock
        ) as workspace,
        workspace.reading() as session,
    ):
        row = the_session(session)
        print(f"{row.title} — {row.certification_title} ({row.rs_code})", file=out)
        for candidate in row.candidates:
            day = interview_day(candidate.slot_start)
            local_start = candidate.slot_start.astimezone(SESSION_TIMEZONE)
            print(
                f"  {local_start:%Y-%m-%d %H:%M}  {candidate.name} — {candidate.startup}, "
                f"{len(candidate.documents)} documents, "
                f"decision due {decision_due_date(day, row.decision_delay_months)}",
                file=out,
            )
        print(
            f"  {len(row.competencies)} competencies, scale: "
            + ", ".join(level.label for level in row.levels),
            file=out,
        )
    _print_places(context, result.created, layout, artefacts)
    if declaration is not None:
        print(f"cdc: {declaration.path} ({_validation(declaration)})", file=out)
    if context.args.no_gui:
        return 0
    if context.args.screenshot is None and not has_display():
        print("No display here: the demo was played without a window (see above).", file=out)
        return 0
    out.flush()
    return show_session(context, chair_home, demo_secret_store(chair_home), DEMO_SESSION_ID)


def _validation(declaration: DemoDeclaration) -> str:
    holders = f"{declaration.holders} holder{'s' if declaration.holders != 1 else ''}"
    if declaration.schema:
        return f"{holders}, validated against {declaration.schema}"
    return f"{holders}, not validated against a schema: give the CDC kit's with --cdc-schema FILE"


def _print_places(
    context: CommandContext, created: bool, layout: DemoLayout, artefacts: list[tuple[str, Path]]
) -> None:
    """Where each part of the demo is, one `name: path` line each."""
    root, out = layout.root, context.out
    state = "created" if created else "reused (use --reset to start over)"
    print(f"demo: {root} ({state})", file=out)
    print(f"organiser: {layout.organiser_home}", file=out)
    if layout.registry.is_file() and not artefacts:  # absent from an older version's demo
        print(f"registry: {layout.registry}", file=out)
    print(f"session-folder: {layout.session_folder}", file=out)
    print(f"bundle: {layout.bundle}", file=out)
    print(f"passphrase-file: {layout.passphrase_file}", file=out)
    print(f"chair-home: {layout.juror_home(JurorRole.CHAIR)}", file=out)
    print(f"member-home: {layout.juror_home(JurorRole.MEMBER)}", file=out)
    print(f"workspace: {layout.chair_workspace}", file=out)
    if layout.member_sheets.is_dir():  # absent from a demo made by an older version
        print(f"member-sheets: {layout.member_sheets}", file=out)
    print(f"passphrase: {DEMO_PASSPHRASE}", file=out)
    for name, path in artefacts:
        print(f"{name}: {path}", file=out)
