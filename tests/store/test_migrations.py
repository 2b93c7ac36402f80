"""Upgrading keeps every row: a data folder made by every earlier schema version, by that
version's own code (tests/fixtures/schemas/README.md), opened with today's code. And data
from a newer version of the program is refused and left exactly as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from wizard.errors import UserError
from wizard.store import CaseStore, keys
from wizard.store.database import DB_NAME, migrations

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"
PASSPHRASE = "fixture-passphrase"
FILE_CONTENT = b"Schema fixture file: a report of Ada Fixture.\n" * 40
SCAN_CONTENT = b"Schema fixture scan bytes.\n" * 25
# Each fixture: the migrations its version had applied.
VERSIONS = {
    "m001_first": ["m001_cases"],
    "m001": ["m001_cases"],
    "m002": ["m001_cases", "m002_fields"],
    "m003": ["m001_cases", "m002_fields", "m003_entries"],
    "m004": ["m001_cases", "m002_fields", "m003_entries", "m004_files"],
}


def copy_fixture(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(FIXTURES / name, folder)
    return folder


def key_of(folder: Path) -> bytes:
    info = keys.read_keyinfo(folder)
    assert info is not None
    return keys.unlock(info, PASSPHRASE)


def raw_connection(folder: Path, key: bytes) -> sqlcipher3.Connection:
    """The database as it is, without the store (so without any migration)."""
    conn = sqlcipher3.connect(str(folder / DB_NAME), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def dump(conn: sqlcipher3.Connection) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows (sorted), SQLite's own tables included."""
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    result = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        result[table] = (columns, sorted(rows, key=repr))
    return result


def projected(conn: sqlcipher3.Connection, table: str, columns: list[str]) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    return sorted(conn.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_upgrading_keeps_every_row(name, tmp_path):
    folder = copy_fixture(name, tmp_path)
    key = key_of(folder)
    conn = raw_connection(folder, key)
    before = dump(conn)
    applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations").fetchall()]
    conn.close()
    assert applied == VERSIONS[name]
    # The fixture holds rows in every table of its version.
    for table, (_, rows) in before.items():
        if table not in ("sqlite_sequence", "_sqlite_migrations"):
            assert rows, f"{name}: {table} is empty"

    with CaseStore.open(folder, passphrase=PASSPHRASE, create=False) as store:
        assert migrations.pending(store.db) == []
        assert store.check() == []
        for table, (columns, rows) in before.items():
            if table == "_sqlite_migrations":
                continue
            assert projected(store.db.conn, table, columns) == rows, f"{name}: {table}"
        recorded = [m.name for m in migrations.applied(store.db)]
        assert recorded[: len(applied)] == applied

        # What the user sees of it, through today's code.
        assert [case for _, case in store.list_cases()] == [
            "Ada Fixture",
            "Ben Fixture",
            "Cy Fixture",
        ]
        ada = store.load(store.find("Ada Fixture"))
        assert ada.language == "de"
        assert ada.current_page == "insurance"
        assert ada.own_word == {"need": "2026-01-02"}
        assert len(ada.ticks["need"]) == 2 and len(ada.ticks["insurance"]) == 2
        assert store.get_setting("last_case") == str(ada.id)
        if "m002_fields" in applied:
            assert ada.value("need", "condition") == "Fixture condition"
            assert ada.value("need", "first_doctor") == "Dr Fixture"
        if "m003_entries" in applied:
            calls = ada.entries_of("insurance", "calls")
            assert [e.values for e in calls] == [{"who": "Ms Fixture", "reference": "REF-42"}, {}]
        if "m004_files" in applied:
            files = {f.name: f for f in store.files.list(ada.id)}
            assert sorted(files) == ["IM1", "report.pdf"]
            for file_name, content in (("report.pdf", FILE_CONTENT), ("IM1", SCAN_CONTENT)):
                with store.files.open(ada.id, files[file_name].id) as reader:
                    assert reader.read() == content
            scan = files["IM1"].scan
            assert scan is not None and scan.patient_name == "FIXTURE^ADA"
            assert store.files.thumbnails(ada.id) == {"1.2.3.4": b"\x89PNG fixture thumbnail"}

        # And it takes every kind of change today's code makes.
        case = store.create_case("After the upgrade")
        store.set_field(case.id, "need", "condition", "New condition")
        store.add_entries(case.id, "insurance", "calls", ({"who": "Mr New"},))
        assert case.id > max(cid for cid, _ in store.list_cases() if cid != case.id)
        assert store.check() == []


def mark_as_newer(folder: Path, key: bytes) -> None:
    """What a newer program leaves: a schema change this one does not know, recorded."""
    conn = raw_connection(folder, key)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('second-opinion', 'm999_from_the_future', '2030-01-01 00:00:00+00:00')"
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def contents(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("name", ["m002", "m004"])
def test_data_from_a_newer_version_is_refused_and_left_as_it_was(name, tmp_path):
    # m002: migrations this code would apply are pending too, and still none is applied.
    folder = copy_fixture(name, tmp_path)
    mark_as_newer(folder, key_of(folder))
    before = contents(folder)
    for attempt in range(2):
        with pytest.raises(UserError) as caught:
            CaseStore.open(folder, passphrase=PASSPHRASE, create=attempt == 0)
        text = caught.value.render()
        assert text == (
            f"The data in {folder / DB_NAME} comes from a newer version of Second Opinion "
            "Planner; open it with that version or a newer one (nothing was changed)."
        )
        assert contents(folder) == before


def test_a_current_database_is_not_taken_for_a_newer_one(data_dir):
    with CaseStore.open(data_dir) as store:
        store.create_case("A")
    with CaseStore.open(data_dir, create=False) as store:
        assert [name for _, name in store.list_cases()] == ["A"]
