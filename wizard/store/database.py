"""Opening the encrypted database: SQLCipher under sqlite-utils, with named migrations."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from wizard.errors import SaveFailed, UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store.sqlite_lean import sqlite_utils

DB_NAME = "cases.db"
# A new database is built under this name and renamed to DB_NAME only when complete.
STAGED_NAME = DB_NAME + ".new"
SIDE_FILES = ("-wal", "-shm", "-journal")
# How long a write waits for another window or command to finish its own (SQLite's busy handler).
BUSY_TIMEOUT_S = 10.0
# How long folding the write-ahead log into the database waits for a reader to finish.
CHECKPOINT_WAIT_MS = 1000
# Less free space than this, and a failed write is a full disk whatever SQLite calls it.
NEARLY_FULL_BYTES = 4 * 1024 * 1024

migrations = sqlite_utils.Migrations("second-opinion")


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


@migrations()
def m002_fields(db: sqlite_utils.Database) -> None:
    # The steps' forms: one row per written-down fact, so that an edit saves its one field.
    db.table("fields").create(
        {"case_id": int, "step": str, "name": str, "value": str, "updated": str},
        pk=("case_id", "step", "name"),
        foreign_keys=[("case_id", "cases", "id")],
    )


@migrations()
def m003_entries(db: sqlite_utils.Database) -> None:
    # The lists of the steps' forms (calls, requests, candidates): one row per entry, and
    # one row per written-down fact of an entry, so that an edit saves its one field.
    db.execute(
        """
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            step TEXT NOT NULL,
            list TEXT NOT NULL,
            position INTEGER NOT NULL,
            created TEXT NOT NULL
        )
        """
    )
    db.table("entry_values").create(
        {"entry_id": int, "name": str, "value": str, "updated": str},
        pk=("entry_id", "name"),
        foreign_keys=[("entry_id", "entries", "id")],
    )


@migrations()
def m004_files(db: sqlite_utils.Database) -> None:
    # The files kept in the vault: one row per file a case holds (the content lives,
    # encrypted, in the vault's object of that name); a scan's header facts apart;
    # a thumbnail per series (encrypted with the rest of the database).
    db.execute(
        """
        CREATE TABLE files (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            step TEXT NOT NULL,
            object TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            size INTEGER NOT NULL,
            added TEXT NOT NULL,
            doc_date TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            confirmed INTEGER NOT NULL DEFAULT 0,
            record_kind TEXT NOT NULL DEFAULT '',
            UNIQUE (case_id, object)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE scans (
            file_id INTEGER PRIMARY KEY REFERENCES files(id),
            patient_name TEXT NOT NULL, patient_id TEXT NOT NULL, birth_date TEXT NOT NULL,
            study_uid TEXT NOT NULL, study_date TEXT NOT NULL, study_time TEXT NOT NULL,
            study_description TEXT NOT NULL, accession TEXT NOT NULL,
            modality TEXT NOT NULL, body_part TEXT NOT NULL,
            series_uid TEXT NOT NULL, series_number INTEGER, series_description TEXT NOT NULL,
            instance_number INTEGER, sop_uid TEXT NOT NULL, sop_class TEXT NOT NULL,
            transfer_syntax TEXT NOT NULL,
            image_rows INTEGER NOT NULL, image_columns INTEGER NOT NULL, frames INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX files_by_case ON files(case_id, step)")
    db.execute(
        """
        CREATE TABLE thumbnails (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            series_uid TEXT NOT NULL,
            png BLOB,
            PRIMARY KEY (case_id, series_uid)
        )
        """
    )


@migrations()
def m005_case_states(db: sqlite_utils.Database) -> None:
    # When a case was archived (kept, but hidden from the lists) and when it was deleted in
    # the window (hidden at once, removed for good when the window closes, undoable until
    # then); '' when it was not.
    db.execute("ALTER TABLE cases ADD COLUMN archived TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cases ADD COLUMN deleted TEXT NOT NULL DEFAULT ''")


def newer_version_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} comes from a newer version of Second Opinion Planner; open it "
            "with that version or a newer one (nothing was changed).",
        ),
        path=str(path),
    )


