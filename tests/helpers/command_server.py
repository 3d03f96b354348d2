"""`jury-desk` commands for the tests, each in a process of its own that starts in milliseconds.

The end-to-end tests run the command line as a person does: one process per command, its
arguments, environment, working folder, standard input, output, error and exit code.
Started with `python -m jury_desk`, each spends a second or more importing the libraries
before it does anything (hundreds of commands in the suite). `run_jury_desk` gives the
same process a head start: a server that has imported the command line and its libraries
once, and nothing else (no file opened, no thread, no setting read), forks one child per
command; the child takes the command's environment, folder and standard streams, runs
the entry point `jury-desk` runs (jury_desk.cli.entry.main) and exits with its code.

What a child would otherwise do on its own, importing, is the only thing it shares; the
tests that are about the start itself (what a command imports, how fast it starts) start
`python -m jury_desk` themselves.

Protocol (one JSON line each way, on the server's stdin and stdout): the request
{"argv", "env", "cwd", "stdin", "out", "err"}; the answers {"pid": P} once the child is
forked, then {"code": C} once it has ended (C negative: killed by that signal).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.paths import REPO_ROOT

# What every command imports anyway, loaded once in the server.
PRELOADED = (
    "jury_desk.cli.main",
    "jury_desk.cli.bundle_commands",
    "jury_desk.cli.sheet_commands",
    "jury_desk.cli.minutes_commands",
    "jury_desk.cli.import_command",
    "jury_desk.cli.certificate_commands",
    "jury_desk.cli.demo_command",
    # Loaded by the workspace at its first ORM use, not by the modules above.
    "jury_desk.store.engine",
    "jury_desk.models.mapped",
)


# ------------------------------------------------------------------------ the server side


def _child(request: dict[str, Any]) -> int:
    """In the forked child: become the command's process, run it, return its exit code."""
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    stdin = os.open(request["stdin"] or os.devnull, os.O_RDONLY)
    out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for source, target in ((stdin, 0), (out, 1), (err, 2)):
        os.dup2(source, target)
        os.close(source)
    # New stream objects on the new descriptors: the server's own hold its requests' pipe.
    encoding = sys.stdout.encoding
    sys.stdin = open(0, encoding=encoding, closefd=False)  # noqa: SIM115 (the process's)
    sys.stdout = open(1, "w", encoding=encoding, closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding=encoding, closefd=False)  # noqa: SIM115
    sys.argv = ["jury-desk", *request["argv"]]
    from jury_desk.cli.entry import main

    try:
        code = main()
    except SystemExit as stop:  # argparse's refusals, as `sys.exit` ends a process
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except Exception:  # noqa: BLE001 (uncaught, as Python ends a process: traceback, 1)
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def serve() -> None:
    import importlib

    for module in PRELOADED:
        importlib.import_module(module)
    answers = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _child(request)
            finally:
                os._exit(code)
        answers.write(json.dumps({"pid": pid}) + "\n")
        answers.flush()
        _pid, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        answers.write(json.dumps({"code": code}) + "\n")
        answers.flush()


# ------------------------------------------------------------------------ the tests' side


class _Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.command_server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            text=True,
        )

    def run(self, request: dict[str, Any], timeout: float) -> tuple[int, int]:  # (pid, exit code)
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps(request) + "\n")
        process.stdin.flush()
        pid = json.loads(self._line(timeout))["pid"]
        try:
            return pid, json.loads(self._line(timeout))["code"]
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            raise

    def _line(self, timeout: float) -> str:
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise subprocess.TimeoutExpired(self.process.args, timeout)
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the command server ended")
        return line

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


_idle: list[_Server] = []
_lock = threading.Lock()


def _take() -> _Server:
    # One server per command running at once (the tests run a few side by side).
    with _lock:
        if _idle:
            return _idle.pop()
    return _Server()


def _give_back(server: _Server) -> None:
    with _lock:
        _idle.append(server)


@atexit.register
def _close_all() -> None:
    with _lock:
        while _idle:
            _idle.pop().close()


def run_jury_desk(
    args: list[str],
    *,
    env: Mapping[str, str],
    cwd: Path,
    input: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """`jury-desk ARGS` in a new process, as `subprocess.run(..., capture_output=True,
    text=True)` would give it; stdin is `input`, or empty (never a terminal)."""
    with tempfile.TemporaryDirectory(prefix="jury-desk-command-") as folder:
        streams = Path(folder)
        stdin = None
        if input is not None:
            (streams / "in").write_text(input, encoding="utf-8")
            stdin = str(streams / "in")
        request = {
            "argv": list(args),
            "env": dict(env),
            "cwd": str(cwd),
            "stdin": stdin,
            "out": str(streams / "out"),
            "err": str(streams / "err"),
        }
        server = _take()
        try:
            _pid, code = server.run(request, timeout)
        except BaseException:
            server.process.kill()  # in an unknown state: not given back
            raise
        _give_back(server)
        out = (streams / "out").read_text(encoding="utf-8")
        err = (streams / "err").read_text(encoding="utf-8")
    return subprocess.CompletedProcess(["jury-desk", *args], code, out, err)


if __name__ == "__main__":
    serve()
