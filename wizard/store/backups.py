"""Automatic backups of a data folder, encrypted like the database itself.

A backup is a copy of ``cases.db`` in the data folder's ``backups/``, made with
SQLite's online backup API into a target opened with the same key (never
``VACUUM INTO``, which can write a plain copy), so it is encrypted from its first
byte. Beside it a small JSON sidecar (no patient data) says when it was made,
why, its schema, how many cases it holds, and which vault objects it needs: the
vault is shared, so its cleaning keeps every object a kept backup needs.

Writing order, so that a kill at any moment leaves nothing that misleads:
the database is written under ``.part`` and synced, the sidecar is written
(atomically), then the database is renamed to its final name. A backup counts
only when both files are there; a sidecar without its database still keeps its
vault objects until the next pruning removes it.

Backups are made at most once a day when a writer starts (``daily_backup``),
before every schema migration, and of the current database before a restore.
The newest KEEP are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from wizard.atomic import sync_folder, write_atomic
from wizard.errors import UserError, os_reason
from wizard.i18n_markers import QT_TRANSLATE_NOOP

BACKUP_DIR = "backups"
KEEP = 7
PREFIX = "backup-"
PART = ".part"
FORMAT = 1
# Why a backup was made (stored in its sidecar).
DAILY, MIGRATION, BEFORE_RESTORE = "daily", "migration", "before-restore"


@dataclass(frozen=True)
class Backup:
    """One kept backup, as its sidecar describes it."""

    path: Path  # the encrypted database copy
    made: dt.datetime  # aware, UTC
    reason: str
    schema: str  # the last schema change it has, "" if none
    cases: int | None  # None when it was copied as it was (damaged)
    objects: tuple[str, ...]  # the vault objects it needs
    good: bool  # made by the backup API from a database that opened

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


def _make_folder(data_dir: Path) -> Path:
    folder = backup_dir(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def _free_stem(folder: Path, made: dt.datetime, schema: str) -> str:
    """A file name stem that says when (UTC) and which schema, not taken yet."""
    tag = schema.split("_", 1)[0] or "m000"
    while True:
        stem = f"{PREFIX}{made.strftime('%Y%m%dT%H%M%S%fZ')}-{tag}"
        if not (folder / (stem + ".json")).exists() and not (folder / (stem + ".db")).exists():
            return stem
        made += dt.timedelta(microseconds=1)


def keyed_connection(path: Path, key: bytes, *, read_only: bool = False) -> sqlcipher3.Connection:
    """A plain SQLCipher connection to ``path`` with ``key`` (no WAL, nothing else set)."""
    if read_only:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        conn.close()
        raise
    return conn


def describe(conn: sqlcipher3.Connection) -> tuple[str, int, list[str]]:
    """The last schema change, the number of cases and the vault objects of a database."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    schema = ""
    if "_sqlite_migrations" in tables:
        row = conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY name DESC LIMIT 1"
        ).fetchone()
        schema = row[0] if row else ""
    cases = 0
    if "cases" in tables:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cases)")}
        where = " WHERE deleted = ''" if "deleted" in columns else ""
        cases = conn.execute(f"SELECT count(*) FROM cases{where}").fetchone()[0]
    objects: list[str] = []
    if "files" in tables:
        objects = sorted({row[0] for row in conn.execute("SELECT DISTINCT object FROM files")})
    return schema, cases, objects


def make_backup(
    conn: sqlcipher3.Connection,
    key: bytes,
    data_dir: Path,
    reason: str,
    now: dt.datetime | None = None,
) -> Backup:
    """Back up the open database ``conn`` (keyed with ``key``) into ``data_dir``'s backups,
    then keep the newest KEEP. Raises OSError or sqlcipher3.Error when it cannot."""
    folder = _make_folder(data_dir)
    made = _now(now)
    schema, cases, objects = describe(conn)
    stem = _free_stem(folder, made, schema)
    part = folder / (stem + ".db" + PART)
    final = folder / (stem + ".db")
    try:
        os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        target = keyed_connection(part, key)
        try:
            conn.backup(target)
            # One self-contained file: no write-ahead log beside it when it is read.
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            target.close()
        _fsync(part)
        backup = Backup(final, made, reason, schema, cases, tuple(objects), True)
        _publish(part, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    prune(data_dir)
    return backup


def _publish(part: Path, backup: Backup) -> None:
    """Put a backup written under its temporary name in place: its sidecar first, then the
    file under its own name, then the folder made durable."""
    _write_sidecar(backup)
    os.replace(part, backup.path)
    sync_folder(backup.path.parent)


def copy_as_is(db_path: Path, data_dir: Path, now: dt.datetime | None = None) -> Backup:
    """Keep a database that cannot be opened (damaged) as it is, with its write-ahead log,
    among the backups (encrypted as it was), so that a restore over it can be undone."""
    folder = _make_folder(data_dir)
    made = _now(now)
    stem = _free_stem(folder, made, "damaged")
    final = folder / (stem + ".db")
    part = folder / (stem + ".db" + PART)
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        for source, target in ((db_path, part), (wal, final.with_name(final.name + "-wal"))):
            if source.exists():
                fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
                    shutil.copyfileobj(src, out)
                    out.flush()
                    os.fsync(out.fileno())
        backup = Backup(final, made, BEFORE_RESTORE, "", None, (), False)
        _publish(part, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    prune(data_dir)
    return backup


def backup_before_migration(conn: sqlcipher3.Connection, key: bytes, db_path: Path) -> None:
    """A backup of the database at ``db_path`` as it is, before its schema changes; the
    change is not made when the backup cannot be."""
    try:
        make_backup(conn, key, db_path.parent, MIGRATION)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A backup of {path} could not be made before its update to this version "
                "({reason}); free some disk space, then try again (nothing was changed).",
            ),
            path=str(db_path),
            reason=os_reason(exc),
        ) from None


