"""What every command needs, passed in rather than fetched from globals."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from jury_desk.kernel.clock import Clock


@dataclass
class CommandContext:
    home: Path
    clock: Clock
    out: TextIO
    err: TextIO
    args: argparse.Namespace
