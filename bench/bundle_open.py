"""Opening a large bundle by key and by passphrase, compared with `age -d` on the same payload.

Setup (not timed): a real organiser, two enrolled jurors and a session whose
dossiers weigh about 1 GiB in all (`--size-mib`), built into a bundle with a
passphrase. Each measure then runs in a fresh process, so that its peak
resident memory is its own: the reference `age -d -o /dev/null` of the
payload.age taken out of the bundle, then jury-desk opening by key, by
passphrase, and inspecting by key. Times are printed as ratios to that
reference; the passphrase's scrypt derivation (deliberately slow) is timed
inside the opening and left out. Targets (issue): peak memory under 200 MiB,
time at most 1.5 x `age -d`. `age -d` to a file plus fsync is printed too, for
scale: an opening copies the whole (encrypted) payload into the workspace and
makes it durable, which /dev/null does not.

Memory: each jury-desk figure is the process's own peak (VmHWM). The
passphrase's scrypt runs in a short-lived helper process (256 MiB at 2^18):
its own peak is printed on its own line, never hidden.

The measures are taken in rounds (`--rounds`, 3 by default), each round its
own `age -d` reference then the three openings, so that every ratio compares
runs made a few seconds apart; the median and the spread of the ratios over
the rounds end the report. CPU seconds are printed beside wall seconds because
they move less when the machine is busy (the load average at start is in the
header). Other work on the machine moves the seconds: compare the ratios of
one round, and run it again before concluding.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jury_desk.bundle.container import PAYLOAD, Unlock
from jury_desk.bundle.opening import inspect_bundle, open_bundle
from jury_desk.crypto import scrypt_child
from jury_desk.kernel.clock import SystemClock
from jury_desk.kernel.messages import Phrase
from jury_desk.kernel.paths import identity_dir
from jury_desk.models.enums import DocumentKind
from jury_desk.trust.identity import AGE_IDENTITY_SECRET, SIGNING_KEY_SECRET, load_identity
from jury_desk.trust.trusted import TrustedAuthorities

if TYPE_CHECKING:
    from jury_desk.session.spec import SessionSpec
    from tests.bundle_factory import Juror, Setting

# The measured children import only what an opening needs: the setup's modules (the
# organiser's folder writer, the test factories) are imported by the parent alone.

DEFAULT_SIZE_MIB = 1024
DEFAULT_ROUNDS = 3
MAX_SIZE_MIB = 4096
MEMORY_TARGET_MIB = 200
TIME_TARGET_RATIO = 1.5
AGE = Path("/usr/bin/age")
ROOT = Path(__file__).resolve().parent.parent
MIB = 1 << 20
# Four dossier files per candidate, two candidates: 128 MiB each at the default size.
FILE_KINDS = (
    DocumentKind.DECK,
    DocumentKind.MOCKUPS,
    DocumentKind.USER_INTERVIEWS,
    DocumentKind.INVESTMENT_TABLE,
)


@dataclass(frozen=True)
class Measure:
    seconds: float
    cpu_seconds: float
    peak_mib: float  # the process's own
    # Python children only: the peak before the measured call (interpreter, imports, identity).
    before_mib: float | None = None
    # Passphrase only: the scrypt derivation inside the opening (helper process included).
    derivation_seconds: float = 0.0
    helper_peak_mib: float | None = None


# ---------------------------------------------------------------- setup (not timed)


def _big_session_spec(document_count: int) -> SessionSpec:
    """The small test session with `document_count` placeholder files per candidate."""
    from jury_desk.session.spec import CandidateSpec, DocumentSpec
    from tests.factories import small_session_spec

    base = small_session_spec("bench-session")
    candidates: list[CandidateSpec] = []
    for candidate in base.candidates:
        links = tuple(d for d in candidate.documents if d.media_type == "text/uri-list")
        files = tuple(
            DocumentSpec(
                FILE_KINDS[n % len(FILE_KINDS)],
                f"Pièce {n + 1}",
                "application/pdf",
                f"placeholder {candidate.id} {n}".encode(),
            )
            for n in range(document_count)
        )
        candidates.append(replace(candidate, documents=links + files))
    return replace(base, candidates=tuple(candidates))


def _fill_dossiers(folder: Path, file_bytes: int) -> int:
    """Overwrite every dossier file with `file_bytes` of random-looking data, streamed."""
    # Slices of one random pool at shifting offsets, tagged with file and piece numbers:
    # every MiB differs, without paying for 1 GiB of fresh randomness.
    from jury_desk.bundle.folder.layout import DOSSIERS_DIR

    pool = random.Random(20261128).randbytes(8 * MIB)
    paths = sorted((folder / DOSSIERS_DIR).glob("*/*"))
    for index, path in enumerate(paths):
        with path.open("wb") as handle:
            written = piece = 0
            while written < file_bytes:
                offset = (index * 7919 + piece * 104729) % (7 * MIB)
                tag = f"{index:08d}/{piece:08d}".encode()
                data = (tag + pool[offset : offset + MIB - len(tag)])[: file_bytes - written]
                handle.write(data)
                written += len(data)
                piece += 1
    return len(paths)


def _setup(root: Path, size_mib: int) -> tuple[Setting, Path, int]:
    from tests.bundle_factory import make_setting

    setting = make_setting(root / "setting", datetime.now(UTC))
    per_candidate = len(FILE_KINDS)
    file_count = len(setting.spec.candidates) * per_candidate
    # Small placeholders through the real folder writer, then the big content on disk:
    # the build hashes and reads the files themselves, and nothing big is held here.
    setting.rewrite_folder(_big_session_spec(per_candidate))
    files = _fill_dossiers(setting.folder, size_mib * MIB // file_count)
    bundle = setting.build("bench.jdbundle", SystemClock())
    return setting, bundle, files


def _extract_payload(bundle: Path, destination: Path) -> None:
    with tarfile.open(bundle, mode="r:") as outer:
        source = outer.extractfile(PAYLOAD)
        assert source is not None
        with destination.open("wb") as out:
            shutil.copyfileobj(source, out, MIB)


def _job_file(folder: Path, mode: str, bundle: Path, juror: Juror) -> Path:
    """What a child needs: a fresh copy of the juror's home and their secrets."""
    home = folder / f"{mode}-home"
    shutil.copytree(juror.home, home)
    secrets = {}
    for name in (SIGNING_KEY_SECRET, AGE_IDENTITY_SECRET):
        value = juror.secrets.get(name)
        assert value is not None
        secrets[name] = base64.b64encode(value).decode("ascii")
    job = folder / f"{mode}-job.json"
    from tests.bundle_factory import BUNDLE_PASSPHRASE

    document = {
        "mode": mode,
        "bundle": str(bundle),
        "home": str(home),
        "secrets": secrets,
        "passphrase": BUNDLE_PASSPHRASE,
    }
    job.write_text(json.dumps(document), encoding="utf-8")
    return job


