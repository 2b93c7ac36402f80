"""What the window shows while it is locked: no patient, no case, only how to go on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.ui.look import set_role
from wizard.ui.widgets import wrapping_label


class LockScreen(QWidget):
    """Says the data is locked and that nothing is lost, with one Unlock button."""

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.passphrase = True  # whether unlocking asks for the passphrase
        self.heading = wrapping_label(role="title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Plain wrapping labels: the card has a width of its own, and their height follows it.
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_role(self.problem, "problem")
        self.problem.hide()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlock_requested)
        card = QFrame()
        set_role(card, "card")
        card.setMinimumWidth(340)
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusProxy(self.unlock_button)
        self.retranslate()

    def show_locked(self, passphrase: bool) -> None:
        """Ready for a new lock; ``passphrase``: unlocking asks for it (else the keyring
        opens the data)."""
        self.passphrase = passphrase
        self.show_problem("")
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your data is locked"))
        if self.passphrase:
            text = self.tr(
                "The program hid your cases and locked your data. Nothing you entered is "
                "lost. To go on, choose Unlock and type your passphrase."
            )
        else:
            text = self.tr(
                "The program hid your cases and locked your data. Nothing you entered is "
                "lost. To go on, choose Unlock. Anyone who uses this computer account can "
                "unlock it, so lock the computer too when you leave it."
            )
        self.text.setText(text)
        self.unlock_button.setText(
            self.tr("&Unlock\u2026") if self.passphrase else self.tr("&Unlock")
        )
        self.unlock_button.setAccessibleName(self.tr("Unlock your data"))
