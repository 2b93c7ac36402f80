"""backup --list and restore --from-backup N on the command line."""

from __future__ import annotations

import json

import pytest

from wizard.store import CaseStore
from wizard.store.backups import list_backups
from wizard.store.database import DB_NAME
from wizard.store.folder import WINDOW, take_writer_lock


@pytest.fixture
def two_days(cli, data_dir):
    """Backups of two days: one with case Anna, the newest with Anna and Ben."""
    import datetime as dt

    assert cli("case", "new", "Anna")[0] == 0  # the day's backup: made before Anna
    with CaseStore.open(data_dir) as store:
        for name in list_backups(data_dir):
            name.path.unlink()
            name.path.with_suffix(".json").unlink()
        yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        store.daily_backup(yesterday)  # Anna
        store.create_case("Ben")
        store.daily_backup()  # Anna and Ben


def test_a_writing_command_makes_the_days_backup_once(cli, data_dir):
    assert cli("case", "new", "Anna")[0] == 0
    assert cli("case", "new", "Ben")[0] == 0
    assert cli("case", "list")[0] == 0
    [made] = list_backups(data_dir)
    assert made.reason == "daily" and made.cases == 0  # made at the start of the first


def test_backup_list(cli, two_days):
    status, out, err = cli("backup", "--list", "--json")
    assert status == 0, err
    listed = json.loads(out)["backups"]
    assert [b["number"] for b in listed] == [1, 2]
    assert [b["cases"] for b in listed] == [2, 1]
    assert all(b["size"] > 0 and b["good"] for b in listed)
    status, out, _ = cli("backup", "--list")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert lines[0].startswith(" 1.  ") and lines[0].endswith("KB  cases: 2")


def test_backup_list_without_backups_and_usage(cli, data_dir):
    status, _, err = cli("backup", "--list")
    assert status == 1 and "There is no data in" in err
    data_dir.mkdir()
    status, out, _ = cli("backup", "--list")
    assert status == 0 and out.strip() == "There are no backups of this data folder yet."
    status, _, err = cli("backup")
    assert status == 2 and err.count("\n") == 1 and "--list" in err
    status, _, err = cli("restore")
    assert status == 2 and "--from-backup" in err


def test_restore_and_undo(cli, two_days, data_dir):
    status, out, err = cli("restore", "--from-backup", "2")
    assert status == 0, err
    assert "is restored (cases: 1)" in out
    assert out.strip().endswith("to go back to it: restore --from-backup 1")
    assert json.loads(cli("case", "list", "--json")[1])[0]["name"] == "Anna"
    assert len(json.loads(cli("case", "list", "--json")[1])) == 1
    status, out, err = cli("restore", "--from-backup", "1", "--json")
    assert status == 0, err
    assert json.loads(out)["restored"]["cases"] == 2
    assert len(json.loads(cli("case", "list", "--json")[1])) == 2


def test_restore_refuses_while_a_window_is_open(cli, two_days, data_dir):
    before = (data_dir / DB_NAME).read_bytes()
    with take_writer_lock(data_dir, holder=WINDOW):
        status, out, err = cli("restore", "--from-backup", "2")
    assert status == 1 and out == ""
    assert "is open in another window of Second Opinion Planner" in err
    assert err.count("\n") == 1
    assert (data_dir / DB_NAME).read_bytes() == before
    assert len(list_backups(data_dir)) == 2


def test_restore_of_a_number_not_listed(cli, two_days):
    status, _, err = cli("restore", "--from-backup", "7")
    assert status == 1
    assert err.strip() == (
        "second-opinion: There is no backup number 7; see the list with: backup --list."
    )


def test_a_damaged_database_is_reported_with_the_backup_to_restore(cli, two_days, data_dir):
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[200] ^= 0x01
    db.write_bytes(bytes(data))
    for command in (("check",), ("case", "list")):
        status, out, err = cli(*command)
        assert status == 1 and out == ""
        assert "is damaged; restore the newest good backup, from " in err
        assert "second-opinion restore --from-backup 1 (" in err
    assert db.read_bytes() == bytes(data)
    # Restoring keeps the damaged file as a backup too.
    status, out, err = cli("restore", "--from-backup", "1")
    assert status == 0, err
    assert cli("check")[0] == 0
    kept = list_backups(data_dir)[0]
    assert kept.cases is None and not kept.good and kept.path.read_bytes() == bytes(data)
    status, out, _ = cli("backup", "--list")
    assert "damaged data, kept as it was" in out.splitlines()[0]


def test_check_names_the_backup_when_a_page_inside_is_damaged(cli, two_days, data_dir):
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 * 5 + 300] ^= 0x01  # a page inside: the database opens, the check fails
    db.write_bytes(bytes(data))
    status, out, err = cli("check")
    assert status == 1 and out == ""
    assert err.startswith("second-opinion: The data folder has problems (")
    assert "restore the newest good backup, from " in err
    assert err.strip().endswith("with this command: second-opinion restore --from-backup 1.")
    assert db.read_bytes() == bytes(data)