# ---------------------------------------------------------------- measuring

# Peak RSS as wait4 gives it is inherited through fork and exec: a child of this
# process (hundreds of MiB after the setup's scrypt derivations) would report at
# least our peak. So each measured program is started by a bare interpreter
# (about 8 MiB), which times it and reports its own wait4 figures on its last line.
_LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
cpu = usage.ru_utime + usage.ru_stime
print(elapsed, cpu, usage.ru_maxrss, os.waitstatus_to_exitcode(status), flush=True)
"""


@dataclass(frozen=True)
class _Launched:
    seconds: float
    cpu_seconds: float
    peak_mib: float
    output: str


def _run_child(command: list[str]) -> _Launched:
    """Run `command` through the launcher: its own wall time, CPU time, peak RSS and output."""
    launched = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _LAUNCHER, *command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    *output, last = launched.stdout.strip().splitlines()
    seconds, cpu, peak_kib, code = last.split()
    if int(code) != 0:
        raise RuntimeError(f"{command[0]} failed with exit code {code}: {command}")
    # ru_maxrss is in KiB on Linux.
    return _Launched(float(seconds), float(cpu), int(peak_kib) / 1024, "\n".join(output))


class _Age:
    """`age -d` of the bundle's payload.age, taken out of it once for all the rounds."""

    def __init__(self, folder: Path, juror: Juror) -> None:
        self._payload = folder / PAYLOAD
        self._key = folder / "juror.key"
        self._key.touch(mode=0o600)
        self._key.write_text(f"{juror.identity.age_identity}\n", encoding="ascii")
        self._plaintext = folder / "payload.tar"

    def to_null(self) -> Measure:
        """The reference: `age -d -o /dev/null`."""
        null = _run_child(self._command(os.devnull))
        return Measure(null.seconds, null.cpu_seconds, null.peak_mib)

    def to_disk(self) -> Measure:
        """For scale: `age -d` to a file, plus the fsync that a workspace commit makes."""
        try:
            disk = _run_child(self._command(str(self._plaintext)))
            start = time.perf_counter()
            with self._plaintext.open("rb") as handle:
                os.fsync(handle.fileno())
            sync = time.perf_counter() - start
        finally:
            self._plaintext.unlink(missing_ok=True)
        return Measure(disk.seconds + sync, disk.cpu_seconds, disk.peak_mib)

    def _command(self, output: str) -> list[str]:
        return [str(AGE), "-d", "-i", str(self._key), "-o", output, str(self._payload)]


