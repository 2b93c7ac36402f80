"""The few questions the window asks the user, behind one small interface.

Tests replace ``Asker`` with a fake that answers at once, so the window's
logic runs without modal dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import UserError
from wizard.store.keys import check_new_passphrase
from wizard.ui.text import render
from wizard.ui.widgets import wrapping_label


class Asker:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getText(
            self.parent, title, label, QLineEdit.EchoMode.Normal, default
        )
        return value if ok else None

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


class PassphraseDialog(QDialog):
    """Asks for the passphrase; for a new data folder, asks for it twice."""

    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Passphrase"))
        if new:
            intro = self.tr(
                "This computer has no keyring to keep the key to your data safe. Choose a "
                "passphrase instead. You will need it each time you open the program, so write "
                "it down and keep it in a safe place."
            )
        else:
            intro = self.tr("Your data is locked with a passphrase. Type it to open your data.")
        self.intro = wrapping_label(intro)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9b1c1c;")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _check(self) -> None:
        if self.new:
            try:
                check_new_passphrase(self.first.text())
            except UserError as exc:
                self.show_problem(render(exc.msg))
                return
        if self.new and self.first.text() != self.second.text():
            self.show_problem(
                self.tr("The two passphrases are not the same. Please type them again.")
            )
            return
        if not self.first.text():
            self.show_problem(self.tr("Please type your passphrase."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()
