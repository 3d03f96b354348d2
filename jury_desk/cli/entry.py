"""The `jury-desk` command: known third-party warnings quieted before anything loads."""

from __future__ import annotations

from jury_desk.kernel.third_party_warnings import quiet_known_warnings


def main() -> int:
    quiet_known_warnings()
    # Only now: the command line's modules load the libraries whose warnings were just quieted.
    from jury_desk.cli.main import main as run_command_line

    return run_command_line()
