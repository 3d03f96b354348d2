"""`jury-desk results export|open`: the results file, from the chair to the organiser."""

from __future__ import annotations

from pathlib import Path

from jury_desk.cli.context import CommandContext
from jury_desk.cli.input_files import read_file
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.cli.session_choice import open_chosen_workspace
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.new_folder import check_new_folder
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import Outcome
from jury_desk.results.export import export_results
from jury_desk.results.verify import ResultsReport, extract_results, open_results
from jury_desk.signing.authority import known_session
from jury_desk.trust.authority import load_authority

_OUTCOME_WORDS = {
    Outcome.CERTIFIED: "certified",
    Outcome.NOT_CERTIFIED: "not certified",
    Outcome.ABSENT: "absent",
    Outcome.POSTPONED: "postponed",
}


def run_export(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    minutes = _read_minutes(context.args.minutes)
    with open_chosen_workspace(context, secrets) as workspace:
        known = known_session(context.home, workspace)
        done = export_results(workspace, context.args.output, known, context.clock, minutes)
    out = context.out
    print(f"results: {done.path}", file=out)
    print(f"session: {done.session_id}", file=out)
    print(f"organiser: {done.organiser} (only their key opens the file)", file=out)
    print(f"candidates: {done.candidates}", file=out)
    print(f"sheets: {done.sheets}", file=out)
    source = context.args.minutes or f"revision {done.minutes_revision} (workspace)"
    print(f"minutes: {source}", file=out)
    return 0


def run_open(context: CommandContext) -> int:
    extract: Path | None = context.args.extract
    if extract is not None:
        check_new_folder(extract)  # a target we would refuse is refused before any work
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    report = open_results(context.args.file, authority)
    if not report.valid:
        for problem in report.problems:
            print(f"INVALID: {problem}", file=context.out)
        return 1
    # Extracted before anything is printed: a target that changed meanwhile is refused
    # (one line on stderr) with no summary that would read as a success.
    written = extract_results(report, extract) if extract is not None else None
    _print_summary(report, context)
    if written is not None:
        print(f"extracted: {extract} ({len(written)} files)", file=context.out)
    return 0


def run_age_key(context: CommandContext) -> int:
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    # Readable by you alone: whoever has this line can read every results file sent to you.
    write_atomically(context.args.output, f"{authority.age_identity}\n".encode(), mode=0o600)
    print(
        f"age-key: {context.args.output} (keep it private; delete it after use)", file=context.out
    )
    return 0


def _print_summary(report: ResultsReport, context: CommandContext) -> None:
    document = report.document
    assert document is not None  # a valid report has its document
    raw, out = document.raw, context.out
    session = raw["session"]
    print(
        f"session: {session['id']} — {session['title']} ({session['rs_code']}, "
        f"{session['starts_on']} to {session['ends_on']})",
        file=out,
    )
    print(f"organiser: {raw['organiser']['name']}", file=out)
    print(f"jury: {', '.join(report.jury)}", file=out)
    print("minutes: signed by the chair and co-signed by the member, VALID", file=out)
    print(f"sheets: {report.sheets_verified} VALID", file=out)
    statistics = raw["statistics"]
    counts = statistics["outcome_counts"]
    print(
        "outcomes: " + ", ".join(f"{word} {counts[o.value]}" for o, word in _OUTCOME_WORDS.items()),
        file=out,
    )
    rate = statistics["pass_rate"]
    print(f"pass rate: {'—' if rate is None else f'{rate * 100:.1f}%'}", file=out)
    competencies = len(raw["competencies"])
    for candidate in document.candidates:
        print(
            f"{candidate.id}: {candidate.name} — {_OUTCOME_WORDS[candidate.outcome]}, "
            f"{len(candidate.validated)}/{competencies} competencies validated, "
            f"decided {candidate.decided_at}",
            file=out,
        )


def _read_minutes(path: Path | None) -> bytes | None:
    if path is None:
        return None
    # Imported here: the minutes' module loads pyHanko, which `results open` never needs.
    from jury_desk.minutes.verify import MINUTES_FILE

    return read_file(path, MINUTES_FILE)
