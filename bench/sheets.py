"""Signing and writing scoring sheets, and verifying them, compared with `pdfsig` on the same files.

Setup (not timed): a real organiser, two enrolled jurors and a session of 30
candidates, built into a bundle that the chair and the member each open into
their own workspace; every candidate's grid is then fully scored by both.

Measured: the chair signing and writing one sheet (the first of the process:
it pays for what is loaded on first use, the fonts above all), then the other 29;
the member's 30 too, printed for scale only (they are there to be verified), each
figure one run. The 60 files are then verified as a batch, as an import does
(each read within its cap, then `verify_sheet`), and by `pdfsig`, one process per
file as a person would run it: the two batches in turn, ROUNDS times, so both see
the same load; each round's ratio is to its own round's `pdfsig` loop, and the
median is printed with the spread. `pdfsig -v` is timed once for its start-up.

The two do not check the same things: `pdfsig` checks the signature against the
bytes it covers but has no trust in the organiser's authority ("issuer isn't
Trusted"), and does none of jury-desk's checks (coverage and modifications, the
padding of /Contents, active content, the embedded data validated, the signer
being the juror named). The load average at start is in the header.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import Clock, SystemClock
from jury_desk.kernel.outside_files import read_outside_file
from jury_desk.session.spec import SessionSpec
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet, write_sheet
from jury_desk.sheets.verify import SHEET_FILE, verify_sheet
from jury_desk.signing.authority import KnownSession
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace
from tests.bundle_factory import Juror, Setting, make_setting
from tests.factories import COMPETENCY_CODES, small_session_spec

CANDIDATES = 30
ROUNDS = 5
PER_DAY = 15  # the session runs over two days: 08:00 to 22:00 (Paris), one slot an hour
CANDIDATE_IDS = tuple(f"cand-{n}" for n in range(1, CANDIDATES + 1))


@dataclass(frozen=True)
class Timed:
    seconds: float
    count: int

    @property
    def each(self) -> float:
        return self.seconds / self.count


# ---------------------------------------------------------------- setup (not timed)


def session_spec() -> SessionSpec:
    """The small test session with 30 candidates, one an hour over its two days."""
    base = small_session_spec("bench-sheets")
    first = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # 08:00 in Paris
    candidates = tuple(
        replace(
            base.candidates[(n - 1) % len(base.candidates)],
            id=f"cand-{n}",
            name=f"{base.candidates[(n - 1) % len(base.candidates)].name} {n}",
            startup=f"Start-up {n}",
            slot_start=first + timedelta(days=(n - 1) // PER_DAY, hours=(n - 1) % PER_DAY),
        )
        for n in range(1, CANDIDATES + 1)
    )
    return replace(base, candidates=candidates)


def _score(workspace: Workspace, candidate_ids: Iterable[str]) -> None:
    # As in tests/core/sheets/test_export.py: every level set, one below passing,
    # every comment written.
    editor = ScoringEditor(workspace)
    for candidate_id in candidate_ids:
        for index, code in enumerate(COMPETENCY_CODES):
            editor.set_level(candidate_id, code, 1 if index == 2 else 2)
            editor.set_comment(
                candidate_id, code, f"Constat « {code} » : l’équipe a mesuré l’usage."
            )


def _workspace(setting: Setting, juror: Juror, clock: Clock) -> Workspace:
    return open_session_workspace(juror.home, setting.spec.id, juror.secrets, clock)


def _known_sessions(setting: Setting, workspace: Workspace) -> dict[str, KnownSession]:
    """What a verifier knows: the authority, the jurors' certificates, the candidates."""
    with workspace.reading() as session:
        row = the_session(session)
        certificates = {
            juror.id: x509.load_pem_x509_certificate(juror.certificate_pem.encode("ascii"))
            for juror in row.jurors
            if juror.certificate_pem
        }
        candidates = frozenset(candidate.id for candidate in row.candidates)
        known = KnownSession(row.id, setting.authority.certificate, certificates, candidates)
    return {known.id: known}


# ---------------------------------------------------------------- measuring


def sign_and_write(
    workspace: Workspace,
    juror: Juror,
    setting: Setting,
    candidate_ids: Iterable[str],
    out: Path,
    clock: Clock,
) -> tuple[Timed, list[Path]]:
    """Sign and write each sheet, as `sheet export` does: the time of the whole loop."""
    paths = []
    count = 0
    start = time.perf_counter()
    for candidate_id in candidate_ids:
        sheet = sign_sheet(
            workspace, candidate_id, juror.identity, setting.authority.certificate, clock
        )
        paths.append(write_sheet(sheet, out))
        count += 1
    return Timed(time.perf_counter() - start, count), paths


def verify_batch(paths: list[Path], sessions: dict[str, KnownSession]) -> tuple[float, list[str]]:
    """The verification of an import: each file read within its cap, then `verify_sheet`.

    Seconds for the batch, and the problems found (none expected).
    """
    problems = []
    start = time.perf_counter()
    for path in paths:
        verdict = verify_sheet(read_outside_file(path, SHEET_FILE), sessions)
        if verdict.problem is not None:
            problems.append(f"{path.name}: {verdict.problem}")
    return time.perf_counter() - start, problems


