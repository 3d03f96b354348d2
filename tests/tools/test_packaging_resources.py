"""resources/: the icon in every size and format, the desktop entry, AppStream, Windows version."""

from __future__ import annotations

import ast
import configparser
import subprocess

import pytest
from PIL import Image

from tests.conftest import require_tool
from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
RESOURCES = ROOT / "resources"
APP_ID = "fr.gouv.beta.jurydesk"
DESKTOP = RESOURCES / "linux" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [require_tool("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""  # not even a hint


def test_the_desktop_entry_starts_the_command_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "jury-desk"
    assert section["Icon"] == APP_ID


def test_the_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [require_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_icon_has_its_size(size: int) -> None:
    with Image.open(RESOURCES / "icon" / "png" / f"jury-desk-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    with Image.open(RESOURCES / "icon" / "jury-desk.ico") as image:
        sizes = image.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_macos_icon_is_readable() -> None:
    with Image.open(RESOURCES / "icon" / "jury-desk.icns") as image:
        assert image.format == "ICNS"
        assert image.size[0] >= 512


def test_the_windows_version_resource_fills_in_to_python() -> None:
    template = (RESOURCES / "windows" / "version-info.txt").read_text(encoding="utf-8")
    filled = template.replace("@VERSION_TUPLE@", "(0, 1, 0, 0)").replace("@VERSION@", "0.1.0")
    tree = ast.parse(filled, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call) and getattr(tree.body.func, "id", "") == "VSVersionInfo"
    assert '"0.1.0"' in filled and "@" not in filled
