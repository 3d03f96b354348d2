"""`scaffold`: a new organiser's folder, its commented session.toml and its read-me files."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import tomli_w

from jury_desk.bundle.folder.layout import (
    DOSSIERS_DIR,
    FOLDER_FORMAT_VERSION,
    MEDIA_TYPES,
    README_FILE,
    REQUESTS_DIR,
    SESSION_FILE,
)
from jury_desk.bundle.folder.model import FolderError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.resources import shipped_file
from jury_desk.rules.rs6247 import rs6247_referential


def scaffold(folder: Path) -> None:
    """Create `folder`: a commented example `session.toml`, empty `dossiers/` and `requests/`."""
    create_folder(folder, _fill_scaffold)


def _fill_scaffold(root: Path) -> None:
    (root / SESSION_FILE).write_text(_scaffold_text(), encoding="utf-8")
    write_readmes(root)


def write_readmes(root: Path) -> None:
    for name, template in ((DOSSIERS_DIR, DOSSIERS_README), (REQUESTS_DIR, REQUESTS_README)):
        text = _template(template)
        (root / name).mkdir(exist_ok=True)
        text = text.replace("@EXTENSIONS@", ", ".join(MEDIA_TYPES))
        (root / name / README_FILE).write_text(text, encoding="utf-8")


def create_folder(folder: Path, fill: Callable[[Path], None]) -> None:
    """Fill a staging folder, then move it into place: never a half-written session folder."""
    target = folder.absolute()
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: exists and is not a folder"), folder=folder
        )
    if target.is_dir() and any(target.iterdir()):
        raise FolderError(
            QT_TRANSLATE_NOOP(
                "messages", "{folder}: the folder is not empty; choose a new or an empty folder"
            ),
            folder=folder,
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: cannot be created ({reason})"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        fill(staging)
        if target.is_dir():
            target.rmdir()
        staging.rename(target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{folder}: cannot be written ({reason})"),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _toml_text(value: str) -> str:
    # tomli_w knows TOML's escaping rules; keep only the value of a one-key document.
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")


def _scaffold_competencies() -> str:
    referential = rs6247_referential()
    blocks = []
    for competency in referential.competencies:
        lines = [
            "[[competencies]]",
            f"code = {_toml_text(competency.code)}",
            f"title = {_toml_text(competency.title)}",
            f"description = {_toml_text(competency.description)}",
            "criteria = [",
            *(f"    {_toml_text(criterion)}," for criterion in competency.criteria),
            "]",
            "descriptors = [",
        ]
        for level, descriptor in zip(referential.levels, competency.descriptors, strict=True):
            lines += [f"    # {level.label}", f"    {_toml_text(descriptor)},"]
        blocks.append("\n".join([*lines, "]"]))
    return "\n\n".join(blocks)


def _scaffold_text() -> str:
    return (
        _template(SESSION_TEMPLATE)
        .replace("@COMPETENCIES@", _scaffold_competencies())
        .replace("@EXTENSIONS@", ", ".join(MEDIA_TYPES))
        .replace("@FORMAT@", str(FOLDER_FORMAT_VERSION))
    )


# Texts in French for the organiser, kept as files (jury_desk/resources/templates/),
# with @NAME@ placeholders filled in here.
SESSION_TEMPLATE = "session.toml.template"
DOSSIERS_README = "dossiers-LISEZMOI.txt"
REQUESTS_README = "requests-LISEZMOI.txt"


def _template(name: str) -> str:
    return shipped_file("templates", name).read_text("utf-8")
