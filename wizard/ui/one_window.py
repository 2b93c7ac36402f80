"""One window per data folder: a second start brings the first window to the front.

The right to write is the store's writer lock (an OS file lock); this module only
carries the request "show yourself" from a second start to the window that holds it.
The request is a small file in the data folder, which only this user can write to:
the window looks for it a few times a second and removes it as its answer. No socket
is opened, so the app needs no network module at all (QtNetwork is not shipped).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

REQUEST_FILE = "show-window.request"
WAIT_MS = 800  # how long a second start waits for the answer
LOOK_MS = 200  # how often the window looks for a request


def request_path(folder: Path) -> Path:
    return Path(folder) / REQUEST_FILE


def ask_first_window_to_show(folder: Path) -> bool:
    """Ask the window open on ``folder`` to come to the front; False when none answered
    in time. The request stays: a window that was busy still comes forward when it can,
    and a window that starts later clears it."""
    path = request_path(folder)
    if not Path(folder).is_dir():
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
    except OSError:
        return False  # a full disk or a folder we cannot write to: nobody can be asked
    deadline = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < deadline:
        if not path.exists():
            return True  # the window took the request
        time.sleep(0.02)
    return False


class ShowRequests(QObject):
    """Looks for a second start's request on the same folder; emits ``show_requested``."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = request_path(folder)
        # A request left by a second start that was killed while it waited is old news.
        # (One that cannot be removed now is taken, and removed, by the first look.)
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_MS)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        except OSError:
            return  # cannot take it now; the second start gives up by itself
        self.show_requested.emit()


def bring_to_front(window: QWidget) -> None:
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
