"""Backups in the window: a damaged database at start offers the newest good backup (never
replaced in silence), a day's backup that fails is a calm note, and Case > Backups… lists
the backups and restores one."""

from __future__ import annotations

import datetime as dt
import errno
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import wizard.store.backups
from tests.ui.test_main_window import _create_case
from wizard.store import CaseStore
from wizard.store.backups import list_backups
from wizard.store.database import DB_NAME
from wizard.ui import app as app_module
from wizard.ui.backups_dialog import BackupsDialog
from wizard.ui.damaged_dialog import DamagedDialog
from wizard.ui.main_window import MainWindow

YESTERDAY = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)


def damage(db) -> bytes:
    data = bytearray(db.read_bytes())
    data[100] ^= 0x01  # the first page no longer decrypts
    db.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def start(qapp, monkeypatch, translators):
    """Runs the app's start on a folder; ``look`` gets the window (instead of the event
    loop) and closes it. Returns run_gui's exit status."""
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text))
    )

    def run(data_dir, look):
        def loop():
            [window] = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            try:
                look(window)
            finally:
                window.close()
                window.deleteLater()
            return 0

        monkeypatch.setattr(QApplication, "exec", staticmethod(loop))
        return app_module.run_gui(data_dir)

    run.told = told
    return run


def answer_damaged(monkeypatch, restore: bool) -> list[DamagedDialog]:
    seen: list[DamagedDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        if restore:
            dialog.restore_button.click()
        else:
            dialog.quit_button.click()
        return dialog.result()

    monkeypatch.setattr(DamagedDialog, "exec", exec_)
    return seen


def test_a_damaged_database_at_start_offers_the_newest_good_backup(data_dir, start, monkeypatch):
    with CaseStore.open(data_dir) as store:
        case = store.create_case("Kept Patient")
        store.set_field(case.id, "need", "condition", "Heart valve")
        store.daily_backup(YESTERDAY)
    damaged = damage(data_dir / DB_NAME)
    [backup] = list_backups(data_dir)
    seen = answer_damaged(monkeypatch, restore=True)
    shown = {}

    def look(window):
        shown["notice"] = window.notice.text.text() if window.notice.isVisible() else ""
        shown["patient"] = window.patient_heading.text()
        shown["condition"] = window.case.value("need", "condition")

    assert start(data_dir, look) == 0
    [dialog] = seen
    when = backup.made.astimezone().strftime("%Y-%m-%d %H:%M")
    assert "is damaged, so the program cannot open it" in dialog.text.text()
    assert f"The newest good backup is from {when}." in dialog.text.text()
    assert dialog.restore_button.text() == f"&Restore the backup from {when}"
    assert shown["notice"].startswith(f"The backup from {when} is restored.")
    assert shown["patient"].startswith("Kept Patient")
    assert shown["condition"] == "Heart valve"
    # The damaged file was kept aside, as it was, among the backups.
    kept = [b for b in list_backups(data_dir) if b.cases is None]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    with CaseStore.open(data_dir) as store:
        assert store.check() == []


def test_damage_inside_found_by_the_days_backup_offers_the_newest_good_backup(
    data_dir, start, monkeypatch
):
    with CaseStore.open(data_dir) as store:
        for n in range(20):  # enough pages that one inside can be damaged
            case = store.create_case(f"Patient {n}")
            store.set_field(case.id, "appointment", "notes", "words " * 500)
        store.daily_backup(YESTERDAY)
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 * 5 + 300] ^= 0x01  # a page inside: the database opens, its check fails
    db.write_bytes(bytes(data))
    seen = answer_damaged(monkeypatch, restore=True)
    shown = {}

    def look(window):
        shown["notice"] = window.notice.text.text()
        shown["cases"] = len(window.store.list_cases())

    assert start(data_dir, look) == 0
    assert len(seen) == 1 and seen[0].restore_button is not None
    assert "is restored" in shown["notice"] and shown["cases"] == 20
    # No backup was made of the damaged data, other than the one kept aside as it was.
    assert [b.reason for b in list_backups(data_dir)] == ["before-restore", "daily"]
    with CaseStore.open(data_dir) as store:
        assert store.check() == []


def test_quitting_at_the_damaged_database_changes_nothing(data_dir, start, monkeypatch):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept Patient")
        store.daily_backup(YESTERDAY)
    damaged = damage(data_dir / DB_NAME)
    seen = answer_damaged(monkeypatch, restore=False)
    assert start(data_dir, lambda window: None) == 1
    assert len(seen) == 1
    assert (data_dir / DB_NAME).read_bytes() == damaged
    assert len(list_backups(data_dir)) == 1


def test_a_damaged_database_without_a_good_backup_is_said_and_left_alone(
    data_dir, start, monkeypatch
):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept Patient")
    damaged = damage(data_dir / DB_NAME)
    seen = answer_damaged(monkeypatch, restore=False)
    assert start(data_dir, lambda window: None) == 1
    [dialog] = seen
    assert dialog.restore_button is None
    assert "There is no good backup to restore." in dialog.text.text()
    assert (data_dir / DB_NAME).read_bytes() == damaged


def test_a_days_backup_that_fails_at_start_is_a_calm_note(data_dir, start, monkeypatch):
    with CaseStore.open(data_dir) as store:
        store.create_case("Kept Patient")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(wizard.store.backups, "_fsync", full)
    shown = {}

    def look(window):
        shown["notice"] = window.notice.text.text() if window.notice.isVisible() else ""

    assert start(data_dir, look) == 0
    assert shown["notice"].startswith(
        "Today's automatic backup could not be made (No space left on device); your data is safe"
    )
    assert start.told == []  # no dialog: the work goes on


def backups_dialog(window) -> BackupsDialog:
    window.backups_action.trigger()
    [dialog] = [d for d in window.findChildren(BackupsDialog) if d.isVisible()]
    return dialog


def test_the_backups_dialog_lists_the_backups_and_restores_one(make_window, asker, qtbot):
    window = make_window()
    _create_case(window, asker, qtbot, name="Anna Early")
    window.store.daily_backup(YESTERDAY)  # Anna only
    _create_case(window, asker, qtbot, name="Ben Later")
    assert [name for _, name in window.store.list_cases()] == ["Anna Early", "Ben Later"]

    dialog = backups_dialog(window)
    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert row.text(2) == "cases: 1" and row.text(1).endswith("KB")
    assert dialog.restore_button.isEnabled()
    asker.confirms.append(False)  # changed their mind: nothing happens
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Restore the backup from " in asker.last_question
    assert len(window.store.list_cases()) == 2

    asker.confirms.append(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [name for _, name in window.store.list_cases()] == ["Anna Early"]
    assert window.case is not None and window.case.name == "Anna Early"
    assert window.case_combo.count() == 1
    assert "is restored" in window.notice.text.text() and window.notice.isVisible()
    # Typing goes on into the restored data.
    window.go_to("need")
    line = window.pages["need"].form.texts["condition"]
    qtbot.keyClicks(line, "Knee")
    assert window.store.load(window.case.id).value("need", "condition") == "Knee"

    # The data it replaced is the newest backup: restoring that one goes back.
    dialog = backups_dialog(window)
    assert [dialog.table.topLevelItem(n).text(2) for n in range(2)] == ["cases: 2", "cases: 1"]
    asker.confirms.append(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [name for _, name in window.store.list_cases()] == ["Anna Early", "Ben Later"]
    assert window.store.check() == []


def test_the_backups_dialog_without_backups(make_window, asker, qtbot):
    window = make_window()
    dialog = backups_dialog(window)
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()
