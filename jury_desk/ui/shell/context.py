"""What the window works with, passed in: whose data, the clock, settings, the runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from jury_desk.kernel.clock import Clock
from jury_desk.ui.shell.background import Runner, SynchronousRunner, Writes

if TYPE_CHECKING:
    from jury_desk.secrets import SecretStore


@dataclass
class Profile:
    """Whose data the window works on: a data folder and where its secrets are."""

    home: Path
    secrets: SecretStore


@dataclass
class WindowContext:
    profile: Profile
    clock: Clock
    settings: QSettings
    runner: Runner
    # The grid's autosaved edits: a thread of their own in the application (app.py).
    writes: Writes = field(default_factory=SynchronousRunner)
