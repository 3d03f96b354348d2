"""The workspace's lock: held while open, refused to a second taker, explained when impossible."""

from __future__ import annotations

from pathlib import Path

import pytest

from jury_desk.store.errors import StoreError, WorkspaceBusyError
from jury_desk.store.lock import WorkspaceLock


def test_the_lock_says_who_holds_it_and_lets_go(tmp_path: Path) -> None:
    database = tmp_path / "workspace.db"
    with WorkspaceLock(database):
        assert (tmp_path / "workspace.db.pid").read_text(encoding="ascii").strip().isdigit()
        with pytest.raises(WorkspaceBusyError, match="already open in another jury-desk"):
            WorkspaceLock(database).acquire()
    assert not (tmp_path / "workspace.db.pid").exists()
    with WorkspaceLock(database):
        pass


def test_a_link_in_place_of_the_lock_file_is_one_clear_refusal(tmp_path: Path) -> None:
    database = tmp_path / "workspace.db"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("untouched", encoding="utf-8")
    (tmp_path / "workspace.db.lock").symlink_to(elsewhere)
    with pytest.raises(StoreError, match=r"Cannot lock the workspace .*workspace\.db"):
        WorkspaceLock(database).acquire()
    assert elsewhere.read_text(encoding="utf-8") == "untouched"
    assert not (tmp_path / "workspace.db.pid").exists()
