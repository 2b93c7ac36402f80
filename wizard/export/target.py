"""Where an export may go: never into the data folder, never over something that is not a file.

An export is written beside its target and renamed over it, so whatever is there is replaced
by a plain file: the database, the key, a device node, a pipe or a symbolic link alike.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP

INSIDE_DATA = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is inside the program's data folder {folder}; save the file somewhere else, "
    "such as your Documents folder.",
)
SYMLINK = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a symbolic link; choose a new file name, or the file it points to."
)
FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder; choose a file name inside it.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is not an ordinary file but a device, pipe or socket; choose a new file name.",
)


def check_export_target(out: Path, data_dir: Path) -> Path:
    """The path to write an export for ``out`` to, with every symbolic link and ``..`` resolved.

    Raises ``UserError`` when ``out`` lies inside ``data_dir`` (by any name) or already
    exists as anything but a regular file. Other problems (no permission, no such folder)
    are left for the write itself to report.
    """
    out = Path(out)
    try:
        mode: int | None = out.lstat().st_mode  # lstat: a link is judged, not what it names
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISLNK(mode):
            text = SYMLINK
        elif stat.S_ISDIR(mode):
            text = FOLDER
        else:
            text = NOT_A_FILE
        raise UserError(text, path=str(out))
    # realpath, not Path.resolve: a symbolic link loop is left for the write to report.
    target = Path(os.path.realpath(out))
    folder = Path(os.path.realpath(data_dir))
    if _is_within(target, folder):
        raise UserError(INSIDE_DATA, path=str(out), folder=str(data_dir))
    return target


def _is_within(target: Path, folder: Path) -> bool:
    """Whether ``target`` is ``folder`` or lies below it; both resolved."""
    if target == folder or folder in target.parents:
        return True
    # A case-insensitive file system, or the same folder mounted twice, gives it other names.
    try:
        wanted = folder.stat()
    except OSError:
        return False
    for ancestor in (target, *target.parents):
        try:
            if os.path.samestat(ancestor.stat(), wanted):
                return True
        except OSError:
            continue
    return False
