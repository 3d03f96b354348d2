"""The words of `jury-desk registry cdc …`: declaring the holders to the Caisse des Dépôts.

Argparse only, like arguments.py; each action names the function that runs it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

_RUN = "registry_cdc_commands:"


def add_declaration(actions: Any) -> None:
    cdc: argparse.ArgumentParser = actions.add_parser(
        "cdc",
        help="the declaration of holders to the Caisse des Dépôts (accrochage certificateur)",
    )
    verbs = cdc.add_subparsers(dest="verb", metavar="ACTION", required=True)
    settings = verbs.add_parser(
        "settings", help="the CDC's ids and the kit's XML Schema; without options, shows them"
    )
    settings.add_argument("--client-id", metavar="ID", help="the CDC's idClient (8 characters)")
    settings.add_argument("--contract-id", metavar="ID", help="the CDC's idContrat")
    settings.add_argument("--type", dest="certification_type", metavar="TYPE", help="e.g. RS")
    settings.add_argument("--code", dest="certification_code", metavar="CODE", help="e.g. RS6247")
    settings.add_argument(
        "--schema", type=Path, metavar="FILE", help="the .xsd of the kit the CDC gave you"
    )
    settings.add_argument(
        "--keep-nir",
        choices=("yes", "no"),
        help="keep holders' social security numbers (encrypted) for the declaration",
    )
    settings.set_defaults(run=_RUN + "run_settings")
    export = verbs.add_parser(
        "export",
        help="write the session's declaration, validated against the kit's schema: the "
        "certified holders not yet accepted by the CDC",
    )
    export.add_argument("--session", required=True, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--leave-out-listed",
        action="store_true",
        help="write the file without the holders the schema cannot take (listed first)",
    )
    export.add_argument(
        "--replace-unsent",
        action="store_true",
        help="a file written earlier was never uploaded: write its holders again in this one",
    )
    export.set_defaults(run=_RUN + "run_export")
    sent = verbs.add_parser("sent", help="record that a declaration was uploaded to the CDC")
    sent.add_argument("flow", metavar="FLOW_ID", help="the file's idFlux (export prints it)")
    sent.set_defaults(run=_RUN + "run_sent")
    report = verbs.add_parser(
        "report", help="import the CDC's processing report: passages accepted and rejected"
    )
    report.add_argument("file", type=Path, metavar="FILE")
    report.set_defaults(run=_RUN + "run_report")
    status = verbs.add_parser(
        "status", help="each decision of a session: declared or not, days left, the CDC's message"
    )
    status.add_argument("--session", required=True, metavar="ID")
    status.set_defaults(run=_RUN + "run_status")
