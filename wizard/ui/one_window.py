"""One window per data folder: a second start brings the first window to the front.

The right to write is the store's writer lock (an OS file lock); this module
only carries the request "show yourself" from a second start to the window
that holds it, over a local socket named after the data folder.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SHOW = b"show\n"
WAIT_MS = 500


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()
    return f"second-opinion-{digest[:20]}"


def ask_first_window_to_show(folder: Path) -> bool:
    """Ask the window open on ``folder`` to come to the front; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(SHOW)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


class ShowRequests(QObject):
    """Listens for a second start on the same folder; emits ``show_requested``."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # A socket file left by a killed window would block the name; we hold the writer
        # lock, so no other window can be listening on it.
        QLocalServer.removeServer(name)
        self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()


def bring_to_front(window: QWidget) -> None:
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
