"""The data folder's set-up: one key for one database, whatever starts or stops at once."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import time

import pytest

from wizard.errors import UserError
from wizard.store import CaseStore
from wizard.store import database as database_module
from wizard.store.database import DB_NAME, STAGED_NAME
from wizard.store.keys import KEYINFO_NAME

PASSPHRASE = "correct horse battery"


def cli_process(data_dir, *argv, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"SECOND_OPINION_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    env.update(env_extra or {})
    return subprocess.Popen(
        [sys.executable, "-m", "wizard", "--data-dir", str(data_dir), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def cli_run(data_dir, *argv):
    proc = cli_process(data_dir, *argv)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def case_names(data_dir):
    status, out, err = cli_run(data_dir, "--json", "case", "list")
    assert status == 0, err
    return sorted(c["name"] for c in json.loads(out))


def test_first_runs_at_once_end_with_one_key_that_opens_one_database(tmp_path):
    # The reproduction: `case new A & case new B` on a new folder failed 19 in 20.
    for round_ in range(3):
        folder = tmp_path / f"data{round_}"
        procs = [cli_process(folder, "case", "new", name) for name in ("A", "B", "C")]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        assert case_names(folder) == ["A", "B", "C"]
        assert not (folder / STAGED_NAME).exists()


def test_a_database_moved_away_never_gets_a_new_key(tmp_path, no_keyring):
    folder = tmp_path / "data"
    with CaseStore.open(folder, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    key_file = (folder / KEYINFO_NAME).read_bytes()
    (folder / DB_NAME).rename(tmp_path / "away.db")
    for create in (True, False):
        with pytest.raises(UserError, match="database .* is missing, but its key file"):
            CaseStore.open(folder, passphrase=PASSPHRASE, create=create)
    assert (folder / KEYINFO_NAME).read_bytes() == key_file
    assert not (folder / DB_NAME).exists()
    (tmp_path / "away.db").rename(folder / DB_NAME)
    with CaseStore.open(folder, passphrase=PASSPHRASE) as store:
        assert [name for _, name in store.list_cases()] == ["A"]


def test_a_database_without_its_key_file_is_never_given_a_new_key(data_dir, memory_keyring):
    CaseStore.open(data_dir).close()
    database = (data_dir / DB_NAME).read_bytes()
    (data_dir / KEYINFO_NAME).unlink()
    with pytest.raises(UserError, match="key file .* is missing"):
        CaseStore.open(data_dir)
    assert not (data_dir / KEYINFO_NAME).exists()
    assert (data_dir / DB_NAME).read_bytes() == database


def test_a_half_built_database_without_key_file_is_set_up_anew(data_dir, no_keyring):
    data_dir.mkdir()
    (data_dir / STAGED_NAME).write_bytes(b"half a database")
    (data_dir / (STAGED_NAME + "-wal")).write_bytes(b"x")
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.startswith(".")) == [
        DB_NAME,
        KEYINFO_NAME,
    ]


def test_a_built_database_and_its_key_file_are_finished_on_the_next_start(data_dir, no_keyring):
    # As if killed between writing the key file and the rename.
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("Kept")
    (data_dir / DB_NAME).rename(data_dir / STAGED_NAME)
    with CaseStore.open(data_dir, passphrase=PASSPHRASE, create=False) as store:
        assert [name for _, name in store.list_cases()] == ["Kept"]
    assert not (data_dir / STAGED_NAME).exists()


def test_an_empty_database_from_an_interrupted_first_run_starts_cleanly(data_dir, no_keyring):
    # An earlier version left the key file and a 0-byte database when killed early.
    CaseStore.open(data_dir, passphrase=PASSPHRASE).close()
    key_file = (data_dir / KEYINFO_NAME).read_bytes()
    (data_dir / DB_NAME).write_bytes(b"")
    with pytest.raises(UserError, match="There is no data"):
        CaseStore.open(data_dir, passphrase=PASSPHRASE, create=False)
    with pytest.raises(UserError, match="passphrase is not right"):
        CaseStore.open(data_dir, passphrase="another passphrase")
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("A")
    assert (data_dir / KEYINFO_NAME).read_bytes() == key_file
    with CaseStore.open(data_dir, passphrase=PASSPHRASE, create=False) as store:
        assert [name for _, name in store.list_cases()] == ["A"]


def test_a_kill_during_the_first_run_never_breaks_the_folder(tmp_path):
    rng = random.Random(5)
    for round_ in range(5):
        folder = tmp_path / f"data{round_}"
        proc = cli_process(folder, "case", "new", "First")
        time.sleep(rng.uniform(0.3, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        status, _, err = cli_run(folder, "case", "new", "Second")
        assert status == 0, err
        assert "Second" in case_names(folder)


def test_a_full_disk_during_the_first_run_leaves_nothing(data_dir, no_keyring, monkeypatch):
    real_connect = database_module._connect

    def full(path, key):
        import sqlcipher3

        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(database_module, "_connect", full)
    with pytest.raises(UserError, match="is full; free some disk space"):
        CaseStore.open(data_dir, passphrase=PASSPHRASE)
    assert not (data_dir / DB_NAME).exists()
    assert not (data_dir / STAGED_NAME).exists()
    assert not (data_dir / KEYINFO_NAME).exists()
    monkeypatch.setattr(database_module, "_connect", real_connect)
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        assert store.list_cases() == []


def test_the_data_folder_and_its_files_are_private(data_dir, no_keyring):
    from wizard.store.preferences import Preferences

    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        store.create_case("A")
        names = {p.name for p in data_dir.iterdir()}
        assert {DB_NAME + "-wal", DB_NAME + "-shm"} <= names
        Preferences(data_dir).language = "de"
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for path in data_dir.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_writers_wait_for_each_other(data_dir, no_keyring, tmp_path):
    """Two processes ticking at once: no tick fails with "database is locked"."""
    with CaseStore.open(data_dir, passphrase=PASSPHRASE) as store:
        case = store.create_case("A")
    script = tmp_path / "ticker.py"
    script.write_text(
        "import sys\n"
        "from wizard.store import CaseStore\n"
        "from wizard.plan.steps import step_by_key\n"
        f"store = CaseStore.open(sys.argv[1], passphrase={PASSPHRASE!r}, create=False)\n"
        "items = [item.key for item in step_by_key('records').how]\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "for i in range(300):\n"
        f"    store.set_tick({case.id}, 'records', items[i % len(items)], i % 2 == 0)\n"
        "    store.rename(" + str(case.id) + ", 'Name ' + sys.argv[2] + str(i))\n"
        "print('done', flush=True)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(data_dir), tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "done"


def test_a_write_held_too_long_by_another_is_a_busy_sentence(data_dir, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    with CaseStore.open(data_dir) as store, CaseStore.open(data_dir) as other:
        case = store.create_case("A")
        other.db.conn.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(UserError, match="another window or command is saving"):
                store.set_tick(case.id, "need", "need.serious", True)
        finally:
            other.db.conn.execute("ROLLBACK")
        store.set_tick(case.id, "need", "need.serious", True)
        assert store.load(case.id).ticks == {"need": {"need.serious"}}
