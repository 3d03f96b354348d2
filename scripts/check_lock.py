"""Part of `make test`: fails, naming the package, where pyproject.toml and the lock disagree.

For each lock of requirements/ (scripts/lock.py says which), every requirement
pyproject.toml states for that use (the dependencies, the use's extra, the
build-system requires) must be pinned there to a version it allows, on every
platform it applies to; and every pin the lock records as pyproject's own must
still be asked for. The remedy is always `make lock`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lock import ROOT, USES  # scripts/lock.py: which locks there are, for which extras
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

# "name==version ; marker \" as uv writes a pin, the hashes on the lines below.
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)"
    r"(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$"
)
VIA_PROJECT = ("jury-desk (pyproject.toml)", "-r build-system")


@dataclass
class Pin:
    version: str
    marker: Marker | None
    via: list[str]


def read_lock(path: Path) -> dict[str, Pin]:
    """The pins of a lock written by uv, with the 'via' lines that follow each."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    in_via_list = False
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            marker = match["marker"]
            current = Pin(match["version"], Marker(marker) if marker else None, [])
            pins[canonicalize_name(match["name"])] = current
            in_via_list = False
        elif current is not None and line.strip().startswith("# via"):
            rest = line.strip().removeprefix("# via").strip()
            in_via_list = not rest
            if rest:
                current.via.append(rest)
        elif current is not None and in_via_list and line.startswith("    #   "):
            current.via.append(line.strip().removeprefix("#").strip())
    return pins


def stated_requirements(project: dict, extras: tuple[str, ...]) -> list[Requirement]:
    texts = list(project["project"]["dependencies"])
    for extra in extras:
        texts += project["project"]["optional-dependencies"][extra]
    texts += project["build-system"]["requires"]
    return [Requirement(text) for text in texts]


def disagreements(root: Path) -> list[str]:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    found: list[str] = []
    for use, (extras, _) in USES.items():
        lock_name = f"requirements/{use}.txt"
        lock_path = root / lock_name
        if not lock_path.is_file():
            found.append(f"{lock_name} is missing")
            continue
        pins = read_lock(lock_path)
        stated = stated_requirements(project, extras)
        for requirement in stated:
            pin = pins.get(canonicalize_name(requirement.name))
            if pin is None:
                found.append(f"{lock_name}: {requirement.name} is not locked ({requirement})")
            elif not requirement.specifier.contains(pin.version, prereleases=True):
                found.append(
                    f"{lock_name}: {requirement.name}=={pin.version} is locked, "
                    f"pyproject.toml asks for {requirement}"
                )
            elif requirement.marker is None and pin.marker is not None:
                found.append(
                    f"{lock_name}: {requirement.name} is locked only where {pin.marker}, "
                    f"pyproject.toml asks for it everywhere"
                )
        stated_names = {canonicalize_name(requirement.name) for requirement in stated}
        for name, pin in sorted(pins.items()):
            if name not in stated_names and any(via in VIA_PROJECT for via in pin.via):
                found.append(
                    f"{lock_name}: {name} is locked as pyproject.toml's own requirement, "
                    "which pyproject.toml no longer states"
                )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's folder")
    args = parser.parse_args()
    found = disagreements(args.root)
    for problem in found:
        print(f"lock check: {problem}", file=sys.stderr)
    if found:
        print(
            "lock check: run `make lock`, then commit requirements/ with pyproject.toml",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
