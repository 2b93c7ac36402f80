"""The passphrase of an encrypted case (a case bundle): chosen and typed twice when the
case is saved, typed once when it is opened. It is the bundle's own passphrase, never
the one that protects the data folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import UserError
from wizard.store.keys import check_new_passphrase
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label


class BundlePassphraseDialog(QDialog):
    """Asks for a bundle's passphrase; for a new bundle, twice, and by the folder's rules.
    OK keeps the dialog open, with a sentence under the fields, until the answer is fine."""

    def __init__(self, title: str, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(title)
        if new:
            intro = self.tr(
                "Choose a passphrase for this file. You will need it to open the file on "
                "another computer. Nobody can open the file without it, not even you, so write "
                "it down and keep it apart from the file."
            )
        else:
            intro = self.tr("Type the passphrase that was chosen when this file was saved.")
        self.intro = wrapping_label(intro)
        self.first = self._field(self.tr("Passphrase"))
        self.second = self._field(self.tr("Passphrase again"))
        self.problem = wrapping_label(role="problem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textEdited.connect(lambda _text: self.problem.hide())
        return field

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.first.setFocus()

    def _check(self) -> None:
        text = self.first.text()
        if not text:
            self._show_problem(self.tr("Please type the passphrase."))
            return
        if self.new:
            try:
                check_new_passphrase(text)
            except UserError as exc:
                self._show_problem(render(exc.msg))
                return
            if self.second.text() != text:
                self._show_problem(
                    self.tr("The two passphrases are not the same. Please type them again.")
                )
                return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_bundle_passphrase(parent: QWidget, title: str, new: bool) -> str | None:
    """The passphrase the user typed, or None for Cancel."""
    dialog = BundlePassphraseDialog(title, new, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
