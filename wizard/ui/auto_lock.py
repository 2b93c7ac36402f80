"""Locking the window: after a chosen time without use (off by default), or at once.

For advocates on shared computers. Locking hides every case behind the lock screen
(``wizard.ui.lock_screen``), closes the open dialogs, and closes the database, which lets
go of its key and the vault's (``CaseStore.lock``); Python cannot wipe a key's bytes, but
nothing refers to them any more. Nothing typed is lost: the forms save as the user types.
Unlocking goes through the program's one unlock (``wizard.ui.app.unlock``): for a folder
with a passphrase it asks for it; for a folder whose key is in the computer's keyring it
reads the keyring again, which the user's computer account opens anyway, so asking
anything more would protect nothing (the lock screen says to lock the computer too).

Work in progress (an import, a records package) is not cut short: the lock waits until
it ends, since its worker holds the key and the window must take its result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from wizard import APP_NAME
from wizard.errors import UserError
from wizard.store.keys import needs_passphrase
from wizard.store.preferences import AUTO_LOCK_CHOICES, Preferences
from wizard.ui.app import qt_application
from wizard.ui.background import jobs_running
from wizard.ui.lock_screen import LockScreen
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.ui.main_window import MainWindow

MS_PER_MINUTE = 60_000
# How often a lock that waits for work in progress looks again.
WAIT_MS = 500
# A dialog closed by the lock returns from its own event loop only after the lock's
# code: the key is let go of a moment later, once the code that opened it has gone on.
SETTLE_MS = 100

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatch(QObject):
    """A timer that any keyboard, mouse or touch input to the program starts again.

    It watches (an event filter on the whole application) only while it runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self._filtering = False

    def start(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        self.timer.start()
        if not self._filtering:
            qt_application().installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        self.timer.stop()
        if self._filtering:
            qt_application().removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT:
            self.timer.start()
        return False


class AutoLock(QObject):
    """The window's lock: its menu entries, the idle watch, locking and unlocking."""

    def __init__(
        self, window: MainWindow, prefs: Preferences, ms_per_minute: int = MS_PER_MINUTE
    ) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs
        self.ms_per_minute = ms_per_minute
        self.minutes = 0
        self.locked = False  # the lock screen is shown
        self.key_dropped = False  # and the database is closed
        self.waiting = False  # for work in progress to end, to lock then
        self._asked = False  # the user chose "Lock now" (their coming back does not undo it)
        self._content: QWidget | None = None
        self._focus: QWidget | None = None
        self._disabled: list[QAction | QShortcut] = []
        self._language_changed = False
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self.watch = IdleWatch(self)
        self.watch.timer.timeout.connect(self.lock)
        self._wait = QTimer(self)
        self._wait.setInterval(WAIT_MS)
        self._wait.timeout.connect(self._try_lock)
        self._build_menu()
        window.installEventFilter(self)
        self.set_minutes(prefs.auto_lock_minutes, remember=False)

    # -- the menu ---------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.view_menu
        menu.addSeparator()
        self.lock_action = menu.addAction("", self.lock_now)
        self.lock_action.setObjectName("lock-now")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.after_menu = menu.addMenu("")
        group = QActionGroup(self)
        self.minute_actions: dict[int, QAction] = {}
        for minutes in AUTO_LOCK_CHOICES:
            action = self.after_menu.addAction("")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, m=minutes: self.set_minutes(m))
            self.minute_actions[minutes] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("&Lock now"))
        self.after_menu.setTitle(self.tr("Lock &automatically"))
        for minutes, action in self.minute_actions.items():
            if minutes == 0:
                action.setText(self.tr("&Never"))
            else:
                text = self.tr("After {minutes} minutes without use")
                action.setText(text.format(minutes=minutes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
                if self.locked:
                    # The window would show its case in the new words, from the closed
                    # database: it does so on unlocking instead.
                    self._language_changed = True
                    return True
            elif event.type() == QEvent.Type.Close:
                self.watch.stop()  # a closed window locks no more
                self._wait.stop()
            elif (
                event.type() == QEvent.Type.WindowTitleChange
                and self.locked
                and self.window.windowTitle() != APP_NAME
            ):
                self.window.setWindowTitle(APP_NAME)  # never a patient's name while locked
        return False

    def set_minutes(self, minutes: int, remember: bool = True) -> None:
        """Lock after ``minutes`` without use (0: never); remembered for this data folder."""
        self.minutes = minutes if minutes in AUTO_LOCK_CHOICES else 0
        self.minute_actions[self.minutes].setChecked(True)
        if remember:
            self.prefs.auto_lock_minutes = self.minutes
        self._watch()

    def _watch(self) -> None:
        if self.minutes and not self.locked:
            self.watch.start(self.minutes * self.ms_per_minute)
        else:
            self.watch.stop()

    # -- locking ----------------------------------------------------------------
    def lock_now(self) -> None:
        self._asked = True
        self.lock()

    def lock(self) -> None:
        """Lock at once, or when the work in progress has ended."""
        if self.locked:
            return
        if jobs_running():
            if not self.waiting:
                self.waiting = True
                self._wait.start()
                self.window.statusBar().showMessage(
                    self.tr("The program will lock itself when the work in progress is done.")
                )
            return
        self._lock_now()

    def _try_lock(self) -> None:
        if not self._asked and self.watch.timer.isActive():
            self._stop_waiting()  # the user came back before the work ended
        elif not jobs_running():
            self._stop_waiting()
            self._lock_now()

    def _stop_waiting(self) -> None:
        self.waiting = False
        self._wait.stop()
        self.window.statusBar().clearMessage()

    def _lock_now(self) -> None:
        window = self.window
        self._asked = False
        self.locked = True
        self.watch.stop()
        # Leaving the field shows what could not be saved as typed (all else is saved).
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        # Given back on unlocking, when it is a field of the window (dialogs close).
        self._focus = focus if focus is not None and window.isAncestorOf(focus) else None
        closed_dialog = self._close_other_windows()
        # As on closing the window: players stop, plain copies go, deletes become final.
        for page in window.pages.built():
            if page.files_panel is not None:
                page.files_panel.stop_work()
            for editor in page.editors:
                editor.stop_work()
        window.case_actions.purge()
        self._content = window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()  # a widget without a parent is a window of its own
        self.screen.show_locked(needs_passphrase(window.store.data_dir))
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.menuBar().hide()
        window.statusBar().clearMessage()
        window.statusBar().hide()
        items: list[QAction | QShortcut] = [
            *window.findChildren(QAction),
            *window.findChildren(QShortcut),
        ]
        self._disabled = [item for item in items if item.isEnabled()]
        for item in self._disabled:
            item.setEnabled(False)
        window.setWindowTitle(APP_NAME)
        self.screen.setFocus()
        if closed_dialog:
            QTimer.singleShot(SETTLE_MS, self._let_go)
        else:
            self._let_go()

    def _close_other_windows(self) -> bool:
        """Close every dialog, menu and other window of the program; whether there was one."""
        closed = False
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or widget is self.screen or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
            widget.hide()
            closed = True
        return closed

    def _let_go(self) -> None:
        """Close the database: its key and the vault's go with it."""
        if not self.locked or self.key_dropped:
            return
        if self._close_other_windows():  # opened since, by the code a closed dialog returned to
            QTimer.singleShot(SETTLE_MS, self._let_go)
            return
        self.window.store.lock()
        self.key_dropped = True

    # -- unlocking --------------------------------------------------------------
    def unlock(self) -> None:
        """Ask for the passphrase (or read the keyring again) and show the cases again."""
        from wizard.ui.app import unlock as unlock_folder

        if not self.key_dropped:
            return
        try:
            opened = unlock_folder(self.window.store.data_dir)
        except UserError as exc:
            self.screen.show_problem(render(exc.msg))
            return
        if opened is None:
            return  # the user changed their mind: still locked
        window = self.window
        window.store.resume(opened)
        self.key_dropped = False
        self.locked = False
        window.takeCentralWidget()  # the lock screen, kept for the next lock
        self.screen.hide()  # a widget without a parent is a window of its own
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        window.menuBar().show()
        window.statusBar().show()
        for item in self._disabled:
            item.setEnabled(True)
        self._disabled = []
        if self._language_changed:
            self._language_changed = False
            window.retranslate()
        window.case_actions.refresh_cases()
        window.reload_case()
        if self._focus is not None:
            self._focus.setFocus()
        self._watch()
