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
    "or type 'second-opinion status CASE' (more in 'second-opinion --help').",
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
    from wizard.errors import UserError
    from wizard.i18n import system_language, translator_for

    if not display_available():
        from wizard.plan.messages import Msg

        try:
            tr = translator_for(system_language())
        except UserError as exc:  # said first; the rest can only be said in English
            print(f"second-opinion: {exc.render()}", file=sys.stderr)
            tr = None
        print(f"second-opinion: {Msg(NO_DISPLAY, context='Errors').render(tr)}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QMessageBox

    from wizard import APP_ID, APP_NAME
    from wizard.i18n import AppTranslators
    from wizard.paths import default_data_dir
    from wizard.store.preferences import Preferences
    from wizard.ui.look import apply_look, install_look
    from wizard.ui.main_window import MainWindow
    from wizard.ui.text import render

    app = qt_application()
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from wizard.paths import resource_path

    # PNG: Qt reads it without a plugin.
    app.setWindowIcon(QIcon(str(resource_path("icons", "second-opinion.png"))))
    install_look(app)
    from wizard.ui.collector import CycleCollector

    if app.findChild(CycleCollector) is None:
        CycleCollector(app)  # cycles are collected between events, never inside a Qt call
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    prefs = Preferences(folder)
    # The user's text size and colours from the first question on (the passphrase).
    apply_look(app, prefs.text_size, prefs.high_contrast)
    translators = AppTranslators(app)
    try:
        translators.switch(prefs.language or system_language())
    except UserError as exc:  # said, then the window opens in English
        QMessageBox.warning(None, APP_NAME, render(exc.msg))
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
    from wizard.store.database import DatabaseDamaged
    from wizard.ui.damaged_dialog import offer_restore

    with writer_lock:
        said = ""
        try:
            store = unlock(folder, translators.language)
        except DatabaseDamaged as damaged:
            # Said in plain words, with the newest good backup offered: never replaced silently.
            store, said = offer_restore(damaged)
            if store is None and said:
                QMessageBox.critical(None, APP_NAME, said)
        except UserError as exc:
            QMessageBox.critical(None, APP_NAME, render(exc.msg))
            return 1
        if store is None:
            return 1
        problem = store.daily_backup()
        if isinstance(problem, DatabaseDamaged):  # found by today's backup, which read it all
            store.close()
            store, said = offer_restore(problem)
            if store is None:
                if said:
                    QMessageBox.critical(None, APP_NAME, said)
                return 1
            problem = None
        window = MainWindow(store, translators, prefs)
        # Calm notes that do not stop the work.
        if said:
            window.notice.show_notice(said)
        elif problem is not None:
            window.notice.show_notice(render(problem.msg))
        requests = ShowRequests(folder, window)
        requests.show_requested.connect(lambda: bring_to_front(window))
        window.show()
        try:
            return app.exec()
        finally:
            store.close()


def unlock(folder: Path, lang: str = "en") -> CaseStore | None:
    """Open the data folder, asking for a passphrase or the recovery key where the keyring
    cannot help; a new folder's recovery key is made and shown once.

    A keyring that fails for an existing folder never leads to a new folder: the user is
    asked for the recovery key, or told why the data cannot be opened (``UserError``).
    Returns None when the user cancels.
    """
    from wizard.store.keys import read_keyinfo

    fresh = read_keyinfo(folder) is None
    store = _open(folder)
    if store is not None and fresh:
        show_new_recovery_key(store, lang)
    return store


def _open(folder: Path) -> CaseStore | None:
    from PySide6.QtWidgets import QDialog

    from wizard.store import PASSPHRASE_ENV, CaseStore, KeyringUnavailable
    from wizard.store.keys import KeyringRefused, needs_passphrase
    from wizard.ui import dialogs
    from wizard.ui.passphrase_dialog import no_keyring_reason

    if os.environ.get(PASSPHRASE_ENV) or not needs_passphrase(folder):
        try:
            return CaseStore.open(folder)
        except KeyringUnavailable:  # a new folder, on a computer without a keyring
            dialog = dialogs.PassphraseDialog(
                new=True, reason=no_keyring_reason(), recovery_next=True
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return CaseStore.open(folder, passphrase=dialog.passphrase())
        except KeyringRefused as refused:
            if not refused.has_recovery:
                raise  # said in a sentence: unlock the keyring and try again
            return _ask(folder, dialogs.PassphraseDialog(new=False, recovery=True))
    return _ask(folder, dialogs.PassphraseDialog(new=False))


def _ask(folder: Path, dialog) -> CaseStore | None:
    """Ask until what is typed opens the data, or the user cancels."""
    from PySide6.QtWidgets import QDialog

    from wizard.errors import UserError
    from wizard.store import CaseStore
    from wizard.store.database import DatabaseDamaged
    from wizard.store.recovery import looks_like_recovery_key, recovery_bytes
    from wizard.ui.passphrase_dialog import RECOVERY
    from wizard.ui.text import render

    while dialog.exec() == QDialog.DialogCode.Accepted:
        typed = dialog.passphrase()
        try:
            if getattr(dialog, "mode", "") == RECOVERY:
                recovery_bytes(typed)  # a typing mistake is said as one
            store = CaseStore.open(folder, passphrase=typed)
        except DatabaseDamaged:
            raise  # what was typed was right: the data is damaged (see run_gui)
        except UserError as exc:
            dialog.show_problem(render(exc.msg))
            continue
        if looks_like_recovery_key(typed) and store.key_methods().protection().method == (
            "passphrase"
        ):
            offer_new_passphrase(store)
        return store
    return None


def offer_new_passphrase(store: CaseStore) -> None:
    """After the recovery key opened a passphrase folder (a forgotten passphrase)."""
    from PySide6.QtWidgets import QDialog

    from wizard.errors import UserError
    from wizard.ui import dialogs
    from wizard.ui.passphrase_dialog import opened_with_recovery_reason
    from wizard.ui.text import render

    dialog = dialogs.PassphraseDialog(new=True, reason=opened_with_recovery_reason())
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            store.key_methods().change_passphrase(dialog.passphrase())
            return
        except UserError as exc:
            dialog.show_problem(render(exc.msg))


def show_new_recovery_key(store: CaseStore, lang: str) -> None:
    """Make the folder's recovery key and show it, once."""
    from wizard.errors import UserError
    from wizard.ui import recovery_dialog

    try:
        code = store.key_methods().new_recovery_key()
    except UserError:
        return  # the Security menu offers it again; the data opens as it is
    recovery_dialog.RecoveryKeyDialog(code, store.data_dir, lang).exec()