@contextmanager
def _age(folder: Path, bundle: Path, juror: Juror) -> Iterator[_Age | None]:
    """The reference's files, if `age` is installed (else None: no ratios)."""
    if not AGE.exists():
        yield None
        return
    age = _Age(folder, juror)
    _extract_payload(bundle, folder / PAYLOAD)
    try:
        yield age
    finally:
        (folder / PAYLOAD).unlink()


def _measure_jury_desk(folder: Path, mode: str, bundle: Path, juror: Juror) -> Measure:
    job = _job_file(folder, mode, bundle, juror)
    try:
        launched = _run_child([sys.executable, "-m", "bench.bundle_open", "--child", str(job)])
    finally:
        shutil.rmtree(folder / f"{mode}-home")  # the workspace weighs as much as the bundle
    report = json.loads(launched.output.strip().splitlines()[-1])
    return Measure(
        report["seconds"],
        report["cpu_seconds"],
        report["peak_mib"],
        report["before_mib"],
        report.get("derivation_seconds", 0.0),
        report.get("helper_peak_mib"),
    )


# ---------------------------------------------------------------- the child process


class _MemorySecrets:
    """The juror's secrets in memory, as the OS keyring gives them: no scrypt before the open."""

    description = Phrase("the benchmark's memory")

    def __init__(self, values: dict[str, bytes]) -> None:
        self._values = dict(values)

    def get(self, name: str) -> bytes | None:
        return self._values.get(name)

    def put(self, name: str, value: bytes) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


def _peak_so_far_mib() -> float:
    # VmHWM is this process's own high-water mark (ru_maxrss would include the parent's).
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def _cpu_now() -> float:
    # Process-wide, so the decrypting thread counts too.
    times = os.times()
    return times.user + times.system


def _timing_derivations(report: dict[str, float]) -> None:
    """Time every scrypt derivation the opening makes (helper process included)."""
    derive = scrypt_child.derive_wrap_key

    def timed(passphrase: str, salt: bytes, log2_n: int) -> bytes:
        start = time.perf_counter()
        try:
            return derive(passphrase, salt, log2_n)
        finally:
            elapsed = time.perf_counter() - start
            report["derivation_seconds"] = report.get("derivation_seconds", 0.0) + elapsed

    scrypt_child.derive_wrap_key = timed  # instrumented: bench only


