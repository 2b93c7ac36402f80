"""Plain copies of recordings for the computer's own sound player.

Where the program cannot play a recording itself (no QtMultimedia), the user may, after a
warning, let the system's player have it: that player needs a plain file, so a decrypted
copy is written here, and only here. Nothing else in the program writes a vault file in
plain form outside an export the user saves.

Where: a private folder (0700; files 0600) of this user, in the runtime folder
($XDG_RUNTIME_DIR, which most Linux desktops keep in memory) or else the system's temporary
folder: ``second-opinion-<user>/plain-<data folder's hash>/<random>/<name>``.

When they go (all of them, since the player cannot tell us when it is done):
- at the user's word ("Delete the copy now"), or when the recording is removed or another
  one is opened this way (``wizard.ui.recordings``);
- when the window closes (``MainWindow.closeEvent`` -> the editor's ``stop_work``);
- leftovers of a crash, when a window opens on the same data folder again (the step 7
  editor is made with the window; the window holds the folder's writer lock, so no other
  window can be using them).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from wizard.errors import UserError, write_error
from wizard.i18n_markers import QT_TRANSLATE_NOOP

CHUNK = 1024 * 1024


def private_root() -> Path:
    """The folder under which this user's plain copies live (it may not exist yet)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return base / f"second-opinion-{user}"


def _not_private(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The folder {path} is not private to you, so no plain copy is written there; remove "
            "it and try again.",
        ),
        path=str(path),
    )


def _private_folder(path: Path) -> None:
    """Make ``path`` a folder only this user can open; refuse one that someone else made
    (in a shared temporary folder another user could have put a link there first)."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise write_error(path, exc) from None
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise _not_private(path)
    if os.name == "posix" and (info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077):
        raise _not_private(path)


class PlainCopies:
    """The plain copies made for one data folder."""

    def __init__(self, data_dir: Path, root: Path | None = None) -> None:
        digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
        self.root = root if root is not None else private_root()
        self.folder = self.root / f"plain-{digest[:16]}"
        self.copies: list[Path] = []

    def write(
        self, name: str, stream: BinaryIO, cancelled: Callable[[], bool] | None = None
    ) -> Path | None:
        """Write what ``stream`` holds to a new plain file called ``name``; its path, or
        None when ``cancelled()`` turned true (nothing is left then)."""
        _private_folder(self.root)
        _private_folder(self.folder)
        holder = Path(tempfile.mkdtemp(dir=self.folder))  # 0700, a name no one can guess
        target = holder / (name.replace("/", "-").replace("\\", "-") or "recording")
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    if cancelled is not None and cancelled():
                        raise _Stopped()
                    out.write(chunk)
        except _Stopped:
            shutil.rmtree(holder, ignore_errors=True)
            return None
        except OSError as exc:
            shutil.rmtree(holder, ignore_errors=True)
            raise write_error(target, exc) from None
        except BaseException:
            shutil.rmtree(holder, ignore_errors=True)
            raise
        self.copies.append(target)
        return target

    def remove(self, path: Path) -> None:
        """Delete one copy (and its private folder)."""
        with contextlib.suppress(ValueError):
            self.copies.remove(path)
        if path.parent.parent == self.folder:
            shutil.rmtree(path.parent, ignore_errors=True)

    def remove_all(self) -> None:
        """Delete every plain copy of this data folder, leftovers of a crash included."""
        self.copies.clear()
        if self.folder.is_dir() and not self.folder.is_symlink():
            shutil.rmtree(self.folder, ignore_errors=True)


class _Stopped(Exception):
    pass
