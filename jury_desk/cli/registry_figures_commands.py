"""`jury-desk registry figures` and `registry retention`: the renewal figures of a session or
a year, and what the retention schedule says may be deleted."""

from __future__ import annotations

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.kernel.atomic import write_atomically
from jury_desk.models.enums import Outcome
from jury_desk.registry.figures import Figures, session_figures, year_figures
from jury_desk.registry.figures_csv import figures_csv


def run_figures(context: CommandContext) -> int:
    registry = open_from_args(context)
    try:
        if context.args.session:
            figures = session_figures(registry, context.args.session)
        else:
            figures = year_figures(registry, context.args.year)
    finally:
        registry.close()
    _print(context, figures)
    if context.args.output is not None:
        write_atomically(context.args.output, figures_csv([figures]), mode=0o644)
        print(f"csv: {context.args.output}", file=context.out)
    return 0


def _print(context: CommandContext, figures: Figures) -> None:
    out = context.out
    print(f"period: {figures.label}", file=out)
    print(
        f"applications: {figures.applications}, eligible: {figures.eligible}, "
        f"retained: {figures.shortlisted}",
        file=out,
    )
    outcomes = figures.outcomes
    print(
        f"heard and decided: {figures.heard} (certified {outcomes[Outcome.CERTIFIED]}, "
        f"not certified {outcomes[Outcome.NOT_CERTIFIED]}); absent "
        f"{outcomes[Outcome.ABSENT]}, postponed {outcomes[Outcome.POSTPONED]}",
        file=out,
    )
    rate = figures.pass_rate
    print(
        "pass rate: "
        + (f"{rate:.1%} of the {figures.heard} heard and decided" if rate is not None else "-"),
        file=out,
    )
    for code, count in figures.failing.most_common():
        print(f"not validated by those not certified: {code} ({count})", file=out)
    median = figures.median_days_to_decision
    if median is not None:
        print(f"median days from interview to decision: {median:g}", file=out)
    letter = figures.median_days_to_letter
    if letter is not None:
        print(f"median days from decision to letter: {letter:g}", file=out)
    declared = figures.median_days_to_declaration
    if declared is not None:
        print(
            f"median days from decision to declaration (CDC, accepted; file sent): {declared:g}",
            file=out,
        )
    print(f"jurors' agreement: {_agreement(figures)}", file=out)


def _agreement(figures: Figures) -> str:
    """Pooled over the juries' current results; the kappas as their range, lowest first."""
    agreement = figures.agreement
    parts = []
    if agreement.rate is not None:
        parts.append(
            f"{agreement.rate:.1%} of {agreement.pairs} pairs of levels "
            f"({agreement.agreed} agreed) over {agreement.juries} "
            f"{'jury' if agreement.juries == 1 else 'juries'}"
        )
    elif agreement.juries:
        parts.append("no pair of levels")
    if len(agreement.kappas) == 1:
        parts.append(f"weighted kappa {agreement.kappas[0]:.2f}")
    elif (kappas := agreement.kappa_range) is not None:
        parts.append(f"weighted kappa from {kappas[0]:.2f} to {kappas[1]:.2f} (lowest to highest)")
    if agreement.not_recorded:
        parts.append(
            f"not recorded for {agreement.not_recorded} "
            f"{'jury' if agreement.not_recorded == 1 else 'juries'} (results imported before "
            "the registry kept statistics)"
        )
    return "; ".join(parts) or "-"


def run_retention(context: CommandContext) -> int:
    from dataclasses import asdict

    from jury_desk.registry.retention import delete_due, due_for_deletion, retention_schedule
    from jury_desk.rules.deadlines import SESSION_TIMEZONE

    today = context.clock.now().astimezone(SESSION_TIMEZONE).date()
    registry = open_from_args(context)
    try:
        schedule = retention_schedule(registry)
        print(
            "schedule (months): "
            + ", ".join(f"{name} {value}" for name, value in asdict(schedule).items()),
            file=context.out,
        )
        due = due_for_deletion(registry, today)
        for item in due:
            print(f"due {item.due_on}: {item.candidate_id} {item.kind.value}", file=context.out)
        print(f"due for deletion: {len(due)}", file=context.out)
        if context.args.delete and due:
            if not context.args.yes:
                from jury_desk.kernel.errors import UsageError
                from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Deleting personal data is said with --yes, after reading the list.",
                    )
                )
            print(f"deleted: {delete_due(registry, due)}", file=context.out)
    finally:
        registry.close()
    return 0
