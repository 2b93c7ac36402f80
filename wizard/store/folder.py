"""A data folder's set-up: private to its user, and its key and database made together.

Whatever starts at once, a folder ends with one key file and one database that
the key opens. The set-up runs under an exclusive lock and in an order that a
kill at any moment can only interrupt, never break:

1. a new key (into the keyring, or wrapped by the passphrase, in memory),
2. the database built complete under ``cases.db.new``,
3. ``keyinfo.json`` written (atomically),
4. ``cases.db.new`` renamed to ``cases.db``.

A key file beside a complete ``cases.db.new`` is finished by step 4 on the next
start; a ``cases.db.new`` without a key file is thrown away and set up anew. A
key file without its database, or a database without its key file, is never
overwritten: the user is told what is missing.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from wizard.atomic import sync_folder
from wizard.errors import UserError, os_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.store import keys
from wizard.store.database import (
    DB_NAME,
    STAGED_NAME,
    build_database,
    busy_error,
    open_database,
    remove_with_side_files,
)

LOCK_NAME = ".setup.lock"
LOCK_TIMEOUT_S = 60.0
# Held by the one window or writing command at work on a folder, for as long as it works.
WRITER_LOCK_NAME = ".writer.lock"


def no_data_error(data_dir: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no data in {path} yet; check the folder name, or create a case "
            "first with: case new NAME.",
        ),
        path=str(data_dir),
    )


def missing_database_error(data_dir: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {file} is missing, but its key file is still there; put the database "
            "back from a backup of this folder (nothing was changed).",
        ),
        file=str(data_dir / DB_NAME),
    )


def folder_error(data_dir: Path, exc: OSError) -> UserError:
    return os_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data folder {path} cannot be created or used ({reason}); choose another one "
            "with --data-dir.",
        ),
        exc,
        path=str(data_dir),
    )


def unlock_folder(data_dir: Path, passphrase: str | None, *, create: bool) -> bytes:
    """The database key of ``data_dir``, setting the folder up first when ``create``.

    Raises ``keys.KeyringUnavailable`` when a new folder has neither a working
    keyring nor a passphrase, and ``UserError`` for everything the user must act on.
    """
    if _is_set_up(data_dir):
        info = keys.read_keyinfo(data_dir)
        if info is not None:
            return keys.unlock(info, passphrase)
    if not data_dir.is_dir():
        if not create:
            raise no_data_error(data_dir)
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise folder_error(data_dir, exc) from None
    with setup_lock(data_dir):
        return _settle(data_dir, passphrase, create)


def _is_set_up(data_dir: Path) -> bool:
    try:
        return (data_dir / DB_NAME).stat().st_size > 0
    except OSError:
        return False


def _holds_nothing(db_path: Path) -> bool:
    """An empty database file with no write-ahead log: an interrupted first start of an
    earlier version, with nothing in it to lose."""
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)


def _settle(data_dir: Path, passphrase: str | None, create: bool) -> bytes:
    db_path = data_dir / DB_NAME
    staged = data_dir / STAGED_NAME
    info = keys.read_keyinfo(data_dir)
    leftover = db_path.exists() and _holds_nothing(db_path)
    if db_path.exists() and not leftover:
        # Set up meanwhile by another process, or a database without its key.
        if info is None:
            raise keys.missing_keyfile_error(data_dir)
        return keys.unlock(info, passphrase)
    if info is not None:
        if not (staged.is_file() or leftover):
            raise missing_database_error(data_dir)
        if leftover and not create:
            raise no_data_error(data_dir)
        key = keys.unlock(info, passphrase)
        if staged.is_file():
            # Step 3 was done; only the rename is left. Make sure the key opens it first.
            open_database(staged, key).conn.close()
        else:
            build_database(staged, key)
        _move_into_place(staged, db_path)
        return key
    if leftover:
        remove_with_side_files(db_path)
    if not create:
        raise no_data_error(data_dir)
    key, new_info = keys.new_key(data_dir, passphrase)
    try:
        build_database(staged, key)
    except OSError as exc:
        raise folder_error(data_dir, exc) from None
    keys.write_keyinfo(data_dir, new_info)
    _move_into_place(staged, db_path)
    return key


def _move_into_place(staged: Path, db_path: Path) -> None:
    try:
        os.replace(staged, db_path)
        sync_folder(db_path.parent)
    except OSError as exc:
        raise folder_error(db_path.parent, exc) from None


def exposed_paths(data_dir: Path) -> list[Path]:
    """The data folder, and what it holds, that other users of this computer may open (any
    permission for the group or others); [] where modes mean nothing (Windows)."""
    if os.name == "nt":  # pragma: no cover - Windows keeps a user's folder private by ACLs
        return []
    found = []
    # os.walk does not follow links; a link itself has no permissions of its own.
    for folder, subfolders, files in os.walk(data_dir):
        for path in (Path(folder), *(Path(folder) / name for name in sorted(files))):
            with contextlib.suppress(OSError):
                mode = path.lstat().st_mode
                if not stat.S_ISLNK(mode) and stat.S_IMODE(mode) & 0o077:
                    found.append(path)
        subfolders.sort()
    return found


def exposed_error(data_dir: Path) -> UserError | None:
    """One sentence, with the command that fixes it, when others may read the data folder."""
    exposed = exposed_paths(data_dir)
    if not exposed:
        return None
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Other people who use this computer may be able to read {path}; make your data "
            "folder private with this command: {command}.",
        ),
        path=str(exposed[0]),
        command="chmod -R go-rwx " + shlex.quote(str(data_dir)),
    )


def in_use_error(data_dir: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data in {path} is open in another window of Second Opinion Planner; use that "
            "window, or close it and try again.",
        ),
        path=str(data_dir),
    )


class WriterLock:
    """A held OS file lock: the right to change a data folder (or to set it up), held by
    one process at a time. The operating system releases it when the process ends,
    however it ends, so a killed window never leaves a stale lock behind.
    """

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


WINDOW, COMMAND = "window", "command"


def take_writer_lock(data_dir: Path, holder: str = COMMAND, wait: float = 0.0) -> WriterLock:
    """The writer lock of ``data_dir`` (made if need be) for a ``holder``.

    A window holds the lock for as long as it is open, so nobody waits for one:
    ``in_use_error`` at once. A command holds it for a moment, so a writer may
    ``wait`` that many seconds for it before the folder is called busy.
    """
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_error(data_dir, exc) from None

    def refuse(fd: int) -> UserError | None:
        return in_use_error(data_dir) if _read_holder(fd) == WINDOW else None

    fd = _take_lock(data_dir, WRITER_LOCK_NAME, wait, refuse)
    _write_holder(fd, holder)
    return WriterLock(fd)


# Who holds the writer lock, for those who find it taken (the lock itself is what counts).
# Kept past the first bytes, which Windows locks against reading too.
_HOLDER_AT = 8


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, _HOLDER_AT, os.SEEK_SET)
        return os.read(fd, 16).decode("ascii", "replace").strip()
    except OSError:
        return ""


def _write_holder(fd: int, holder: str) -> None:
    with contextlib.suppress(OSError):
        os.lseek(fd, _HOLDER_AT, os.SEEK_SET)
        os.write(fd, holder.encode("ascii").ljust(16))


@contextlib.contextmanager
def setup_lock(data_dir: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """An exclusive lock on the folder's set-up, between processes (an OS file lock,
    released by the OS when a process dies, so a killed process leaves no stale lock)."""
    with WriterLock(_take_lock(data_dir, LOCK_NAME, timeout)):
        yield


def _take_lock(
    data_dir: Path,
    name: str,
    wait: float,
    refuse: Callable[[int], UserError | None] | None = None,
) -> int:
    """The OS lock on the file ``name`` in ``data_dir``, waited for up to ``wait`` seconds;
    ``refuse`` may give, from what the file says, a reason not to wait at all."""
    try:
        fd = os.open(data_dir / name, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise folder_error(data_dir, exc) from None
    deadline = time.monotonic() + wait
    while not _try_lock(fd):
        error = refuse(fd) if refuse is not None else None
        if error is None and time.monotonic() > deadline:
            error = busy_error(data_dir)
        if error is not None:
            os.close(fd)
            raise error
        time.sleep(0.05)
    return fd


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
