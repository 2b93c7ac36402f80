"""The few questions the window asks the user, behind one small interface.

Tests replace ``Asker`` with a fake that answers at once, so the window's
logic runs without modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.passphrase_dialog import PassphraseDialog
from wizard.ui.widgets import wrapping_label

__all__ = ["Asker", "PassphraseDialog", "TextDialog"]

# What is wrong with a text the user typed, in one sentence; None when it is fine.
Check = Callable[[str], str | None]


class Asker:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(
        self, title: str, label: str, default: str = "", check: Check | None = None
    ) -> str | None:
        """A line of text, or None when the user cancels; ``check`` says what is wrong with
        a text (or None when it is fine), and the dialog stays open until it is fine."""
        dialog = TextDialog(title, label, default, check, self.parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_path(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filter_text)
        return Path(name) if name else None

    def open_paths(self, title: str, folder: bool, filter_text: str = "") -> list[Path]:
        """Files (or one folder) to read from; [] when the user changed their mind.
        ``filter_text`` ("Recordings (*.m4a *.mp3)") narrows the files shown."""
        if folder:
            name = QFileDialog.getExistingDirectory(self.parent, title, str(Path.home()))
            return [Path(name)] if name else []
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, str(Path.home()), filter_text)
        return [Path(n) for n in names]

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def printer(self, title: str) -> QPrinter | None:
        """A printer set up by the user in the system's print dialog; None for Cancel."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def continue_or_cancel(self, title: str, warning: str, continue_text: str) -> bool:
        """A warning with a button ``continue_text`` and Cancel (the default); whether the
        user chose to go on."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, warning, parent=self.parent)
        go_on = box.addButton(continue_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go_on

    def open_in_system(self, path: Path) -> bool:
        """Open ``path`` with the program the system uses for it; whether one was started."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def bundle_passphrase(self, title: str, new: bool) -> str | None:
        """The passphrase of an encrypted case: chosen now and typed twice (``new``), or
        typed once to open one; None for Cancel."""
        from wizard.ui.bundle_dialogs import ask_bundle_passphrase

        return ask_bundle_passphrase(self.parent, title, new)


class TextDialog(QDialog):
    """Asks for one line of text. OK checks it first: a text that cannot be used keeps the
    dialog open, with a sentence under the field that says what is wrong."""

    def __init__(
        self,
        title: str,
        label: str,
        default: str = "",
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(title)
        self.label = wrapping_label(label)
        self.line = QLineEdit(default)
        self.line.setAccessibleName(label)
        self.label.setBuddy(self.line)
        self.problem = wrapping_label(role="problem")
        self.problem.hide()
        self.line.textEdited.connect(lambda _text: self.problem.hide())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.line)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _check(self) -> None:
        problem = self.check(self.line.text()) if self.check is not None else None
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.line.setFocus()
            return
        self.accept()

    def value(self) -> str:
        return self.line.text()
