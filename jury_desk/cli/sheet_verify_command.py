"""`jury-desk sheet verify`: each signed scoring sheet checked, one line each.

Apart from sheet_commands.py (export, edit) so that verifying loads no PDF renderer.
"""

from __future__ import annotations

from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import Verdict, judge_each
from jury_desk.cli.known_sessions import known_sessions
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.sheets.verify import SHEET_FILE, verify_sheet


def run_verify(context: CommandContext) -> int:
    sessions = known_sessions(context.home, secret_store_from_args(context), context)

    def judge(pdf: bytes) -> Verdict:
        verdict = verify_sheet(pdf, sessions)
        data = verdict.data
        who = (
            f"{data.candidate.name}, {data.juror.name}, v{data.version}, "
            if data is not None
            else ""
        )
        when = f"signed {verdict.signed_at:%Y-%m-%d %H:%M:%S}Z, " if verdict.signed_at else ""
        status = "VALID" if verdict.valid else "INVALID"
        return Verdict(f"{who}{when}{status}", verdict.problem)

    return judge_each(context, SHEET_FILE, judge)