def damaged_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot open the data in {path}: the key does not match or the file is "
            "damaged; check the passphrase or keyring, or restore a backup.",
        ),
        path=str(path),
    )


def busy_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} is busy in another window or command; close it or wait a moment, "
            "then try again.",
        ),
        path=str(path),
    )


def _open_error(kind: str, path: Path, reason: str) -> UserError:
    folder = str(path.parent)
    if kind == "busy":
        return busy_error(path)
    if kind == "full":
        text = QT_TRANSLATE_NOOP(
            "Errors", "The disk that holds {path} is full; free some disk space, then try again."
        )
    elif kind == "access":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The data folder {path} cannot be used ({reason}); make it readable and writable "
            "for you, or choose another one with --data-dir.",
        )
    elif kind == "io":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "The disk could not read or write {path}; check that the disk is connected and "
            "healthy, then try again.",
        )
    elif kind == "corrupt":
        return damage_found_error(path)
    else:
        return damaged_error(path)
    return UserError(text, path=folder, reason=reason)


def _write_error(kind: str, path: Path, reason: str) -> UserError:
    if kind == "busy":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Your last change could not be saved because another window or command is saving "
            "too; wait a moment, then try again.",
        )
    elif kind == "full":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Your last change could not be saved because the disk is full; free some disk space, "
            "then try again.",
        )
    elif kind == "access":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Your last change could not be saved because the data folder {path} cannot be "
            "written ({reason}); make it writable for you, then try again.",
        )
    elif kind == "io":
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Your last change could not be saved because the disk reported an error; check that "
            "the disk is connected and healthy, then try again.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "Your last change could not be saved because the data in {path} is damaged; restore "
            "a backup of this folder.",
        )
        return UserError(text, path=str(path))
    return SaveFailed(text, path=str(path.parent), reason=reason)


def error_kind(exc: Exception) -> str:
    """busy, full, access, io, corrupt or key: what an SQLCipher error means.

    SQLite's messages are fixed English texts; they tell a busy database, a
    full disk and a read-only folder apart from real damage and a wrong key.
    """
    text = str(exc).lower()
    for kind, needles in (
        ("busy", ("locked", "busy")),
        ("full", ("full",)),
        ("access", ("readonly", "read-only", "unable to open")),
        ("io", ("i/o",)),
        ("corrupt", ("malformed", "corrupt")),
    ):
        if any(needle in text for needle in needles):
            return kind
    return "key"  # "file is not a database": a wrong key, or a damaged first page


def describe_error(exc: Exception, path: Path, *, writing: bool = False) -> UserError:
    """One sentence for an SQLCipher error on the database at ``path``; ``writing``
    when it happened while saving a change."""
    kind = error_kind(exc)
    if kind == "io" and _nearly_full(path.parent):
        kind = "full"  # SQLite reports a write that found no space as an I/O error
    reasons = {"full": errno.ENOSPC, "io": errno.EIO}
    reason = os.strerror(reasons[kind]) if kind in reasons else _access_problem(path)
    return (_write_error if writing else _open_error)(kind, path, reason)


