"""``check`` says how the automatic backups stand, and a writing command says when the
day's backup could not be made (it goes on all the same)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os

import wizard.store.backups
from wizard.store import CaseStore
from wizard.store.backups import list_backups
from wizard.store.restore import shown_time


def test_check_names_the_backups_and_the_newest_date(cli, data_dir):
    assert cli("case", "new", "A")[0] == 0  # a writing command: the day's backup
    status, out, _ = cli("check")
    assert status == 0
    [newest] = list_backups(data_dir)
    healthy, backups = out.strip().splitlines()
    assert healthy == "The data folder is healthy. Cases: 1."
    assert backups == f"Backups: 1, the newest from {shown_time(newest.made)}."


def test_check_warns_when_the_newest_backup_is_old_or_there_is_none(cli, data_dir):
    with CaseStore.open(data_dir) as store:
        store.create_case("A")
    status, out, _ = cli("check", "--json")
    assert status == 0
    assert json.loads(out)["backups"] == {"count": 0, "newest": None, "stale": True}
    status, out, _ = cli("check")
    assert "There are no backups yet; open the wizard to make one" in out

    with CaseStore.open(data_dir) as store:
        store.daily_backup(dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    status, out, _ = cli("check")
    assert status == 0
    assert "the newest from " in out and "over 2 days old" in out
    assert "check the free disk space" in out


def test_a_days_backup_that_fails_is_said_and_the_command_goes_on(cli, data_dir, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(wizard.store.backups, "_fsync", full)
    status, out, err = cli("case", "new", "A")
    assert status == 0
    assert err == (
        "second-opinion: Today's automatic backup could not be made (No space left on device); "
        "your data is safe, but free some disk space so that backups can be made again.\n"
    )
    assert list_backups(data_dir) == []
    assert not list((data_dir / "backups").glob("*.part"))  # nothing half-written
    monkeypatch.undo()
    assert "There are no backups yet" in cli("check")[1]
