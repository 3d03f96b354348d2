"""Reading Qt's .ts catalogues and running lupdate as scripts/update-translations.sh does."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tests.paths import REPO_ROOT

REPO = REPO_ROOT
PACKAGE = REPO / "jury_desk"
TRANSLATIONS = PACKAGE / "resources" / "translations"
BIN = Path(sys.executable).parent  # the venv's bin: pyside6-lupdate and -lrelease
PLACEHOLDER = re.compile(r"%\d+|\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r} ({self.state or 'finished'})"


def read_ts(path: Path) -> list[Message]:
    messages = []
    root = ET.parse(path).getroot()  # noqa: S314 - our own .ts, or lupdate's output
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return messages


def ui_sources() -> list[str]:
    return sorted(str(path) for path in (PACKAGE / "ui").rglob("*.py"))


def core_sources() -> list[str]:
    return sorted(
        str(path) for path in PACKAGE.rglob("*.py") if "ui" not in path.relative_to(PACKAGE).parts
    )


def lupdate(ts: Path, sources: list[str], source_language: str, target_language: str) -> None:
    """As scripts/update-translations.sh does, but keeping vanished strings to report them."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-source-language",
            source_language,
            "-target-language",
            target_language,
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
        timeout=300,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        timeout=120,
    )


def different_placeholders(messages: list[Message]) -> list[str]:
    return [
        f"{m}: placeholders differ in {m.translation!r}"
        for m in messages
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))
    ]
