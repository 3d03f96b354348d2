"""The command line parses before it loads anything heavy, and every command it names exists.

Heavy, as `python -X importtime` measures each alone: pyHanko, reportlab and
SQLAlchemy (hundreds of ms), PySide6, pikepdf, cryptography's x509 (45 ms), the
keyring (50 ms); sqlcipher3, pyrage and cryptography's key types are cheap but
only ever needed with the others, so they mark a command module loaded too early.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from jury_desk.cli.arguments import build_parser
from jury_desk.cli.main import run_target

HEAVY = (
    "pyhanko",
    "reportlab",
    "sqlalchemy",
    "PySide6",
    "pikepdf",
    "sqlcipher3",
    "pyrage",
    "keyring",
    "cryptography.x509",
    "cryptography.hazmat",
)

# The real entry point, once per argument list in one process (a --help or a refusal
# ends in SystemExit), then every module loaded on the last line of stderr.
PROBE = """
import json, sys
from jury_desk.cli.entry import main
for args in json.loads(sys.argv[1]):
    sys.argv = ["jury-desk", *args]
    try:
        main()
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def heavy_among(modules: Iterable[str]) -> list[str]:
    return sorted(
        name for name in modules if any(name == h or name.startswith(f"{h}.") for h in HEAVY)
    )


def loaded_by(*argument_lists: list[str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argument_lists)],
        capture_output=True,
        text=True,
        check=False,
    )
    modules: list[str] = json.loads(result.stderr.splitlines()[-1])
    return set(modules)


def command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command and group of commands, "sheet" and "sheet export" alike."""
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name)
                yield from command_paths(sub, (*path, name))


def leaf_parsers(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, str]]:
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaf_parsers(sub, f"{path} {name}".strip())
    target = parser.get_default("run")
    if target is not None:
        yield path, target


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["sheet", "--help"],
        ["no-such-command"],
        ["sheet", "verify"],
        ["--lang", "de", "window"],
        ["sheet", "export", "--all", "--candidate", "c1", "-o", "x"],
        [],
    ],
    ids=[
        "version",
        "help",
        "command-help",
        "unknown-command",
        "missing-argument",
        "refused-choice",
        "exclusive-options",
        "no-command",
    ],
)
def test_parsing_alone_loads_no_heavy_library(args: list[str]) -> None:
    assert heavy_among(loaded_by(args)) == []


def test_every_command_help_loads_no_heavy_library() -> None:
    paths = list(command_paths(build_parser()))
    assert len(paths) >= 30 and ("sheet", "export") in paths and ("open",) in paths
    assert heavy_among(loaded_by(*([*path, "--help"] for path in paths))) == []


def test_python_m_jury_desk_version_loads_no_heavy_library() -> None:
    # `python -m jury_desk` goes through jury_desk/__main__.py; -X importtime lists on
    # stderr every module it imports ("import time: self | cumulative | name").
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "jury_desk", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.startswith("jury-desk ")
    imported = [
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]
    assert "jury_desk.cli.arguments" in imported
    assert heavy_among(imported) == []


def test_a_command_loads_its_libraries_once_chosen(tmp_path: Path) -> None:
    # The probe does see heavy libraries: `workspace list` needs the store, once chosen.
    assert "sqlalchemy" in loaded_by(["--home", str(tmp_path), "workspace", "list"])


@pytest.mark.parametrize(
    "command", [["sheet", "verify"], ["minutes", "verify"], ["import"], ["results", "open"]]
)
def test_checking_a_signed_file_loads_no_pdf_renderer(tmp_path: Path, command: list[str]) -> None:
    # Verifying or importing reads PDFs, it never draws one: reportlab (about half a second
    # at each start) is for the commands that write a document.
    received = tmp_path / "received.pdf"
    received.write_bytes(b"not a PDF")
    loaded = loaded_by(["--home", str(tmp_path / "home"), *command, str(received)])
    assert "pikepdf" in loaded  # the command did run, up to reading the file
    assert not [name for name in loaded if name.split(".")[0] == "reportlab"]


def test_every_command_names_a_function_that_exists() -> None:
    leaves = dict(leaf_parsers(build_parser()))
    assert len(leaves) >= 20 and "sheet verify" in leaves and "open" in leaves
    for command, target in leaves.items():
        assert callable(run_target(target)), command
