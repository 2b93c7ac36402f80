"""Writing files so that a crash never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from wizard.errors import UserError, os_reason
from wizard.i18n_markers import QT_TRANSLATE_NOOP


def write_atomic_with(path: Path, write: Callable[[Path], object]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place.

    Any failure removes the temporary file and leaves an existing ``path`` as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _sync_folder(folder)
    except OSError as exc:
        raise write_error(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX needs the folder synced too)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    write_atomic_with(path, lambda tmp: tmp.write_bytes(data))


def write_error(path: Path, exc: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Could not write {path} ({reason}); choose a folder you can write to, with free "
            "space, and try again.",
        ),
        path=str(path),
        reason=os_reason(exc),
    )
