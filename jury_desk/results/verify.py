"""`results open`: the organiser decrypts a results file and verifies everything in it.

Checked against the organiser's own authority, with nothing taken on trust
from the file: the jurors' certificates it lists must be ones the authority
issued; the minutes must carry both jurors' valid signatures; every sheet must
verify as `sheet verify` does and be the one results.json lists (SHA-256,
candidate, juror, version); results.json must hold to its schema and say what
the signed minutes say; results.csv must say what results.json says.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from jury_desk.chair.deliberation import RULED_OUTCOMES
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.new_folder import write_new_folder
from jury_desk.minutes.verify import verify_minutes
from jury_desk.models import JurorRole
from jury_desk.results.agreement import minutes_disagreements
from jury_desk.results.archive import read_results_file
from jury_desk.results.codec import read_results_json
from jury_desk.results.data import ResultsDocument, SheetEntry
from jury_desk.results.layout import (
    DEFAULT_LIMITS,
    FIXED_MEMBERS,
    MINUTES_PDF,
    RESULTS_CSV,
    RESULTS_JSON,
    SHEETS_DIR,
    ResultsLimits,
    is_sheet_file_name,
)
from jury_desk.results.render import csv_problems
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import KnownSession
from jury_desk.trust.authority import Authority


@dataclass(frozen=True)
class ResultsReport:
    """What `open_results` found: the problems (none if valid) and the decrypted files."""

    path: Path
    problems: list[str]
    members: dict[str, bytes]
    document: ResultsDocument | None = None
    sheets_verified: int = 0
    jury: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


def open_results(
    path: Path, authority: Authority, limits: ResultsLimits = DEFAULT_LIMITS
) -> ResultsReport:
    """Decrypt with the organiser's age key and verify; a file we cannot read raises."""
    members = read_results_file(path, authority.age_identity, limits)
    missing = [name for name in FIXED_MEMBERS if name not in members]
    if missing:
        return ResultsReport(path, [f"the results file lacks {name}" for name in missing], members)
    document, problem = read_results_json(members[RESULTS_JSON])
    if document is None:
        return ResultsReport(path, [f"results.json: {problem}"], members)
    problems: list[str] = []
    issuer = _issuer(document, (authority.certificate, *authority.previous))
    known = _known_session(document, issuer, problems)
    problems += _minutes_problems(members[MINUTES_PDF], document, known)
    verified, sheet_problems = _sheet_problems(members, document, known)
    problems += sheet_problems
    problems += csv_problems(members[RESULTS_CSV], document)
    jury = [f"{juror['name']} ({juror['role']})" for juror in document.raw["jury"]]
    return ResultsReport(path, problems, members, document, verified, jury)


def extract_results(report: ResultsReport, folder: Path) -> list[Path]:
    """Write the verified files as the new folder `folder`: all of them or none.

    `folder` must not exist yet, or be an empty folder (`check_new_folder`: never a link,
    never over a file); the members' names are those the archive allowed, each written
    as a plain name, the sheets in a `sheets` folder the writing makes itself.
    """
    if not report.valid:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused: only a results file that verified is extracted."
            )
        )
    for name in report.members:
        folder_name, _, file_name = name.partition("/")
        if name not in FIXED_MEMBERS and not (
            folder_name == SHEETS_DIR and is_sheet_file_name(file_name)
        ):
            raise ValueError(f"the archive let through a member named {name!r}")
    return write_new_folder(folder, dict(sorted(report.members.items())), mode=0o644)


def _issuer(
    document: ResultsDocument, certificates: tuple[x509.Certificate, ...]
) -> x509.Certificate:
    """Which of the authority's certificates issued this jury's: the current one, or one it
    was renewed from (a session whose bundle was built before the renewal)."""
    jury = document.raw["jury"]
    for certificate in certificates:
        try:
            first = x509.load_pem_x509_certificate(jury[0]["certificate"].encode("ascii"))
            first.verify_directly_issued_by(certificate)
        except (ValueError, TypeError, InvalidSignature, IndexError, KeyError):
            continue
        return certificate
    return certificates[0]  # none: each juror is then said not issued by your authority


