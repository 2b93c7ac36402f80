"""Automatic backups: encrypted, once a day, before a migration, seven kept, restorable, and
the vault keeps what they need; a damaged database names the backup that restores it."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import stat
from pathlib import Path

import pytest

from wizard.errors import UserError
from wizard.plan.documents import PDF
from wizard.store import CaseStore
from wizard.store.backups import KEEP, backup_dir, daily_backup, list_backups, needed_objects
from wizard.store.case_files import NewFile
from wizard.store.database import DB_NAME
from wizard.store.restore import restore_backup

NAME = "Quentin Backupplanted"
CONTENT = b"A report only this test knows: BACKUP-FILE-CONTENT-7731.\n" * 50
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"
DAY = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def backup_now(store: CaseStore, now: dt.datetime) -> None:
    assert daily_backup(store.db.conn, store._key, store.data_dir, now) is not None


def all_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_a_backup_is_encrypted_and_private(store, data_dir):
    case = store.create_case(NAME)
    store.files.put(case.id, io.BytesIO(CONTENT), NewFile("report.pdf", PDF))
    backup_now(store, DAY)
    [made] = list_backups(data_dir)
    assert made.cases == 1 and made.schema == "m005_case_states" and made.good
    assert len(made.objects) == 1
    for path in all_files(backup_dir(data_dir)):
        data = path.read_bytes()
        for planted in (NAME.encode(), NAME.encode("utf-16-le"), b"BACKUP-FILE-CONTENT"):
            assert planted not in data, path.name
        assert not data.startswith(b"SQLite format 3")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir(data_dir).stat().st_mode) == 0o700
    assert {p.suffix for p in all_files(backup_dir(data_dir))} == {".db", ".json"}


def test_at_most_one_a_day_and_seven_kept(store, data_dir):
    assert daily_backup(store.db.conn, store._key, data_dir, DAY) is not None
    assert daily_backup(store.db.conn, store._key, data_dir, DAY + dt.timedelta(hours=1)) is None
    for day in range(1, 10):
        store.create_case(f"Case {day}")
        backup_now(store, DAY + dt.timedelta(days=day))
    kept = list_backups(data_dir)
    assert len(kept) == KEEP
    assert [b.made.date() for b in kept] == [
        (DAY + dt.timedelta(days=day)).date() for day in range(9, 2, -1)
    ]
    assert [b.cases for b in kept] == list(range(9, 2, -1))
    assert len(all_files(backup_dir(data_dir))) == 2 * KEEP


def test_a_backup_is_made_before_a_migration(tmp_path, monkeypatch):
    folder = tmp_path / "m004"
    shutil.copytree(FIXTURES / "m004", folder)
    before = (folder / DB_NAME).read_bytes()
    monkeypatch.setenv("SECOND_OPINION_PASSPHRASE", "fixture-passphrase")
    with CaseStore.open(folder, create=False) as store:
        names = [listing.name for listing in store.listings()]
        assert "Ada Fixture" in names
    [made] = list_backups(folder)
    assert made.reason == "migration" and made.schema == "m004_files"
    assert len(made.objects) == 2
    assert made.path.read_bytes() != before  # its own copy, re-encrypted page by page
    # It is the old schema: restoring it brings the old rows back, upgraded again.
    with CaseStore.open(folder, create=False) as store:
        store.create_case("After the update")
        key = store._key
    restore_backup(folder, key, 1)
    with CaseStore.open(folder, create=False) as store:
        names = [listing.name for listing in store.listings()]
        assert "Ada Fixture" in names and "After the update" not in names
    # Backups: the one made before the restore, then the one made before upgrading it again.
    assert [b.reason for b in list_backups(folder)] == ["migration", "before-restore", "migration"]


def test_no_backup_when_nothing_is_pending(data_dir):
    CaseStore.open(data_dir).close()
    CaseStore.open(data_dir).close()
    assert list_backups(data_dir) == []


def test_restore_brings_back_the_old_data_and_keeps_the_current(store, data_dir):
    store.create_case("Old case")
    backup_now(store, DAY)
    store.create_case("New case")
    key = store._key
    store.close()
    chosen, kept = restore_backup(data_dir, key, 1, DAY + dt.timedelta(hours=1))
    assert chosen.cases == 1 and kept.cases == 2
    assert not (data_dir / (DB_NAME + "-wal")).exists()
    with CaseStore.open(data_dir) as again:
        assert [c.name for c in again.listings()] == ["Old case"]
    # And back again: the replaced data is backup 1 now.
    restore_backup(data_dir, key, 1, DAY + dt.timedelta(hours=2))
    with CaseStore.open(data_dir) as again:
        assert sorted(c.name for c in again.listings()) == ["New case", "Old case"]


def folder_state(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in all_files(data_dir)}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store, data_dir):
    store.create_case("Kept")
    backup_now(store, DAY)
    key = store._key
    store.close()
    [made] = list_backups(data_dir)
    data = bytearray(made.path.read_bytes())
    data[5000] ^= 0x01  # one flipped bit in an encrypted page
    made.path.write_bytes(bytes(data))
    before = folder_state(data_dir)
    with pytest.raises(UserError) as caught:
        restore_backup(data_dir, key, 1)
    assert caught.value.render() == (
        "Backup 1 is damaged or cannot be opened with this folder's key; choose another one "
        "from: backup --list (nothing was changed)."
    )
    assert folder_state(data_dir) == before


def test_restore_refuses_when_a_needed_file_is_gone(store, data_dir):
    case = store.create_case("With a file")
    store.files.put(case.id, io.BytesIO(CONTENT), NewFile("report.pdf", PDF))
    backup_now(store, DAY)
    [name] = list_backups(data_dir)[0].objects
    os.remove(store.files.objects.path_of(name))
    key = store._key
    store.close()
    before = folder_state(data_dir)
    with pytest.raises(UserError) as caught:
        restore_backup(data_dir, key, 1)
    assert "needs stored files that are no longer in the data folder (1)" in caught.value.render()
    assert folder_state(data_dir) == before
    with pytest.raises(UserError, match="There is no backup number 2"):
        restore_backup(data_dir, key, 2)


def test_the_vault_keeps_what_a_backup_needs(store, data_dir):
    case = store.create_case("With a file")
    file, _ = store.files.put(case.id, io.BytesIO(CONTENT), NewFile("report.pdf", PDF))
    backup_now(store, DAY)
    [name] = list_backups(data_dir)[0].objects
    store.files.delete(case.id, [file.id])  # no record points to it any more
    assert store.files.clean() == 0
    assert name in needed_objects(data_dir) and store.files.objects.path_of(name).is_file()
    key = store._key
    store.close()
    restore_backup(data_dir, key, 1)
    with CaseStore.open(data_dir) as again:
        [back] = again.files.list(case.id)
        with again.files.open(case.id, back.id) as stream:
            assert stream.read() == CONTENT
        # Once no backup needs it, cleaning removes it.
        for backup in list_backups(data_dir):
            backup.path.with_suffix(".json").unlink()
        again.files.delete(case.id, [back.id])
        assert not again.files.objects.path_of(name).is_file()


def test_a_damaged_database_names_the_newest_good_backup(store, data_dir):
    store.create_case("Kept")
    backup_now(store, DAY)
    store.close()
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[100] ^= 0x01  # the first page: it no longer decrypts
    db.write_bytes(bytes(data))
    with pytest.raises(UserError) as caught:
        CaseStore.open(data_dir)
    text = caught.value.render()
    assert text.startswith(f"The data in {db} is damaged; restore the newest good backup, from ")
    assert "this command: second-opinion restore --from-backup 1 (" in text
    assert db.read_bytes() == bytes(data)  # never replaced by itself


def test_a_restore_that_cannot_write_changes_nothing(store, data_dir, monkeypatch):
    store.create_case("Kept")
    backup_now(store, DAY)
    key = store._key
    store.close()
    before = (data_dir / DB_NAME).read_bytes()

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("wizard.store.restore.shutil.copyfileobj", full)
    with pytest.raises(UserError) as caught:
        restore_backup(data_dir, key, 1)
    assert caught.value.render() == (
        "Backup 1 could not be restored (No space left on device); free some disk space, then "
        "try again (your data was not changed)."
    )
    assert (data_dir / DB_NAME).read_bytes() == before
    assert not (data_dir / "cases.db.restore").exists()
