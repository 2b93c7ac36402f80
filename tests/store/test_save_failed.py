"""SQLite's own refusals to write (a full disk, a read-only database) reach the window as
SaveFailed, a change that can be tried again; nothing half-written stays."""

from __future__ import annotations

import pytest

from wizard.errors import SaveFailed
from wizard.store import CaseStore
from wizard.store.database import describe_error


def test_a_full_database_refuses_a_change_as_save_failed(store):
    case = store.create_case("A")
    store.set_field(case.id, "appointment", "notes", "first")
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite: no room to grow
    with pytest.raises(SaveFailed, match="the disk is full"):
        store.set_field(case.id, "appointment", "notes", "x" * 9000)
    assert store.load(case.id).value("appointment", "notes") == "first"
    assert store.check() == []
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")
    store.set_field(case.id, "appointment", "notes", "x" * 9000)  # room again: saved
    assert store.load(case.id).value("appointment", "notes") == "x" * 9000


def test_a_read_only_database_refuses_a_change_as_save_failed(store):
    case = store.create_case("A")
    store.db.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(SaveFailed, match="cannot be written"):
        store.set_tick(case.id, "need", "need.serious", True)
    store.db.conn.execute("PRAGMA query_only = OFF")


def test_damage_found_while_saving_is_not_something_to_try_again(tmp_path):
    error = describe_error(
        Exception("database disk image is malformed"), tmp_path / "cases.db", writing=True
    )
    assert not isinstance(error, SaveFailed)
    assert "damaged" in error.render()


def test_the_days_backup_refuses_damaged_data_so_good_backups_stay(store, data_dir):
    from wizard.store.backups import list_backups
    from wizard.store.database import DB_NAME, DatabaseDamaged

    for n in range(20):
        case = store.create_case(f"Patient {n}")
        store.set_field(case.id, "appointment", "notes", "words " * 500)
    store.close()
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 * 5 + 300] ^= 0x01
    db.write_bytes(bytes(data))
    with CaseStore.open(data_dir) as damaged:
        problem = damaged.daily_backup()
    assert isinstance(problem, DatabaseDamaged)
    assert problem.render().startswith(f"The data in {db} is damaged")
    assert list_backups(data_dir) == []
