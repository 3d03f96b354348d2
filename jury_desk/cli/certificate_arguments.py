"""The words of the certifier's documents: `jury-desk certificate verify`, and in the registry
`letters`, `signer create|replace`, `code` and `revoke`.

Argparse only, like arguments.py; each action names the function that runs it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any


def add_certificate(commands: Any) -> None:
    certificate: argparse.ArgumentParser = commands.add_parser(
        "certificate", help="the certifier's decision letters and certificates"
    )
    actions = certificate.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check a signed letter or certificate: signature, chain to the organiser's "
        "authority, code, and not revoked in the registry when one is reachable; exit 0 only "
        "if valid",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--authority",
        type=Path,
        metavar="FILE",
        help="the organiser's authority certificate (default: the data folder's)",
    )
    verify.add_argument(
        "--registry",
        metavar="LOCATION",
        help="the registry to look the code up in (default: the data folder's, if there is one)",
    )
    verify.add_argument(
        "--no-registry", action="store_true", help="check the file alone, without the registry"
    )
    verify.set_defaults(run="certificate_commands:run_verify", actor=None)


def add_registry_documents(actions: Any) -> None:
    letters = actions.add_parser(
        "letters",
        help="sign every decision letter (and certificate) of a session not yet notified, "
        "a folder per candidate",
    )
    letters.add_argument("--session", required=True, metavar="ID")
    letters.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    letters.add_argument(
        "--again", action="store_true", help="also the decisions already notified (new codes)"
    )
    letters.add_argument(
        "--registration-date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date of France compétences' registration decision (kept for next time)",
    )
    letters.add_argument(
        "--registration-text", metavar="TEXT", help="its wording on certificates (kept)"
    )
    letters.add_argument(
        "--recourse-file",
        type=Path,
        metavar="FILE",
        help="the means of recourse printed on letters, as UTF-8 text (kept)",
    )
    letters.add_argument(
        "--confirm-recourse",
        action="store_true",
        help="you confirm the means of recourse (the default, or --recourse-file's), once",
    )
    letters.set_defaults(run="certificate_commands:run_letters")
    signer = actions.add_parser("signer", help="the person who signs for the certifier")
    verbs = signer.add_subparsers(dest="verb", metavar="ACTION", required=True)
    create = verbs.add_parser(
        "create", help="a key for the signer, certified by the organiser's authority"
    )
    create.add_argument("--name", required=True)
    create.add_argument("--email", required=True)
    create.set_defaults(run="certificate_commands:run_signer_create")
    replace = verbs.add_parser(
        "replace",
        help="a new person signs for the certifier (a new key, certified by the authority); "
        "the previous signer's certificate is kept, what they signed still verifies "
        "(asks first; --yes without a terminal)",
    )
    replace.add_argument("--name", required=True)
    replace.add_argument("--email", required=True)
    replace.add_argument("--reason", required=True, help="why, kept in the registry's journal")
    replace.add_argument("--yes", action="store_true", help="replace without asking")
    replace.set_defaults(run="signer_commands:run_signer_replace")
    code = actions.add_parser(
        "code", help="look a verification code up: the document issued; exit 0 if in force"
    )
    code.add_argument("code", metavar="CODE")
    code.set_defaults(run="certificate_commands:run_code")
    revoke = actions.add_parser("revoke", help="revoke a letter or certificate by its code")
    revoke.add_argument("code", metavar="CODE")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(run="certificate_commands:run_revoke")
