"""The auto-lock: off by default, remembered, started again by any input; locking saves,
hides every patient and lets go of the key; unlocking asks for the passphrase."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from wizard import APP_NAME
from wizard.store import CaseStore
from wizard.store.preferences import Preferences
from wizard.ui.background import Job
from wizard.ui.dialogs import PassphraseDialog
from wizard.ui.main_window import MainWindow

PATIENT = "Wilhelmina Zebulon"
DIAGNOSIS = "Quartzite fever"
PASSPHRASE = "the right passphrase"


def _case(window, asker, qtbot, name=PATIENT):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    asker.texts.append(name)
    qtbot.mouseClick(window.overview.create_button, Qt.MouseButton.LeftButton)
    window.go_to("need")
    line = window.pages["need"].form.texts["condition"]
    line.setFocus()
    qtbot.keyClicks(line, DIAGNOSIS)  # saved as it is typed
    return window.case


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a visible widget of ``widget``'s window shows or tells a screen reader."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        if isinstance(child, QPlainTextEdit | QTextEdit):
            texts.append(child.toPlainText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
    return texts


def _shown_anywhere(text: str) -> bool:
    return any(
        text in shown
        for top in QApplication.topLevelWidgets()
        if top.isVisible()
        for shown in visible_texts(top)
    )


@pytest.fixture
def passphrase_window(qtbot, data_dir, no_keyring, translators, asker):
    """A window on a folder locked by a passphrase (no keyring on this computer)."""
    store = CaseStore.open(data_dir, passphrase=PASSPHRASE)
    window = MainWindow(store, translators, Preferences(data_dir), asker=asker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.store.close()


def _answer_passphrases(qtbot, answers: list[str | None], problems: list[str]) -> None:
    """Types each answer into the passphrase dialogs as they open (None: Cancel), and
    records the problem each one showed before it was answered."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        problems.append(dialog.problem.text())
        text = answers.pop(0)
        if text is None:
            dialog.reject()
        else:
            dialog.first.setText(text)
            qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_off_by_default_and_the_choice_is_remembered_for_the_folder(make_window, data_dir):
    window = make_window()
    lock = window.auto_lock
    assert lock.minutes == 0
    assert lock.minute_actions[0].isChecked()
    assert not lock.watch.timer.isActive()
    lock.minute_actions[15].trigger()
    assert lock.watch.timer.isActive()
    assert lock.watch.timer.interval() == 15 * 60_000
    assert Preferences(data_dir).auto_lock_minutes == 15
    window.close()

    again = make_window().auto_lock
    assert again.minutes == 15
    assert again.minute_actions[15].isChecked()
    assert again.watch.timer.isActive()
    again.minute_actions[0].trigger()
    assert not again.watch.timer.isActive()
    assert Preferences(data_dir).auto_lock_minutes == 0


def test_a_choice_not_offered_is_read_as_never(data_dir):
    prefs = Preferences(data_dir)
    prefs.auto_lock_minutes = 7
    assert Preferences(data_dir).auto_lock_minutes == 0
    prefs.values["auto_lock_minutes"] = "often"
    assert prefs.auto_lock_minutes == 0


def test_any_key_or_mouse_input_starts_the_count_again(make_window, asker, qtbot):
    window = make_window()
    _case(window, asker, qtbot)
    lock = window.auto_lock
    lock.set_minutes(5)
    timer = lock.watch.timer
    timer.stop()
    qtbot.keyClick(window.pages["need"].form.texts["treatment"], Qt.Key.Key_A)
    assert timer.isActive()
    timer.stop()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(5, 5),
        window.mapToGlobal(QPoint(5, 5)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.step_list.viewport(), move)
    assert timer.isActive()
    timer.stop()
    window.repaint()  # what is not input does not count
    assert not timer.isActive()
    assert not lock.locked


def test_idle_time_locks_hides_every_patient_and_lets_go_of_the_key(
    make_window, asker, qtbot, data_dir, tmp_path
):
    window = make_window()
    case = _case(window, asker, qtbot)
    window.case_actions.show_caseload()  # a dialog listing every patient
    assert _shown_anywhere(PATIENT)
    store = window.store
    lock = window.auto_lock
    lock.ms_per_minute = 10  # five "minutes" are 50 ms here
    lock.set_minutes(5)
    qtbot.waitUntil(lambda: lock.locked and lock.key_dropped)

    assert not _shown_anywhere(PATIENT)
    assert not _shown_anywhere(DIAGNOSIS)
    assert window.windowTitle() == APP_NAME
    assert window.centralWidget() is lock.screen
    assert lock.screen.unlock_button.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.export_action.isEnabled()
    window.grab().save(str(tmp_path / "lock-screen.png"))
    # The key and the connection are gone; what was typed was saved before.
    assert store._key == b""
    assert store.files.objects.keys == (b"", b"")
    with pytest.raises(Exception, match="closed"):
        store.db.execute("SELECT 1")
    with CaseStore.open(data_dir) as reader:
        assert reader.load(case.id).fields["need"]["condition"] == DIAGNOSIS


