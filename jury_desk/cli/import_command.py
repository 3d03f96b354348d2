"""`jury-desk import FILE...`: the other juror's signed sheets, or the co-signed minutes, in."""

from __future__ import annotations

from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import Verdict, judge_each
from jury_desk.cli.known_sessions import known_sessions
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.cli.session_choice import chosen_session_id
from jury_desk.minutes.importing import (
    SHEET_OR_MINUTES_FILE,
    MinutesImportOutcome,
    import_minutes,
    is_minutes_pdf,
)
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.importing import ImportOutcome, import_sheet


def run_import(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    session_id = chosen_session_id(context)
    sessions = known_sessions(context.home, secrets, context)
    with open_session_workspace(context.home, session_id, secrets, context.clock) as workspace:

        def judge(pdf: bytes) -> Verdict:
            # Minutes carry minutes.json where a sheet carries scoring-sheet.json.
            outcome: MinutesImportOutcome | ImportOutcome
            if is_minutes_pdf(pdf):
                outcome = import_minutes(workspace, pdf, sessions, context.clock)
                line = describe_minutes(outcome)
            else:
                outcome = import_sheet(workspace, pdf, sessions, context.clock)
                line = describe(outcome)
            refusal = None if outcome.accepted else (outcome.reason or outcome.kind.value)
            return Verdict(line, refusal)

        return judge_each(context, SHEET_OR_MINUTES_FILE, judge)


def describe_minutes(outcome: MinutesImportOutcome) -> str:
    """One line: the minutes' revision, then the outcome, and its reason if accepted."""
    revision = f"minutes r{outcome.revision}" if outcome.revision is not None else "minutes"
    what = outcome.kind.value.upper()
    if outcome.reason and outcome.accepted:  # a refusal's reason goes to stderr
        return f"{revision}, {what}: {outcome.reason}"
    return f"{revision}, {what}"


def describe(outcome: ImportOutcome) -> str:
    """One line: candidate, juror, version, then the outcome, and its reason if accepted."""
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
    if outcome.reason and outcome.accepted:  # a refusal's reason goes to stderr
        what = f"{what}: {outcome.reason}"
    return ", ".join([*who, what])
