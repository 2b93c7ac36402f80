"""The data folder is private to its user, whatever the umask; `check` says when it is not,
and how to make it private again."""

from __future__ import annotations

import io
import os
import stat
import subprocess

import pytest

from wizard.plan.documents import PDF
from wizard.store import CaseStore
from wizard.store.case_files import NewFile
from wizard.store.folder import exposed_paths, take_writer_lock
from wizard.store.keys import KEYINFO_NAME
from wizard.store.preferences import Preferences

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.fixture
def open_umask():
    """A umask that takes nothing away: every mode must be asked for explicitly."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def fill(data_dir) -> None:
    with CaseStore.open(data_dir) as store, take_writer_lock(data_dir):
        case = store.create_case("A")
        store.set_field(case.id, "need", "condition", "Something")
        store.files.put(case.id, io.BytesIO(b"a file"), NewFile("a.pdf", PDF))
        with store.sibling() as other:
            other.set_field(case.id, "need", "treatment", "Else")
        Preferences(data_dir).language = "de"
        store.delete(store.create_case("B").id)


def test_everything_in_the_data_folder_is_made_private(data_dir, open_umask):
    fill(data_dir)
    modes = {
        str(path.relative_to(data_dir)): stat.S_IMODE(path.stat().st_mode)
        for path in data_dir.rglob("*")
    }
    assert {"vault", "vault/objects", "cases.db", KEYINFO_NAME, "preferences.json"} <= set(modes)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name, mode in modes.items():
        assert mode == (0o700 if (data_dir / name).is_dir() else 0o600), name
    assert exposed_paths(data_dir) == []


@pytest.mark.parametrize(
    ("target", "mode"),
    [("", 0o755), ("vault", 0o750), (KEYINFO_NAME, 0o644), ("cases.db", 0o604)],
)
def test_check_says_how_to_make_a_readable_folder_private(cli, data_dir, target, mode):
    fill(data_dir)
    path = data_dir / target if target else data_dir
    path.chmod(mode)
    status, out, err = cli("check")
    command = f"chmod -R go-rwx {data_dir}"
    assert status == 1 and out == ""
    assert err == (
        f"second-opinion: Other people who use this computer may be able to read {path}; make "
        f"your data folder private with this command: {command}.\n"
    )
    # The command it gives does make the folder private.
    subprocess.run(command, shell=True, check=True)
    status, out, err = cli("check")
    assert status == 0, err
    assert "healthy" in out


def test_the_command_works_for_a_folder_with_a_space_in_its_name(cli, tmp_path, capsys):
    from wizard.cli import run

    folder = tmp_path / "my data"
    with CaseStore.open(folder) as store:
        store.create_case("A")
    (folder / "vault").mkdir(mode=0o777)
    capsys.readouterr()
    assert run(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert exposed_paths(folder) == [folder / "vault"] and str(folder / "vault") in err
    command = err.split("this command: ", 1)[1].removesuffix(".\n")
    assert command == f"chmod -R go-rwx '{folder}'"
    subprocess.run(command, shell=True, check=True)
    assert exposed_paths(folder) == []
    assert run(["--data-dir", str(folder), "check"]) == 0