def test_a_keyring_folder_unlocks_with_one_click_where_the_user_left_off(make_window, asker, qtbot):
    window = make_window()
    case = _case(window, asker, qtbot)
    lock = window.auto_lock
    focus = window.pages["need"].form.texts["condition"]
    lock.lock_now()
    assert lock.key_dropped
    assert lock.screen.unlock_button.text() == "&Unlock"
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.windowTitle().startswith(PATIENT)
    assert window.page_key == "need"
    assert window.patient_heading.text() == PATIENT
    assert window.menuBar().isVisible()
    assert window.export_action.isEnabled()
    assert QApplication.focusWidget() is focus
    # The reopened store works: an edit is saved.
    qtbot.keyClicks(window.pages["need"].form.texts["treatment"], "Rest")
    assert window.store.load(case.id).fields["need"]["treatment"] == "Rest"


def test_unlocking_asks_for_the_passphrase_again_after_a_wrong_one(passphrase_window, asker, qtbot):
    window = passphrase_window
    _case(window, asker, qtbot)
    lock = window.auto_lock
    lock.lock_now()
    assert "type your passphrase" in lock.screen.text.text()

    problems: list[str] = []
    _answer_passphrases(qtbot, [None], problems)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.locked and lock.key_dropped  # Cancel: still locked
    assert not _shown_anywhere(PATIENT)

    problems = []
    _answer_passphrases(qtbot, ["not the passphrase", PASSPHRASE], problems)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert problems[0] == ""
    assert "not right" in problems[1]
    assert not lock.locked
    assert window.patient_heading.text() == PATIENT
    assert window.pages["need"].form.texts["condition"].text() == DIAGNOSIS


def test_a_dialog_open_at_the_lock_is_closed_before_the_key_goes(make_window, asker, qtbot):
    window = make_window()
    _case(window, asker, qtbot)
    lock = window.auto_lock
    # A message box waits in its own event loop; the lock comes while it is open.
    QTimer.singleShot(0, lock.lock_now)
    QMessageBox.warning(window, "Not saved", f"{PATIENT} could not be saved.")
    assert lock.locked  # the box returned: the lock closed it
    # The code that opened the box goes on with the database still open ...
    assert window.store.load(window.case.id).name == PATIENT
    # ... and a moment later the key is let go of.
    qtbot.waitUntil(lambda: lock.key_dropped)
    assert not _shown_anywhere(PATIENT)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_the_lock_waits_for_work_in_progress_to_end(make_window, asker, qtbot):
    window = make_window()
    _case(window, asker, qtbot)
    lock = window.auto_lock
    release = threading.Event()
    job = Job(lambda progress, cancelled: release.wait(30), window)
    job.start()
    lock.lock_now()
    assert lock.waiting and not lock.locked
    assert "when the work in progress is done" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: lock.locked and lock.key_dropped)
    assert job.finished
    assert not lock.waiting


def test_coming_back_during_work_in_progress_cancels_the_idle_lock(make_window, asker, qtbot):
    window = make_window()
    _case(window, asker, qtbot)
    lock = window.auto_lock
    lock.set_minutes(5)
    release = threading.Event()
    job = Job(lambda progress, cancelled: release.wait(30), window)
    job.start()
    try:
        lock.watch.timer.timeout.emit()  # five minutes without use went by
        assert lock.waiting
        qtbot.keyClick(window.pages["need"].form.texts["treatment"], Qt.Key.Key_B)
        lock._try_lock()  # the next look
        assert not lock.waiting and not lock.locked
        assert lock.watch.timer.isActive()
    finally:
        release.set()
        qtbot.waitUntil(lambda: job.finished)
    assert not lock.locked


def test_a_language_switch_while_locked_waits_for_the_unlock(make_window, asker, qtbot):
    window = make_window()
    _case(window, asker, qtbot)
    lock = window.auto_lock
    lock.lock_now()
    window.translators.switch("de")
    QApplication.processEvents()  # the language change reaches the widgets
    try:
        assert asker.errors == []  # nothing was read from the closed database
        assert window.windowTitle() == APP_NAME
        assert window.back_button.text() == "\u2190 &Back"  # not yet: it waits
        lock.unlock()
        assert window.back_button.text() != "\u2190 &Back"
        assert window.windowTitle().startswith(PATIENT)
    finally:
        window.translators.switch("en")


def test_a_closed_window_watches_no_more(make_window):
    window = make_window()
    lock = window.auto_lock
    lock.set_minutes(5)
    assert lock.watch.timer.isActive()
    window.close()
    assert not lock.watch.timer.isActive()
    assert not lock.watch._filtering
