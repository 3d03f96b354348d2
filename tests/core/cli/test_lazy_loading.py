"""The command line parses before it loads anything heavy, and every command it names exists."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from jury_desk.cli.arguments import build_parser
from jury_desk.cli.main import run_target

HEAVY = ("pyhanko", "reportlab", "sqlalchemy", "PySide6", "pikepdf", "sqlcipher3", "pyrage")

PROBE = """
import json, sys
sys.argv = ["jury-desk", *json.loads(sys.argv[1])]
from jury_desk.cli.entry import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [["--version"], ["--help"], ["sheet", "--help"], ["no-such-command"], ["sheet", "verify"]],
    ids=["version", "help", "command-help", "unknown-command", "missing-argument"],
)
def test_parsing_alone_loads_no_heavy_library(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=False,
    )
    loaded = set(json.loads(result.stderr.splitlines()[-1]))
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def leaf_parsers(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, str]]:
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaf_parsers(sub, f"{path} {name}".strip())
    target = parser.get_default("run")
    if target is not None:
        yield path, target


def test_every_command_names_a_function_that_exists() -> None:
    leaves = dict(leaf_parsers(build_parser()))
    assert len(leaves) >= 20 and "sheet verify" in leaves and "open" in leaves
    for command, target in leaves.items():
        assert callable(run_target(target)), command
