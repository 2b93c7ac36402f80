"""Reading and writing files so that a crash never leaves half a file behind,
and a hostile or odd file (a device, a pipe, a huge file) never hangs us."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path

from wizard.errors import write_error

# Temporary files are named by this prefix and a random part, never after their
# target: a target name at the file system's length limit still works.
TEMP_PREFIX = ".second-opinion-"
TEMP_SUFFIX = ".part"
# A temporary file older than this was left by a killed process: removed on the next write.
STALE_AFTER_S = 15 * 60


class NotARegularFile(ValueError):
    """A device, a pipe, a socket or a folder where a file was expected."""


class FileTooLarge(ValueError):
    """Larger than the caller will read."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Opening does not block on a FIFO, and nothing past ``limit + 1`` bytes is
    read, so /dev/zero or a multi-gigabyte file cannot hang or exhaust memory.
    Raises OSError (FileNotFoundError included), NotARegularFile, FileTooLarge.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(str(path))
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(str(path))
    return data


def write_atomic_with(path: Path, write: Callable[[Path], object]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place.

    Any failure (or Ctrl+C) removes the temporary file and leaves an existing
    ``path`` as it was. The temporary file is private to the user (0600).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temporaries(folder)
    try:
        tmp = _new_temporary(folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        sync_folder(folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _new_temporary(folder: Path) -> Path:
    while True:
        tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        return tmp


def remove_stale_temporaries(folder: Path) -> None:
    """Remove our own temporary files that a killed process left in ``folder``."""
    cutoff = time.time() - STALE_AFTER_S
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(entry.path)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX needs the folder synced too)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    write_atomic_with(path, lambda tmp: tmp.write_bytes(data))
