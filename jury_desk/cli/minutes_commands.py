"""`jury-desk minutes export|cosign`: the signed minutes of deliberation (verify:
minutes_verify_command.py)."""

from __future__ import annotations

from pathlib import Path

from jury_desk.cli.confirm import confirmed
from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import read_file
from jury_desk.cli.minutes_verify_command import signed_when
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.cli.session_choice import open_chosen_workspace
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.paths import identity_dir
from jury_desk.minutes.cosign import check_before_cosigning, cosign_minutes
from jury_desk.minutes.data import MinutesData
from jury_desk.minutes.export import export_minutes, write_minutes
from jury_desk.minutes.gather import minutes_data_from_workspace
from jury_desk.minutes.verify import MINUTES_FILE, MinutesVerdict
from jury_desk.trust.identity import load_identity


def run_export(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    identity = load_identity(secrets, identity_dir(context.home))
    with open_chosen_workspace(context, secrets) as workspace:
        place = context.args.place
        # Refusals before any question.
        data = minutes_data_from_workspace(workspace, place=place)
        question = (
            f"Sign revision {data.revision} of the minutes as chair? Signed, it can no longer "
            "change (a later export makes a new revision)."
        )
        if not confirmed(context, lambda: minutes_summary(data), question):
            print("The minutes were not signed (not confirmed).", file=context.err)
            return 1
        minutes = export_minutes(workspace, context.home, identity, context.clock, place=place)
    path = write_minutes(minutes, context.args.output)
    print(
        f"{path}: minutes r{minutes.revision} signed by the chair; {data.member.name} co-signs "
        f"them with: jury-desk minutes cosign {path.name} -o FILE",
        file=context.out,
    )
    return 0


def run_cosign(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    identity = load_identity(secrets, identity_dir(context.home))
    pdf = read_file(context.args.file, MINUTES_FILE)
    with open_chosen_workspace(context, secrets) as workspace:
        verdict = check_before_cosigning(pdf, workspace, context.home)
        data = verdict.data
        assert data is not None  # a verdict that passed the checks carries its data
        question = f"Co-sign revision {data.revision} of the minutes, signed by {data.chair.name}?"
        if not confirmed(context, lambda: _signed_summary(verdict, data), question):
            print("The minutes were not co-signed (not confirmed).", file=context.err)
            return 1
        signed = cosign_minutes(pdf, workspace, context.home, identity, context.clock)
    output: Path = context.args.output
    write_atomically(output, signed, mode=0o644)
    print(
        f"{output}: minutes r{data.revision} co-signed; {data.chair.name} imports them with: "
        f"jury-desk import {output.name}",
        file=context.out,
    )
    return 0


def minutes_summary(data: MinutesData) -> str:
    """The minutes in a few lines, shown before a signature is confirmed."""
    statistics = data.statistics
    lines = [
        f"  {data.session.title} ({data.session.id}), revision {data.revision}, "
        f"deliberated {data.deliberated_on.isoformat()}",
        f"  jury: {data.chair.name} (chair), {data.member.name} (member)",
        f"  place: {data.place}" if data.place else "  place: none given (--place)",
    ]
    for candidate in data.candidates:
        validated = ", ".join(c.code for c in candidate.validated) or "none"
        reasons = " ".join(candidate.reasons.split()[:12])
        lines.append(
            f"  {candidate.id} {candidate.name}: {candidate.outcome.value}, validated: {validated}"
            + (f" — {reasons}…" if reasons else "")
        )
    lines.append(
        f"  pass rate {_rate(statistics.pass_rate)}, agreement {_rate(statistics.agreement_rate)}"
        f" over {statistics.pairs} levels, weighted kappa {_number(statistics.weighted_kappa)}"
    )
    return "\n".join(lines)


def _signed_summary(verdict: MinutesVerdict, data: MinutesData) -> str:
    chair = f"  signed by {verdict.chair_name} {signed_when(verdict.chair_signed_at)}"
    return f"{minutes_summary(data)}\n{chair}"


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
