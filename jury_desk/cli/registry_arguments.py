"""The words of `jury-desk registry …`: the organiser's desk on the command line.

Argparse only, like arguments.py; each action names the function that runs it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from jury_desk.cli.certificate_arguments import add_registry_documents
from jury_desk.cli.registry_cdc_arguments import add_declaration

REGISTRY_ENV = "JURY_DESK_REGISTRY"
KINDS = ("portfolio-manager", "certified-intrapreneur")


def add_registry(commands: Any, add_passphrase_option: Any) -> None:
    registry: argparse.ArgumentParser = commands.add_parser(
        "registry",
        help="(organiser) the registry: sessions, jurors, candidates, juries, schedule, bundles",
    )
    registry.add_argument(
        "--registry",
        metavar="LOCATION",
        help="the registry's file, or postgresql://… for a team's shared server "
        f"(default: ${REGISTRY_ENV}, else the file in the data folder)",
    )
    registry.add_argument(
        "--as", dest="actor", metavar="NAME", help="who makes the changes (default: your login)"
    )
    actions = registry.add_subparsers(dest="area", metavar="AREA", required=True)
    init = actions.add_parser("init", help="create the registry (the file, or a server's tables)")
    init.set_defaults(run="registry_commands:run_init")
    check = actions.add_parser(
        "check", help="check the registry's journal: every change chained, none altered"
    )
    check.set_defaults(run="registry_commands:run_check")
    _sessions(actions)
    _jurors(actions)
    _candidates(actions)
    _juries(actions, add_passphrase_option)
    _results(actions)
    add_registry_documents(actions)
    add_declaration(actions)


def _sessions(actions: Any) -> None:
    session = actions.add_parser("session", help="the certification sessions")
    verbs = session.add_subparsers(dest="verb", metavar="ACTION", required=True)
    create = verbs.add_parser("create", help="a new session with its sittings")
    create.add_argument("--id", required=True, help="e.g. rs6247-2027-05")
    create.add_argument("--title", required=True)
    create.add_argument("--from", dest="starts_on", type=date.fromisoformat, required=True)
    create.add_argument("--to", dest="ends_on", type=date.fromisoformat, required=True)
    create.add_argument("--place", default="", help="an address or a video link, as text")
    create.add_argument("--slot-minutes", type=int, default=60)
    create.add_argument("--break-minutes", type=int, default=15)
    create.add_argument(
        "--sitting",
        action="append",
        default=[],
        metavar="DAY,HH:MM-HH:MM",
        help="a block of interviews, e.g. 2027-05-18,09:00-12:30 (repeat for each)",
    )
    create.set_defaults(run="registry_commands:run_session_create")
    listing = verbs.add_parser("list", help="the sessions, newest first")
    listing.set_defaults(run="registry_commands:run_session_list")


def _jurors(actions: Any) -> None:
    juror = actions.add_parser("juror", help="the jurors and their enrolment")
    verbs = juror.add_subparsers(dest="verb", metavar="ACTION", required=True)
    show = verbs.add_parser(
        "inbox", help="read request files: name, e-mail and the code to compare by phone"
    )
    show.add_argument("files", type=Path, nargs="+", metavar="FILE")
    show.set_defaults(run="registry_commands:run_juror_inbox")
    accept = verbs.add_parser(
        "accept", help="enrol a juror from their request, once the codes matched"
    )
    accept.add_argument("file", type=Path, metavar="FILE")
    accept.add_argument("--kind", choices=KINDS, required=True)
    accept.add_argument("--incubator", default="")
    accept.add_argument(
        "--startup", action="append", default=[], help="a start-up they are linked to (repeat)"
    )
    accept.add_argument(
        "--code-matched",
        action="store_true",
        help="you compared the code with the juror (by phone or in person) and it matched",
    )
    accept.set_defaults(run="registry_commands:run_juror_accept")
    listing = verbs.add_parser("list", help="the jurors")
    listing.set_defaults(run="registry_commands:run_juror_list")


def _candidates(actions: Any) -> None:
    candidate = actions.add_parser("candidate", help="the candidates of a session")
    verbs = candidate.add_subparsers(dest="verb", metavar="ACTION", required=True)
    intake = verbs.add_parser(
        "import", help="import applications from a spreadsheet (CSV, XLSX, ODS)"
    )
    intake.add_argument("--session", required=True, metavar="ID")
    intake.add_argument("spreadsheet", type=Path, metavar="FILE")
    intake.add_argument(
        "--attachments", type=Path, metavar="PATH", help="a folder or a ZIP of the dossiers"
    )
    intake.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="map a field to a column (else the remembered mapping, else a guess)",
    )
    intake.add_argument("--yes", action="store_true", help="import without asking")
    intake.set_defaults(run="registry_candidate_commands:run_import")
    listing = verbs.add_parser("list", help="the candidates, their status and what is missing")
    listing.add_argument("--session", required=True, metavar="ID")
    listing.set_defaults(run="registry_candidate_commands:run_list")
    shortlist = verbs.add_parser("shortlist", help="retain candidates for an interview")
    shortlist.add_argument("--session", required=True, metavar="ID")
    which = shortlist.add_mutually_exclusive_group(required=True)
    which.add_argument("--eligible", action="store_true", help="every eligible candidate")
    which.add_argument("--candidate", action="append", metavar="ID")
    shortlist.set_defaults(run="registry_candidate_commands:run_shortlist")
    export = verbs.add_parser(
        "export", help="everything the registry holds about a candidate, as one ZIP (GDPR)"
    )
    export.add_argument("candidate", metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(run="registry_candidate_commands:run_export")
    # The number is read from the terminal (not echoed) or from stdin, never from an
    # argument: the command line is visible to every user of the computer.
    nir = verbs.add_parser(
        "nir",
        help="keep a candidate's social security number, sealed for the CDC's declaration; "
        "typed without echo (or given on stdin), never as an argument",
    )
    nir.add_argument("candidate", metavar="ID")
    nir.add_argument("--clear", action="store_true", help="delete the number kept")
    nir.set_defaults(run="registry_nir_command:run_nir")


def _juries(actions: Any, add_passphrase_option: Any) -> None:
    jury = actions.add_parser("jury", help="the juries of a session")
    verbs = jury.add_subparsers(dest="verb", metavar="ACTION", required=True)
    form = verbs.add_parser("form", help="a jury of two: one of each kind of juror")
    form.add_argument("--session", required=True, metavar="ID")
    form.add_argument("--chair", required=True, metavar="JUROR", help="e-mail or id")
    form.add_argument("--member", required=True, metavar="JUROR", help="e-mail or id")
    form.set_defaults(run="registry_commands:run_jury_form")
    schedule = actions.add_parser("schedule", help="the interviews' schedule")
    verbs = schedule.add_subparsers(dest="verb", metavar="ACTION", required=True)
    check = verbs.add_parser("check", help="the rules the schedule breaks; exit 0 if none")
    check.add_argument("--session", required=True, metavar="ID")
    check.set_defaults(run="registry_commands:run_schedule_check")
    propose = verbs.add_parser("propose", help="propose places for the candidates not placed")
    propose.add_argument("--session", required=True, metavar="ID")
    propose.add_argument("--apply", action="store_true", help="save the proposal")
    propose.set_defaults(run="registry_commands:run_schedule_propose")
    bundle = actions.add_parser("bundle", help="a jury's session bundle, built from the registry")
    bundle.add_argument("--jury", required=True, metavar="ID")
    bundle.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_passphrase_option(bundle, "a passphrase that will also open the bundle (optional)")
    bundle.add_argument(
        "--passphrase-words",
        action="store_true",
        help="also open it with a new passphrase of six words, printed once",
    )
    bundle.set_defaults(run="registry_commands:run_bundle")
    convene = actions.add_parser(
        "convocations", help="letters and calendar files for every candidate placed and juror"
    )
    convene.add_argument("--session", required=True, metavar="ID")
    convene.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    convene.add_argument("--contact-name", required=True)
    convene.add_argument("--contact-email", required=True)
    convene.set_defaults(run="registry_commands:run_convocations")


def _results(actions: Any) -> None:
    results = actions.add_parser("results", help="what came back from the juries")
    verbs = results.add_subparsers(dest="verb", metavar="ACTION", required=True)
    intake = verbs.add_parser(
        "import", help="verify juries' results files and enter their decisions; exit 0 if all in"
    )
    intake.add_argument("files", type=Path, nargs="+", metavar="FILE")
    intake.add_argument(
        "--correction",
        metavar="REASON",
        default="",
        help="a file that changes decisions already recorded (the jury deliberated again "
        "and signed new minutes) is taken only with the reason, kept with who and when",
    )
    intake.set_defaults(run="registry_results_commands:run_import")
    board = verbs.add_parser(
        "board", help="each candidate's interview, decision due date and outcome; late juries"
    )
    board.add_argument("--session", required=True, metavar="ID")
    board.set_defaults(run="registry_results_commands:run_board")
    figures = actions.add_parser(
        "figures",
        help="the renewal figures: applications, eligible, retained, heard, outcomes, pass "
        "rate and its base, delays; per session or per year",
    )
    period = figures.add_mutually_exclusive_group(required=True)
    period.add_argument("--session", metavar="ID")
    period.add_argument("--year", type=int)
    figures.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="also write them as a CSV (French)"
    )
    figures.set_defaults(run="registry_figures_commands:run_figures")
    retention = actions.add_parser(
        "retention",
        help="what the retention schedule says may be deleted now; --delete deletes it",
    )
    retention.add_argument(
        "--delete", action="store_true", help="delete what is due (asks first; --yes)"
    )
    retention.add_argument("--yes", action="store_true", help="delete without asking")
    retention.set_defaults(run="registry_figures_commands:run_retention")
