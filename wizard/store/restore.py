"""Putting an automatic backup back in place of the data folder's database.

A restore never loses the current state: the chosen backup is checked first
(it opens with the folder's key, passes its integrity checks, is not from a
newer program, and every vault file it needs is there), then copied beside
the database, the current database is kept as a backup itself (as it is, when
it is too damaged to be read), and only then the copy is renamed over
``cases.db``. Any refusal happens before anything is changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path

import sqlcipher3

from wizard.atomic import sync_folder
from wizard.errors import UserError, os_reason
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store.backups import (
    BEFORE_RESTORE,
    Backup,
    copy_as_is,
    keyed_connection,
    list_backups,
    make_backup,
)
from wizard.store.database import DB_NAME, SIDE_FILES, unknown_migrations
from wizard.store.sqlite_lean import sqlite_utils
from wizard.store.vault import VAULT_DIR, ObjectStore, VaultDamaged

RESTORING_NAME = DB_NAME + ".restore"
COMMAND = "second-opinion restore --from-backup {number}"


def shown_time(made: dt.datetime) -> str:
    """When a backup was made, in the computer's local time (minutes)."""
    return made.astimezone().strftime("%Y-%m-%d %H:%M")


def no_backup_error(number: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "There is no backup number {number}; see the list with: backup --list."
        ),
        number=number,
    )


def backup_problem(backup: Backup, number: int, key: bytes, data_dir: Path) -> UserError | None:
    """Why ``backup`` (number ``number``) cannot be restored; None when it can."""
    try:
        conn = keyed_connection(backup.path, key, read_only=True)
    except sqlcipher3.Error:
        conn = None
    try:
        if conn is None or _problems(conn):
            return UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Backup {number} is damaged or cannot be opened with this folder's key; "
                    "choose another one from: backup --list (nothing was changed).",
                ),
                number=number,
            )
        if unknown_migrations(sqlite_utils.Database(conn)):
            return UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Backup {number} was made by a newer version of Second Opinion Planner; "
                    "restore it with that version (nothing was changed).",
                ),
                number=number,
            )
        objects = [row[0] for row in _object_rows(conn)]
    finally:
        if conn is not None:
            conn.close()
    vault = ObjectStore(data_dir / VAULT_DIR, None)
    missing = [name for name in objects if not _present(vault, name)]
    if missing:
        return UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backup {number} needs stored files that are no longer in the data folder "
                "({count}); choose another one from: backup --list (nothing was changed).",
            ),
            number=number,
            count=len(missing),
        )
    return None


def _problems(conn: sqlcipher3.Connection) -> bool:
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.Error:
        return True
    return [row[0] for row in rows] != ["ok"] or bool(pages)


def _object_rows(conn: sqlcipher3.Connection) -> list[tuple[str]]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "files" not in tables:
        return []
    return conn.execute("SELECT DISTINCT object FROM files").fetchall()


def _present(vault: ObjectStore, name: str) -> bool:
    try:
        return vault.path_of(name).is_file()
    except VaultDamaged:
        return False


def restore_backup(
    data_dir: Path, key: bytes, number: int, now: dt.datetime | None = None
) -> tuple[Backup, Backup]:
    """Put backup ``number`` (1 = newest) in place of the database; the caller holds the
    writer lock and has no connection open. Returns the backup restored and the backup
    made of the database it replaced."""
    data_dir = Path(data_dir)
    kept = list_backups(data_dir)
    if not 1 <= number <= len(kept):
        raise no_backup_error(number)
    chosen = kept[number - 1]
    problem = backup_problem(chosen, number, key, data_dir)
    if problem is not None:
        raise problem
    db_path = data_dir / DB_NAME
    staged = data_dir / RESTORING_NAME
    try:
        # Copied first: keeping the current database may prune the chosen backup.
        _copy(chosen.path, staged)
        safety = keep_current(db_path, key, data_dir, now)
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                (data_dir / (DB_NAME + suffix)).unlink()
        os.replace(staged, db_path)
        sync_folder(data_dir)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backup {number} could not be restored ({reason}); free some disk space, then "
                "try again (your data was not changed).",
            ),
            number=number,
            reason=os_reason(exc),
        ) from None
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    return chosen, safety


def keep_current(db_path: Path, key: bytes, data_dir: Path, now: dt.datetime | None) -> Backup:
    """A backup of the current database: by the backup API when it reads whole, else the
    file as it is (so that a restore over a damaged database can be undone too)."""
    try:
        conn = keyed_connection(db_path, key)
    except sqlcipher3.Error:
        return copy_as_is(db_path, data_dir, now)
    try:
        if _problems(conn):
            conn.close()
            return copy_as_is(db_path, data_dir, now)
        backup = make_backup(conn, key, data_dir, BEFORE_RESTORE, now)
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return backup
    except sqlcipher3.Error:
        conn.close()
        return copy_as_is(db_path, data_dir, now)
    finally:
        conn.close()


def _copy(source: Path, target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())


def newest_good(data_dir: Path, key: bytes) -> tuple[int, Backup] | None:
    """The number and the backup of the newest backup that could be restored now."""
    for number, backup in enumerate(list_backups(data_dir), start=1):
        if backup.good and backup_problem(backup, number, key, data_dir) is None:
            return number, backup
    return None


def damaged_with_backup(db_path: Path, key: bytes) -> UserError | None:
    """One sentence for a damaged database that names the newest good backup and the
    command that restores it; None when there is no such backup."""
    found = newest_good(db_path.parent, key)
    if found is None:
        return None
    number, backup = found
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} is damaged; restore the newest good backup, from {date}, with "
            "this command: {command} (it first keeps the damaged data).",
        ),
        path=str(db_path),
        date=shown_time(backup.made),
        command=COMMAND.format(number=number),
    )