def damage_found_error(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} is damaged; restore a backup of this folder, and keep the damaged "
            "file until you have.",
        ),
        path=str(path),
    )


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _access_problem(path: Path) -> str:
    """Why SQLite could not open or write ``path``, in the operating system's words."""
    for target, mode in ((path.parent, os.W_OK | os.X_OK), (path, os.R_OK | os.W_OK)):
        if target.exists() and not os.access(target, mode):
            return os.strerror(errno.EACCES)
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return os.strerror(errno.EROFS)
    except (OSError, AttributeError):
        pass
    return os.strerror(errno.EACCES)


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # SQLCipher would otherwise print its own log lines on a wrong key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # What is deleted is overwritten with zeros, freed pages too, not only marked free
        # (SQLCipher turns this on for an encrypted database itself: said here all the same).
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open the existing database at ``path`` with the raw 256-bit ``key``.

    The key is set before any other statement; WAL and full sync make every
    committed change survive a crash or power cut; temp data stays in memory
    so nothing decrypted lands in a temporary file; deleted data is
    overwritten. A write waits up to BUSY_TIMEOUT_S for another process's
    write to finish. Data from a newer version of the program is refused
    before anything is written.
    """
    if not path.is_file():
        raise damaged_error(path)
    try:
        conn = _connect(path, key)
    except sqlcipher3.Error as exc:
        raise _damage_error(exc, path, key) from None
    db = sqlite_utils.Database(conn)
    try:
        # Checked before anything is written: a newer program's data is left as it is.
        if unknown_migrations(db):
            raise newer_version_error(path)
        if migrations.pending(db):
            from wizard.store.backups import backup_before_migration

            backup_before_migration(db.conn, key, path)
            with transaction(db):
                migrations.apply(db)
    except UserError:
        conn.close()
        raise
    except sqlcipher3.Error as exc:
        conn.close()
        raise describe_error(exc, path) from None
    return db


class DatabaseDamaged(UserError):
    """The database does not open with the folder's key, which was checked already (by
    the keyring, or by unwrapping it with the passphrase): its file is damaged. Carries
    what a window needs to offer a backup in its place (the key stays in memory)."""

    def __init__(self, error: UserError, path: Path, key: bytes) -> None:
        super().__init__(error.msg.text, **error.msg.params)
        self.path = path
        self.key = key


def _damage_error(exc: Exception, path: Path, key: bytes) -> UserError:
    """One sentence for a database that does not open; for a damaged one (or one the key
    does not open) it names the newest good backup and the command to restore it."""
    if error_kind(exc) in ("corrupt", "key"):
        from wizard.store.restore import damaged_with_backup

        error = describe_error(exc, path)
        with contextlib.suppress(Exception):
            error = damaged_with_backup(path, key) or error
        return DatabaseDamaged(error, path, key)
    return describe_error(exc, path)


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    """The schema changes recorded in ``db`` that this program does not know: the marks
    of a newer version of the program (read only)."""
    empty = sqlite_utils.Database(memory=True)  # every migration is pending there
    try:
        known = {m.name for m in migrations.pending(empty)}
    finally:
        empty.close()
    return [m.name for m in migrations.applied(db) if m.name not in known]


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the database file and empty the log, so that no
    earlier version of a page stays in the -wal file (after a case is deleted).

    The change is committed already, so a checkpoint that cannot finish now (a reader
    holds on, the disk fails) is left to SQLite's own, at the latest when the last
    connection closes, instead of being reported as a failed save.
    """
    conn = db.conn
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def build_database(path: Path, key: bytes) -> None:
    """Build a complete, empty database at ``path`` (private to the user) and close it.

    The caller renames it into place, so a kill or a full disk half-way leaves
    only a file under the staged name, never a broken DB_NAME.
    """
    remove_with_side_files(path)
    # SQLite gives its -wal and -shm files the database file's mode: 0600 for all three.
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        conn = _connect(path, key)
        try:
            db = sqlite_utils.Database(conn)
            with transaction(db):
                migrations.apply(db)
            # Fold the WAL into the file, so that the one file holds everything.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException as exc:
        remove_with_side_files(path)
        if isinstance(exc, sqlcipher3.Error):
            raise describe_error(exc, path) from None
        raise


def remove_with_side_files(path: Path) -> None:
    for name in (path.name, *(path.name + suffix for suffix in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so that it waits for
    another writer (the busy timeout) instead of failing half-way; rolled back on
    any error, which is raised as it came for the caller to put in words."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        raise


def integrity_problems(db: sqlite_utils.Database, path: Path) -> list[str]:
    """What SQLite's own integrity check and SQLCipher's page check find; [] when healthy."""
    try:
        problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [row[0] for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
        pending = [m.name for m in migrations.pending(db)]
    except sqlcipher3.Error as exc:
        if error_kind(exc) in ("corrupt", "key"):
            return [str(exc)]
        raise describe_error(exc, path) from None
    if pending:
        problems.append("pending migrations: " + ", ".join(pending))
    return problems
