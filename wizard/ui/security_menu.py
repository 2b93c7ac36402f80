"""The Security menu: how the data is locked, changed from the window.

A new recovery key; a new passphrase; the key moved from the system keyring to a
passphrase and back. None of them re-encrypts the data (``wizard.store.key_methods``).
Before the lock is changed, the current passphrase (or recovery key) is asked again,
so that someone at an unlocked computer cannot change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu

from wizard.errors import UserError
from wizard.ui import dialogs, recovery_dialog
from wizard.ui.text import render

if TYPE_CHECKING:
    from wizard.ui.main_window import MainWindow


class SecurityActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.methods = window.store.key_methods()
        self.recovery_action = menu.addAction("", self.new_recovery_key)
        menu.addSeparator()
        self.change_action = menu.addAction("", self.change_passphrase)
        self.to_passphrase_action = menu.addAction("", self.use_passphrase)
        self.to_keyring_action = menu.addAction("", self.use_keyring)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Security"))
        self.recovery_action.setText(self.tr("Make a new &recovery key…"))
        self.change_action.setText(self.tr("&Change the passphrase…"))
        self.to_passphrase_action.setText(self.tr("Use a &passphrase instead of the keyring…"))
        self.to_keyring_action.setText(self.tr("Keep the key in the system &keyring instead…"))

    def update_actions(self) -> None:
        try:
            method = self.methods.protection().method
        except UserError:
            method = ""
        self.change_action.setVisible(method == "passphrase")
        self.to_keyring_action.setVisible(method == "passphrase")
        self.to_passphrase_action.setVisible(method == "keyring")

    def _title(self) -> str:
        return self.tr("Security")

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _confirm_identity(self) -> bool:
        """The current passphrase (or recovery key) asked again before a change; a keyring
        folder has nothing to type (the keyring, behind the user's login, opened it)."""
        if self.methods.protection().method == "keyring":
            return True
        reason = self.tr(
            "To change how your data is locked, first type your current passphrase (or your "
            "recovery key)."
        )
        dialog = dialogs.PassphraseDialog(new=False, parent=self.window, reason=reason)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.methods.check_secret(dialog.passphrase())
                return True
            except UserError as exc:
                dialog.show_problem(render(exc.msg))
        return False

    def _new_passphrase(self, reason: str) -> str | None:
        dialog = dialogs.PassphraseDialog(new=True, parent=self.window, reason=reason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def _do(self, change) -> bool:
        try:
            change()
        except UserError as exc:
            self.window.asker.error(self._title(), render(exc.msg))
            return False
        self.update_actions()
        return True

    # -- the actions ------------------------------------------------------------
    def new_recovery_key(self) -> None:
        if self.methods.protection().has_recovery_key:
            question = self.tr(
                "A new recovery key replaces the one you have: the old one stops working. "
                "Make a new one?"
            )
            if not self.window.asker.confirm(self._title(), question):
                return
        if not self._confirm_identity():
            return
        made: list[str] = []
        if self._do(lambda: made.append(self.methods.new_recovery_key())):
            self.show_recovery_key(made[0])

    def show_recovery_key(self, code: str) -> None:
        lang = self.window.translators.language
        dialog = recovery_dialog.RecoveryKeyDialog(
            code, self.window.store.data_dir, lang, self.window.asker, self.window
        )
        dialog.exec()

    def change_passphrase(self) -> None:
        if not self._confirm_identity():
            return
        new = self._new_passphrase(self.tr("Choose your new passphrase."))
        if new is not None and self._do(lambda: self.methods.change_passphrase(new)):
            self._say(self.tr("The passphrase was changed. Use the new one from now on."))

    def use_passphrase(self) -> None:
        if not self._confirm_identity():
            return
        reason = self.tr(
            "Your data will be locked with a passphrase instead of the system keyring. The "
            "key is then removed from the keyring."
        )
        new = self._new_passphrase(reason)
        if new is not None and self._do(lambda: self.methods.use_passphrase(new)):
            self._say(self.tr("Your data is now locked with your passphrase."))

    def use_keyring(self) -> None:
        if not self._confirm_identity():
            return
        if self._do(self.methods.use_keyring):
            self._say(self.tr("The key is now kept in the system keyring; no passphrase is asked."))
