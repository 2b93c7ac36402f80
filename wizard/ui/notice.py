"""A calm line under the page after a PDF was saved: what was saved, where, and a button
that opens it in the system's PDF viewer. It stays until the user closes it, saves
another file, or switches to another case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from wizard.ui.look import set_role
from wizard.ui.widgets import wrapping_label


class SavedNotice(QFrame):
    """What was saved, with Open and Close; hidden until something is saved."""

    open_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved-notice")
        set_role(self, "card")
        self.path: Path | None = None
        self.message = wrapping_label()
        self.open_button = QPushButton()
        self.open_button.setObjectName("open-saved")
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close-notice")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the file in your PDF viewer"))
        self.open_button.setAccessibleName(self.tr("Open the saved file"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def show_saved(self, path: Path, message: str) -> None:
        self.path = path
        self.message.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def dismiss(self) -> None:
        self.path = None
        self.hide()  # Qt moves the focus on when it was here

    def _open(self) -> None:
        if self.path is not None:
            self.open_requested.emit(self.path)
