"""Opening the encrypted database: SQLCipher under sqlite-utils, with named migrations."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
import sqlite_utils
from sqlite_utils import Migrations

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP

DB_NAME = "cases.db"

migrations = Migrations("second-opinion")


@migrations()
def m001_cases(db: sqlite_utils.Database) -> None:
    # AUTOINCREMENT: a deleted case's number is never given to another patient.
    db.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            current_page TEXT NOT NULL
        )
        """
    )
    db.table("ticks").create(
        {"case_id": int, "step": str, "item": str, "ticked_at": str},
        pk=("case_id", "step", "item"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("own_word").create(
        {"case_id": int, "step": str, "marked_on": str},
        pk=("case_id", "step"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")


def damaged_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} cannot be opened because the key does not match or the file is "
            "damaged; check the passphrase or keyring, or restore a backup.",
        ),
        path=str(path),
    )


def open_database(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the database at ``path`` with the raw 256-bit ``key``.

    The key is set before any other statement; WAL and full sync make every
    committed change survive a crash or power cut; temp data stays in memory
    so nothing decrypted lands in a temporary file.
    """
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise damaged_error(path) from exc
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # SQLCipher would otherwise print its own log lines on a wrong key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise damaged_error(path) from exc
    db = sqlite_utils.Database(conn)
    try:
        migrations.apply(db)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise damaged_error(path) from exc
    return db


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """What SQLite's own integrity check and SQLCipher's page check find; [] when healthy."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p != "ok"]
    problems += [row[0] for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        problems.append("pending migrations: " + ", ".join(pending))
    return problems
