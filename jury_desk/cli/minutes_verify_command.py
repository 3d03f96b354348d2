"""`jury-desk minutes verify`: each minutes file checked, one line each.

Apart from minutes_commands.py (export, co-sign) so that verifying loads no PDF renderer.
"""

from __future__ import annotations

from datetime import datetime

from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import Verdict, judge_each
from jury_desk.cli.known_sessions import known_sessions
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.minutes.verify import MINUTES_FILE, NOT_YET_COSIGNED, MinutesVerdict, verify_minutes


def run_verify(context: CommandContext) -> int:
    sessions = known_sessions(context.home, secret_store_from_args(context), context)

    def judge(pdf: bytes) -> Verdict:
        verdict = verify_minutes(pdf, sessions, require_cosigned=False)
        line = describe_verdict(verdict)
        if not verdict.valid:
            return Verdict(line, str(verdict.refusal()))
        if not verdict.cosigned and not context.args.allow_single:
            return Verdict(line, NOT_YET_COSIGNED)
        return Verdict(line)

    return judge_each(context, MINUTES_FILE, judge)


def describe_verdict(verdict: MinutesVerdict) -> str:
    """One line: which minutes, who signed when, or INVALID (the reasons go apart)."""
    data = verdict.data
    which = f"minutes of {data.session.id} r{data.revision}, " if data is not None else ""
    if not verdict.valid:
        return f"{which}INVALID"
    chair = f"signed by the chair {verdict.chair_name} {signed_when(verdict.chair_signed_at)}"
    if not verdict.cosigned:
        return f"{which}{chair}, not yet co-signed by the member"
    member = (
        f"co-signed by the member {verdict.member_name} {signed_when(verdict.member_signed_at)}"
    )
    return f"{which}VALID: {chair}, {member}"


def signed_when(moment: datetime | None) -> str:
    return f"on {moment:%Y-%m-%d %H:%M:%S}Z" if moment is not None else "(no signing time)"
