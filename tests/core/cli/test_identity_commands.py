"""`identity backup` and `identity restore`: moving a juror's identity to another computer."""

from __future__ import annotations

from pathlib import Path

from tests.core.cli.test_cli import jury_desk


def _fields(stdout: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in stdout.splitlines() if ": " in line)


def test_a_backup_restored_elsewhere_is_the_same_identity(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.txt"
    secrets.write_text("phrase des secrets locaux\n", encoding="utf-8")
    backup_passphrase = tmp_path / "backup.txt"
    backup_passphrase.write_text("phrase de la sauvegarde\n", encoding="utf-8")
    old, new = tmp_path / "old-laptop", tmp_path / "new-laptop"
    common = ("--secrets-passphrase-file", str(secrets))

    created = jury_desk(
        *common, "identity", "create", "--name", "Anaïs Juré", "--email", "a@x.org", home=old
    )
    assert created.returncode == 0, created.stderr
    backup = tmp_path / "anais.jdidentity"
    saved = jury_desk(
        *common, "identity", "backup", "-o", str(backup),
        "--passphrase-file", str(backup_passphrase), home=old,
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert backup.stat().st_mode & 0o077 == 0  # readable by its owner alone

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("pas la bonne phrase\n", encoding="utf-8")
    refused = jury_desk(
        *common, "identity", "restore", str(backup), "--passphrase-file", str(wrong), home=new
    )
    assert refused.returncode == 1
    assert refused.stderr == "jury-desk: Wrong passphrase for this identity backup.\n"

    restored = jury_desk(
        *common, "identity", "restore", str(backup),
        "--passphrase-file", str(backup_passphrase), home=new,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    shown_old = _fields(jury_desk(*common, "identity", "show", home=old).stdout)
    shown_new = _fields(jury_desk(*common, "identity", "show", home=new).stdout)
    assert shown_new == shown_old and shown_new["comparison-code"]

    again = jury_desk(
        *common, "identity", "restore", str(backup),
        "--passphrase-file", str(backup_passphrase), home=new,
    )  # fmt: skip
    assert again.returncode == 1 and "already exists" in again.stderr
    assert again.stderr.count("\n") == 1
