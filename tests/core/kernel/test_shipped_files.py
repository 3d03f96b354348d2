"""The shipped data files, found on disk beside the package or, zipped, extracted."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import jury_desk.resources
from jury_desk.resources import shipped_file


def test_a_shipped_file_is_a_path_on_disk_with_the_packaged_bytes() -> None:
    folder = Path(jury_desk.resources.__file__).parent
    for parts in (
        ("fonts", "Inter-Regular.otf"),
        ("translations", "jury_desk_en.qm"),
        ("schemas", "session-manifest-v1.schema.json"),
    ):
        path = shipped_file(*parts)
        assert path == folder.joinpath(*parts)
        assert path.read_bytes() == folder.joinpath(*parts).read_bytes()


def test_from_a_zipped_package_the_file_is_extracted_to_disk(tmp_path: Path) -> None:
    # The resources package alone, zipped, imported from the zip in a fresh interpreter.
    folder = Path(jury_desk.resources.__file__).parent
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("jury_desk/__init__.py", "")
        zipped.write(folder / "__init__.py", "jury_desk/resources/__init__.py")
        zipped.write(
            folder / "fonts" / "Inter-Bold.otf", "jury_desk/resources/fonts/Inter-Bold.otf"
        )
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from jury_desk.resources import shipped_file\n"
        "path = shipped_file('fonts', 'Inter-Bold.otf')\n"
        "assert 'zipped.zip' in __import__('jury_desk').__file__\n"
        "print(path.is_file(), path.stat().st_size)\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", script, str(archive)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    size = (folder / "fonts" / "Inter-Bold.otf").stat().st_size
    assert result.stdout.split() == ["True", str(size)]