def _child(job_path: Path) -> None:
    job: dict[str, Any] = json.loads(job_path.read_text(encoding="utf-8"))
    mode, bundle, home = job["mode"], Path(job["bundle"]), Path(job["home"])
    secrets = _MemorySecrets({k: base64.b64decode(v) for k, v in job["secrets"].items()})
    identity = load_identity(secrets, identity_dir(home))
    clock = SystemClock()
    report: dict[str, float] = {}
    if mode == "passphrase":
        _timing_derivations(report)
        unlock = Unlock((), job["passphrase"])
    else:
        unlock = Unlock((identity.age_identity,))
    report["before_mib"] = _peak_so_far_mib()
    start, cpu = time.perf_counter(), _cpu_now()
    if mode == "inspect":
        inspect_bundle(bundle, unlock, clock.now(), TrustedAuthorities(home).is_trusted)
    else:
        open_bundle(home, bundle, unlock, identity, secrets, clock)
    report["seconds"] = time.perf_counter() - start
    report["cpu_seconds"] = _cpu_now() - cpu
    report["peak_mib"] = _peak_so_far_mib()
    if mode == "passphrase":
        # The helper is this process's only child: its peak is the children's peak (KiB).
        report["helper_peak_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(report))


# ---------------------------------------------------------------- report


def _line(label: str, measure: Measure, reference: Measure | None) -> str:
    # The passphrase's key derivation, inside the timed call, is left out here. Its CPU
    # is spent in the helper process, which the opening's own CPU time does not count.
    seconds = measure.seconds - measure.derivation_seconds
    cpu = measure.cpu_seconds
    if reference is None:
        ratio = "n/a"
    elif measure is reference:
        ratio = "1.00"
    else:
        ratio = f"{seconds / reference.seconds:.2f} x"
        if measure.before_mib is not None:  # a jury-desk figure: held to the target
            ratio += " ok" if seconds / reference.seconds <= TIME_TARGET_RATIO else " OVER"
    verdict = "ok" if measure.peak_mib < MEMORY_TARGET_MIB else "OVER"
    before = "" if measure.before_mib is None else f" ({measure.before_mib:.0f} before the call)"
    return (
        f"  {label:<26}: {seconds:6.2f} s  cpu {cpu:6.2f} s  {ratio:<13} "
        f"peak {measure.peak_mib:4.0f} MiB {verdict:<4}{before}"
    ).rstrip()


@dataclass(frozen=True)
class _Round:
    reference: Measure | None
    key: Measure
    phrase: Measure
    inspect: Measure


def main(size_mib: int = DEFAULT_SIZE_MIB, rounds: int = DEFAULT_ROUNDS) -> None:
    load = os.getloadavg()[0]  # before our own work raises it
    measured: list[_Round] = []
    to_disk: Measure | None = None
    with tempfile.TemporaryDirectory(prefix="bench-bundle-open-") as tmp:
        root = Path(tmp)
        setting, bundle, files = _setup(root, size_mib)
        bundle_mib = bundle.stat().st_size / MIB
        with _age(root, bundle, setting.chair) as age:
            for number in range(rounds):
                reference = None if age is None else age.to_null()
                if age is not None and number == 0:
                    to_disk = age.to_disk()
                key = _measure_jury_desk(root, "key", bundle, setting.chair)
                phrase = _measure_jury_desk(root, "passphrase", bundle, setting.member)
                inspect = _measure_jury_desk(root, "inspect", bundle, setting.chair)
                measured.append(_Round(reference, key, phrase, inspect))
    print(
        f"bundle_open ({datetime.now(UTC):%Y-%m-%d}, {bundle_mib:.0f} MiB bundle, {files} files, "
        f"one fresh process each, {rounds} round(s), load {load:.1f} at start; "
        f"targets: <= {TIME_TARGET_RATIO} x age -d, peak < {MEMORY_TARGET_MIB} MiB)"
    )
    if to_disk is None:
        print(f"  age -d: skipped, {AGE} is absent: no reference, no time ratios")
    for number, one in enumerate(measured, start=1):
        if rounds > 1:
            print(f"  round {number}")
        if one.reference is not None:
            print(_line("age -d (reference)", one.reference, one.reference))
            if number == 1 and to_disk is not None:
                print(_line("age -d -o file + fsync", to_disk, one.reference))
        print(_line("open by key", one.key, one.reference))
        print(_line("open by passphrase", one.phrase, one.reference))
        helper = one.phrase.helper_peak_mib or 0.0
        print(
            f"    scrypt derivation (helper process), left out above: "
            f"{one.phrase.derivation_seconds:.2f} s, helper's own peak {helper:.0f} MiB "
            f"(timed call {one.phrase.seconds:.2f} s, derivation included)"
        )
        print(_line("inspect by key", one.inspect, one.reference))
    if rounds > 1 and to_disk is not None:
        print(f"  over the {rounds} rounds, each ratio to its own round's age -d:")
        print(_summary("open by key", [one.key for one in measured], measured))
        print(_summary("open by passphrase", [one.phrase for one in measured], measured))
        print(_summary("inspect by key", [one.inspect for one in measured], measured))


def _summary(label: str, measures: list[Measure], measured: list[_Round]) -> str:
    ratios = [
        (measure.seconds - measure.derivation_seconds) / one.reference.seconds
        for measure, one in zip(measures, measured, strict=True)
        if one.reference is not None
    ]
    median = statistics.median(ratios)
    verdict = "ok" if median <= TIME_TARGET_RATIO else "OVER"
    cpu = statistics.median(measure.cpu_seconds for measure in measures)
    peak = max(measure.peak_mib for measure in measures)
    return (
        f"  {label:<26}: median {median:.2f} x {verdict:<4} "
        f"({min(ratios):.2f}-{max(ratios):.2f}), cpu median {cpu:.2f} s, peak {peak:.0f} MiB"
    )


def _cli(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle_open", description=__doc__)
    parser.add_argument(
        "--size-mib", type=int, default=DEFAULT_SIZE_MIB, help="dossiers' total size in MiB"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        help="rounds of measures, each with its age -d",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # Eight files, each under the bundle's 512 MiB cap per document.
    if not 1 <= args.size_mib <= MAX_SIZE_MIB:
        parser.error(f"--size-mib must be from 1 to {MAX_SIZE_MIB}")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.child is not None:
        _child(args.child)
    else:
        main(args.size_mib, args.rounds)


if __name__ == "__main__":
    _cli()