def _known_session(
    document: ResultsDocument, authority: x509.Certificate, problems: list[str]
) -> KnownSession:
    """What the file's signatures are checked against: the jury only as this authority issued it."""
    certificates: dict[str, x509.Certificate] = {}
    for juror in document.raw["jury"]:
        try:
            certificate = x509.load_pem_x509_certificate(juror["certificate"].encode("ascii"))
            certificate.verify_directly_issued_by(authority)
        except (ValueError, TypeError, InvalidSignature):
            problems.append(
                f"results.json: the certificate of {juror['name']} was not issued by your authority"
            )
            continue
        certificates[juror["id"]] = certificate
    return KnownSession(
        id=document.session_id,
        authority=authority,
        juror_certificates=certificates,
        candidate_ids=frozenset(c["id"] for c in document.raw["candidates"]),
        juror_roles={j["id"]: JurorRole(j["role"]) for j in document.raw["jury"]},
    )


def _minutes_problems(pdf: bytes, document: ResultsDocument, known: KnownSession) -> list[str]:
    problems = []
    if hashlib.sha256(pdf).hexdigest() != document.raw["minutes"]["sha256"]:
        problems.append("minutes.pdf is not the file results.json lists (SHA-256)")
    verdict = verify_minutes(pdf, {known.id: known}, require_cosigned=True)
    if not verdict.valid or verdict.data is None:
        return problems + [f"minutes.pdf: {p}" for p in verdict.problems or ["no minutes data"]]
    minutes: dict[str, Any] = json.loads(verdict.data.to_json())
    return problems + [
        f"results.json disagrees with the signed minutes: {what}"
        for what in minutes_disagreements(minutes, document.raw)
    ]


def _sheet_problems(
    members: dict[str, bytes], document: ResultsDocument, known: KnownSession
) -> tuple[int, list[str]]:
    """How many listed sheets verified, and every problem of the sheets."""
    listed = {
        entry.file_name: entry for candidate in document.candidates for entry in candidate.sheets
    }
    present = {
        name.removeprefix(f"{SHEETS_DIR}/"): data
        for name, data in members.items()
        if name.startswith(f"{SHEETS_DIR}/")
    }
    problems = [
        f"{SHEETS_DIR}/{name} is in the file but not listed in results.json"
        for name in sorted(set(present) - set(listed))
    ]
    problems += [
        f"{SHEETS_DIR}/{name} is listed in results.json but not in the file"
        for name in sorted(set(listed) - set(present))
    ]
    problems += _unsigned_ruled_candidates(document)
    verified = 0
    for name in sorted(set(listed) & set(present)):
        problem = _listed_sheet_problem(f"{SHEETS_DIR}/{name}", present[name], listed[name], known)
        if problem is None:
            verified += 1
        else:
            problems.append(problem)
    return verified, problems


def _unsigned_ruled_candidates(document: ResultsDocument) -> list[str]:
    # The rule can only have judged a candidate both jurors signed a sheet for.
    jury = {juror["id"] for juror in document.raw["jury"]}
    return [
        f"{candidate.id} is {candidate.outcome.value} but results.json does not list "
        "a signed sheet of each juror"
        for candidate in document.candidates
        if candidate.outcome in RULED_OUTCOMES
        and {entry.juror_id for entry in candidate.sheets} != jury
    ]


def _listed_sheet_problem(
    where: str, pdf: bytes, entry: SheetEntry, known: KnownSession
) -> str | None:
    """None if the sheet is the one listed, unchanged and validly signed."""
    if hashlib.sha256(pdf).hexdigest() != entry.sha256:
        return f"{where} is not the file results.json lists (SHA-256)"
    verdict = verify_sheet(pdf, {known.id: known})
    data = verdict.data
    if not verdict.valid or data is None:
        return f"{where}: {verdict.problem or 'no sheet data'}"
    if (data.candidate.id, data.juror.id, data.version) != (
        entry.candidate_id,
        entry.juror_id,
        entry.version,
    ):
        return f"{where} is not the sheet results.json lists there"
    return None
