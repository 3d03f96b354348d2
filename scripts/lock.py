"""`make lock`: write requirements/*.txt, the exact versions and hashes every install uses.

One lock per use, each resolved by uv from pyproject.toml alone (plus the
build-system requirements, so that the project itself installs without
fetching an unpinned setuptools):

    requirements/app.txt   the application (what a juror's or an organiser's install gets)
    requirements/test.txt  the application, the test extra (make venv, make test, CI)
    requirements/dist.txt  the application, the dist extra (make dist)

A universal resolution: one file holds for Linux, Windows and macOS, a line
with a marker applying only where its marker holds. Resolved against PyPI
(the machine's pip configuration may add mirrors of the same files).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from uv import find_uv_bin

ROOT = Path(__file__).resolve().parent.parent
PYTHON_VERSION = "3.11"  # the oldest Python the project supports (requires-python)
INDEX_URL = "https://pypi.org/simple"

USES = {
    "app": ((), "the application: what an install of jury-desk gets"),
    "test": (("test",), "the application and its test extra: make venv, make test, CI"),
    "dist": (("dist",), "the application and its dist extra: make dist (the frozen release)"),
}


def header(use: str, extras: tuple[str, ...], what: str) -> str:
    extra_flags = " ".join(f"--extra {extra}" for extra in extras)
    return f"""\
# requirements/{use}.txt: {what}.
# Written by `make lock` (scripts/lock.py) from pyproject.toml; do not edit by hand.
# Holds for CPython {PYTHON_VERSION} and newer on Linux (x86-64 and others), Windows and macOS:
# a universal resolution, where a line with a marker (sys_platform == 'win32', …) applies
# only where the marker holds.
# Resolved by: uv pip compile pyproject.toml {extra_flags} --universal \\
#   --python-version {PYTHON_VERSION} --generate-hashes --index-url {INDEX_URL}
# plus pyproject.toml's [build-system] requires (setuptools), to install the project
# itself with --no-build-isolation.
# Install: pip install --require-hashes -r requirements/{use}.txt
#          pip install --no-deps --no-build-isolation .
"""


def compile_lock(use: str, extras: tuple[str, ...], what: str, *, upgrade: bool) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build_requires = "\n".join(project["build-system"]["requires"]) + "\n"
    target = ROOT / "requirements" / f"{use}.txt"
    with tempfile.TemporaryDirectory() as folder:
        build_input = Path(folder) / "build-system.in"
        build_input.write_text(build_requires, encoding="utf-8")
        output = Path(folder) / f"{use}.txt"
        if target.exists():  # uv keeps the versions already locked unless told to upgrade
            output.write_bytes(target.read_bytes())
        command = [
            os.fsdecode(find_uv_bin()), "pip", "compile", "--quiet", "--no-header",
            "pyproject.toml", str(build_input),
            *(flag for extra in extras for flag in ("--extra", extra)),
            "--universal", "--python-version", PYTHON_VERSION, "--generate-hashes",
            "--index-url", INDEX_URL, "--no-config", "--output-file", str(output),
            *(["--upgrade"] if upgrade else []),
        ]  # fmt: skip
        subprocess.run(command, cwd=ROOT, check=True)
        body = output.read_text(encoding="utf-8").replace(str(build_input), "build-system")
    text = header(use, extras, what) + body
    name = target.relative_to(ROOT)
    if target.exists() and target.read_text(encoding="utf-8") == text:
        print(f"{name}: unchanged")  # left untouched, so make does not rebuild the venv
        return
    target.parent.mkdir(exist_ok=True)
    temporary = target.with_suffix(".txt.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    print(f"{name}: written")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--upgrade",
        action="store_true",
        help="take the newest versions pyproject.toml allows (default: keep the locked ones "
        "where pyproject still allows them)",
    )
    args = parser.parse_args()
    for use, (extras, what) in USES.items():
        compile_lock(use, extras, what, upgrade=args.upgrade)
    return 0


if __name__ == "__main__":
    sys.exit(main())
