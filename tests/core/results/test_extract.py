"""`results open --extract DIR`: the verified files go into a new folder, and nowhere else.

These tests hand `extract_results` a report as `open_results` makes it for a file that
verified (the command line's own tests, with a real results file, are in
test_results.py); what they attack is the target: links planted in it or standing for
it, a file in its place, names that would climb out of it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jury_desk.kernel import new_folder
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.new_folder import FolderTargetError, write_new_folder
from jury_desk.results.verify import ResultsReport, extract_results

MEMBERS = {
    "results.json": b'{"format": "jury-desk-results"}\n',
    "results.csv": b"\xef\xbb\xbfidentifiant\r\n",
    "minutes.pdf": b"%PDF-1.7 minutes",
    "sheets/grille-Zoe-Lefevre-membre-v1.pdf": b"%PDF-1.7 sheet",
}
OUTSIDE = b"what the organiser keeps elsewhere\n"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links are made the POSIX way")


def _report(members: dict[str, bytes] | None = None) -> ResultsReport:
    return ResultsReport(Path("session.jdresults"), [], dict(members or MEMBERS))


def _outside(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "precious.txt"
    path.parent.mkdir()
    path.write_bytes(OUTSIDE)
    return path


def _left_beside(folder: Path) -> list[str]:
    """What the extraction may have left beside the target: its staging folder."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith("."))


def test_a_new_folder_gets_every_file_and_only_them(tmp_path: Path) -> None:
    target = tmp_path / "extracted"
    written = extract_results(_report(), target)
    assert sorted(str(p.relative_to(target)) for p in written) == sorted(MEMBERS)
    for name, data in MEMBERS.items():
        path = target / name
        assert path.read_bytes() == data
        assert stat.S_IMODE(path.lstat().st_mode) == 0o644 and path.is_file()
    assert _left_beside(target) == []


def test_an_empty_folder_is_filled(tmp_path: Path) -> None:
    target = tmp_path / "extracted"
    target.mkdir()
    extract_results(_report(), target)
    assert (target / "minutes.pdf").read_bytes() == MEMBERS["minutes.pdf"]


def test_a_link_planted_in_the_target_is_never_followed(tmp_path: Path) -> None:
    outside = _outside(tmp_path)
    target = tmp_path / "extracted"
    target.mkdir()
    (target / "minutes.pdf").symlink_to(outside)
    (target / "sheets").symlink_to(outside.parent, target_is_directory=True)
    with pytest.raises(FolderTargetError, match="is not empty") as refused:
        extract_results(_report(), target)
    assert "\n" not in str(refused.value)
    assert outside.read_bytes() == OUTSIDE
    assert sorted(p.name for p in outside.parent.iterdir()) == ["precious.txt"]
    assert sorted(p.name for p in target.iterdir()) == ["minutes.pdf", "sheets"]
    assert _left_beside(target) == []


@pytest.mark.parametrize("points_to", ["empty folder", "nothing"])
def test_a_target_that_is_a_link_is_refused(tmp_path: Path, points_to: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    if points_to == "empty folder":
        elsewhere.mkdir()
    target = tmp_path / "extracted"
    target.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(FolderTargetError, match="is a link"):
        extract_results(_report(), target)
    assert target.is_symlink()
    assert not elsewhere.exists() or list(elsewhere.iterdir()) == []


def test_a_file_in_place_of_the_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "extracted"
    target.write_bytes(OUTSIDE)
    with pytest.raises(FolderTargetError, match="is not a folder"):
        extract_results(_report(), target)
    assert target.read_bytes() == OUTSIDE
    assert _left_beside(target) == []


def test_a_target_in_no_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "extracted"
    with pytest.raises(FolderTargetError, match="there is no folder"):
        extract_results(_report(), target)
    assert not (tmp_path / "missing").exists()


def test_a_link_planted_while_the_files_are_written_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The target was fine when checked; a link takes its place before the folder moves in.
    outside = _outside(tmp_path)
    target = tmp_path / "extracted"
    real_write = new_folder._write_new_file

    def write_then_plant(staging: Path, parts: tuple[str, ...], data: bytes, mode: int) -> None:
        real_write(staging, parts, data, mode)
        if not target.is_symlink():
            target.symlink_to(outside.parent, target_is_directory=True)

    monkeypatch.setattr(new_folder, "_write_new_file", write_then_plant)
    with pytest.raises(FolderTargetError, match="Cannot write into"):
        extract_results(_report(), target)
    assert sorted(p.name for p in outside.parent.iterdir()) == ["precious.txt"]
    assert outside.read_bytes() == OUTSIDE
    assert _left_beside(target) == []


@pytest.mark.parametrize(
    "name", ["../escaped.pdf", "/tmp/absolute.pdf", "sheets/../../x.pdf", "a/b/c.pdf", "", "a//b"]
)
def test_names_that_are_not_plain_are_refused_before_anything_is_written(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / "extracted"
    with pytest.raises(FolderTargetError, match="not a plain file name"):
        write_new_folder(target, {"results.json": b"{}", name: b"x"})
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_only_a_verified_report_is_extracted(tmp_path: Path) -> None:
    report = ResultsReport(Path("x.jdresults"), ["minutes.pdf: refused"], dict(MEMBERS))
    with pytest.raises(UserError, match="only a results file that verified"):
        extract_results(report, tmp_path / "extracted")
    assert not (tmp_path / "extracted").exists()