def pdfsig_batch(pdfsig: str, paths: list[Path]) -> tuple[float, int]:
    """`pdfsig FILE` for each, one process a file: seconds, and how many said valid."""
    valid = 0
    start = time.perf_counter()
    for path in paths:
        report = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
        valid += "Signature is Valid." in report.stdout
    return time.perf_counter() - start, valid


def pdfsig_startup(pdfsig: str) -> float:
    """`pdfsig -v`: a process that starts and stops, the floor of each of the loop's."""
    start = time.perf_counter()
    subprocess.run([pdfsig, "-v"], capture_output=True, check=False)
    return time.perf_counter() - start


@dataclass(frozen=True)
class Rounds:
    """The batches timed in turn: in-process, then `pdfsig`'s loop, ROUNDS times."""

    ours: list[float]
    theirs: list[float]
    startup: float
    problems: list[str]
    pdfsig_valid: int

    def ratios(self) -> list[float]:
        return [own / reference for own, reference in zip(self.ours, self.theirs, strict=True)]


def alternate(paths: list[Path], sessions: dict[str, KnownSession], pdfsig: str | None) -> Rounds:
    """Each round times one batch of each, one after the other, so both see the same load."""
    ours: list[float] = []
    theirs: list[float] = []
    problems: list[str] = []
    valid = 0
    for _ in range(ROUNDS):
        seconds, problems = verify_batch(paths, sessions)
        ours.append(seconds)
        if pdfsig is not None:
            seconds, valid = pdfsig_batch(pdfsig, paths)
            theirs.append(seconds)
    startup = pdfsig_startup(pdfsig) if pdfsig is not None else 0.0
    return Rounds(ours, theirs, startup, problems, valid)


# ---------------------------------------------------------------- report


def _line(label: str, timed: Timed, note: str = "") -> str:
    return (
        f"  {label:<34}: {timed.seconds:7.2f} s  {timed.each * 1000:8.1f} ms per sheet  {note}"
    ).rstrip()


def main() -> None:
    load = os.getloadavg()[0]  # before our own work raises it
    pdfsig = shutil.which("pdfsig")
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="bench-sheets-") as tmp:
        root = Path(tmp)
        setting = make_setting(root / "setting", datetime.now(UTC), session_spec())
        bundle = setting.build("bench.jdbundle", clock)
        setting.chair.open(bundle, clock)
        setting.member.open(bundle, clock)
        out = root / "sheets"
        out.mkdir()
        with (
            _workspace(setting, setting.chair, clock) as chair,
            _workspace(setting, setting.member, clock) as member,
        ):
            _score(chair, CANDIDATE_IDS)
            _score(member, CANDIDATE_IDS)
            sessions = _known_sessions(setting, chair)
            one, first = sign_and_write(
                chair, setting.chair, setting, CANDIDATE_IDS[:1], out, clock
            )
            rest, others = sign_and_write(
                chair, setting.chair, setting, CANDIDATE_IDS[1:], out, clock
            )
            members, member_paths = sign_and_write(
                member, setting.member, setting, CANDIDATE_IDS, out, clock
            )
        paths = first + others + member_paths
        sheet_kib = sum(path.stat().st_size for path in paths) / len(paths) / 1024
        rounds = alternate(paths, sessions, pdfsig)

    print(
        f"sheets ({datetime.now(UTC):%Y-%m-%d}, {CANDIDATES} candidates x 2 jurors, "
        f"{len(paths)} sheets of {sheet_kib:.0f} KiB on average, "
        f"load {load:.1f} at start)"
    )
    print(_line("sign + write 1 sheet (chair)", one, "(first of the process)"))
    print(_line(f"sign + write {rest.count} more (chair)", rest))
    everything = Timed(one.seconds + rest.seconds, one.count + rest.count)
    print(_line(f"  so {everything.count} sheets in all", everything))
    print(_line(f"sign + write {members.count} (member)", members, "(for scale)"))
    _report_verification(rounds, len(paths))


def _report_verification(rounds: Rounds, count: int) -> None:
    verdicts = f"{count - len(rounds.problems)}/{count} valid"
    ours = Timed(statistics.median(rounds.ours), count)
    if not rounds.theirs:
        print(_line(f"verify, batch of {count}", ours, f"median of {ROUNDS}, {verdicts}"))
        print("  pdfsig: skipped, not installed: no reference, no ratio")
    else:
        theirs = Timed(statistics.median(rounds.theirs), count)
        ratios = rounds.ratios()
        spread = f"{min(ratios):.2f}–{max(ratios):.2f}"
        note = f"(reference, 1.00) {rounds.pdfsig_valid}/{count} said valid"
        print(_line(f"pdfsig, {count} processes", theirs, note))
        ratio = f"{statistics.median(ratios):.2f} x pdfsig ({spread})"
        print(_line(f"verify, batch of {count}", ours, f"{ratio}  {verdicts}"))
        starting = rounds.startup * count
        print(
            f"    medians of {ROUNDS} rounds, each ratio to its own round's loop; "
            f"pdfsig -v (start-up only) {rounds.startup * 1000:.1f} ms, "
            f"about {starting:.2f} s of the loop's {theirs.seconds:.2f} s"
        )
    for problem in rounds.problems:
        print(f"    {problem}")


if __name__ == "__main__":
    main()