def daily_backup(
    conn: sqlcipher3.Connection, key: bytes, data_dir: Path, now: dt.datetime | None = None
) -> Backup | None:
    """A backup when none was made yet today (the local day); None when there was one.

    A backup that cannot be made (a full disk) does not stop the work: None too
    (``daily_backup_problem`` says why).
    """
    try:
        return _daily(conn, key, data_dir, now)
    except (OSError, sqlcipher3.Error, DamageFound):
        return None


def daily_backup_problem(
    conn: sqlcipher3.Connection, key: bytes, data_dir: Path, now: dt.datetime | None = None
) -> UserError | None:
    """Like ``daily_backup``; the sentence to show when today's backup could not be made.

    A database found damaged is not backed up (its copies would push the good backups
    out): that is a ``DatabaseDamaged``, for the window to offer the newest good backup.
    """
    try:
        _daily(conn, key, data_dir, now)
    except DamageFound:
        from wizard.store.database import DB_NAME, DatabaseDamaged, damage_found_error
        from wizard.store.restore import damaged_with_backup

        path = Path(data_dir) / DB_NAME
        return DatabaseDamaged(
            damaged_with_backup(path, key) or damage_found_error(path), path, key
        )
    except OSError as exc:
        reason = os_reason(exc)
    except sqlcipher3.Error as exc:
        reason = str(exc)
    else:
        return None
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Today's automatic backup could not be made ({reason}); your data is safe, but free "
            "some disk space so that backups can be made again.",
        ),
        reason=reason,
    )


def _daily(
    conn: sqlcipher3.Connection, key: bytes, data_dir: Path, now: dt.datetime | None
) -> Backup | None:
    made = _now(now)
    kept = list_backups(data_dir)
    if kept and kept[0].made.astimezone().date() >= made.astimezone().date():
        return None
    if is_damaged(conn):
        raise DamageFound()
    return make_backup(conn, key, data_dir, DAILY, made)


class DamageFound(Exception):
    """The database to back up fails its checks."""


def is_damaged(conn: sqlcipher3.Connection) -> bool:
    """Whether SQLite's quick check or SQLCipher's page check finds damage (read only; it
    reads every page, as the backup itself does, so once a day)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.Error:
        return True
    return [row[0] for row in rows] != ["ok"] or bool(pages)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _write_sidecar(backup: Backup) -> None:
    data = {
        "format": FORMAT,
        "made": backup.made.isoformat(),
        "reason": backup.reason,
        "schema": backup.schema,
        "cases": backup.cases,
        "objects": list(backup.objects),
        "good": backup.good,
    }
    write_atomic(_sidecar(backup.path), json.dumps(data, indent=1).encode("utf-8"))


def _read_sidecar(path: Path) -> Backup | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Backup(
            path=path.with_suffix(".db"),
            made=dt.datetime.fromisoformat(data["made"]).astimezone(dt.UTC),
            reason=str(data["reason"]),
            schema=str(data["schema"]),
            cases=None if data["cases"] is None else int(data["cases"]),
            objects=tuple(str(name) for name in data["objects"]),
            good=bool(data["good"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _sidecars(data_dir: Path) -> list[Backup]:
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [_read_sidecar(path) for path in folder.glob(PREFIX + "*.json")]
    return sorted((b for b in found if b is not None), key=lambda b: b.path.name, reverse=True)


def list_backups(data_dir: Path) -> list[Backup]:
    """The complete backups, newest first (number 1 is the newest)."""
    return [b for b in _sidecars(data_dir) if b.path.is_file()]


def needed_objects(data_dir: Path) -> set[str]:
    """Every vault object that a backup (or a backup being written) needs."""
    return {name for backup in _sidecars(data_dir) for name in backup.objects}


def prune(data_dir: Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups; remove older ones, and a sidecar whose database
    is gone, and what an interrupted backup left (not one still being written)."""
    complete = list_backups(data_dir)
    doomed: list[Path] = []
    for backup in complete[keep:]:
        doomed += [backup.path, backup.path.with_name(backup.path.name + "-wal")]
        doomed.append(_sidecar(backup.path))
    newest = complete[0].path.name if complete else ""
    for backup in _sidecars(data_dir):
        if not backup.path.is_file() and backup.path.name < newest:
            doomed += [_sidecar(backup.path), backup.path.with_name(backup.path.name + PART)]
    _remove(doomed)


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
