"""Plain copies for the system's player live in a folder private to the user, and go."""

from __future__ import annotations

import io
import os
import stat

import pytest

from wizard.errors import UserError
from wizard.export.plain_copy import PlainCopies

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_a_copy_is_private_and_removed(tmp_path):
    copies = PlainCopies(tmp_path / "data", root=tmp_path / "root")
    path = copies.write("visit.wav", io.BytesIO(b"sound" * 1000))
    assert path is not None and path.read_bytes() == b"sound" * 1000
    assert path.name == "visit.wav" and copies.folder in path.parents
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for folder in (copies.root, copies.folder, path.parent):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    copies.remove(path)
    assert not path.exists() and not path.parent.exists() and copies.copies == []


def test_a_cancelled_copy_leaves_nothing(tmp_path):
    copies = PlainCopies(tmp_path / "data", root=tmp_path / "root")
    assert copies.write("visit.wav", io.BytesIO(b"x" * 3_000_000), cancelled=lambda: True) is None
    assert not any(p.is_file() for p in copies.folder.rglob("*"))


def test_each_data_folder_has_its_own_copies_and_remove_all_takes_leftovers(tmp_path):
    root = tmp_path / "root"
    first, second = PlainCopies(tmp_path / "a", root=root), PlainCopies(tmp_path / "b", root=root)
    kept = second.write("b.wav", io.BytesIO(b"b"))
    first.write("a.wav", io.BytesIO(b"a"))
    leftover = first.folder / "old" / "x.wav"
    leftover.parent.mkdir()
    leftover.write_bytes(b"x")
    PlainCopies(tmp_path / "a", root=root).remove_all()  # a new start on folder a
    assert not first.folder.exists() and kept is not None and kept.exists()


@posix
def test_a_folder_that_is_not_private_is_refused(tmp_path):
    root = tmp_path / "root"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    with pytest.raises(UserError, match="not private to you"):
        PlainCopies(tmp_path / "data", root=root).write("visit.wav", io.BytesIO(b"x"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    with pytest.raises(UserError, match="not private to you"):
        PlainCopies(tmp_path / "data", root=link).write("visit.wav", io.BytesIO(b"x"))
    assert list(elsewhere.iterdir()) == []
