"""Where jury-desk keeps its files."""

import os
from pathlib import Path

APP_NAME = "jury-desk"
HOME_ENV = "JURY_DESK_HOME"


def resolve_home(explicit: Path | None = None) -> Path:
    """The data folder: `--home`, else `$JURY_DESK_HOME`, else the platform's user data folder."""
    if explicit is not None:
        return explicit.expanduser().resolve()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    # Imported here: platformdirs loads tempfile, shutil, bz2, lzma (5 ms), which
    # `jury-desk --version` and `--help` never need, nor any run given --home.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def workspaces_dir(home: Path) -> Path:
    return home / "workspaces"


def workspace_path(home: Path, session_id: str) -> Path:
    return workspaces_dir(home) / session_id / "workspace.db"


def secrets_file(home: Path) -> Path:
    """The passphrase-protected secrets file used where no secure keyring exists."""
    return home / "secrets.age"


def organiser_dir(home: Path) -> Path:
    """The organiser's authority (certificate, results recipient); private keys are secrets."""
    return home / "organiser"


def identity_dir(home: Path) -> Path:
    """The juror's public identity file; private keys are secrets."""
    return home / "identity"
