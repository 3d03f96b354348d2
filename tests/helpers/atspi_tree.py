"""Read an application's accessibility tree over AT-SPI, as a screen reader does.

Run by the system Python (/usr/bin/python3), which has Debian's python3-pyatspi;
it imports nothing from jury-desk. Inside a D-Bus session (dbus-run-session)
and with a display, it starts the command after `--`, waits until the
application named `--app` shows every `--expect` name (a node's own name, or
the name of the label it is labelled by), then writes the tree as JSON to
`--out` and stops the application. Exit status 0 when everything expected was
found before `--timeout` seconds, 1 otherwise (the last tree read is written).

Only what is showing is walked, and not the items inside combo boxes (their
lists): that is what a person can reach, and it keeps the walk short.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi
from gi.repository import GLib  # type: ignore[import-not-found]  # pyatspi's own errors

MAX_NODES = 3000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the application's AT-SPI name")
    parser.add_argument("--expect", action="append", default=[], help="a name to wait for")
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--app-log", required=True, help="where the application's output goes")
    # Not stdout: the daemons D-Bus starts for the session write there too.
    parser.add_argument("--out", required=True, help="where the tree goes, as JSON")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with Path(args.app_log).open("wb") as log:
        app = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            found, nodes = wait_for(
                args.app, set(args.expect), time.monotonic() + args.timeout, app
            )
        finally:
            stop(app)
    tree = {"found": found, "exit_code": app.returncode, "nodes": nodes}
    Path(args.out).write_text(json.dumps(tree), encoding="utf-8")
    return 0 if found else 1


def wait_for(
    name: str, expected: set[str], deadline: float, app: subprocess.Popen[bytes]
) -> tuple[bool, list[dict[str, Any]]]:
    """Poll the tree until every expected name is there, the deadline passes or the app exits."""
    nodes: list[dict[str, Any]] = []
    while time.monotonic() < deadline and app.poll() is None:
        root = find_application(name)
        if root is not None:
            nodes = walk(root)
            seen = set()
            for node in nodes:
                seen.add(node["name"])
                seen.update(node["labelled_by"])
            if expected <= seen:
                return True, nodes
        time.sleep(0.3)
    return False, nodes


def find_application(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == name:
                return child
        except GLib.Error:  # an application going away while we look
            continue
    return None


def walk(root: Any) -> list[dict[str, Any]]:
    """Depth first: each node's name, role, states and the labels naming it."""
    nodes: list[dict[str, Any]] = []
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack and len(nodes) < MAX_NODES:
        accessible, path = stack.pop()
        try:
            node = describe(accessible, path)
            children = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
        except GLib.Error:  # a widget deleted while we read it
            continue
        nodes.append(node)
        if node["role"] == "combo box" or ("showing" not in node["states"] and path):
            continue
        here = f"{path}/{node['role']}"
        stack.extend((child, here) for child in reversed(children) if child is not None)
    return nodes


def describe(accessible: Any, path: str) -> dict[str, Any]:
    labelled_by: list[str] = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labelled_by += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return {
        "name": accessible.name,
        "role": accessible.getRoleName(),
        "states": sorted(state.value_nick for state in accessible.getState().getStates()),
        "labelled_by": labelled_by,
        "description": accessible.description,
        "path": path,
    }


def stop(app: subprocess.Popen[bytes]) -> None:
    if app.poll() is None:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


if __name__ == "__main__":
    sys.exit(main())
