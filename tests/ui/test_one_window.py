"""A second window on the same data folder: the first comes to the front, the second says
why it does not open, and nothing is touched."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from wizard.store.folder import WINDOW, take_writer_lock
from wizard.ui import app as app_module
from wizard.ui.one_window import ShowRequests, ask_first_window_to_show, request_path


def _ask_in_background(folder) -> list[bool]:
    """A second start runs in its own process; here a thread, so this event loop runs."""
    answers: list[bool] = []
    thread = threading.Thread(target=lambda: answers.append(ask_first_window_to_show(folder)))
    thread.start()
    return answers


def test_a_second_start_asks_the_first_window_to_show_itself(qapp, qtbot, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)  # the first window's store made it
    requests = ShowRequests(data_dir)
    asked = []
    requests.show_requested.connect(lambda: asked.append(True))
    answers = _ask_in_background(data_dir)
    qtbot.waitUntil(lambda: answers == [True], timeout=3000)
    assert asked == [True]
    assert not request_path(data_dir).exists(), "the window took the request away"
    missing = data_dir.parent / "other"
    assert not ask_first_window_to_show(missing), "no window listens for another folder"
    assert not missing.exists(), "asking made no folder"


def test_nobody_answers_in_a_folder_without_a_window_and_a_window_clears_old_requests(
    qapp, qtbot, tmp_path
):
    folder = tmp_path / "quiet"
    folder.mkdir()
    assert not ask_first_window_to_show(folder)
    assert request_path(folder).exists(), "the request waits for a window that was busy"
    requests = ShowRequests(folder)
    asked = []
    requests.show_requested.connect(lambda: asked.append(True))
    assert not request_path(folder).exists(), "a window that starts clears an old request"
    qtbot.wait(500)
    assert asked == [], "an old request does not bring a new window forward"


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
    # Here both are in one process, so the first window answers once this start is done.
    qtbot.waitUntil(lambda: shown == [True], timeout=3000)
    assert not (data_dir / "cases.db").exists(), "the second start touched nothing"
