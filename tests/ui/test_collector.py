"""Cycles are collected between events on the window's thread (wizard/ui/collector.py), never
by Python at any allocation: inside a Qt call, or on a background job's thread."""

from __future__ import annotations

import gc
import weakref

from wizard.ui.collector import CycleCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def test_cycles_wait_for_the_event_loop_and_go_there(qapp, qtbot):
    before = gc.isenabled()
    collector = CycleCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        gc.collect()
        node = Node()
        gone = weakref.ref(node)
        del node
        for _ in range(gc.get_threshold()[0] * 3):  # what would start the collector
            Node()
        assert gone() is not None, "no collection outside the event loop"
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    finally:
        collector.stop()
    assert gc.isenabled() == before, "stopped, it leaves collection as it found it"


def test_the_program_collects_so(qapp, monkeypatch, tmp_path):
    from wizard.ui import app as app_module

    made = []
    real = CycleCollector.__init__
    monkeypatch.setattr(
        CycleCollector, "__init__", lambda self, *a, **k: made.append(self) or real(self, *a, **k)
    )
    monkeypatch.setattr(app_module, "unlock", lambda *a, **k: None)  # cancelled at once
    app_module.run_gui(tmp_path / "data")
    assert len(made) == 1 and not gc.isenabled()
