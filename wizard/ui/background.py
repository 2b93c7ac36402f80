"""Long work (an import, a records package, a big picture) off the window's thread.

The work runs in a Python thread; what it reports reaches the window through
Qt signals, which Qt delivers in the window's thread. Cancelling asks the work
to stop at its next check; it never kills it half-way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

# work(report_progress, cancelled) -> result
Work = Callable[[Callable[[object], None], Callable[[], bool]], object]


class Job(QObject):
    progress = Signal(object)
    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="second-opinion-job", daemon=True)
        self.finished = False
        self.done.connect(self._mark_finished)
        self.failed.connect(self._mark_finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (for closing the window); whether it ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the window, never lost
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _mark_finished(self, _: object) -> None:
        self.finished = True
