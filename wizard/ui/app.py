"""Starting the wizard: display check, fonts, language, unlocking, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.i18n_markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wizard.store import CaseStore

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Errors",
    "No graphical display was found, so the wizard cannot open; start it from your desktop, "
    "or use a command such as 'second-opinion status CASE' (see 'second-opinion --help').",
)


def display_available() -> bool:
    """False on Linux when neither X11 nor Wayland is there and no platform is forced."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def qt_application() -> QApplication:
    """The running QApplication, or a new one; a QApplication and not a mere QCoreApplication."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return QApplication([sys.argv[0]])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    return app


def run_gui(data_dir: Path | None) -> int:
    from wizard.i18n import system_language, translator_for

    if not display_available():
        from wizard.plan.messages import Msg

        text = Msg(NO_DISPLAY, context="Errors").render(translator_for(system_language()))
        print(f"second-opinion: {text}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QMessageBox

    from wizard import APP_ID, APP_NAME
    from wizard.errors import UserError
    from wizard.i18n import AppTranslators
    from wizard.paths import default_data_dir
    from wizard.store.preferences import Preferences
    from wizard.ui.look import apply_look, install_look
    from wizard.ui.main_window import MainWindow
    from wizard.ui.text import render

    app = qt_application()
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    install_look(app)
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    prefs = Preferences(folder)
    # The user's text size and colours from the first question on (the passphrase).
    apply_look(app, prefs.text_size, prefs.high_contrast)
    translators = AppTranslators(app)
    translators.switch(prefs.language or system_language())
    from wizard.store.folder import WINDOW, take_writer_lock
    from wizard.ui.one_window import ShowRequests, ask_first_window_to_show, bring_to_front

    try:
        # One window per data folder, decided before anything is asked or opened.
        writer_lock = take_writer_lock(folder, holder=WINDOW)
    except UserError as exc:
        # The first window comes to the front where the platform allows; this one says why
        # it does not open.
        ask_first_window_to_show(folder)
        QMessageBox.information(None, APP_NAME, render(exc.msg))
        return 1
    with writer_lock:
        try:
            store = unlock(folder)
        except UserError as exc:
            QMessageBox.critical(None, APP_NAME, render(exc.msg))
            return 1
        if store is None:
            return 1
        store.daily_backup()
        window = MainWindow(store, translators, prefs)
        requests = ShowRequests(folder, window)
        requests.show_requested.connect(lambda: bring_to_front(window))
        window.show()
        try:
            return app.exec()
        finally:
            store.close()


def unlock(folder: Path) -> CaseStore | None:
    """Open the data folder, asking for a passphrase where the keyring cannot help.

    Returns None when the user cancels.
    """
    from PySide6.QtWidgets import QDialog

    from wizard.errors import UserError
    from wizard.store import PASSPHRASE_ENV, CaseStore, KeyringUnavailable
    from wizard.store.keys import needs_passphrase
    from wizard.ui.dialogs import PassphraseDialog
    from wizard.ui.text import render

    if os.environ.get(PASSPHRASE_ENV) or not needs_passphrase(folder):
        try:
            return CaseStore.open(folder)
        except KeyringUnavailable:
            dialog = PassphraseDialog(new=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return CaseStore.open(folder, passphrase=dialog.passphrase())
    dialog = PassphraseDialog(new=False)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return CaseStore.open(folder, passphrase=dialog.passphrase())
        except UserError as exc:
            dialog.show_problem(render(exc.msg))
    return None
