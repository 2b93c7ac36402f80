"""The passphrase dialog: choosing a passphrase (typed twice), or typing the passphrase or
recovery key that opens the data.

It names the program, says the rules before the first try, and says in plain words what
happens when the passphrase is forgotten. A mismatch of the two new passphrases clears
only the second; a wrong passphrase is said in the dialog, which stays open to try again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME
from wizard.errors import UserError
from wizard.store.keys import MIN_PASSPHRASE, check_new_passphrase
from wizard.ui.look import set_role
from wizard.ui.text import render


def text_label(text: str = "") -> QLabel:
    """A sentence or two that wraps at the dialog's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


NEW = "new"  # choose a passphrase
UNLOCK = "unlock"  # type the passphrase (or the recovery key)
RECOVERY = "recovery"  # the keyring failed: type the recovery key


def no_keyring_reason() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog",
        "This computer has no safe system keyring to keep the key to your data, so please "
        "choose a passphrase.",
    )


def opened_with_recovery_reason() -> str:
    return QCoreApplication.translate(
        "PassphraseDialog",
        "You opened your data with the recovery key. Choose a new passphrase now, so that you "
        "can open your data with it next time. The recovery key keeps working.",
    )


def fit_height(dialog: QDialog) -> None:
    """Make ``dialog`` tall enough for every sentence at its width (a problem said, a long
    language): a dialog does not grow by itself for text that wraps."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class PassphraseDialog(QDialog):
    """Asks for the passphrase; for a new one, asks for it twice.

    ``reason`` is a first sentence that says why the dialog is asked (no keyring here, a
    keyring that did not give the key, a change the user chose); ``recovery`` asks for the
    recovery key alone (a keyring folder has no passphrase); ``recovery_next`` says that a
    recovery key is shown next (a new data folder).
    """

    def __init__(
        self,
        new: bool,
        parent: QWidget | None = None,
        *,
        reason: str = "",
        recovery: bool = False,
        recovery_next: bool = False,
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.recovery_next = recovery_next
        self.mode = NEW if new else (RECOVERY if recovery else UNLOCK)
        self.reason = text_label(reason)
        self.reason.setVisible(bool(reason))
        self.intro = text_label()
        self.rules = text_label()
        self.forgotten = text_label()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = text_label()
        set_role(self.problem, "problem")
        self.problem.hide()
        self.first.textEdited.connect(lambda _text: self.problem.hide())
        self.second.textEdited.connect(lambda _text: self.problem.hide())
        # Each label above its field: room for a long label in any language.
        form = QVBoxLayout()
        self.first_label = QLabel()
        self.second_label = QLabel()
        for label, field in ((self.first_label, self.first), (self.second_label, self.second)):
            label.setBuddy(field)
            form.addWidget(label)
            form.addWidget(field)
        if not new:
            self.second.hide()
            self.second_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for label in (self.reason, self.intro, self.rules):
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.forgotten)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(480)
        self.resize(560, 200)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        fit_height(self)

    def retranslate(self) -> None:
        if self.mode == NEW:
            self.setWindowTitle(self.tr("{program}: choose a passphrase").format(program=APP_NAME))
            intro = self.tr(
                "{program} locks your data so that only you can open it. Choose a passphrase "
                "to lock it. You will type it each time you open the program."
            )
            rules = self.tr(
                "The rules: at least {count} characters. A few words that you can remember, "
                "with spaces between them, work well."
            ).format(count=MIN_PASSPHRASE)
            if self.recovery_next:
                forgotten = self.tr(
                    "If you forget the passphrase, only your recovery key can open the data. You "
                    "get the recovery key next: print it or write it down. Without the "
                    "passphrase and the recovery key, no one can open your data, not even the "
                    "makers of the program."
                )
            else:
                forgotten = self.tr(
                    "If you forget the passphrase, only your recovery key can open the data. "
                    "Without the passphrase and the recovery key, no one can open your data, "
                    "not even the makers of the program."
                )
            first, second = self.tr("New &passphrase:"), self.tr("Type it &again:")
        elif self.mode == UNLOCK:
            self.setWindowTitle(self.tr("{program}: open your data").format(program=APP_NAME))
            intro = self.tr(
                "{program} keeps your data locked with a passphrase. Type your passphrase to "
                "open it."
            )
            rules = ""
            forgotten = self.tr(
                "Forgot the passphrase? Type the recovery key from your recovery sheet instead. "
                "Without either of them, no one can open the data."
            )
            first, second = self.tr("&Passphrase or recovery key:"), ""
        else:
            self.setWindowTitle(self.tr("{program}: open your data").format(program=APP_NAME))
            intro = self.tr(
                "The system keyring did not give the key to your data: it may be locked, or it "
                "did not answer in time. Type the recovery key from your recovery sheet to open "
                "your data, or cancel, unlock your keyring and start {program} again."
            )
            rules = self.tr("The recovery key is 7 groups of 4 letters and digits.")
            forgotten = ""
            first, second = self.tr("&Recovery key:"), ""
        self.intro.setText(intro.format(program=APP_NAME))
        # A reason of the caller's own (a change the user chose) says all the intro would.
        self.intro.setVisible(self.mode != UNLOCK or not self.reason.text())
        self.rules.setText(rules)
        self.rules.setVisible(bool(rules))
        self.forgotten.setText(forgotten)
        self.forgotten.setVisible(bool(forgotten))
        self.first_label.setText(first)
        self.second_label.setText(second)
        self.first.setAccessibleName(first.replace("&", "").rstrip(":"))
        self.second.setAccessibleName(second.replace("&", "").rstrip(":"))
        if self.mode == RECOVERY:
            self.first.setEchoMode(QLineEdit.EchoMode.Normal)  # read from paper: let it show
            self.first.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

    def show_problem(self, text: str) -> None:
        """Say what is wrong (a wrong passphrase) and let the user type it again at once."""
        self.problem.setText(text)
        self.problem.show()
        self._fit()
        self.first.selectAll()
        self.first.setFocus()

    def _check(self) -> None:
        if not self.first.text():
            if self.mode == RECOVERY:
                self.show_problem(self.tr("Please type your recovery key."))
            else:
                self.show_problem(self.tr("Please type your passphrase."))
            return
        if self.new:
            try:
                check_new_passphrase(self.first.text())
            except UserError as exc:
                self.show_problem(render(exc.msg))
                return
            if self.first.text() != self.second.text():
                # Only the second is cleared: the first may well be the one meant.
                self.second.clear()
                self.problem.setText(
                    self.tr(
                        "The second passphrase is not the same as the first. Please type it "
                        "again in the second field."
                    )
                )
                self.problem.show()
                self._fit()
                self.second.setFocus()
                return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()
