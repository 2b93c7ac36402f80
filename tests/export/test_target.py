"""An export never lands in the data folder, and never replaces anything but a regular file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wizard.cli import run
from wizard.errors import UserError
from wizard.export.target import check_export_target


@pytest.fixture
def cli(data_dir, capsys):
    """Run a command in this process; returns (exit status, stdout, stderr)."""

    def call(*argv: object) -> tuple[int, str, str]:
        status = run(["--data-dir", str(data_dir), *map(str, argv)])
        out, err = capsys.readouterr()
        return status, out, err

    assert call("case", "new", "A")[0] == 0
    return call


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """What a folder holds: file bytes, and the kind of everything that is not a file."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[str(path)] = "link to " + os.readlink(path)
        elif stat.S_ISREG(mode):
            found[str(path)] = path.read_bytes()
        else:
            found[str(path)] = stat.filemode(mode)
    return found


def _refused(err: str, words: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("second-opinion: "), err
    assert words in err, err
    assert "Traceback" not in err


INSIDE = "is inside the program's data folder"


@pytest.mark.parametrize(
    "flag, target, words",
    [
        ("--pdf", "{data}/cases.db", INSIDE),
        ("--json", "{data}/keyinfo.json", INSIDE),
        ("--json", "{data}/cases.db", INSIDE),
        ("--pdf", "{data}/exports/checklist.pdf", INSIDE),
        ("--pdf", "{data}/exports/../cases.db", INSIDE),
        ("--pdf", "{data}/exports/../../data/keyinfo.json", INSIDE),
        ("--pdf", "{tmp}/data-link/cases.db", INSIDE),
        ("--pdf", "{tmp}/data-link/new.pdf", INSIDE),
        ("--pdf", "{tmp}/link-to-db.pdf", "is a symbolic link"),
        ("--json", "{tmp}/link-to-mine.json", "is a symbolic link"),
        ("--pdf", "{tmp}/dangling.pdf", "is a symbolic link"),
        ("--pdf", "{tmp}/pipe", "device, pipe or socket"),
        ("--json", "{tmp}/folder", "is a folder"),
    ],
)
def test_export_refuses_a_target_it_would_destroy(cli, tmp_path, data_dir, flag, target, words):
    (data_dir / "exports").mkdir()
    (tmp_path / "data-link").symlink_to(data_dir, target_is_directory=True)
    (tmp_path / "link-to-db.pdf").symlink_to(data_dir / "cases.db")
    (tmp_path / "mine.json").write_text("my own notes")
    (tmp_path / "link-to-mine.json").symlink_to(tmp_path / "mine.json")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "keep.txt").write_text("old")
    before = _snapshot(tmp_path)
    assert any(name.endswith("cases.db") for name in before)

    status, out, err = cli("export", "A", flag, target.format(data=data_dir, tmp=tmp_path))

    assert status == 1 and out == ""
    _refused(err, words)
    assert _snapshot(tmp_path) == before  # no byte changed, nothing added, no .part left


def test_export_refuses_a_device_and_leaves_it_a_device(cli, monkeypatch):
    # Should the check ever break, fail here instead of replacing the machine's /dev/null
    # (as root, a rename over it succeeds).
    real_replace = os.replace

    def guarded_replace(src, dst, *args, **kwargs):
        assert os.path.realpath(dst) != "/dev/null", "the export went over /dev/null"
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", guarded_replace)
    status, _, err = cli("export", "A", "--pdf", "/dev/null")
    assert status == 1
    _refused(err, "device, pipe or socket")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_export_refuses_through_a_data_folder_given_as_a_link(tmp_path, capsys):
    real = tmp_path / "real-data"
    real.mkdir()
    link = tmp_path / "data-link"
    link.symlink_to(real, target_is_directory=True)
    assert run(["--data-dir", str(link), "case", "new", "A"]) == 0
    db = (real / "cases.db").read_bytes()
    capsys.readouterr()
    assert run(["--data-dir", str(link), "export", "A", "--pdf", str(real / "cases.db")]) == 1
    _refused(capsys.readouterr().err, INSIDE)
    assert (real / "cases.db").read_bytes() == db


def test_ordinary_exports_still_work(cli, tmp_path, data_dir, monkeypatch):
    beside = tmp_path / "data-exports"  # shares the data folder's name as a prefix only
    beside.mkdir()
    assert cli("export", "A", "--pdf", beside / "checklist.pdf")[0] == 0
    assert (beside / "checklist.pdf").read_bytes().startswith(b"%PDF")
    # Replacing an earlier export (a regular file) is fine.
    status, out, err = cli("export", "A", "--json", beside / "checklist.pdf")
    assert status == 0, err
    assert (beside / "checklist.pdf").read_bytes().startswith(b"{")
    monkeypatch.chdir(beside)
    status, out, _ = cli("export", "A", "--json", "case.json")
    assert status == 0 and out.strip() == "Written: case.json"
    assert (beside / "case.json").is_file()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]


def test_check_returns_the_resolved_target(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "via").symlink_to(tmp_path / "out", target_is_directory=True)
    data = tmp_path / "data"
    assert check_export_target(tmp_path / "via" / "x.pdf", data) == (tmp_path / "out" / "x.pdf")
    assert check_export_target(Path("/nonexistent-folder/x.pdf"), data) == Path(
        "/nonexistent-folder/x.pdf"
    )  # a missing folder is for the write to report, in its own words


def test_check_refuses_the_data_folder_itself(tmp_path):
    data = tmp_path / "data"
    with pytest.raises(UserError, match="is inside the program's data folder"):
        check_export_target(data, data)  # not there yet, and still refused
    data.mkdir()
    with pytest.raises(UserError, match="is a folder"):
        check_export_target(data, data)
