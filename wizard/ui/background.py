"""Long work (an import, a records package, a big picture) off the window's thread.

The work runs in a Python thread; what it reports reaches the window through
Qt signals, which Qt delivers in the window's thread. Cancelling asks the work
to stop at its next check; it never kills it half-way.

Both threads share Python's interpreter lock. Work that makes many short system
calls (listing a folder, writing rows) lets go of the lock and takes it straight
back on each one; the window's thread, waiting for it, is woken each time too late
and may go without it for tens of milliseconds (a frozen window). So the work's
check for a cancel also pauses it for a moment when it has run a while.

Python's cycle collector holds that lock too, and now and then walks every object
of the program (the window's included: tens of milliseconds). While jobs run, the
objects that exist when the first starts are set aside (``gc.freeze``), so that the
collector walks only what the work makes; they are handed back when the last ends.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

# work(report_progress, cancelled) -> result
Work = Callable[[Callable[[object], None], Callable[[], bool]], object]
# At a check after this much work (its thread's processor time) without a pause, the
# work pauses this long.
TURN_AFTER = 0.004
TURN = 0.0005
_running = [0]  # jobs started and not finished, all on the window's thread


def jobs_running() -> int:
    """Jobs started and not finished yet (the auto-lock waits for them)."""
    return _running[0]


class Job(QObject):
    progress = Signal(object)
    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._turned = 0.0
        self._thread = threading.Thread(target=self._run, name="second-opinion-job", daemon=True)
        self.finished = False
        self.done.connect(self._mark_finished)
        self.failed.connect(self._mark_finished)

    def start(self) -> None:
        if _running[0] == 0:
            gc.freeze()
        _running[0] += 1
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
            result = self._work(self.progress.emit, self._check)
        except BaseException as exc:  # noqa: BLE001 - reported to the window, never lost
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _check(self) -> bool:
        """Whether to stop; on the work's thread, where it gives the window its turn."""
        if time.thread_time() - self._turned >= TURN_AFTER:
            time.sleep(TURN)
            self._turned = time.thread_time()
        return self._stop.is_set()

    def _mark_finished(self, _: object) -> None:
        if not self.finished:
            _running[0] -= 1
            if _running[0] == 0:
                gc.unfreeze()
        self.finished = True
