"""Python's cycle collector, run by the window's event loop instead of at any moment.

Left to itself, the collector starts whenever enough objects have been made: inside a Qt
call that is changing or deleting widgets (clearing a list, retranslating a page), or on a
background job's thread. Tearing down a cycle of widget wrappers there can delete a widget
while Qt is still using it, or call a Python override whose object is half gone, and the
program crashes (tests/ui/conftest.py met that at the end of tests). So ``CycleCollector``
turns automatic collection off and runs it from a timer on the window's thread, between
events, with the same generation thresholds Python uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class CycleCollector(QObject):
    """While it exists, cycles are collected only by its timer on the window's thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the oldest generation that is over its threshold, if any; what it found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Automatic collection as it was before."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
