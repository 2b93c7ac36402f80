from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from wizard.i18n import AppTranslators
from wizard.store import CaseStore
from wizard.store.preferences import Preferences
from wizard.ui.collector import CycleCollector
from wizard.ui.look import install_look
from wizard.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _widgets_deleted_by_qt(qapp):
    """The windows and dialogs a test leaves are deleted by Qt when it ends, not by Python's
    garbage collector at some moment inside a later test.

    While Qt deletes a widget tree it calls our Python overrides (the custom layouts'
    takeAt, event filters); that is only safe while their Python objects are whole, which
    they are not when the collector is tearing a cycle of them down (a segmentation fault).
    During the test, cycles are collected as in the program: between events only
    (wizard.ui.collector).
    """
    collector = CycleCollector()
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    collector.stop()
    for started in QApplication.instance().findChildren(CycleCollector):  # by run_gui
        started.stop()
        started.setParent(None)
    gc.enable()  # the tests outside tests/ui run with Python's own collection
    # What is left for the collector are Python objects whose Qt side is gone: safe to
    # collect whenever it comes to them (a full collection per test would cost a minute).


class FakeAsker:
    """Answers the window's questions from a script, and records what it was told."""

    def __init__(self) -> None:
        self.texts: list[str | None] = []
        self.confirms: list[bool] = []
        self.paths: list[Path | None] = []
        self.errors: list[str] = []
        self.opened: list[list[Path]] = []
        self.problems: list[str] = []
        self.printers: list = []  # QPrinter to print on, or None for Cancel
        # What was opened with the system's own program: each path, with its bytes then.
        self.shown: list[tuple[Path, bytes]] = []
        self.system_opens = True
        self.warnings: list[str] = []
        # The passphrases of encrypted cases, as typed (None: Cancel); and what was asked.
        self.passphrases: list[str | None] = []
        self.passphrase_asked: list[tuple[str, bool]] = []

    def open_paths(self, title, folder, filter_text=""):
        self.filter_text = filter_text
        return self.opened.pop(0)

    def text(self, title, label, default="", check=None):
        """The next scripted answer; one that ``check`` finds wrong is recorded in
        ``problems`` and the dialog, still open, takes the next answer."""
        while True:
            answer = self.texts.pop(0)
            problem = None if answer is None or check is None else check(answer)
            if problem is None:
                return answer
            self.problems.append(problem)

    def confirm(self, title, question):
        self.last_question = question
        return self.confirms.pop(0)

    def save_path(self, title, suggested, filter_text):
        self.suggested = suggested
        return self.paths.pop(0)

    def error(self, title, text):
        self.errors.append(text)

    def printer(self, title):
        self.print_title = title
        return self.printers.pop(0)

    def continue_or_cancel(self, title, warning, continue_text):
        self.warnings.append(warning)
        return self.confirms.pop(0)

    def bundle_passphrase(self, title, new):
        self.passphrase_asked.append((title, new))
        return self.passphrases.pop(0)

    def open_in_system(self, path):
        self.shown.append((path, path.read_bytes()))
        return self.system_opens


@pytest.fixture
def asker():
    return FakeAsker()


@pytest.fixture
def translators(qapp):
    install_look(qapp)
    translators = AppTranslators(QApplication.instance())
    translators.switch("en")  # as the app starts: the language also sets how dates are written
    yield translators
    translators.switch("en")


@pytest.fixture
def make_window(qtbot, data_dir, translators, asker):
    """Opens a window on the data folder, as the app does; can be called again to 'restart'."""
    opened: list[tuple[MainWindow, CaseStore]] = []

    def make() -> MainWindow:
        store = CaseStore.open(data_dir)
        window = MainWindow(store, translators, Preferences(data_dir), asker=asker)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.close()
        store.close()
