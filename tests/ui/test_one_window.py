"""A second window on the same data folder: the first comes to the front, the second says
why it does not open, and nothing is touched."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from wizard.store.folder import WINDOW, take_writer_lock
from wizard.ui import app as app_module
from wizard.ui.one_window import ShowRequests, ask_first_window_to_show


def test_a_second_start_asks_the_first_window_to_show_itself(qapp, qtbot, data_dir):
    requests = ShowRequests(data_dir)
    asked = []
    requests.show_requested.connect(lambda: asked.append(True))
    assert ask_first_window_to_show(data_dir)
    qtbot.waitUntil(lambda: asked == [True], timeout=3000)
    other = data_dir.parent / "other"
    assert not ask_first_window_to_show(other), "no window listens for another folder"


def test_a_second_window_is_refused_with_one_sentence(qapp, qtbot, data_dir, monkeypatch):
    told = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    monkeypatch.setenv("SECOND_OPINION_PASSPHRASE", "correct horse battery")
    requests = ShowRequests(data_dir)
    shown = []
    requests.show_requested.connect(lambda: shown.append(True))
    with take_writer_lock(data_dir, holder=WINDOW):
        assert app_module.run_gui(data_dir) == 1
    assert len(told) == 1 and "open in another window" in told[0]
    qtbot.waitUntil(lambda: shown == [True], timeout=3000)
    assert not (data_dir / "cases.db").exists(), "the second start touched nothing"
