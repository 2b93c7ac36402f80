"""Bad input and a hostile disk: each gets the right sentence, never a hang or a traceback."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from wizard.cli import run
from wizard.errors import UserError
from wizard.store import CaseStore
from wizard.store.database import DB_NAME, describe_error
from wizard.store.keys import KEYINFO_NAME

PASSPHRASE = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pass_folder(data_dir, no_keyring):
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    return data_dir


def edit_keyinfo(folder, change):
    path = folder / KEYINFO_NAME
    raw = json.loads(path.read_text())
    change(raw)
    raw.pop("check", None)
    path.write_text(json.dumps(raw))


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw["kdf"].update(p=200),
        lambda raw: raw["kdf"].update(n=2**40),
        lambda raw: raw["kdf"].update(n=3000),
        lambda raw: raw["kdf"].update(r=10**6),
        lambda raw: raw["kdf"].update(n="lots"),
        lambda raw: raw.update(nonce=""),
        lambda raw: raw.update(salt=""),
        lambda raw: raw.update(wrapped="not base64!"),
        lambda raw: raw.update(method="magic"),
    ],
    ids=["p200", "n2^40", "n-not-power", "r-huge", "n-text", "empty-nonce", "no-salt", "b64", "m"],
)
def test_a_hostile_key_file_is_damaged_not_a_hang(pass_folder, change):
    edit_keyinfo(pass_folder, change)
    with pytest.raises(UserError, match="key file .* is damaged"):
        CaseStore.open(pass_folder, passphrase=PASSPHRASE)


def test_a_damaged_key_file_is_not_called_a_wrong_passphrase(pass_folder):
    path = pass_folder / KEYINFO_NAME
    raw = json.loads(path.read_text())
    wrapped = bytearray(base64.b64decode(raw["wrapped"]))
    wrapped[3] ^= 0x01
    raw["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(raw))  # the checksum no longer fits
    with pytest.raises(UserError, match="key file .* is damaged"):
        CaseStore.open(pass_folder, passphrase=PASSPHRASE)


def test_a_wrong_passphrase_is_called_so(pass_folder):
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(pass_folder, passphrase="wrong horse battery")
    # A key file of version 1 (no checksum) still opens, and still tells a wrong passphrase.
    edit_keyinfo(pass_folder, lambda raw: raw.update(version=1))
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(pass_folder, passphrase="wrong horse battery")
    with CaseStore.open(pass_folder, passphrase=PASSPHRASE) as store:
        assert len(store.list_cases()) == 1


def test_a_key_file_that_is_not_a_file_is_damaged(pass_folder):
    (pass_folder / KEYINFO_NAME).unlink()
    (pass_folder / KEYINFO_NAME).mkdir()
    with pytest.raises(UserError, match="key file .* is damaged"):
        CaseStore.open(pass_folder, passphrase=PASSPHRASE)


def test_a_huge_key_file_is_not_read_whole(pass_folder):
    (pass_folder / KEYINFO_NAME).write_bytes(b"{" + b" " * (10 * 1024 * 1024) + b"}")
    with pytest.raises(UserError, match="key file .* is damaged"):
        CaseStore.open(pass_folder, passphrase=PASSPHRASE)


@pytest.mark.parametrize("passphrase", ["          ", "\t \u3000  \n   "])
def test_a_passphrase_of_only_spaces_is_refused(data_dir, no_keyring, passphrase):
    with pytest.raises(UserError, match="only spaces"):
        CaseStore.open(data_dir, passphrase=passphrase)
    assert not (data_dir / DB_NAME).exists()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", "busy in another window"),
        ("database or disk is full", "is full; free some disk space"),
        ("attempt to write a readonly database", "cannot be used"),
        ("unable to open database file", "cannot be used"),
        ("disk I/O error", "could not read or write"),
        ("database disk image is malformed", "is damaged; restore a backup"),
        ("file is not a database", "key does not match or the file is damaged"),
    ],
)
def test_each_database_error_gets_its_own_sentence(tmp_path, message, expected):
    error = describe_error(sqlcipher3.OperationalError(message), tmp_path / DB_NAME)
    assert expected in error.render()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", "another window or command is saving"),
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "cannot be written"),
        ("disk I/O error", "the disk reported an error"),
    ],
)
def test_each_failed_save_gets_its_own_sentence(tmp_path, message, expected):
    error = describe_error(sqlcipher3.OperationalError(message), tmp_path / DB_NAME, writing=True)
    assert error.render().startswith("Your last change could not be saved because")
    assert expected in error.render()
    assert "free some disk space" not in error.render() or "full" in message


def test_check_reports_a_damaged_page_in_one_sentence(data_dir, no_keyring, monkeypatch, capsys):
    monkeypatch.setenv("SECOND_OPINION_PASSPHRASE", PASSPHRASE)
    with CaseStore.open(data_dir) as store:
        for number in range(300):
            store.create_case(f"Patient {number} " + "x" * 100)
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    assert len(data) > 25 * 4096
    page = len(data) // 4096 - 3  # among the last pages: the cases' own rows
    data[page * 4096 + 100 : page * 4096 + 140] = b"\x13" * 40
    db.write_bytes(bytes(data))
    for argv, said in (
        (["check"], "has problems (database disk image is malformed)"),
        (["case", "list"], "is damaged"),
    ):
        assert run(["--data-dir", str(data_dir), *argv]) == 1
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1
        assert said in err and "restore a backup" in err


def _unprivileged_run(folder: Path, *argv: str) -> subprocess.CompletedProcess:
    """The CLI without root's power to ignore file modes (as root: setpriv drops it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"SECOND_OPINION_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux)")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "wizard", "--data-dir", str(folder), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_read_only_folder_is_said_as_such(data_dir, no_keyring):
    folder = data_dir
    with CaseStore.open(folder, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    folder.chmod(0o500)
    try:
        before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        result = _unprivileged_run(folder, "case", "new", "B")
        assert result.returncode == 1, result.stderr
        assert "(Permission denied)" in result.stderr and "data folder" in result.stderr
        assert "damaged" not in result.stderr and "passphrase" not in result.stderr
        assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    finally:
        folder.chmod(0o700)


def test_an_unreadable_database_or_key_file_is_said_as_such(data_dir, no_keyring):
    folder = data_dir
    with CaseStore.open(folder, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    (folder / DB_NAME).chmod(0o000)
    result = _unprivileged_run(folder, "case", "list")
    assert result.returncode == 1
    assert "Permission denied" in result.stderr and "damaged" not in result.stderr
    (folder / KEYINFO_NAME).chmod(0o000)
    result = _unprivileged_run(folder, "case", "list")
    assert result.returncode == 1
    assert "key file" in result.stderr and "cannot be read (Permission denied)" in result.stderr


def test_an_io_error_on_a_full_disk_is_called_a_full_disk(tmp_path, monkeypatch):
    import collections

    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 4096, 4096))
    error = describe_error(sqlcipher3.OperationalError("disk I/O error"), tmp_path / DB_NAME)
    assert "is full; free some disk space" in error.render()
    saving = describe_error(
        sqlcipher3.OperationalError("disk I/O error"), tmp_path / DB_NAME, writing=True
    )
    assert "because the disk is full" in saving.render()
